// Prints the built deck through Slidev's print view in the resolved Chromium: PDF, PDF by click, PNGs, notes handout.
//
//   const reports = await runExports([{ kind: 'pdf', output: 'deck.pdf' }], { dark: false, timeoutMs: 60_000 })
//
// The deck is a static build (`from`, e.g. dist/, or slides.md built into a temp folder), served on 127.0.0.1 by
// tools/serve.ts. We wait for what matters: every slide mounted, no slide still loading, fonts and images loaded,
// and the number of slides steady for half a second; never `networkidle`. Every wait has a limit; reaching it throws
// an ExportError that says what was still missing.
//
// Why not `slidev export` (Slidev 52, node_modules/@slidev/cli/dist/export-*.mjs):
// - its PDF is untagged: it calls `page.pdf` without `tagged: true`, so a screen reader gets no structure. Asked for
//   in slidevjs/slidev#2426 (open); the change is slidevjs/slidev#2273 ("Produce tagged PDFs"), not merged.
// - `slidev export-notes` launches Chromium with `chromium.launch()` and no executable path (only `export` takes
//   `--executable-path`), so it cannot use the system Chromium that tools/browser.ts finds when Playwright's own
//   browser was never downloaded (offline, closed CI).
// - it waits for `networkidle` (export's default; hard-coded in export-notes), which never comes when a request has
//   no answer, as offline.
// When this file could go: once Slidev's export prints tagged PDFs (#2273 or a successor merged) and export-notes
// takes a browser path and another wait than `networkidle`. Then `npm run export` could call `slidev export` with
// `--executable-path` from tools/browser.ts, and keep tools/pdf-finish.ts for metadata and the outline by section.
import type { Buffer } from 'node:buffer'
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { DeckInfo } from './deck'
import type { FirstSlideCapture } from './first-paint'
import type { StaticServer } from './serve'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-chromium'
import { MOUNTED_SLIDE, mountedSlide, NOTES_PAGE_HEADINGS, SLIDEV_DOM } from '../seam/slidev.ts'
import { launchArgs, resolveBrowser } from './browser'
import { PROJECT_ROOT, readDeck } from './deck'
import { CAPTURE_FIRST_SLIDE, FIRST_PAINT_CSS, hasFirstPaint, withFirstPaint } from './first-paint'
import { handoutGeometry, handoutPages, layoutHandout, readNotes } from './handout'
import { OG_IMAGE_WIDTH } from './head-meta'
import { dateFromEpoch, finishPdf, outlineTree } from './pdf-finish'
import { run } from './run'
import { serveStatic } from './serve'

export type ExportKind = 'pdf' | 'clicks' | 'png' | 'notes' | 'og' | 'handout' | 'first-paint'

export interface ExportJob {
  kind: ExportKind
  /** A file for pdf, clicks, notes, handout and og; a folder for png; the built deck's index.html for first-paint. */
  output: string
}

export interface ExportSettings {
  /** A built deck to print (e.g. 'dist'). Without it, slides.md is built into a temp folder first. */
  from?: string
  dark: boolean
  /** Only these slides (1-based, ascending), for pdf, clicks, handout and png. All when absent. */
  range?: readonly number[]
  /** Limit for each wait, in ms. */
  timeoutMs: number
  /** Pixel ratio of PNGs. */
  scale?: number
  log?: (line: string) => void
}

export interface ExportReport {
  kind: ExportKind
  output: string
  /** PDF pages or PNG files written. */
  count: number
  bytes: number
}

export class ExportError extends Error {
  override name = 'ExportError'
}

/** The base a built deck was made for, read from its index.html (`<script src="/base/assets/…">`). */
export function detectBase(indexHtml: string): string {
  const src = indexHtml.match(/<script[^>]+src="([^"]*?)assets\/[^"]+\.js"/)?.[1]
  if (src === undefined)
    throw new ExportError('index.html of the built deck has no <script src=".../assets/*.js">; is it a Slidev build?')
  return src.startsWith('/') ? src : `/${src.replace(/^\.\//, '')}`
}

