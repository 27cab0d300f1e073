// Prints the built deck through Slidev's print view in the resolved Chromium: PDF, PDF by click, PNGs, notes, handout,
// PowerPoint.
// Each kind is a file of tools/export/; this one serves the deck, starts the browser and runs the jobs.
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
import type { Browser } from 'playwright-chromium'
import type { ExportJob, ExportKind, ExportReport, Session as ExportSession, ExportSettings } from './export/session.ts'
import type { StaticServer } from './serve'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-chromium'
import { launchArgs, resolveBrowser } from './browser'
import { readDeck } from './deck'
import { handoutPdf } from './export/handout-pdf.ts'
import { ogImage, pngs } from './export/images.ts'
import { notesPdf } from './export/notes-pdf.ts'
import { buildDeck, detectBase, ExportError, Session, within } from './export/session.ts'
import { slidesPdf } from './export/slides-pdf.ts'
import { dateFromEpoch } from './pdf-finish'
import { serveStatic } from './serve'

export type { ExportJob, ExportReport, ExportSettings } from './export/session.ts'
export { buildDeck, detectBase, ExportError, printViewReady, within } from './export/session.ts'

/** What a job's count counts, for the log line. */
const COUNTED: Record<ExportKind, string> = {
  pdf: 'pages',
  clicks: 'pages',
  handout: 'pages',
  notes: 'slides',
  png: 'files',
  og: 'image',
  pptx: 'slides',
}

/** Runs one job in the session; returns what COUNTED names. */
function runJob(session: ExportSession, job: ExportJob): Promise<number> {
  switch (job.kind) {
    case 'pdf':
    case 'clicks':
      return slidesPdf(session, job.output, job.kind === 'clicks')
    case 'png':
      return pngs(session, job.output)
    case 'notes':
      return notesPdf(session, job.output)
    case 'handout':
      return handoutPdf(session, job.output)
    case 'og':
      return ogImage(session, job.output)
    case 'pptx':
      // Loaded only for this kind: pptxgenjs takes 0.4 s to load, which the other exports do not need.
      return import('./export/pptx.ts').then(({ pptxDeck }) => pptxDeck(session, job.output))
  }
}
/** Bytes in a file, or in the files of a folder. */
function sizeOf(path: string): number {
  if (!statSync(path).isDirectory())
    return statSync(path).size
  return readdirSync(path).reduce((sum, name) => sum + statSync(join(path, name)).size, 0)
}

/** The date every PDF carries: SOURCE_DATE_EPOCH's, or none (the time of export). A bad value is an ExportError. */
function pdfDateFromEnv(): Date | undefined {
  try {
    return dateFromEpoch(process.env.SOURCE_DATE_EPOCH)
  }
  catch (error) {
    throw new ExportError((error as Error).message)
  }
}

/**
 * Serves the built deck in `root` on 127.0.0.1 and starts Chromium for `work`: the exports below, or any other job
 * that prints from a built deck.
 */
export async function withDeckSession<T>(root: string, settings: ExportSettings, work: (session: ExportSession) => Promise<T>): Promise<T> {
  // Checked before any work, so a bad value does not cost a print first.
  const pdfDate = pdfDateFromEnv()
  const executablePath = resolveBrowser().path
  let indexHtml: string
  try {
    indexHtml = readFileSync(join(root, 'index.html'), 'utf8')
  }
  catch {
    throw new ExportError(`${root} has no index.html: build the deck first (npm run build), or drop --from`)
  }
  let server: StaticServer | undefined
  let browser: Browser | undefined
  try {
    server = await serveStatic({ root, base: detectBase(indexHtml) })
    browser = await within(
      chromium.launch({ executablePath, args: [...launchArgs], timeout: settings.timeoutMs }),
      settings.timeoutMs,
      `Chromium (${executablePath}) did not start within ${settings.timeoutMs} ms`,
    )
    return await work(new Session(readDeck(), browser, server, settings, pdfDate))
  }
  finally {
    await browser?.close().catch(() => {})
    await server?.close().catch(() => {})
  }
}

export async function runExports(jobs: readonly ExportJob[], settings: ExportSettings): Promise<ExportReport[]> {
  const log = settings.log ?? (() => {})
  // Checked before a build, so a bad value or a missing browser does not cost one.
  pdfDateFromEnv()
  resolveBrowser()
  let root = settings.from ? resolve(settings.from) : undefined
  let temp: string | undefined
  try {
    if (!root) {
      temp = mkdtempSync(join(tmpdir(), 'depin-export-'))
      root = join(temp, 'deck')
      log('building the deck (slidev build) ...')
      await buildDeck(root)
    }
    return await withDeckSession(root, settings, async (session) => {
      const reports: ExportReport[] = []
      for (const job of jobs) {
        const started = Date.now()
        const count = await runJob(session, job)
        const report = { kind: job.kind, output: job.output, count, bytes: sizeOf(job.output) }
        log(`${job.kind}: ${job.output} (${count} ${COUNTED[job.kind]}, ${(report.bytes / 1024).toFixed(0)} KiB, ${((Date.now() - started) / 1000).toFixed(1)} s)`)
        reports.push(report)
      }
      return reports
    })
  }
  finally {
    if (temp)
      rmSync(temp, { recursive: true, force: true })
  }
}
