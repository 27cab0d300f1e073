// Reads an exported PDF the way the tests check it: text per page (unpdf / pdf.js), and structure (pdf-lib): link
// annotations, fonts, tagging, metadata and the outline.
//
//   const pdf = await readPdf('deck.pdf'); pdf.pages[0].text; pdf.pages[0].links; pdf.fonts; pdf.outline
import { readFileSync } from 'node:fs'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString } from 'pdf-lib'
import { extractText, getDocumentProxy } from 'unpdf'
import { readOutline } from '../../tools/pdf-finish'

interface PdfPage {
  text: string
  /** URIs of the page's link annotations. */
  links: string[]
  /** Pages (0-based) that the page's links within the document open, named or explicit destinations alike. */
  jumps: number[]
  width: number
  height: number
}

interface PdfFont {
  name: string
  subtype: string
  embedded: boolean
}

export interface PdfFacts {
  doc: PDFDocument
  bytes: number
  pages: PdfPage[]
  fonts: PdfFont[]
  tagged: boolean
  outline: ReturnType<typeof readOutline>
  title?: string
  author?: string
  subject?: string
  keywords?: string
}

function text(value: unknown): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined
}

/** The page's link annotations. */
function linkAnnots(doc: PDFDocument, index: number): PDFDict[] {
  const annots = doc.getPage(index).node.lookupMaybe(PDFName.of('Annots'), PDFArray)
  return Array.from({ length: annots?.size() ?? 0 }, (_, i) => annots!.lookup(i, PDFDict))
    .filter(annot => annot.lookup(PDFName.of('Subtype'))?.toString() === '/Link')
}

function linksOf(doc: PDFDocument, index: number): string[] {
  return linkAnnots(doc, index).flatMap(annot => text(annot.lookupMaybe(PDFName.of('A'), PDFDict)?.lookup(PDFName.of('URI'))) ?? [])
}

/** The page (0-based) a destination opens: an explicit [page ...] array, or a name in the catalog's /Dests. */
function destinationPage(doc: PDFDocument, dest: unknown): number | undefined {
  let target = dest
  if (target instanceof PDFName || target instanceof PDFString || target instanceof PDFHexString) {
    const name = target.decodeText()
    const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict)
    target = dests?.lookup(PDFName.of(name))
    if (target instanceof PDFDict)
      target = target.lookup(PDFName.of('D'))
  }
  if (!(target instanceof PDFArray))
    return undefined
  const ref = target.get(0)
  const index = doc.getPages().findIndex(page => page.ref === ref)
  return index < 0 ? undefined : index
}

function jumpsOf(doc: PDFDocument, index: number): number[] {
  return linkAnnots(doc, index).flatMap((annot) => {
    const action = annot.lookupMaybe(PDFName.of('A'), PDFDict)
    const dest = annot.lookup(PDFName.of('Dest')) ?? (action?.lookup(PDFName.of('S'))?.toString() === '/GoTo' ? action.lookup(PDFName.of('D')) : undefined)
    if (dest === undefined)
      return []
    const page = destinationPage(doc, dest)
    if (page === undefined)
      throw new Error(`page ${index + 1}: a link's destination ${String(dest)} opens no page`)
    return [page]
  })
}

/** Every font dictionary; a font counts as embedded when its descriptor (or its descendant's) holds a font file. */
function fontsOf(doc: PDFDocument): PdfFont[] {
  const fonts: PdfFont[] = []
  const hasFile = (dict: PDFDict | undefined): boolean => {
    const descriptor = dict?.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict)
    return ['FontFile', 'FontFile2', 'FontFile3'].some(key => descriptor?.lookup(PDFName.of(key)) instanceof PDFRawStream)
  }
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.lookup(PDFName.of('Type'))?.toString() !== '/Font')
      continue
    const subtype = object.lookup(PDFName.of('Subtype'))?.toString() ?? ''
    if (subtype === '/CIDFontType0' || subtype === '/CIDFontType2')
      continue // checked through their Type0 parent
    const descendants = object.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)
    const embedded = descendants ? hasFile(descendants.lookup(0, PDFDict)) : hasFile(object)
    fonts.push({ name: object.lookup(PDFName.of('BaseFont'))?.toString() ?? '?', subtype, embedded })
  }
  return fonts
}

export async function readPdf(path: string): Promise<PdfFacts> {
  const bytes = new Uint8Array(readFileSync(path))
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  const proxy = await getDocumentProxy(bytes.slice())
  const texts = (await extractText(proxy, { mergePages: false })).text
  const markInfo = doc.catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict)
  return {
    doc,
    bytes: bytes.length,
    pages: doc.getPages().map((page, index) => ({
      text: texts[index] ?? '',
      links: linksOf(doc, index),
      jumps: jumpsOf(doc, index),
      width: page.getWidth(),
      height: page.getHeight(),
    })),
    fonts: fontsOf(doc),
    tagged: markInfo?.lookup(PDFName.of('Marked'))?.toString() === 'true' && doc.catalog.has(PDFName.of('StructTreeRoot')),
    outline: readOutline(doc),
    title: doc.getTitle(),
    author: doc.getAuthor(),
    subject: doc.getSubject(),
    keywords: doc.getKeywords(),
  }
}

/** Letters and digits only, lower case: text compared this way survives line breaks and typographic quotes. */
export function squash(value: string): string {
  return value.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]/g, '')
}
