// What every export shares: the settings and reports, the errors, and a Session that holds the served deck and the
// browser, opens pages that never leave the machine, opens Slidev's print view and waits until it is complete, and
// prints a PDF. Each export kind is a file of its own beside this one (slides-pdf.ts, images.ts, notes-pdf.ts,
// handout-pdf.ts); tools/exporter.ts runs them.
import type { Buffer } from 'node:buffer'
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { DeckInfo } from '../deck.ts'
import type { StaticServer } from '../serve.ts'
import { mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'
import process from 'node:process'
import { MOUNTED_SLIDE, SLIDEV_DOM } from '../../seam/slidev.ts'
import { PROJECT_ROOT } from '../deck.ts'
import { normaliseSiteUrl } from '../head-meta.ts'
import { run } from '../run.ts'
import { droppedLinksWarning, linkSlides } from './slide-links.ts'

export type ExportKind = 'pdf' | 'clicks' | 'png' | 'notes' | 'og' | 'handout' | 'pptx'

export interface ExportJob {
  kind: ExportKind
  /** A file for pdf, clicks, notes, handout, og and pptx; a folder for png. */
  output: string
}

export interface ExportSettings {
  /** A built deck to print (e.g. 'dist'). Without it, slides.md is built into a temp folder first. */
  from?: string
  dark: boolean
  /** Only these slides (1-based, ascending), for pdf, clicks, handout, png and pptx. All when absent. */
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
export async function buildDeck(outDir: string, options: { base?: string, extraArgs?: readonly string[], timeoutMs?: number, quiet?: boolean, env?: Record<string, string> } = {}): Promise<void> {
  const cli = createRequire(import.meta.url).resolve('@slidev/cli/bin/slidev.mjs')
  const args = [cli, 'build', '--out', outDir, ...(options.base ? ['--base', options.base] : []), ...(options.extraArgs ?? [])]
  try {
    await run(process.execPath, args, { cwd: PROJECT_ROOT, timeoutMs: options.timeoutMs ?? 5 * 60_000, inherit: options.quiet === false, env: options.env })
  }
  catch (error) {
    throw new ExportError(`slidev build failed: ${(error as Error).message}`)
  }
}

// A slide is mounted once its layout (`.slidev-layout`) is in its frame (`.slidev-page`): the frame is there at once,
// the slide's own code loads after it, and Slidev shows no loading sign for the first 300 ms of that.
const MOUNTED = MOUNTED_SLIDE
export const PRINT_SLIDE = `.${SLIDEV_DOM.printSlide}`
export const LOADING = `.${SLIDEV_DOM.slideLoading}`

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

export class Session {
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
  async untilMissing<T>(wait: Promise<T>): Promise<T> {
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

  /**
   * Opens the print view and waits until it is complete. Returns the slide number of each page, in order. Links to
   * slides then jump to their page (tools/export/slide-links.ts), unless `linkSlides` is false (the PPTX reads them
   * as the deck has them).
   */
  async openPrintView(page: Page, withClicks: boolean, options: { linkSlides?: boolean } = {}): Promise<number[]> {
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
    if (options.linkSlides === false)
      return slides
    // Links between slides: jumps to their pages (tools/export/slide-links.ts).
    const unlinked = await linkSlides(page, this.deck.slides, slides, normaliseSiteUrl(process.env.DECK_URL))
    if (unlinked.length)
      this.settings.log?.(droppedLinksWarning(unlinked))
    return slides
  }

  async printPdf(page: Page, pageSize: { width: number, height: number } | 'A4', outline: boolean): Promise<Buffer> {
    return within(page.pdf({
      ...(pageSize === 'A4' ? { format: 'A4' } : { width: `${pageSize.width}px`, height: `${pageSize.height}px` }),
      margin: { top: 0, right: 0, bottom: 0, left: 0 },
      printBackground: true,
      preferCSSPageSize: true,
      tagged: true,
      outline,
    }), this.settings.timeoutMs, `Chromium did not finish printing the PDF within ${this.settings.timeoutMs} ms`)
  }

  meta(subtitle?: string) {
    const { head } = this.deck
    return {
      title: subtitle ? `${head.title}: ${subtitle}` : head.title,
      author: head.author,
      subject: head.description,
      keywords: head.keywords,
      lang: head.lang,
    }
  }
}

export function writeOutput(output: string, bytes: Uint8Array): void {
  mkdirSync(dirname(resolve(output)), { recursive: true })
  writeFileSync(output, bytes)
}
