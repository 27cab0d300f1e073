// Reads slides.md and the article the way the tests need them: one place, so every test agrees on what a slide is.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseSync } from '@slidev/parser'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const SLIDES_PATH = `${ROOT}slides.md`
export const ARTICLE_PATH = `${ROOT}../shared/source/the-depin-portrait.md`

export interface DeckSlide {
  /** 1-based, as in the URL. */
  no: number
  title: string
  /** The slide's markdown with HTML tags removed and whitespace folded. */
  text: string
  note: string
  frontmatter: Record<string, unknown>
  /** The slide's markdown as written, without its frontmatter. */
  source: string
}

export function plainText(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/[#*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

export function loadDeck(path = SLIDES_PATH): DeckSlide[] {
  const deck = parseSync(readFileSync(path, 'utf8'), path)
  return deck.slides.map((slide, index) => ({
    no: index + 1,
    title: slide.title ?? '',
    text: plainText(slide.content),
    note: (slide.note ?? '').trim(),
    frontmatter: slide.frontmatter,
    source: slide.content,
  }))
}

/** Every heading of the article (## and deeper), in order, as written. */
export function articleHeadings(path = ARTICLE_PATH): string[] {
  const source = readFileSync(path, 'utf8').split('//todo')[0] ?? ''
  return [...source.matchAll(/^#{2,6}\s+(.+)$/gm)].map(match => (match[1] ?? '').trim())
}

/** Text as a reader sees it: Slidev prints ' as ’ and pdf.js reads it back as ʼ; whitespace is folded. */
export function typographic(text: string): string {
  return text.replace(/[\u2018\u2019\u02BC]/g, '\'').replace(/\s+/g, ' ').trim()
}
