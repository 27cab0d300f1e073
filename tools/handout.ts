// The handout (`npm run export:handout`): one A4 page per slide, the slide on top exactly as in the deck PDF and its
// speaker notes under it. tools/exporter.ts drives it:
//
//   const notes = await readNotes(page, serverUrl, deck.slides, timeoutMs)   // Slidev's rendered notes, by slide
//   const pages = await session.openPrintView(page, false)                   // the deck's print view, as for the PDF
//   const overflow = await layoutHandout(page, handoutPages(deck, pages, notes))
//   page.pdf({ format: 'A4', tagged: true, ... })                            // one print: tags, links, fonts kept
//
// Why in the print view and not by composing PDFs: Chromium prints slide and notes in one document, so the slide stays
// vector with real text, its links stay clickable, the structure tree covers both, and the fonts are embedded once.
// Embedding the deck PDF's pages as form XObjects (pdf-lib) would drop its links and its tags.
// The notes come from Slidev's own notes page (`#/presenter/print`), so they read as in presenter mode.
import type { Page } from 'playwright-chromium'
import type { DeckInfo, DeckSlideInfo } from './deck'
import { NOTES_PAGE_HEADINGS, SLIDEV_DOM } from '../seam/slidev.ts'

/** CSS px per mm (96 px per inch). */
const PX_PER_MM = 96 / 25.4

/** A4 portrait, and where the slide and the notes go on it, in CSS px. */
export interface HandoutGeometry {
  page: { width: number, height: number }
  /** Left and right margin; also the top margin. */
  margin: number
  /** The slide as printed on the page, and its zoom from the deck's canvas. */
  slide: { width: number, height: number, zoom: number }
  /** The box the notes must fit in, under the slide. */
  notes: { top: number, height: number }
  /** Notes start at this size (pt) and shrink, half a point at a time, to the minimum when they do not fit. */
  fontPt: { start: number, min: number }
}

/**
 * Pure: A4 (210 x 297 mm) with 15 mm margins; the slide spans the text width, keeping the canvas's proportions; the
 * notes take the rest, after a gap. The page box is kept a hair under the sheet so that rounding never spills a page.
 */
export function handoutGeometry(canvas: { width: number, height: number }): HandoutGeometry {
  const page = { width: 210 * PX_PER_MM, height: 296.5 * PX_PER_MM }
  const margin = 15 * PX_PER_MM
  const gap = 7 * PX_PER_MM
  const width = page.width - 2 * margin
  const zoom = width / canvas.width
  const height = canvas.height * zoom
  const top = margin + height + gap
  return {
    page,
    margin,
    slide: { width, height, zoom },
    notes: { top, height: page.height - top - margin },
    fontPt: { start: 11, min: 8.5 },
  }
}

export interface HandoutPage {
  no: number
  /** "Slide 3 of 23", for the notes' heading. */
  label: string
  /** The notes as Slidev renders them (HTML), '' when the slide has none. */
  html: string
}

/** Pure: one page per printed slide, in print order, with that slide's notes. */
export function handoutPages(deck: Pick<DeckInfo, 'slides'>, printed: readonly number[], notes: ReadonlyMap<number, string>): HandoutPage[] {
  const total = deck.slides.length
  return printed.map(no => ({ no, label: `Slide ${no} of ${total}`, html: notes.get(no) ?? '' }))
}

/** The page's CSS: A4 sheets, the slide zoomed to the text width, the notes under it, in the deck's colours and font. */
export function handoutStyle(geometry: HandoutGeometry): string {
  const { page, margin, slide, notes, fontPt } = geometry
  return `
@page { size: A4; margin: 0; }
html.print, html.print body, #print-container { background: var(--dp-bg) !important; }
#print-content { width: ${page.width}px; }
.dp-handout-page {
  box-sizing: border-box; position: relative; width: ${page.width}px; height: ${page.height}px; overflow: hidden;
  break-after: page; background: var(--dp-bg); color: var(--dp-ink);
}
.dp-handout-page:last-child { break-after: auto; }
.dp-handout-slide {
  position: absolute; left: ${margin}px; top: ${margin}px; width: ${slide.width}px; height: ${slide.height}px;
  overflow: hidden; outline: 1px solid var(--dp-border);
}
.dp-handout-slide > .${SLIDEV_DOM.printSlide} { zoom: ${slide.zoom}; break-after: auto !important; }
.dp-handout-notes {
  position: absolute; left: ${margin}px; right: ${margin}px; top: ${notes.top}px; height: ${notes.height}px;
  overflow: hidden; font-family: var(--slidev-fonts-sans, Inter, sans-serif); font-size: ${fontPt.start}pt;
  line-height: 1.45; color: var(--dp-ink);
}
.dp-handout-notes h2 {
  margin: 0 0 0.5em; font-size: 1em; font-weight: 600; color: var(--dp-muted); letter-spacing: 0.02em;
}
.dp-handout-notes p { margin: 0 0 0.6em; }
.dp-handout-notes :is(ul, ol) { margin: 0 0 0.6em; padding-left: 1.4em; }
`
}

