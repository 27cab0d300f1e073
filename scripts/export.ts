// `npm run export`, `export:clicks`, `export:png`, `export:notes`, `export:handout`, `export:pptx`, `export:html`: the
// deck as PDF, PDF by click, PNGs, its speaker notes, a handout of slides with their notes and PowerPoint, printed by
// tools/exporter.ts in the Chromium that tools/browser.ts resolves; and as one HTML file (tools/single-file.ts).
// `--help` for options.
//
//   npm run export                               -> the-depin-portrait.pdf
//   npm run export -- --from dist --dark         -> print an existing build, in dark mode
//   npm run export:png -- --range 1,12 -o social -> two slides as PNGs
import type { ExportJob, ExportSettings } from '../tools/exporter'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { BrowserNotFoundError } from '../tools/browser'
import { readDeck } from '../tools/deck'
import { ExportError } from '../tools/export/session'
import { isMain } from '../tools/main'

export const USAGE = `Usage: npm run export[:clicks|:png|:notes|:handout|:pptx|:html] [-- options]

  Prints the deck in Chromium (found by tools/browser.ts; no download, no network) through Slidev's print view.
    export          one PDF page per slide: tagged, fonts embedded, links kept, outline by section, metadata
    export:clicks   one PDF page per click step (same as: export -- --with-clicks)
    export:png      one PNG per slide, into a folder (same as: export -- --format png)
    export:notes    every slide's speaker notes, on A4 (same as: export -- --format notes)
    export:handout  one A4 page per slide: the slide as in the PDF (vector, links kept), its speaker notes under
                    it; tagged, fonts embedded, outline by section, metadata (same as: export -- --format handout)
    export:pptx     PowerPoint, one 16:9 slide per deck slide: the slide as a picture (--scale, default 2x)
                    with its visible text as alt text, its title in the title placeholder, its speaker notes
                    (click steps as [click N] lines), and its links as clickable areas: web links open, links
                    to slides jump (same as: export -- --format pptx)
    export:html     the deck as one HTML file that presents from a USB stick: open it by double-click, no
                    network, no server; presenter mode in a second window of the same file (#/presenter/1).
                    Builds slides.md itself (no browser needed). With DECK_URL set, its reader link leads to
                    the hosted deck's reader; without, it has none (same as: export -- --format html)

Options:
  --format <pdf|png|notes|handout|pptx|html>
                            what to write (default pdf)
  --with-clicks             PDF only: a page for every click step
  --output <path>           file (pdf, notes, handout, pptx, html) or folder (png). Defaults from exportFilename in
                            slides.md: NAME.pdf, NAME-clicks.pdf, NAME-png/, NAME-notes.pdf, NAME-handout.pdf,
                            NAME.pptx, NAME.html
  --from <dir>              print a deck already built there (e.g. dist) instead of building slides.md into a
                            temp folder first; it must be built from the current slides.md (not for html)
  --range <slides>          PDF, handout, PNG and PPTX: just these slides, e.g. 1,3-5 or 10- (numbers as in the deck,
                            1 to the last); the outline keeps their titles. Mind --output: the default name is
                            the full deck's
  --dark                    dark colour scheme (PDF, handout, PNG and PPTX)
  --scale <n>               PNG and PPTX pixel ratio (default 2: 1960 px wide)
  --timeout <ms>            limit for each step: build, browser start, page load, slides ready (default 60000)
  -h, --help                this text

Env:
  CHROMIUM_PATH             the browser to use (see docs/exporting.md, Browser)
  DECK_URL                  the hosted deck's URL: where PDF, handout and PPTX links to slides outside --range
                            lead (without it they are dropped, with a warning); html: its reader link
  EXPORT_DEADLINE_MS        stop the whole run with an error after this long (default 600000)
  SOURCE_DATE_EPOCH         date PDFs with this time (seconds since 1970) instead of now: the same deck then gives
                            the same bytes

Exit codes: 0 written; 1 failed (no browser, a step timed out, the build failed: the message says which); 2 bad option.`

export class UsageError extends Error {
  override name = 'UsageError'
}

export interface ExportCommand {
  help: boolean
  job: ExportJob | { kind: 'html', output: string }
  settings: ExportSettings
}

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined)
    return fallback
  const number = Number(value)
  if (!Number.isFinite(number) || number <= 0)
    throw new UsageError(`--${name} is "${value}"; expected a positive number`)
  return number
}

/**
 * The slides a `--range` names, ascending and without repeats: `1,3-5` is [1, 3, 4, 5]; `10-` runs to the last.
 * Throws a UsageError on anything else, or on a number outside 1..total, rather than dropping it.
 */
