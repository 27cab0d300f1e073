// The export scripts, run as a user runs them. Each artifact is exported once and shared by the checks below.
// Expected counts, titles, notes, click steps and links come from slides.md and the built deck at run time.
import type { Buffer } from 'node:buffer'
import type { Browser } from 'playwright-chromium'
import type { DeckLink, SlideLink } from '../support/built-deck'
import type { PdfFacts } from '../support/pdf'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sectorMap } from '../../data'
import { layoutArchitecture } from '../../logic/architecture-layout'
import { toArchModel } from '../../logic/architecture-model'
import { SECTION_LAYOUTS } from '../../logic/pacing'
import { loadDeck, plainTitle, PROJECT_ROOT, readDeck, typographic } from '../../tools/deck'
import { outlineTree } from '../../tools/pdf-finish'
import { CommandError, run } from '../../tools/run'
import { launchChromium } from '../support/browser'
import { deckFacts } from '../support/built-deck'
import { readPdf, squash } from '../support/pdf'

const slides = loadDeck()
const deck = readDeck()
const dir = mkdtempSync(join(tmpdir(), 'depin-export-test-'))

interface Run { code: number, stdout: string, stderr: string, ms: number }

async function npm(script: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  const started = Date.now()
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', script, '--', ...args], { cwd: PROJECT_ROOT, timeoutMs: 240_000, env })
    return { code: 0, stdout, stderr, ms: Date.now() - started }
  }
  catch (error) {
    if (!(error instanceof CommandError))
      throw error
    return { code: error.exitCode ?? 1, stdout: error.stdout, stderr: error.stderr, ms: Date.now() - started }
  }
}

async function exported(script: string, output: string, args: string[] = []): Promise<string> {
  const run = await npm(script, ['--output', output, ...args])
  if (run.code !== 0)
    throw new Error(`npm run ${script} failed (${run.code}):\n${run.stdout}\n${run.stderr}`)
  return output
}

/** Mean relative luminance (0 black, 1 white) of a PNG, decoded and averaged by Chromium. */
async function meanLuminance(browser: Browser, png: Buffer): Promise<number> {
  const page = await browser.newPage()
  try {
    await page.setContent(`<img src="data:image/png;base64,${png.toString('base64')}">`)
    return await page.evaluate(`(async () => {
      const img = document.querySelector('img')
      await img.decode()
      const canvas = Object.assign(document.createElement('canvas'), { width: img.naturalWidth, height: img.naturalHeight })
      const ctx = canvas.getContext('2d')
      ctx.drawImage(img, 0, 0)
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height)
      let sum = 0
      for (let i = 0; i < data.length; i += 4)
        sum += (0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2]) / 255
      return sum / (data.length / 4)
    })()`) as number
  }
  finally {
    await page.close()
  }
}

// Measured on the built deck: click steps of each slide, every external link with its slide, every link to a slide.
let clicks: number[] = []
let links: DeckLink[] = []
let jumps: SlideLink[] = []

