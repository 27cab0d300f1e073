// The last step of every PDF export: metadata from the headmatter and an outline (bookmarks) by section.
//
//   const tree = outlineTree(deck.slides)                       // pure: sections with their slides
//   const bytes = await finishPdf(chromiumPdf, { meta, tree, firstPageOf })
//
// Why our own outline: Chromium's `outline: true` makes one bookmark per heading, so every card's <h3> becomes an
// entry and line breaks inside a title glue words together. Ours has one entry per titled slide, nested by section.
// pdf-lib keeps everything else Chromium wrote: the structure tree (tagged PDF), link annotations and fonts.
import type { PDFRef } from 'pdf-lib'
import type { DeckSlideInfo } from './deck'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString } from 'pdf-lib'
import { SECTION_LAYOUTS } from '../logic/pacing.ts'

// Layouts that open a part of the talk (logic/pacing.ts): they become top-level bookmarks.

export interface OutlineNode {
  title: string
  /** The slide the bookmark opens. */
  no: number
  children: OutlineNode[]
}

interface PdfMeta {
  title: string
  author: string
  subject: string
  keywords: string[]
  lang: string
  creator?: string
}

/** Titled slides as a tree: a section slide starts a top-level entry, the slides after it nest under it. */
export function outlineTree(slides: readonly Pick<DeckSlideInfo, 'no' | 'title' | 'layout'>[]): OutlineNode[] {
  const roots: OutlineNode[] = []
  let section: OutlineNode | undefined
  for (const slide of slides) {
    if (!slide.title)
      continue
    const node: OutlineNode = { title: slide.title, no: slide.no, children: [] }
    if (SECTION_LAYOUTS.includes(slide.layout) || !section) {
      roots.push(node)
      section = node
    }
    else {
      section.children.push(node)
    }
  }
  return roots
}

/** Number of entries in a tree, children included. */
export function outlineSize(nodes: readonly OutlineNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + outlineSize(node.children), 0)
}

function writeItems(doc: PDFDocument, nodes: readonly OutlineNode[], parent: PDFRef, pageRef: (no: number) => PDFRef): { first: PDFRef, last: PDFRef } {
  const refs = nodes.map(() => doc.context.nextRef())
  nodes.forEach((node, index) => {
    const item = doc.context.obj({}) as PDFDict
    item.set(PDFName.of('Title'), PDFHexString.fromText(node.title))
    item.set(PDFName.of('Parent'), parent)
    item.set(PDFName.of('Dest'), doc.context.obj([pageRef(node.no), PDFName.of('Fit')]))
    if (index > 0)
      item.set(PDFName.of('Prev'), refs[index - 1]!)
    if (index < nodes.length - 1)
      item.set(PDFName.of('Next'), refs[index + 1]!)
    if (node.children.length) {
      const kids = writeItems(doc, node.children, refs[index]!, pageRef)
      item.set(PDFName.of('First'), kids.first)
      item.set(PDFName.of('Last'), kids.last)
      // Positive: the entry opens expanded, showing this many descendants.
      item.set(PDFName.of('Count'), PDFNumber.of(outlineSize(node.children)))
    }
    doc.context.assign(refs[index]!, item)
  })
  return { first: refs[0]!, last: refs[refs.length - 1]! }
}

export interface FinishOptions {
  meta: PdfMeta
  tree: readonly OutlineNode[]
  /** 0-based index of the first PDF page that shows slide `no`. */
  firstPageOf: (no: number) => number
  /** When set, the PDF must have exactly this many pages (one per slide or click step). */
  expectedPages?: number
  /** Creation and modification date; without it, now. See dateFromEpoch. */
  date?: Date
}

/**
 * The date for reproducible files from `SOURCE_DATE_EPOCH` (seconds since 1970, the convention of reproducible
 * builds), or undefined when it is not set. Throws on a value that is not a whole number of seconds.
 */
export function dateFromEpoch(value: string | undefined): Date | undefined {
  if (value === undefined || value.trim() === '')
    return undefined
  if (!/^\d+$/.test(value.trim()))
    throw new Error(`SOURCE_DATE_EPOCH is "${value}"; expected whole seconds since 1970, e.g. $(git log -1 --format=%ct)`)
  return new Date(Number(value.trim()) * 1000)
}

export async function finishPdf(bytes: Uint8Array, { meta, tree, firstPageOf, expectedPages, date }: FinishOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  if (expectedPages !== undefined && doc.getPageCount() !== expectedPages)
    throw new Error(`Chromium printed ${doc.getPageCount()} PDF pages for ${expectedPages} slides: a slide is taller than its page`)
  doc.setTitle(meta.title, { showInWindowTitleBar: true })
  if (meta.author)
    doc.setAuthor(meta.author)
  if (meta.subject)
    doc.setSubject(meta.subject)
  if (meta.keywords.length)
    doc.setKeywords([meta.keywords.join(', ')])
  doc.setCreator(meta.creator ?? 'tools/exporter.ts (Slidev print view, Chromium)')
  doc.setModificationDate(date ?? new Date())
  if (date)
    doc.setCreationDate(date)
  doc.setLanguage(meta.lang)

  const pages = doc.getPages()
  const pageRef = (no: number): PDFRef => {
    const page = pages[firstPageOf(no)]
    if (!page)
      throw new Error(`PDF outline: slide ${no} has no page (the PDF has ${pages.length} pages)`)
    return page.ref
  }
  if (tree.length) {
    const outlinesRef = doc.context.nextRef()
    const { first, last } = writeItems(doc, tree, outlinesRef, pageRef)
    doc.context.assign(outlinesRef, doc.context.obj({
      Type: 'Outlines',
      First: first,
      Last: last,
      Count: PDFNumber.of(outlineSize(tree)),
    }))
    doc.catalog.set(PDFName.of('Outlines'), outlinesRef)
    doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
  }
  // Object streams: the tagged structure tree is thousands of small dictionaries, a fifth of the file uncompressed.
  return doc.save({ useObjectStreams: true })
}

/** Reads the outline back as a tree of titles and 0-based page indexes (for tests and checks). */
export function readOutline(doc: PDFDocument): { title: string, page: number, children: ReturnType<typeof readOutline> }[] {
  const pageIndex = new Map(doc.getPages().map((page, index) => [page.ref.toString(), index]))
  const walk = (parent: PDFDict | undefined): ReturnType<typeof readOutline> => {
    const out: ReturnType<typeof readOutline> = []
    let item = parent?.lookupMaybe(PDFName.of('First'), PDFDict)
    while (item) {
      const title = item.lookup(PDFName.of('Title'))
      const dest = item.lookupMaybe(PDFName.of('Dest'), PDFArray)
      const target = dest?.get(0)
      out.push({
        title: title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : String(title),
        page: target ? (pageIndex.get(target.toString()) ?? -1) : -1,
        children: walk(item),
      })
      item = item.lookupMaybe(PDFName.of('Next'), PDFDict)
    }
    return out
  }
  return walk(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict))
}
