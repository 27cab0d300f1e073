// `npm run export:handout`, run as a user runs it, against the built deck: one A4 page per slide with the slide and
// its speaker notes. Read back with tests/support/pdf.ts; slides, titles, notes and links come from slides.md and the
// built deck at run time.
import type { DeckLink, SlideLink } from '../support/built-deck'
import type { PdfFacts } from '../support/pdf'
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SLIDEV_DOM } from '../../seam/slidev'
import { loadDeck, plainTitle, PROJECT_ROOT, readDeck, typographic } from '../../tools/deck'
import { handoutGeometry, handoutPages, layoutHandout } from '../../tools/handout'
import { outlineTree } from '../../tools/pdf-finish'
import { openDeckSession, watchedPage } from '../support/browser'
import { deckFacts } from '../support/built-deck'
import { readPdf, squash } from '../support/pdf'

const execFileP = promisify(execFile)
const slides = loadDeck()
const deck = readDeck()
const dir = mkdtempSync(join(tmpdir(), 'depin-handout-test-'))
/** A4 in PDF points (1/72 in). */
const A4 = { width: 210 / 25.4 * 72, height: 297 / 25.4 * 72 }

async function handout(output: string, args: string[] = []): Promise<PdfFacts> {
  await execFileP('npm', ['run', '--silent', 'export:handout', '--', '--from', 'dist', '--output', output, ...args], { cwd: PROJECT_ROOT, timeout: 240_000, env: process.env })
  return readPdf(output)
}

/** A slide's notes as the paragraphs a reader sees: click markers out (Slidev renders them as badges). */
function noteParagraphs(note: string): string[] {
  return note.split(/\n\s*\n/).map(paragraph => squash(paragraph.replace(/\[click(?::\d+)?\]/gi, ''))).filter(Boolean)
}