/** Rejects with `message` when `promise` takes longer than `ms` (for steps that have no timeout of their own). */
export async function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const limit = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new ExportError(message)), ms)
  })
  try {
    return await Promise.race([promise, limit])
  }
  finally {
    clearTimeout(timer)
  }
}

/** `slidev build` into `outDir`. Its output is shown only when it fails (or as it runs, with `quiet: false`). */
export async function buildDeck(outDir: string, options: { base?: string, extraArgs?: readonly string[], timeoutMs?: number, quiet?: boolean } = {}): Promise<void> {
  const cli = createRequire(import.meta.url).resolve('@slidev/cli/bin/slidev.mjs')
  const args = [cli, 'build', '--out', outDir, ...(options.base ? ['--base', options.base] : []), ...(options.extraArgs ?? [])]
  try {
    await run(process.execPath, args, { cwd: PROJECT_ROOT, timeoutMs: options.timeoutMs ?? 5 * 60_000, inherit: options.quiet === false })
  }
  catch (error) {
    throw new ExportError(`slidev build failed: ${(error as Error).message}`)
  }
}

// A slide is mounted once its layout (`.slidev-layout`) is in its frame (`.slidev-page`): the frame is there at once,
// the slide's own code loads after it, and Slidev shows no loading sign for the first 300 ms of that.
const MOUNTED = MOUNTED_SLIDE
const PRINT_SLIDE = `.${SLIDEV_DOM.printSlide}`
const LOADING = `.${SLIDEV_DOM.slideLoading}`

/**
 * A page expression, true once the print view shows at least `min` slides, every one mounted, none loading, fonts
 * and images loaded, and the count steady for half a second. A string, so that the page gets it as written (a
 * transpiled function can call helpers, such as `__name`, that the page lacks). The export waits on it, and so do the
 * tests that read the print view.
 */
export function printViewReady(min: number): string {
  return `(() => {
    const boxes = document.querySelectorAll('${PRINT_SLIDE}')
    const ready = boxes.length >= ${min}
      && !document.querySelector('${LOADING}')
      && [...boxes].every(box => box.querySelector('${MOUNTED}'))
      && document.fonts.status === 'loaded'
      && [...document.images].every(img => img.complete)
    const seen = window.__deckExportSeen || (window.__deckExportSeen = { count: -1, since: 0 })
    if (!ready || seen.count !== boxes.length) {
      seen.count = ready ? boxes.length : -1
      seen.since = performance.now()
      return false
    }
    return performance.now() - seen.since >= 500
  })()`
}

const PRINT_STATE = `(() => ({
  mounted: [...document.querySelectorAll('${PRINT_SLIDE}')].filter(box => box.querySelector('${MOUNTED}')).length,
  loading: document.querySelectorAll('${LOADING}').length,
  fonts: document.fonts.status,
  images: [...document.images].filter(img => !img.complete).map(img => img.src),
}))()`

interface PrintState { mounted: number, loading: number, fonts: string, images: string[] }

class Session {
  constructor(
    readonly deck: DeckInfo,
    readonly browser: Browser,
    readonly server: StaticServer,
    readonly settings: ExportSettings,
    /** Dates every PDF when set (SOURCE_DATE_EPOCH: reproducible files); otherwise they carry the time of export. */
    readonly pdfDate: Date | undefined,
  ) {}

  /** Files of the deck that did not load (404 or failed): a slide would print as "Failed to fetch this slide". */
  readonly missing: string[] = []
  /** Called on each of them while a wait is under way (see untilMissing). */
  private onMissing: (() => void) | undefined

  /**
   * `wait`, cut short by checkComplete's error as soon as a file of the deck fails to load: the slide that needed it
   * shows Slidev's error instead and will never mount, so waiting for it to would only run into the timeout.
   */
  private async untilMissing<T>(wait: Promise<T>): Promise<T> {
    wait.catch(() => {}) // handled below; it may also lose the race and fail later, when its page closes
    const missing = new Promise<never>((_, fail) => {
      this.onMissing = () => {
        try {
          this.checkComplete()
        }
        catch (error) {
          fail(error)
        }
      }
    })
    this.onMissing?.()
    try {
      return await Promise.race([wait, missing])
    }
    finally {
      this.onMissing = undefined
    }
  }