beforeAll(async () => {
  ;({ clicks, links, jumps } = await deckFacts())
}, 180_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// `npm run build` prints the PDF with the exporter that `npm run export` runs (tools/exporter.ts runExports): the whole
// deck's PDF is read from dist/, and `npm run export` itself, building slides.md first, prints a range below.
describe('the PDF (dist/NAME.pdf, printed by npm run build as npm run export prints it)', () => {
  let pdf: PdfFacts
  beforeAll(async () => {
    const file = join(PROJECT_ROOT, 'dist', `${deck.head.exportFilename}.pdf`)
    if (!existsSync(file))
      throw new Error(`No ${file}: build the deck with its PDF (\`npm run build\`, without --no-pdf)`)
    pdf = await readPdf(file)
  })

  it('writes exactly one 16:9 page per slide', () => {
    expect(pdf.pages.length).toBe(slides.length)
    for (const page of pdf.pages)
      expect(page.width / page.height).toBeCloseTo(deck.canvas.width / deck.canvas.height, 2)
  })

  it('embeds every font, and has fonts at all (text is vector, not an image)', () => {
    expect(pdf.fonts.length).toBeGreaterThan(0)
    expect(pdf.fonts.filter(font => !font.embedded || font.subtype === '/Type3')).toEqual([])
  })

  it('puts each slide\'s title, as extractable text, on its own page', () => {
    const missing = slides.filter(slide => slide.title && !typographic(pdf.pages[slide.no - 1]?.text ?? '').includes(typographic(slide.title)))
    expect(missing.map(slide => `${slide.no}: ${slide.title}`)).toEqual([])
    expect(pdf.pages.filter(page => !page.text.trim()).length).toBe(0)
  })

  it('keeps every external link of the deck clickable, on its slide\'s page', () => {
    expect(links.length).toBeGreaterThan(0)
    const missing = links.filter(link => !pdf.pages[link.no - 1]!.links.map(uri => new URL(uri).href).includes(new URL(link.href).href))
    expect(missing).toEqual([])
    // The link we know of: the title slide credits the article's author with its home page.
    expect(pdf.pages[0]!.links.map(uri => new URL(uri).href)).toContain('https://cess.network/')
  })

  it('turns every link to a slide (the diagram\'s categories, #/N) into a jump to that slide\'s page', () => {
    // The architecture diagram links its categories to their sector-map slides.
    expect(jumps.length).toBeGreaterThan(0)
    const missing = jumps.filter(jump => !pdf.pages[jump.from - 1]!.jumps.includes(jump.to - 1))
    expect(missing).toEqual([])
    expect(pdf.pages.flatMap(page => page.jumps).length).toBe(jumps.length)
  })

  it('is a tagged PDF with the headmatter\'s metadata', () => {
    expect(pdf.tagged).toBe(true)
    expect(pdf.title).toBe(deck.head.title)
    expect(pdf.author).toBe(deck.head.author)
    expect(pdf.subject).toBe(deck.head.description)
    for (const keyword of deck.head.keywords)
      expect(pdf.keywords).toContain(keyword)
  })

  it('has an outline by section: every titled slide once, pointing at its page', () => {
    const titled = slides.filter(slide => slide.title)
    const flat = pdf.outline.flatMap(entry => [entry, ...entry.children])
    expect(flat.map(entry => typographic(entry.title))).toEqual(titled.map(slide => typographic(plainTitle(slide.title))))
    expect(flat.map(entry => entry.page)).toEqual(titled.map(slide => slide.no - 1))
    const sections = slides.filter(slide => slide.title && SECTION_LAYOUTS.includes(String(slide.frontmatter.layout ?? (slide.no === 1 ? 'cover' : ''))))
    expect(pdf.outline.map(entry => entry.page)).toEqual(sections.map(slide => slide.no - 1))
  })
  it('keeps the architecture diagram\'s labels searchable, fully built', () => {
    const slide = slides.find(s => s.source.includes('<ArchitectureDiagram />'))!
    const page = typographic(pdf.pages[slide.no - 1]?.text ?? '')
    const labels = layoutArchitecture(toArchModel(sectorMap.architecture)).cells.map(cell => cell.label)
    expect(labels.filter(label => !page.includes(label))).toEqual([])
    expect(page).toContain('rewards and verifies')
  })
})

describe('npm run export:clicks', () => {
  // Printed twice with SOURCE_DATE_EPOCH: the PDF with the most pages, which must come out the same both times.
  const epoch = { SOURCE_DATE_EPOCH: '1764028800' }
  const outputs = [join(dir, 'clicks-1.pdf'), join(dir, 'clicks-2.pdf')]
  let pdf: PdfFacts
  beforeAll(async () => {
    for (const output of outputs) {
      const run = await npm('export:clicks', ['--from', 'dist', '--output', output], epoch)
      if (run.code !== 0)
        throw new Error(`npm run export:clicks failed (${run.code}):\n${run.stdout}\n${run.stderr}`)
    }
    pdf = await readPdf(outputs[0]!)
  }, 300_000)

  it('gives the same bytes twice with SOURCE_DATE_EPOCH, dated by it', () => {
    const [first, second] = outputs.map(output => readFileSync(output))
    expect(first!.length).toBeGreaterThan(0)
    expect(first!.equals(second!)).toBe(true)
    expect(pdf.doc.getCreationDate()?.toISOString()).toBe(new Date(Number(epoch.SOURCE_DATE_EPOCH) * 1000).toISOString())
  })

  it('adds exactly one page per click step', () => {
    const steps = clicks.reduce((sum, n) => sum + n, 0)
    expect(pdf.pages.length).toBe(slides.length + steps)
  })

  it('shows each slide on 1 + its click steps pages in a row, and the outline opens its first one', () => {
    let page = 0
    const firstPages: number[] = []
    for (const slide of slides) {
      firstPages.push(page)
      for (let step = 0; step <= clicks[slide.no - 1]!; step++, page++) {
        if (slide.title)
          expect(typographic(pdf.pages[page]!.text), `slide ${slide.no}, step ${step}`).toContain(typographic(slide.title))
      }
    }
    const flat = pdf.outline.flatMap(entry => [entry, ...entry.children])
    expect(flat.map(entry => entry.page)).toEqual(slides.filter(slide => slide.title).map(slide => firstPages[slide.no - 1]))
    expect(outlineTree(deck.slides).length).toBe(pdf.outline.length)
    // A link to a slide opens its first page, from every page of the slide it is on (the diagram's links are there
    // on each step that shows their category).
    expect(jumps.length).toBeGreaterThan(0)
    for (const jump of jumps) {
      const from = Array.from({ length: clicks[jump.from - 1]! + 1 }, (_, step) => pdf.pages[firstPages[jump.from - 1]! + step]!.jumps).flat()
      expect(from, `slide ${jump.from} -> slide ${jump.to}`).toContain(firstPages[jump.to - 1])
      expect(new Set(from.filter(page => !firstPages.includes(page))), `slide ${jump.from}: jumps that open no slide's first page`).toEqual(new Set())
    }
  })
})

describe('npm run export:png', () => {
  let files: string[] = []
  const out = join(dir, 'png')
  beforeAll(async () => {
    await exported('export:png', out, ['--from', 'dist'])
    files = readdirSync(out).sort()
  }, 300_000)

  it('writes one PNG per slide, numbered', () => {
    expect(files).toEqual(slides.map(slide => `${String(slide.no).padStart(3, '0')}.png`))
  })

  it('draws in dark colours with --dark, and light ones without', async () => {
    const no = 2
    const name = `${String(no).padStart(3, '0')}.png`
    const darkDir = await exported('export:png', join(dir, 'png-dark'), ['--from', 'dist', '--dark', '--range', String(no)])
    expect(readdirSync(darkDir)).toEqual([name])
    const browser = await launchChromium()
    try {
      const light = await meanLuminance(browser, readFileSync(join(out, name)))
      const dark = await meanLuminance(browser, readFileSync(join(darkDir, name)))
      expect(light).toBeGreaterThan(0.7)
      expect(dark).toBeLessThan(0.3)
    }
    finally {
      await browser.close()
    }
  }, 120_000)

  it('renders each at twice the slide canvas', () => {
    for (const file of files) {
      const header = readFileSync(join(out, file)).subarray(0, 24)
      expect(header.subarray(1, 4).toString()).toBe('PNG')
      expect([header.readUInt32BE(16), header.readUInt32BE(20)]).toEqual([deck.canvas.width * 2, deck.canvas.height * 2])
    }
  })
})

describe('npm run export:notes', () => {
  let pdf: PdfFacts
  beforeAll(async () => {
    pdf = await readPdf(await exported('export:notes', join(dir, 'notes.pdf'), ['--from', 'dist']))
  }, 300_000)

  it('holds every slide\'s notes, paragraph by paragraph', () => {
    const all = squash(pdf.pages.map(page => page.text).join(' '))
    const missing = slides.flatMap(slide => slide.note.split(/\n\s*\n/).map(paragraph => ({ no: slide.no, paragraph })))
      // Slidev renders a `[click]` marker as a click anchor, not as text.
      .filter(({ paragraph }) => !all.includes(squash(paragraph.replace(/\[click(?::\d+)?\]\s*/g, '').replace(/[*_`]/g, ''))))
    expect(missing).toEqual([])
    expect(slides.every(slide => slide.note)).toBe(true)
  })

  it('names every slide and is titled as the notes of the deck', () => {
    const all = typographic(pdf.pages.map(page => page.text).join(' '))
    for (const slide of slides.filter(slide => slide.title))
      expect(all).toContain(`${slide.no}/${slides.length}`)
    expect(pdf.title).toBe(`${deck.head.title}: speaker notes`)
    expect(pdf.fonts.every(font => font.embedded)).toBe(true)
  })
})

describe('npm run export -- --range (builds slides.md itself, then prints it)', () => {
  // Slide 2, and the last two slides: a span and a single slide, with a gap between.
  const picked = [2, slides.length - 1, slides.length]
  let pdf: PdfFacts
  beforeAll(async () => {
    pdf = await readPdf(await exported('export', join(dir, 'range.pdf'), ['--range', `2,${picked[1]}-${picked[2]}`]))
  }, 300_000)

  it('prints just the slides in the range, in order, each with its title', () => {
    expect(pdf.pages.length).toBe(picked.length)
    const shown = picked.map((no, index) => typographic(pdf.pages[index]!.text).includes(typographic(slides[no - 1]!.title)))
    expect(shown).toEqual(picked.map(() => true))
  })

  it('keeps an outline of those slides only, each opening its page', () => {
    const flat = pdf.outline.flatMap(entry => [entry, ...entry.children])
    expect(flat.map(entry => typographic(entry.title))).toEqual(picked.map(no => typographic(plainTitle(slides[no - 1]!.title))))
    expect(flat.map(entry => entry.page)).toEqual(picked.map((_, index) => index))
  })

  it('refuses a slide the deck does not have, before starting a browser', async () => {
    const run = await npm('export', ['--from', 'dist', '--range', String(slides.length + 1), '--output', join(dir, 'nope.pdf')])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`slide ${slides.length + 1} does not exist; the deck has slides 1 to ${slides.length}`)
    expect(existsSync(join(dir, 'nope.pdf'))).toBe(false)
  })
})

describe('npm run export -- --range: links to slides left out', () => {
  // A slide with links to slides, alone: every target is outside the range.
  const from = () => jumps[0]!.from
  const siteUrl = 'https://deck.example.org/talk/'

  it('drops them with a warning that names them, without DECK_URL', async () => {
    const output = join(dir, 'range-links.pdf')
    const result = await npm('export', ['--from', 'dist', '--range', String(from()), '--output', output], { DECK_URL: '' })
    expect(result.code, result.stderr).toBe(0)
    const targets = [...new Set(jumps.filter(jump => jump.from === from()).map(jump => jump.to))].filter(to => to !== from())
    expect(targets.length).toBeGreaterThan(0)
    for (const to of targets)
      expect(result.stdout).toContain(`slide ${from()} -> slide ${to}`)
    expect(result.stdout).toContain('set DECK_URL')
    const pdf = await readPdf(output)
    expect(pdf.pages[0]!.jumps).toEqual([])
    expect(pdf.pages[0]!.links.filter(uri => uri.includes('#/'))).toEqual([])
  })

  it('links them to the hosted deck with DECK_URL', async () => {
    const output = join(dir, 'range-links-url.pdf')
    const result = await npm('export', ['--from', 'dist', '--range', String(from()), '--output', output], { DECK_URL: siteUrl })
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).not.toContain('dropped')
    const pdf = await readPdf(output)
    const expected = jumps.filter(jump => jump.from === from() && jump.to !== from()).map(jump => `${siteUrl}#/${jump.to}`)
    expect(pdf.pages[0]!.links.filter(uri => uri.startsWith(siteUrl)).sort()).toEqual(expected.sort())
  })
})

describe('export failures end in a clear message, not a hang', () => {
  it('says how to get a browser when there is none', async () => {
    const out = join(dir, 'none.pdf')
    const run = await npm('export', ['--from', 'dist', '--output', out], { CHROMIUM_PATH: join(dir, 'no-such-chromium') })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('CHROMIUM_PATH')
    expect(run.stderr).toContain('apt-get install -y chromium')
    expect(existsSync(out)).toBe(false)
  })

  // A copy of the build in which the module of the last slide never finishes loading (a top-level await that
  // never resolves), or is missing. The chunk is found by the last slide's title.
  function brokenCopy(name: string, breakChunk: (file: string) => void): string {
    const copy = join(dir, name)
    cpSync(join(PROJECT_ROOT, 'dist'), copy, { recursive: true })
    // The bundler decides where a slide's chunk goes (assets/ or assets/slidev/): look in every folder.
    const assets = join(copy, 'assets')
    const title = slides[slides.length - 1]!.title
    const chunk = (readdirSync(assets, { recursive: true }) as string[])
      .find(file => /(?:^|\/)md-[^/]*\.js$/.test(file) && readFileSync(join(assets, file), 'utf8').includes(title))
    expect(chunk, `a chunk holding "${title}"`).toBeDefined()
    breakChunk(join(assets, chunk!))
    return copy
  }

  it('stops at the timeout when a slide never finishes loading, and says what was missing', async () => {
    const copy = brokenCopy('hanging', file => writeFileSync(file, 'await new Promise(() => {})\n'))
    // Short: the slide never loads however long the wait; the other slides mount in well under a second.
    const run = await npm('export', ['--from', copy, '--output', join(dir, 'hanging.pdf'), '--timeout', '3000'])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/was not ready after 3000 ms: \d+ of \d+ slides mounted, [1-9]\d* still loading/)
    expect(run.ms).toBeLessThan(120_000)
    expect(existsSync(join(dir, 'hanging.pdf'))).toBe(false)
  }, 180_000)

  it('refuses to print a deck with a missing file, naming it', async () => {
    let missing = ''
    const copy = brokenCopy('missing', (file) => {
      missing = file.split('/').pop()!
      rmSync(file)
    })
    const run = await npm('export', ['--from', copy, '--output', join(dir, 'missing.pdf')])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`404 `)
    expect(run.stderr).toContain(missing)
  }, 180_000)

  it('rejects an unknown option with the usage', async () => {
    const run = await npm('export', ['--frobnicate'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('Usage: npm run export')
  })
})