let links: DeckLink[] = []
let jumps: SlideLink[] = []
beforeAll(async () => {
  ;({ links, jumps } = await deckFacts())
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('npm run export:handout', () => {
  let pdf: PdfFacts
  beforeAll(async () => {
    pdf = await handout(join(dir, 'handout.pdf'))
  }, 300_000)

  it('writes one A4 portrait page per slide', () => {
    expect(pdf.pages.length).toBe(slides.length)
    for (const page of pdf.pages) {
      expect(Math.abs(page.width - A4.width)).toBeLessThan(1)
      expect(Math.abs(page.height - A4.height)).toBeLessThan(1)
    }
  })

  it('puts on each page its slide\'s title and every paragraph of its notes, as text', () => {
    const missing = slides.flatMap((slide) => {
      const text = pdf.pages[slide.no - 1]?.text ?? ''
      const title = slide.title && !typographic(text).includes(typographic(plainTitle(slide.title))) ? [`${slide.no}: title "${slide.title}"`] : []
      const notes = noteParagraphs(slide.note).filter(paragraph => !squash(text).includes(paragraph)).map(paragraph => `${slide.no}: notes "${paragraph.slice(0, 40)}"`)
      return [...title, ...notes]
    })
    expect(missing).toEqual([])
    expect(slides.every(slide => noteParagraphs(slide.note).length > 0)).toBe(true)
  })

  it('keeps every external link of the deck clickable, on its slide\'s page', () => {
    expect(links.length).toBeGreaterThan(0)
    const missing = links.filter(link => !pdf.pages[link.no - 1]!.links.map(uri => new URL(uri).href).includes(new URL(link.href).href))
    expect(missing).toEqual([])
  })

  it('turns every link to a slide into a jump to that slide\'s page', () => {
    expect(jumps.length).toBeGreaterThan(0)
    expect(jumps.filter(jump => !pdf.pages[jump.from - 1]!.jumps.includes(jump.to - 1))).toEqual([])
    expect(pdf.pages.flatMap(page => page.jumps).length).toBe(jumps.length)
  })

  it('is tagged, with every font embedded and no Type 3 font (text stays text), and the headmatter\'s metadata', () => {
    expect(pdf.tagged).toBe(true)
    expect(pdf.fonts.length).toBeGreaterThan(0)
    expect(pdf.fonts.filter(font => !font.embedded || font.subtype === '/Type3')).toEqual([])
    expect(pdf.title).toBe(`${deck.head.title}: handout`)
    expect(pdf.author).toBe(deck.head.author)
    expect(pdf.subject).toBe(deck.head.description)
  })

  it('has the deck\'s outline by section, each entry opening its slide\'s page', () => {
    const flat = pdf.outline.flatMap(entry => [entry, ...entry.children])
    const titled = deck.slides.filter(slide => slide.title)
    expect(flat.map(entry => typographic(entry.title))).toEqual(titled.map(slide => typographic(slide.title)))
    expect(flat.map(entry => entry.page)).toEqual(titled.map(slide => slide.no - 1))
    expect(pdf.outline.length).toBe(outlineTree(deck.slides).length)
  })

  it('is not the deck PDF: the slide sits in the top part of the page, the notes under it', () => {
    const geometry = handoutGeometry(deck.canvas)
    // Slide and notes share the page: the slide takes under half of it.
    expect(geometry.notes.top).toBeLessThan(geometry.page.height / 2)
    expect(squash(pdf.pages[0]!.text)).toContain(squash(`Speaker notes Slide 1 of ${slides.length}`))
  })
})

describe('npm run export:handout -- --range', () => {
  const picked = [2, slides.length]
  let pdf: PdfFacts
  beforeAll(async () => {
    pdf = await handout(join(dir, 'range.pdf'), ['--range', picked.join(',')])
  }, 300_000)

  it('prints just those slides, each with its title and notes, and an outline of them', () => {
    expect(pdf.pages.length).toBe(picked.length)
    picked.forEach((no, index) => {
      const text = pdf.pages[index]!.text
      expect(typographic(text)).toContain(typographic(plainTitle(slides[no - 1]!.title)))
      expect(noteParagraphs(slides[no - 1]!.note).filter(paragraph => !squash(text).includes(paragraph))).toEqual([])
    })
    const flat = pdf.outline.flatMap(entry => [entry, ...entry.children])
    expect(flat.map(entry => entry.page)).toEqual(picked.map((_, index) => index))
  })
})

describe('notes too long for their page', () => {
  it('shrink to the minimum size, then are reported by slide instead of spilling onto a second page', async () => {
    const session = await openDeckSession()
    try {
      const { page } = await watchedPage(session.browser, { bypassCSP: true })
      await page.goto(`${session.server.url}?print=true#/print`, { waitUntil: 'domcontentloaded' })
      await page.waitForFunction(({ count, frames, loading }) => document.querySelectorAll(frames).length >= count && !document.querySelector(loading), { count: slides.length, frames: `.${SLIDEV_DOM.printSlide} .${SLIDEV_DOM.slidePage}`, loading: `.${SLIDEV_DOM.slideLoading}` })
      const geometry = handoutGeometry(deck.canvas)
      const words = (count: number) => `<p>${'handout '.repeat(count)}</p>`
      const notes = new Map(slides.map(slide => [slide.no, words(20)]))
      // Slide 2: far more than fits at the minimum size; slide 3: more than fits at the start size, less than at the minimum.
      notes.set(2, words(4000))
      notes.set(3, words(400))
      const overflow = await layoutHandout(page, handoutPages(deck, deck.slides.map(slide => slide.no), notes), geometry)
      expect(overflow).toEqual([2])
      const sizes = await page.locator('.dp-handout-notes').evaluateAll(els => els.slice(0, 3).map(el => Number.parseFloat(getComputedStyle(el).fontSize)))
      const pt = (value: number) => value * 96 / 72
      expect(sizes[0]).toBeCloseTo(pt(geometry.fontPt.start), 1)
      expect(sizes[1]).toBeCloseTo(pt(geometry.fontPt.min), 1)
      expect(sizes[2]).toBeLessThan(pt(geometry.fontPt.start))
      expect(sizes[2]).toBeGreaterThanOrEqual(pt(geometry.fontPt.min))
    }
    finally {
      await session.close()
    }
  })
})
