// The deck as PowerPoint (`npm run export:pptx`), for venues that ask for it: one 16:9 slide per deck slide, written
// with pptxgenjs. Each slide is the deck's slide as a sharp picture (2x by default), with:
// - the slide's visible text as the picture's alt text;
// - its title in the slide's title placeholder, behind the picture (outline views, navigation and accessibility
//   checkers see it; the audience sees the picture);
// - its speaker notes in the notes pane, each click step on a line of its own ("[click 1]", ...);
// - its links as clickable areas where they sit: web links open their URL, links to slides jump to that slide (to
//   the hosted deck, DECK_URL, for a slide outside --range; dropped with a warning without it).
//
//   const count = await pptxDeck(session, 'the-depin-portrait.pptx')   // in a Session (tools/exporter.ts)
import type { DeckSlideInfo } from '../deck.ts'
import type { Session } from './session.ts'
import { Buffer } from 'node:buffer'
import process from 'node:process'
import JSZip from 'jszip'
import PptxGenJS from 'pptxgenjs'
import { noteSegments } from '../../logic/note-clicks.ts'
import { SLIDEV_DOM } from '../../seam/slidev.ts'
import { normaliseSiteUrl } from '../head-meta.ts'
import { writeOutput } from './session.ts'
import { droppedLinksWarning, slideLinkTarget } from './slide-links.ts'

/** PowerPoint's 16:9 layout, in inches. */
const SLIDE_INCHES = { width: 10, height: 5.625 }
const MASTER = 'DECK_SLIDE'

interface PrintedLink {
  href: string
  /** The link's text (or accessible name), for the clickable area's name. */
  text: string
  /** In CSS pixels of the slide canvas, from its top left corner. */
  box: { x: number, y: number, width: number, height: number }
}

export interface PrintedSlide {
  no: number
  /** What the slide shows as text, in reading order, whitespace folded. */
  text: string
  links: PrintedLink[]
}