  async page(viewport: { width: number, height: number }, scale = 1): Promise<{ context: BrowserContext, page: Page }> {
    const context = await this.browser.newContext({
      viewport,
      deviceScaleFactor: scale,
      colorScheme: this.settings.dark ? 'dark' : 'light',
      // The built deck registers a service worker (offline copy): not wanted while printing, and its precache would
      // compete with the print for the machine. Its Content-Security-Policy <meta> would refuse our style tag below.
      serviceWorkers: 'block',
      bypassCSP: true,
    })
    context.setDefaultTimeout(this.settings.timeoutMs)
    context.setDefaultNavigationTimeout(this.settings.timeoutMs)
    // Nothing may leave the machine: a request that would hang an offline export is refused at once.
    await context.route(/^(?!https?:\/\/(127\.0\.0\.1|localhost)[:/])[a-z]+:\/\/.*/, (route) => {
      this.settings.log?.(`warning: refused a request outside the machine: ${route.request().url()}`)
      return route.abort('blockedbyclient')
    })
    const page = await context.newPage()
    page.on('response', (response) => {
      if (response.status() >= 400) {
        this.missing.push(`${response.status()} ${response.url()}`)
        this.onMissing?.()
      }
    })
    return { context, page }
  }

  /** Throws when a file of the deck failed to load, so that no page prints an error instead of a slide. */
  checkComplete(): void {
    if (this.missing.length)
      throw new ExportError(`the built deck is missing files, so some slides would print as errors:\n  ${[...new Set(this.missing)].join('\n  ')}\nRebuild it (npm run build) or drop --from.`)
  }