// Runs in Slidev's notes page: every shown slide's number and rendered notes. The heading of each slide's block reads
// "3/23 Title"; the notes follow it in .slidev-note.
const READ_NOTES = `[...document.querySelectorAll('${NOTES_PAGE_HEADINGS}')].map(h2 => {
  const block = h2.parentElement
  const note = block && block.querySelector('.${SLIDEV_DOM.note}')
  return { no: parseInt(h2.textContent.trim(), 10), html: note ? note.innerHTML : '' }
})`

/** Opens Slidev's notes page and reads every slide's rendered notes. Throws when they are not all there in time. */
export async function readNotes(page: Page, serverUrl: string, slides: readonly DeckSlideInfo[], timeoutMs: number): Promise<Map<number, string>> {
  const withNotes = slides.filter(slide => slide.note).length
  const url = `${serverUrl}#/presenter/print`
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs })
  await page.waitForFunction(`document.querySelectorAll('${NOTES_PAGE_HEADINGS}').length >= ${withNotes}`, undefined, { timeout: timeoutMs, polling: 100 })
    .catch(async () => {
      const shown = await page.locator(NOTES_PAGE_HEADINGS).count().catch(() => -1)
      throw new Error(`the notes page (${url}) was not ready after ${timeoutMs} ms: ${shown} of ${withNotes} slides' notes shown`)
    })
  const read = await page.evaluate(READ_NOTES) as { no: number, html: string }[]
  return new Map(read.filter(entry => Number.isInteger(entry.no)).map(entry => [entry.no, entry.html]))
}

// Runs in the print view once it is ready: puts each slide box on an A4 page with its notes, then shrinks the notes
// of a page, half a point at a time down to the minimum, until they fit. Returns the slides whose notes still do not.
function layoutScript(pages: readonly HandoutPage[], geometry: HandoutGeometry, css: string): string {
  return `(() => {
    const pages = ${JSON.stringify(pages)}
    const font = ${JSON.stringify(geometry.fontPt)}
    const style = document.createElement('style')
    style.textContent = ${JSON.stringify(css)}
    document.head.appendChild(style)
    const boxes = [...document.querySelectorAll('.${SLIDEV_DOM.printSlide}')]
    if (boxes.length !== pages.length)
      return { error: boxes.length + ' slide boxes in the print view for ' + pages.length + ' pages' }
    const overflow = []
    boxes.forEach((box, index) => {
      const info = pages[index]
      const sheet = document.createElement('div')
      sheet.className = 'dp-handout-page'
      sheet.dataset.slide = String(info.no)
      const frame = document.createElement('div')
      frame.className = 'dp-handout-slide'
      box.replaceWith(sheet)
      frame.appendChild(box)
      const notes = document.createElement('section')
      notes.className = 'dp-handout-notes'
      notes.setAttribute('aria-label', 'Speaker notes, ' + info.label)
      const heading = document.createElement('h2')
      heading.textContent = 'Speaker notes \\u00b7 ' + info.label
      const body = document.createElement('div')
      body.innerHTML = info.html
      notes.append(heading, body)
      sheet.append(frame, notes)
      let size = font.start
      while (notes.scrollHeight > notes.clientHeight + 1 && size > font.min) {
        size = Math.max(font.min, size - 0.5)
        notes.style.fontSize = size + 'pt'
      }
      if (notes.scrollHeight > notes.clientHeight + 1)
        overflow.push(info.no)
    })
    return { overflow }
  })()`
}

/**
 * Lays the print view out as the handout. Returns the slides whose notes do not fit under them even at the minimum
 * size (the caller refuses to print then); throws when the print view does not hold one box per page.
 */
export async function layoutHandout(page: Page, pages: readonly HandoutPage[], geometry: HandoutGeometry): Promise<number[]> {
  const result = await page.evaluate(layoutScript(pages, geometry, handoutStyle(geometry))) as { error?: string, overflow?: number[] }
  if (result.error)
    throw new Error(`handout: ${result.error}`)
  await page.evaluate('document.fonts.ready.then(() => true)')
  return result.overflow ?? []
}