export function parseRange(spec: string, total: number): number[] {
  const picked = new Set<number>()
  for (const part of spec.split(',').map(p => p.trim())) {
    const match = part.match(/^(\d+)(?:(-)(\d*))?$/)
    if (!match)
      throw new UsageError(`--range "${spec}": "${part}" is not a slide number or a span such as 3-5 or 10-`)
    const from = Number(match[1])
    const to = match[2] ? (match[3] ? Number(match[3]) : total) : from
    for (const no of [from, to]) {
      if (no < 1 || no > total)
        throw new UsageError(`--range "${spec}": slide ${no} does not exist; the deck has slides 1 to ${total}`)
    }
    if (to < from)
      throw new UsageError(`--range "${spec}": "${part}" runs backwards; write ${to}-${from}`)
    for (let no = from; no <= to; no++)
      picked.add(no)
  }
  return [...picked].sort((a, b) => a - b)
}

/** Turns the command line into one export job, for a deck whose exportFilename is `name`, with `slides` slides. */
export function parseExportArgs(argv: readonly string[], deck: { name: string, slides: number }): ExportCommand {
  const { name } = deck
  let values
  try {
    values = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        'format': { type: 'string' },
        'with-clicks': { type: 'boolean' },
        'output': { type: 'string', short: 'o' },
        'from': { type: 'string' },
        'dark': { type: 'boolean' },
        'range': { type: 'string' },
        'scale': { type: 'string' },
        'timeout': { type: 'string' },
        'help': { type: 'boolean', short: 'h' },
      },
    }).values
  }
  catch (error) {
    throw new UsageError((error as Error).message)
  }
  const format = values.format ?? 'pdf'
  if (format !== 'pdf' && format !== 'png' && format !== 'notes' && format !== 'handout' && format !== 'pptx' && format !== 'html')
    throw new UsageError(`--format is "${format}"; expected pdf, png, notes, handout, pptx or html`)
  if (format === 'html') {
    const refused = (['from', 'range', 'dark', 'scale'] as const).filter(option => values[option] !== undefined)
    if (refused.length)
      throw new UsageError(`${refused.map(option => `--${option}`).join(', ')} do${refused.length > 1 ? '' : 'es'} not apply to --format html: the file builds slides.md itself, holds every slide and follows the viewer's colour scheme`)
  }
  if (values['with-clicks'] && format !== 'pdf')
    throw new UsageError(`--with-clicks works with --format pdf only, not ${format}`)
  if (values.range !== undefined && format === 'notes')
    throw new UsageError('--range works with pdf, handout, png and pptx; the notes PDF always holds every slide')
  const kind = format === 'pdf' ? (values['with-clicks'] ? 'clicks' : 'pdf') : format
  const defaults = { pdf: `${name}.pdf`, clicks: `${name}-clicks.pdf`, png: `${name}-png`, notes: `${name}-notes.pdf`, handout: `${name}-handout.pdf`, pptx: `${name}.pptx`, html: `${name}.html` }
  return {
    help: Boolean(values.help),
    job: { kind, output: values.output ?? defaults[kind] },
    settings: {
      from: values.from,
      dark: Boolean(values.dark),
      ...(values.range === undefined ? {} : { range: parseRange(values.range, deck.slides) }),
      timeoutMs: positive('timeout', values.timeout, 60_000),
      scale: positive('scale', values.scale, 2),
    },
  }
}

async function main(): Promise<number> {
  let command: ExportCommand
  try {
    const deck = readDeck()
    command = parseExportArgs(process.argv.slice(2), { name: deck.head.exportFilename, slides: deck.slides.length })
  }
  catch (error) {
    if (!(error instanceof UsageError))
      throw error
    console.error(`export: ${error.message}\n\n${USAGE}`)
    return 2
  }
  if (command.help) {
    console.log(USAGE)
    return 0
  }
  const deadline = Number(process.env.EXPORT_DEADLINE_MS ?? 10 * 60_000)
  const timer = setTimeout(() => {
    console.error(`export: no result after ${deadline / 1000} s (EXPORT_DEADLINE_MS); stopping.`)
    process.exit(1)
  }, deadline)
  timer.unref()
  const started = Date.now()
  try {
    const { job } = command
    if (job.kind === 'html') {
      console.log('export: building the deck as one file (slidev build) ...')
      // Loaded only here: it brings the TypeScript compiler (seam/runtime-styles.ts), 0.75 s of every other export's start.
      const { exportSingleFile } = await import('../tools/single-file')
      const report = await exportSingleFile(job.output, { timeoutMs: Math.max(command.settings.timeoutMs, 300_000) })
      console.log(`export: html: ${report.output} (${(report.bytes / 1024).toFixed(0)} KiB, ${(report.gzipBytes / 1024).toFixed(0)} KiB gzip)`)
    }
    else {
      // Loaded only once the command is valid: the exporter, with Playwright and pdf-lib, takes about 0.9 s to load,
      // which --help and a usage error do not need.
      const { runExports } = await import('../tools/exporter')
      await runExports([job], { ...command.settings, log: line => console.log(`export: ${line}`) })
    }
    console.log(`export: done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    return 0
  }
  catch (error) {
    if (error instanceof BrowserNotFoundError || error instanceof ExportError) {
      console.error(`export: ${error.message}`)
      return 1
    }
    console.error('export: failed:', error)
    return 1
  }
  finally {
    clearTimeout(timer)
  }
}

if (isMain(import.meta.url))
  process.exitCode = await main()