  /** Opens the print view and waits until it is complete. Returns the slide number of each page, in order. */
  async openPrintView(page: Page, withClicks: boolean): Promise<number[]> {
    const { range } = this.settings
    // Slidev 52's print view ignores a `range` query under hash routing: it mounts every slide, and we take out the
    // ones the range leaves out once all are ready.
    const wanted = range ? [...range] : this.deck.slides.map(slide => slide.no)
    const expected = this.deck.slides.length
    const url = `${this.server.url}?print=${withClicks ? 'clicks' : 'true'}#/print`
    const timeout = this.settings.timeoutMs
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout })
    await page.emulateMedia({ media: 'screen', colorScheme: this.settings.dark ? 'dark' : 'light' })
    try {
      await this.untilMissing(page.waitForFunction(printViewReady(expected), undefined, { timeout, polling: 100 }))
    }
    catch (error) {
      if (error instanceof ExportError)
        throw error
      const state = await within(page.evaluate(PRINT_STATE) as Promise<PrintState>, 5000, 'page not responding').catch(() => undefined)
      const seen = state
        ? `${state.mounted} of ${expected} slides mounted, ${state.loading} still loading, fonts ${state.fonts}${state.images.length ? `, images not loaded: ${state.images.join(', ')}` : ''}`
        : 'the page did not answer'
      throw new ExportError(`the print view (${url}) was not ready after ${timeout} ms: ${seen}. A slide may wait on something that never loads; raise --timeout if the machine is just slow. (${(error as Error).message.split('\n')[0]})`)
    }
    this.checkComplete()
    const dark = await page.evaluate(`document.documentElement.classList.contains('dark')`) as boolean
    if (dark !== this.settings.dark)
      throw new ExportError(`asked for ${this.settings.dark ? 'dark' : 'light'} colours, but the deck shows ${dark ? 'dark' : 'light'} ones: does colorSchema in slides.md force one?`)
    const boxes = page.locator(PRINT_SLIDE)
    // A box's id is `<slide no>-<click>`; with clicks a slide has several boxes.
    const all = (await boxes.evaluateAll(els => els.map(el => el.id))).map(id => Number(id.split('-')[0]))
    const printed = new Set(wanted)
    const dropped = all.flatMap((no, index) => printed.has(no) ? [] : [index])
    if (dropped.length)
      await boxes.evaluateAll((els, indexes) => indexes.forEach(index => els[index]!.remove()), dropped)
    // Each slide ends in a forced page break; after the last one Chromium would add a blank page.
    await page.addStyleTag({ content: `${PRINT_SLIDE}:last-of-type { break-after: auto !important; }` })
    const slides = all.filter(no => printed.has(no))
    const distinct = [...new Set(slides)]
    if (distinct.join(',') !== wanted.join(',')) {
      throw new ExportError(range
        ? `the print view kept slides ${distinct.join(',')}, not the range ${wanted.join(',')}: is the built deck older than slides.md? Rebuild it (npm run build) or drop --from`
        : `the built deck has ${new Set(all).size} slides but slides.md has ${expected}: rebuild it (npm run build) or drop --from`)
    }
    return slides
  }

  private async printPdf(page: Page, pageSize: { width: number, height: number } | 'A4', outline: boolean): Promise<Buffer> {
    return within(page.pdf({
      ...(pageSize === 'A4' ? { format: 'A4' } : { width: `${pageSize.width}px`, height: `${pageSize.height}px` }),
      margin: { top: 0, right: 0, bottom: 0, left: 0 },
      printBackground: true,
      preferCSSPageSize: true,
      tagged: true,
      outline,
    }), this.settings.timeoutMs, `Chromium did not finish printing the PDF within ${this.settings.timeoutMs} ms`)
  }

  private meta(subtitle?: string) {
    const { head } = this.deck
    return {
      title: subtitle ? `${head.title}: ${subtitle}` : head.title,
      author: head.author,
      subject: head.description,
      keywords: head.keywords,
      lang: head.lang,
    }
  }

  async slidesPdf(output: string, withClicks: boolean): Promise<number> {
    const { canvas } = this.deck
    // As tall as all slides together, as Slidev's exporter does: a one-slide viewport adds a blank last page.
    const { context, page } = await this.page({ width: canvas.width, height: canvas.height * this.deck.slides.length })
    try {
      const pages = await this.openPrintView(page, withClicks)
      const raw = await this.printPdf(page, canvas, false)
      const bytes = await finishPdf(raw, {
        meta: this.meta(withClicks ? 'click by click' : undefined),
        tree: outlineTree(this.deck.slides.filter(slide => pages.includes(slide.no))),
        firstPageOf: no => pages.indexOf(no),
        expectedPages: pages.length,
        date: this.pdfDate,
      })
      writeOutput(output, bytes)
      return pages.length
    }
    finally {
      await context.close()
    }
  }

  async pngs(output: string): Promise<number> {
    const { canvas } = this.deck
    const { context, page } = await this.page({ width: canvas.width, height: canvas.height }, this.settings.scale ?? 2)
    try {
      const pages = await this.openPrintView(page, false)
      mkdirSync(output, { recursive: true })
      for (const old of readdirSync(output).filter(name => /^\d+\.png$/.test(name)))
        rmSync(join(output, old))
      const width = String(pages.length).length < 3 ? 3 : String(pages.length).length
      const boxes = page.locator(PRINT_SLIDE)
      for (const [index, no] of pages.entries())
        await boxes.nth(index).screenshot({ path: join(output, `${String(no).padStart(width, '0')}.png`), animations: 'disabled' })
      return pages.length
    }
    finally {
      await context.close()
    }
  }

  /** The title slide as a 1200-pixel-wide PNG, for og:image. */
  async ogImage(output: string): Promise<number> {
    const { canvas } = this.deck
    const { context, page } = await this.page({ width: canvas.width, height: canvas.height }, OG_IMAGE_WIDTH / canvas.width)
    try {
      await this.openPrintView(page, false)
      mkdirSync(dirname(resolve(output)), { recursive: true })
      await page.locator(PRINT_SLIDE).first().screenshot({ path: output, animations: 'disabled' })
      return 1
    }
    finally {
      await context.close()
    }
  }

  /**
   * Slide 1 as the app shows it (`#/1`, light, the canvas as viewport), copied into `index` (the built deck's
   * index.html) with its CSS in first-paint.css beside it: see tools/first-paint.ts. Run it after the other jobs, once
   * per build.
   */
  async firstPaint(index: string): Promise<number> {
    const html = readFileSync(index, 'utf8')
    if (hasFirstPaint(html))
      throw new ExportError(`${index} already has the first-paint copy of slide 1: rebuild the deck (npm run build)`)
    const { canvas } = this.deck
    const { context, page } = await this.page({ width: canvas.width, height: canvas.height })
    try {
      await page.goto(`${this.server.url}#/1`, { waitUntil: 'load' })
      await this.untilMissing(page.locator(mountedSlide(1)).waitFor({ state: 'visible' }))
      await page.waitForFunction(`document.fonts.status === 'loaded' && !document.querySelector('${LOADING}')`, undefined, { polling: 100 })
      this.checkComplete()
      const capture = await page.evaluate(CAPTURE_FIRST_SLIDE) as FirstSlideCapture
      writeOutput(join(dirname(index), FIRST_PAINT_CSS), new TextEncoder().encode(capture.css))
      writeOutput(index, new TextEncoder().encode(withFirstPaint(html, capture, `${detectBase(html)}${FIRST_PAINT_CSS}`)))
      return 1
    }
    finally {
      await context.close()
    }
  }

  /** Slidev's notes page (`#/presenter/print`): every slide's number, title and notes, on A4. */
  async notesPdf(output: string): Promise<number> {
    const withNotes = this.deck.slides.filter(slide => slide.note).length
    const { context, page } = await this.page({ width: 794, height: 1123 })
    try {
      const url = `${this.server.url}#/presenter/print`
      const timeout = this.settings.timeoutMs
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout })
      await page.emulateMedia({ media: 'screen', colorScheme: 'light' })
      await page.waitForFunction(`document.querySelectorAll('${NOTES_PAGE_HEADINGS}').length >= ${withNotes} && document.fonts.status === 'loaded'`, undefined, { timeout, polling: 100 })
        .catch(async () => {
          const shown = await page.locator(NOTES_PAGE_HEADINGS).count().catch(() => -1)
          throw new ExportError(`the notes page (${url}) was not ready after ${timeout} ms: ${shown} of ${withNotes} slides' notes shown`)
        })
      const raw = await this.printPdf(page, 'A4', true)
      writeOutput(output, await finishPdf(raw, { meta: this.meta('speaker notes'), tree: [], firstPageOf: () => 0, date: this.pdfDate }))
      return withNotes
    }
    finally {
      await context.close()
    }
  }
}