/** A markdown note as plain text: links as `text (url)`, emphasis, code marks and HTML tags out. */
export function plainNote(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]+)\]\((\S+?)(?:\s[^)]*)?\)/g, '$1 ($2)')
    .replace(/(\*\*|__|\*|`)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/[ \t]+/g, ' ')
    .trim()
}

/** The notes pane's text: the notes before the first click, then each click step's part on a line of its own. */
export function notesText(note: string): string {
  return noteSegments(note)
    .map(segment => segment.click === 0 ? plainNote(segment.text) : `[click ${segment.click}] ${plainNote(segment.text)}`)
    .join('\n\n')
}

/** The picture's alt text: which slide, then what it shows. */
export function altText(slide: Pick<DeckSlideInfo, 'no' | 'title'>, total: number, text: string): string {
  const shown = text.replace(/\s+/g, ' ').trim()
  const head = `Slide ${slide.no} of ${total}${slide.title ? `: ${slide.title}` : ''}`
  return shown ? `${head}. ${shown}` : head
}

// pptxgenjs writes a slide's notes as one paragraph, its line breaks kept as characters, which PowerPoint and
// LibreOffice show as spaces. Each blank-line-separated part becomes a paragraph of its own.
const NOTES_RUN = /<a:p><a:r>(<a:rPr[^>]*\/>)<a:t>([^<]*)<\/a:t><\/a:r>(<a:endParaRPr[^>]*\/>)?<\/a:p>/g

/** A notes slide's XML with each part of a multi-paragraph text (CRLF or LF) in a paragraph of its own. */
export function splitNoteParagraphs(xml: string): string {
  return xml.replace(NOTES_RUN, (all, props: string, text: string, end: string | undefined) => !/[\r\n]/.test(text)
    ? all
    : text.split(/[\r\n]+/).filter(part => part.trim()).map(part => `<a:p><a:r>${props}<a:t>${part}</a:t></a:r>${end ?? ''}</a:p>`).join(''))
}

/** The file pptxgenjs wrote, with its notes in paragraphs. Throws when a notes slide keeps a line break. */
async function withNoteParagraphs(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes)
  for (const name of Object.keys(zip.files).filter(file => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(file))) {
    const xml = splitNoteParagraphs(await zip.file(name)!.async('string'))
    if (/<a:t>[^<]*[\r\n]/.test(xml))
      throw new Error(`${name}: pptxgenjs wrote the notes in a shape this export does not know; their paragraphs would run together`)
    zip.file(name, xml)
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

export type PptxLink = { area: PrintedLink['box'], name: string } & ({ url: string } | { slide: number })

/**
 * The clickable areas of a slide: web links as they are; links to slides as jumps to their slide in the file
 * (`pageOf`: slide number -> slide of the file, 1-based), to the hosted deck outside it, or dropped (returned apart).
 */
export function pptxLinks(printed: PrintedSlide, slides: readonly Pick<DeckSlideInfo, 'no' | 'routeAlias'>[], pageOf: ReadonlyMap<number, number>, siteUrl: string | undefined): { links: PptxLink[], dropped: number[] } {
  const links: PptxLink[] = []
  const dropped: number[] = []
  const inFile = new Set(pageOf.keys())
  for (const link of printed.links) {
    const target = slideLinkTarget(link.href, slides, inFile, siteUrl)
    const name = link.text.replace(/\s+/g, ' ').trim() || link.href
    if (!target) {
      if (/^https?:\/\//.test(link.href))
        links.push({ area: link.box, name, url: link.href })
    }
    else if (target.kind === 'page') {
      links.push({ area: link.box, name, slide: pageOf.get(target.no)! })
    }
    else if (target.kind === 'url') {
      links.push({ area: link.box, name, url: target.url })
    }
    else {
      dropped.push(target.no)
    }
  }
  return { links, dropped }
}

// In the print view: each box's visible text and its links, with their boxes relative to the slide.
const READ_SLIDES = `[...document.querySelectorAll('.${SLIDEV_DOM.printSlide}')].map(box => {
  const frame = box.getBoundingClientRect()
  return {
    text: box.innerText,
    links: [...box.querySelectorAll('a')].map(a => {
      const r = a.getBoundingClientRect()
      return {
        href: a.getAttribute('href') || a.getAttributeNS('http://www.w3.org/1999/xlink', 'href') || '',
        text: a.getAttribute('aria-label') || a.textContent || '',
        box: { x: r.left - frame.left, y: r.top - frame.top, width: r.width, height: r.height },
      }
    }).filter(link => link.href && link.box.width > 0 && link.box.height > 0),
  }
})`

export async function pptxDeck(session: Session, output: string): Promise<number> {
  const { deck, settings } = session
  const { canvas } = deck
  const { context, page } = await session.page({ width: canvas.width, height: canvas.height }, settings.scale ?? 2)
  try {
    // Read before the print view is linked for a PDF: the hrefs as the deck has them.
    const pages = await session.openPrintView(page, false, { linkSlides: false })
    const read = await page.evaluate(READ_SLIDES) as Omit<PrintedSlide, 'no'>[]
    const printed: PrintedSlide[] = read.map((slide, index) => ({ ...slide, no: pages[index]! }))
    const pageOf = new Map(pages.map((no, index) => [no, index + 1]))
    const siteUrl = normaliseSiteUrl(process.env.DECK_URL)
    const pptx = new PptxGenJS()
    pptx.layout = 'LAYOUT_16x9'
    pptx.title = deck.head.title
    pptx.author = deck.head.author
    pptx.subject = deck.head.description
    pptx.company = ''
    // A title placeholder, where the deck's titles sit: PowerPoint's outline and checkers read it.
    pptx.defineSlideMaster({
      title: MASTER,
      objects: [{ placeholder: { options: { name: 'title', type: 'title', x: 0.5, y: 0.35, w: 9, h: 0.9 }, text: '' } }],
    })
    const x = SLIDE_INCHES.width / canvas.width
    const y = SLIDE_INCHES.height / canvas.height
    const boxes = page.locator(`.${SLIDEV_DOM.printSlide}`)
    const dropped: string[] = []
    for (const [index, slideShown] of printed.entries()) {
      const info = deck.slides[slideShown.no - 1]!
      const slide = pptx.addSlide({ masterName: MASTER })
      if (info.title)
        slide.addText(info.title, { placeholder: 'title' })
      const png = await boxes.nth(index).screenshot({ animations: 'disabled' })
      slide.addImage({
        data: `image/png;base64,${Buffer.from(png).toString('base64')}`,
        x: 0,
        y: 0,
        w: SLIDE_INCHES.width,
        h: SLIDE_INCHES.height,
        altText: altText(info, deck.slides.length, slideShown.text),
      })
      const { links, dropped: lost } = pptxLinks(slideShown, deck.slides, pageOf, siteUrl)
      dropped.push(...lost.map(to => `slide ${info.no} -> slide ${to}`))
      for (const link of links) {
        slide.addShape('rect', {
          x: link.area.x * x,
          y: link.area.y * y,
          w: link.area.width * x,
          h: link.area.height * y,
          fill: { color: 'FFFFFF', transparency: 100 },
          line: { color: 'FFFFFF', transparency: 100, width: 0 },
          objectName: link.name,
          hyperlink: 'url' in link ? { url: link.url, tooltip: link.name } : { slide: link.slide, tooltip: link.name },
        })
      }
      if (info.note)
        slide.addNotes(notesText(info.note))
    }
    if (dropped.length)
      settings.log?.(droppedLinksWarning(dropped))
    const bytes = await pptx.write({ outputType: 'uint8array', compression: true }) as Uint8Array
    writeOutput(output, await withNoteParagraphs(bytes))
    return printed.length
  }
  finally {
    await context.close()
  }
}
