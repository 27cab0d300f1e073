// `npm run export:pptx`: the PowerPoint file, read back from its XML (JSZip): one 16:9 slide per deck slide, each a
// 2x picture with the slide's text as alt text, its title in the title placeholder, its notes by click step, and its
// links where they sit, web links and jumps to slides alike. Then a round trip through LibreOffice Impress, where it
// is installed. Every expectation comes from slides.md and the built deck.
import type { DeckLink, SlideLink } from '../support/built-deck'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { noteSegments } from '../../logic/note-clicks'
import { loadDeck, plainTitle, PROJECT_ROOT, readDeck, typographic } from '../../tools/deck'
import { run } from '../../tools/run'
import { deckFacts } from '../support/built-deck'

const slides = loadDeck()
const dir = mkdtempSync(join(tmpdir(), 'depin-pptx-test-'))
const output = join(dir, 'deck.pptx')
let zip: JSZip
let links: DeckLink[] = []
let jumps: SlideLink[] = []

const decode = (xml: string) => xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, '\'').replace(/&amp;/g, '&')
const read = (name: string) => zip.file(name)!.async('string')
/** The relationships of slide `n` (1-based): id -> { type, target, external }. */
async function relsOf(n: number): Promise<Map<string, { type: string, target: string, external: boolean }>> {
  const xml = await read(`ppt/slides/_rels/slide${n}.xml.rels`)
  return new Map([...xml.matchAll(/<Relationship ([^>]*)\/>/g)].map(([, attrs]) => {
    const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attrs!)?.[1] ?? ''
    return [attr('Id'), { type: attr('Type').split('/').pop()!, target: decode(attr('Target')), external: attr('TargetMode') === 'External' }]
  }))
}

beforeAll(async () => {
  ;({ links, jumps } = await deckFacts())
  await run('npm', ['run', '--silent', 'export:pptx', '--', '--from', 'dist', '--output', output], { cwd: PROJECT_ROOT, timeoutMs: 240_000, env: { DECK_URL: '' } })
  zip = await JSZip.loadAsync(readFileSync(output))
}, 300_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('npm run export:pptx', () => {
  it('has one 16:9 slide per deck slide, each a picture at twice the canvas', async () => {
    const names = Object.keys(zip.files).filter(name => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    expect(names.length).toBe(slides.length)
    const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(await read('ppt/presentation.xml'))!
    expect(Number(size[1]) / Number(size[2])).toBeCloseTo(16 / 9, 3)
    for (const slide of slides) {
      const rels = [...(await relsOf(slide.no)).values()]
      const image = rels.find(rel => rel.type === 'image')!
      const png = await zip.file(`ppt/slides/${image.target}`.replace('slides/../', ''))!.async('uint8array')
      const width = new DataView(png.buffer, png.byteOffset).getUint32(16)
      expect(width, `slide ${slide.no}`).toBe(readDeck().canvas.width * 2)
    }
  })

  it('gives each picture the slide\'s text as alt text, and puts each title in the title placeholder', async () => {
    for (const slide of slides) {
      const xml = decode(await read(`ppt/slides/slide${slide.no}.xml`))
      const alt = /<p:cNvPr id="\d+" name="[^"]*" descr="([^"]*)"/.exec(xml)?.[1] ?? ''
      expect(alt, `slide ${slide.no}`).toMatch(new RegExp(`^Slide ${slide.no} of ${slides.length}`))
      const title = typographic(plainTitle(slide.title))
      if (title) {
        expect(typographic(alt), `slide ${slide.no}: alt text`).toContain(title)
        const placeholder = /<p:ph[^>]*type="title"[\s\S]*?<\/p:sp>/.exec(xml)?.[0] ?? ''
        expect(typographic([...placeholder.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(match => match[1]).join('')), `slide ${slide.no}: title`).toBe(title)
      }
      // More than the title: the body text the slide shows.
      expect(alt.length, `slide ${slide.no}`).toBeGreaterThan(`Slide ${slide.no} of ${slides.length}: ${title}`.length)
    }
  })

  it('puts each slide\'s notes in its notes pane, a paragraph per click step', async () => {
    const withNotes = slides.filter(slide => slide.note)
    expect(withNotes.length).toBe(slides.length)
    for (const slide of withNotes) {
      const rels = [...(await relsOf(slide.no)).values()]
      const notes = rels.find(rel => rel.type === 'notesSlide')!
      const xml = decode(await read(`ppt/notesSlides/${notes.target.split('/').pop()}`))
      const body = /<p:ph type="body"[\s\S]*?<\/p:txBody>/.exec(xml)![0]
      const paragraphs = [...body.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map(match => [...match[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(t => t[1]).join(''))
      const segments = noteSegments(slide.note)
      expect(paragraphs.length, `slide ${slide.no}`).toBe(segments.length)
      segments.forEach((segment, index) => {
        expect(paragraphs[index]!.startsWith(segment.click ? `[click ${segment.click}] ` : ''), `slide ${slide.no}, step ${segment.click}`).toBe(true)
        const firstWords = segment.text.replace(/[*`[\]()]/g, '').split(/\s+/).slice(0, 3).join(' ')
        expect(paragraphs[index], `slide ${slide.no}, step ${segment.click}`).toContain(firstWords)
      })
    }
  })

  it('makes every web link a clickable area that opens it, on its slide', async () => {
    expect(links.length).toBeGreaterThan(0)
    for (const slide of slides) {
      const rels = await relsOf(slide.no)
      const xml = await read(`ppt/slides/slide${slide.no}.xml`)
      const clicked = [...xml.matchAll(/<a:hlinkClick r:id="(rId\d+)"/g)].map(match => rels.get(match[1]!)!)
      const urls = clicked.filter(rel => rel.external).map(rel => new URL(rel.target).href).sort()
      expect(urls, `slide ${slide.no}`).toEqual(links.filter(link => link.no === slide.no).map(link => link.href).sort())
    }
  })

  it('makes every link to a slide a jump to that slide', async () => {
    expect(jumps.length).toBeGreaterThan(0)
    for (const slide of slides) {
      const rels = await relsOf(slide.no)
      const xml = await read(`ppt/slides/slide${slide.no}.xml`)
      const targets = [...xml.matchAll(/<a:hlinkClick r:id="(rId\d+)"[^>]*action="ppaction:\/\/hlinksldjump"/g)]
        .map(match => Number(/slide(\d+)\.xml$/.exec(rels.get(match[1]!)!.target)![1]))
      expect(targets.sort((a, b) => a - b), `slide ${slide.no}`).toEqual(jumps.filter(jump => jump.from === slide.no).map(jump => jump.to).sort((a, b) => a - b))
    }
  })
})

function soffice(): string | undefined {
  try {
    return execFileSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' }).trim() || undefined
  }
  catch {
    return undefined
  }
}
const office = soffice()
if (!office)
  console.warn('pptx: no LibreOffice here (.ci/run installs libreoffice-impress): the round trip is skipped')

describe.skipIf(!office)('the PPTX through LibreOffice Impress (skipped where it is absent)', () => {
  it('converts to a PDF with one page per slide', async () => {
    const out = join(dir, 'office')
    // A profile of its own: a second soffice would otherwise hand the job to one already running.
    await run(office!, [`-env:UserInstallation=file://${join(dir, 'office-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', out, output], { timeoutMs: 240_000 })
    const pdf = await PDFDocument.load(readFileSync(join(out, 'deck.pdf')))
    expect(pdf.getPageCount()).toBe(slides.length)
  })
})