/** The handout: one A4 page per slide, the slide as in the deck PDF and its notes under it (see tools/handout.ts). */
async function handoutPdf(session: Session, output: string): Promise<number> {
  const { deck, settings } = session
  const geometry = handoutGeometry(deck.canvas)
  const { context, page } = await session.page({ width: Math.round(geometry.page.width), height: Math.round(geometry.page.height) })
  try {
    const notes = await readNotes(page, session.server.url, deck.slides, settings.timeoutMs)
      .catch((error: Error) => { throw new ExportError(error.message) })
    const pages = await session.openPrintView(page, false)
    const overflow = await layoutHandout(page, handoutPages(deck, pages, notes), geometry)
    if (overflow.length)
      throw new ExportError(`handout: the notes of slide${overflow.length > 1 ? 's' : ''} ${overflow.join(', ')} do not fit under the slide on one A4 page even at ${geometry.fontPt.min} pt; shorten them`)
    const raw = await within(page.pdf({ format: 'A4', margin: { top: 0, right: 0, bottom: 0, left: 0 }, printBackground: true, preferCSSPageSize: true, tagged: true, outline: false }), settings.timeoutMs, `Chromium did not finish printing the handout within ${settings.timeoutMs} ms`)
    writeOutput(output, await finishPdf(raw, {
      meta: { title: `${deck.head.title}: handout`, author: deck.head.author, subject: deck.head.description, keywords: deck.head.keywords, lang: deck.head.lang },
      tree: outlineTree(deck.slides.filter(slide => pages.includes(slide.no))),
      firstPageOf: no => pages.indexOf(no),
      expectedPages: pages.length,
      date: session.pdfDate,
    }))
    return pages.length
  }
  finally {
    await context.close()
  }
}

