// The one reader of slides.md, with Slidev's own parser. Scripts, vite.config.ts and the tests all go through it.
//
//   import { loadDeck, readDeck } from './deck'
//   const deck = readDeck()          // { head: { title, description, author, keywords, ... }, slides: [...], canvas }
//   const slides = loadDeck()        // every slide as written: title, plain text, notes, frontmatter, source
//
// `readDeck` is what the export and hosting need: `head` is the headmatter (the first slide's frontmatter) made safe
// for PDF metadata and HTML meta tags (the multi-line `info` folded into one line), and `slides` skips
// hidden/disabled slides, as Slidev's print view does. `loadDeck` is the same parse, slide by slide, for tests.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseSync } from '@slidev/parser'
import { plainTitle } from '../logic/plain-title.ts'

export const PROJECT_ROOT = fileURLToPath(new URL('../', import.meta.url))
export const SLIDES_FILE = `${PROJECT_ROOT}slides.md`

/** A slide as written in slides.md (hidden ones included). */
export { plainTitle }

export interface DeckSlide {
  /** 1-based, as in the URL. */
  no: number
  /** The slide's first heading as written (markdown/HTML), '' when it has none. */
  title: string
  /** The slide's markdown with comments and HTML tags removed and whitespace folded. */
  text: string
  note: string
  frontmatter: Record<string, unknown>
  /** The slide's markdown as written, without its frontmatter. */
  source: string
}

export interface DeckHead {
  title: string
  /** `info`, folded to one line. */
  description: string
  author: string
  keywords: string[]
  lang: string
  /** File name without extension for every export (`exportFilename`). */
  exportFilename: string
}

export interface DeckSlideInfo {
  /** 1-based, as in the URL. */
  no: number
  /** The slide's title as plain text ('' when it has none). */
  title: string
  layout: string
  note: string
  /** `routeAlias` of its frontmatter: `#/<alias>` opens it as `#/<no>` does. */
  routeAlias?: string
}

export interface DeckInfo {
  head: DeckHead
  slides: DeckSlideInfo[]
  /** The slide canvas in CSS pixels (`canvasWidth` and `aspectRatio`). */
  canvas: { width: number, height: number }
}

/** Markdown/HTML to the words a reader sees: comments, tags and emphasis marks gone, whitespace folded. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/[#*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Text as a reader sees it: Slidev prints ' as ’ and pdf.js reads it back as ʼ; whitespace is folded. */
export function typographic(text: string): string {
  return text.replace(/[\u2018\u2019\u02BC]/g, '\'').replace(/\s+/g, ' ').trim()
}

function foldText(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : ''
}

/** `16/9`, `16:9` or a number, as Slidev accepts it. */
export function parseAspectRatio(value: unknown): number {
  if (typeof value === 'number' && value > 0)
    return value
  const match = typeof value === 'string' ? value.match(/^\s*([\d.]+)\s*[/:]\s*([\d.]+)\s*$/) : null
  if (match) {
    const ratio = Number(match[1]) / Number(match[2])
    if (Number.isFinite(ratio) && ratio > 0)
      return ratio
  }
  if (value === undefined)
    return 16 / 9
  throw new Error(`slides.md: headmatter field "aspectRatio" is "${String(value)}"; expected a ratio such as 16/9`)
}

function parseDeck(file: string) {
  return parseSync(readFileSync(file, 'utf8'), file)
}

/** Every slide of `file`, hidden ones included, in order. */
export function loadDeck(file = SLIDES_FILE): DeckSlide[] {
  return parseDeck(file).slides.map((slide, index) => ({
    no: index + 1,
    title: slide.title ?? '',
    text: plainText(slide.content),
    note: (slide.note ?? '').trim(),
    frontmatter: slide.frontmatter,
    source: slide.content,
  }))
}

/** The deck as the exports and the hosted build see it: headmatter, shown slides, canvas size. */
export function readDeck(file = SLIDES_FILE): DeckInfo {
  const parsed = parseDeck(file)
  const headmatter = (parsed.slides[0]?.frontmatter ?? {}) as Record<string, unknown>
  const keywords = headmatter.keywords
  const htmlAttrs = headmatter.htmlAttrs as { lang?: unknown } | undefined
  const width = Number(headmatter.canvasWidth ?? 980)
  if (!Number.isFinite(width) || width <= 0)
    throw new Error(`${file}: headmatter field "canvasWidth" is "${String(headmatter.canvasWidth)}"; expected a positive number`)
  const ratio = parseAspectRatio(headmatter.aspectRatio)
  const title = foldText(headmatter.title) || 'Slidev'
  return {
    head: {
      title,
      description: foldText(headmatter.info),
      author: foldText(headmatter.author),
      keywords: (Array.isArray(keywords) ? keywords.map(String) : String(keywords ?? '').split(','))
        .map(word => word.trim())
        .filter(Boolean),
      lang: typeof htmlAttrs?.lang === 'string' ? htmlAttrs.lang : 'en',
      exportFilename: foldText(headmatter.exportFilename) || 'slides-export',
    },
    slides: parsed.slides
      .filter(slide => !slide.frontmatter.hide && !slide.frontmatter.disabled)
      .map((slide, index) => ({
        no: index + 1,
        title: plainTitle(slide.title ?? ''),
        layout: String(slide.frontmatter.layout ?? (index === 0 ? 'cover' : 'default')),
        note: (slide.note ?? '').trim(),
        ...(slide.frontmatter.routeAlias ? { routeAlias: String(slide.frontmatter.routeAlias) } : {}),
      })),
    // Slidev rounds the slide height up (env.ts slideHeight); so do we, so that pages and images match it.
    canvas: { width, height: Math.ceil(width / ratio) },
  }
}