function writeOutput(output: string, bytes: Uint8Array): void {
  mkdirSync(dirname(resolve(output)), { recursive: true })
  writeFileSync(output, bytes)
}

/** What a job's count counts, for the log line. */
const COUNTED: Record<ExportKind, string> = {
  'pdf': 'pages',
  'clicks': 'pages',
  'handout': 'pages',
  'notes': 'slides',
  'png': 'files',
  'og': 'image',
  'first-paint': 'slide copied',
}

/** Runs one job in the session; returns what COUNTED names. */
function runJob(session: Session, job: ExportJob): Promise<number> {
  switch (job.kind) {
    case 'pdf':
    case 'clicks':
      return session.slidesPdf(job.output, job.kind === 'clicks')
    case 'png':
      return session.pngs(job.output)
    case 'notes':
      return session.notesPdf(job.output)
    case 'handout':
      return handoutPdf(session, job.output)
    case 'og':
      return session.ogImage(job.output)
    case 'first-paint':
      return session.firstPaint(job.output)
  }
}
/** Bytes in a file, or in the files of a folder. */
function sizeOf(path: string): number {
  if (!statSync(path).isDirectory())
    return statSync(path).size
  return readdirSync(path).reduce((sum, name) => sum + statSync(join(path, name)).size, 0)
}

export async function runExports(jobs: readonly ExportJob[], settings: ExportSettings): Promise<ExportReport[]> {
  const log = settings.log ?? (() => {})
  // Checked before any work, so a bad value does not cost a build and a print first.
  let pdfDate: Date | undefined
  try {
    pdfDate = dateFromEpoch(process.env.SOURCE_DATE_EPOCH)
  }
  catch (error) {
    throw new ExportError((error as Error).message)
  }
  const executablePath = resolveBrowser().path
  const deck = readDeck()
  let root = settings.from ? resolve(settings.from) : undefined
  let temp: string | undefined
  let server: StaticServer | undefined
  let browser: Browser | undefined
  try {
    if (!root) {
      temp = mkdtempSync(join(tmpdir(), 'depin-export-'))
      root = join(temp, 'deck')
      log('building the deck (slidev build) ...')
      await buildDeck(root)
    }
    let indexHtml: string
    try {
      indexHtml = readFileSync(join(root, 'index.html'), 'utf8')
    }
    catch {
      throw new ExportError(`${root} has no index.html: build the deck first (npm run build), or drop --from`)
    }
    server = await serveStatic({ root, base: detectBase(indexHtml) })
    browser = await within(
      chromium.launch({ executablePath, args: [...launchArgs], timeout: settings.timeoutMs }),
      settings.timeoutMs,
      `Chromium (${executablePath}) did not start within ${settings.timeoutMs} ms`,
    )
    const session = new Session(deck, browser, server, settings, pdfDate)
    const reports: ExportReport[] = []
    for (const job of jobs) {
      const started = Date.now()
      const count = await runJob(session, job)
      const report = { kind: job.kind, output: job.output, count, bytes: sizeOf(job.output) }
      log(`${job.kind}: ${job.output} (${count} ${COUNTED[job.kind]}, ${(report.bytes / 1024).toFixed(0)} KiB, ${((Date.now() - started) / 1000).toFixed(1)} s)`)
      reports.push(report)
    }
    return reports
  }
  finally {
    await browser?.close().catch(() => {})
    await server?.close().catch(() => {})
    if (temp)
      rmSync(temp, { recursive: true, force: true })
  }
}
