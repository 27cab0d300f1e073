// `npm run bench [-- --runs N] [-- --skip-export]`: how heavy and how fast the deck is, against Slidev's own floor.
// A measurement, not a test: targets are printed as met/missed, never asserted. See docs/benchmarks.md.
//
// The floor is a one-slide theme-default deck that this script writes into .bench/floor/ (inside the repo, so it
// resolves the same node_modules and builds with the same installed Slidev), with `fonts.provider: none` and a local
// favicon so that it makes no network request either.
import type { Browser } from 'playwright-chromium'
import type { LighthouseRow } from '../tools/lighthouse'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-chromium'
import { SLIDEV_DOM } from '../seam/slidev'
import { assetPath, benchOptions, formatBytes, formatMs, formatRatio, markdownTable, median, parentPid, percentile, preloadedAssets, rssBytes, treeOf } from '../tools/bench-lib'
import { tapLatencies } from '../tools/bench-phone'
import { launchArgs, resolveBrowser } from '../tools/browser'
import { loadDeck } from '../tools/deck'
import { lighthouseRun } from '../tools/lighthouse'
import { isMain } from '../tools/main'
import { run } from '../tools/run'
import { precompress, serveStatic } from '../tools/serve'
import { exportSingleFile } from '../tools/single-file'

const HELP = `npm run bench [-- <options>]

  Builds, loads, navigates and exports the deck several times and prints one table (Markdown) of medians,
  with Slidev's floor (a one-slide theme-default deck built by the same Slidev) for comparison.

  Options:
    --runs N         runs per measure (default 3, or BENCH_RUNS); every figure is the median over the runs
    --skip-export    leave out the PDF export rows (the slowest part)
    --skip-lighthouse  leave out the Lighthouse rows (ours #/1, #/<middle slide>, reader/; the floor)
    --help           this text

  Work files go to .bench/ (git-ignored). Needs a Chromium (see docs/exporting.md, Browser).`

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const WORK = join(ROOT, '.bench')
const require = createRequire(import.meta.url)
const SLIDEV = require.resolve('@slidev/cli/bin/slidev.mjs')
/** Issue 17: the first load (fonts aside: font preloads are not counted) at most 1.10x the floor's. */
const TARGET_FIRST_LOAD_RATIO = 1.1
const TARGET_RENDER_MEDIAN_MS = 50
/** Issue 18: the one-file deck (npm run export:html), gzip, in bytes (1.5 MB). */
const TARGET_SINGLE_FILE_GZIP = 1_500_000
/** Issue 18: the deck PDF and the handout, in bytes (450 KB, 550 KB). */
const TARGET_PDF_BYTES = 450_000
const TARGET_HANDOUT_BYTES = 550_000

/**
 * What a Lighthouse row (mobile defaults) must reach. Issue 11: a score; for the title slide its paint times and no
 * layout shift. Issue 17, against the floor measured in the same run: `scoreOfFloor`, at least the floor's score on
 * #/1; `tbtVsFloor`, a Total Blocking Time at most that many times the floor's.
 */
interface LighthouseTarget {
  performance?: number
  scoreOfFloor?: boolean
  tbtVsFloor?: number
  paint?: { fcpMs: number, lcpMs: number }
  noShift?: boolean
}
const LIGHTHOUSE_FIRST_SLIDE: LighthouseTarget = { performance: 0.9, tbtVsFloor: 1.25, paint: { fcpMs: 1200, lcpMs: 1500 }, noShift: true }
const LIGHTHOUSE_MIDDLE_SLIDE: LighthouseTarget = { scoreOfFloor: true, tbtVsFloor: 1.25 }
const FLOOR_PAGE = 'floor, #/1'
const LIGHTHOUSE_READER: LighthouseTarget = { performance: 0.95, noShift: true }
const SAMPLE_EVERY_MS = 100
/** Taps on the phone's Next per run of the tap-latency measure. */
const PHONE_TAPS = 40

interface Measured {
  ms: number
  /** Peak of the summed RSS of the whole process tree (the command and every child), sampled every 100 ms. */
  peakBytes: number
}

/** Sum of VmRSS over `root` and all its descendants, read from /proc (Linux). 0 elsewhere. */
function treeRss(root: number): number {
  if (process.platform !== 'linux')
    return 0
  const parents = new Map<number, number>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name))
      continue
    try {
      const ppid = parentPid(readFileSync(`/proc/${name}/stat`, 'utf8'))
      if (ppid !== undefined)
        parents.set(Number(name), ppid)
    }
    catch {} // the process ended while we looked
  }
  let sum = 0
  for (const pid of treeOf(root, parents)) {
    try {
      sum += rssBytes(readFileSync(`/proc/${pid}/status`, 'utf8'))
    }
    catch {}
  }
  return sum
}

/** Runs a command to its end; wall time and peak tree memory. Its output is kept and shown only when it fails. */
async function measure(command: string, args: string[], cwd: string): Promise<Measured> {
  const start = performance.now()
  let peakBytes = 0
  let timer: NodeJS.Timeout | undefined
  const sample = (pid: number | undefined) => (peakBytes = Math.max(peakBytes, pid ? treeRss(pid) : 0))
  try {
    await run(command, args, {
      cwd,
      env: { FORCE_COLOR: '0' },
      onStart: (pid) => {
        sample(pid)
        timer = setInterval(sample, SAMPLE_EVERY_MS, pid)
      },
    })
  }
  catch (error) {
    throw new Error(`bench: ${(error as Error).message}`)
  }
  finally {
    clearInterval(timer)
  }
  return { ms: performance.now() - start, peakBytes }
}

function writeFloorDeck(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, 'public'), { recursive: true })
  copyFileSync(join(ROOT, 'public/favicon.svg'), join(dir, 'public/favicon.svg'))
  writeFileSync(join(dir, 'slides.md'), [
    '---',
    'theme: default',
    'title: Floor',
    'fonts:',
    '  provider: none',
    'favicon: /favicon.svg',
    '---',
    '',
    '# Floor',
    '',
  ].join('\n'))
}

/** gzip bytes of index.html and of everything it loads before the deck starts. */
function firstLoadBytes(dist: string): { bytes: number, files: number } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  let bytes = gzipSync(html).length
  const assets = preloadedAssets(html)
  for (const url of assets) {
    const path = assetPath(url)
    if (!path)
      throw new Error(`bench: ${dist}/index.html loads ${url} from another site; the deck must be self-contained`)
    const file = join(dist, path)
    if (!existsSync(file))
      throw new Error(`bench: ${dist}/index.html references ${url}, but ${file} does not exist`)
    bytes += gzipSync(readFileSync(file)).length
  }
  return { bytes, files: assets.length + 1 }
}

// Runs in the page, as a string: a function passed to page.evaluate would be transpiled by tsx first, which can add
// calls to its own helpers (`__name`) that the page does not have. `arm(n)` starts watching for slide n; the next
// keydown's timestamp is the start; the end is the first frame that shows slide n completely (displayed, opaque, in
// place: a fade or slide transition must be over), taken after that frame has been painted (a task queued from its
// requestAnimationFrame runs after the paint).
const PAGE_PROBE = `(() => {
  const bench = { t0: 0, result: null }
  addEventListener('keydown', (event) => { bench.t0 = event.timeStamp }, { capture: true })
  bench.arm = (no) => {
    bench.t0 = 0
    const armed = performance.now()
    bench.result = new Promise((resolve, reject) => {
      const check = () => {
        // Shown = displayed, fully opaque and in place: a fade or slide-in transition still running does not count.
        // (Not the URL: a slide with a routeAlias shows its alias there, not its number.)
        const el = document.querySelector('.${SLIDEV_DOM.slidePage}[${SLIDEV_DOM.slideNo}="' + no + '"]')
        const style = el && getComputedStyle(el)
        const shown = el && bench.t0 > 0 && style.display !== 'none'
          && style.opacity === '1' && (style.translate === 'none' || style.translate === '0px')
          && (style.transform === 'none' || style.transform === 'matrix(1, 0, 0, 1, 0, 0)')
        if (shown)
          setTimeout(() => resolve(performance.now() - bench.t0), 0)
        else if (performance.now() - armed > 10000)
          reject(new Error('slide ' + no + ' was not shown completely within 10 s of the key'))
        else
          requestAnimationFrame(check)
      }
      requestAnimationFrame(check)
    })
    return true
  }
  window.__bench = bench
  return true
})()`

/** Key-to-paint time of every slide change 1 -> 2 -> ... -> N, with ArrowDown (Slidev's "next slide", skips clicks). */
export async function renderTimes(browser: Browser, url: string, slideCount: number): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  await page.goto(`${url}#/1`, { waitUntil: 'networkidle' })
  // Slidev loads every slide's code 3 s after start; a presenter would have them all by the second slide.
  await page.waitForTimeout(3500)
  await page.waitForLoadState('networkidle')
  await page.evaluate(PAGE_PROBE)
  const times: number[] = []
  for (let no = 2; no <= slideCount; no++) {
    await page.evaluate(`window.__bench.arm(${no})`)
    await page.keyboard.press('ArrowDown')
    times.push(await page.evaluate('window.__bench.result') as number)
  }
  await context.close()
  return times
}

async function main(): Promise<void> {
  const options = benchOptions(process.argv.slice(2), process.env)
  if (options.help) {
    console.log(HELP)
    return
  }
  const { runs } = options
  const slides = loadDeck()
  const floorDir = join(WORK, 'floor')
  const oursOut = join(WORK, 'ours-dist')
  const floorOut = join(WORK, 'floor-dist')
  const pdf = join(WORK, 'deck.pdf')
  mkdirSync(WORK, { recursive: true })
  writeFloorDeck(floorDir)
  const log = (line: string) => process.stderr.write(`bench: ${line}\n`)

  const builds: { ours: Measured[], floor: Measured[] } = { ours: [], floor: [] }
  for (let run = 1; run <= runs; run++) {
    log(`build ${run}/${runs}`)
    builds.ours.push(await measure(process.execPath, [SLIDEV, 'build', 'slides.md', '--out', oursOut], ROOT))
    builds.floor.push(await measure(process.execPath, [SLIDEV, 'build', 'slides.md', '--out', floorOut], floorDir))
  }
  // slide 1 painted from HTML: the build's last step (plugins/first-paint/), part of its wall time.
  const load = { ours: firstLoadBytes(oursOut), floor: firstLoadBytes(floorOut) }
  // Its size does not vary from run to run: built once.
  log('one HTML file (npm run export:html)')
  const singleFile = await exportSingleFile(join(WORK, 'deck.html'), { timeoutMs: 5 * 60_000 })

  const deep = slides[Math.floor(slides.length / 2)]!.no
  const pages = [
    { name: 'ours, #/1', root: oursOut, path: '#/1', target: LIGHTHOUSE_FIRST_SLIDE },
    { name: `ours, #/${deep}`, root: oursOut, path: `#/${deep}`, target: LIGHTHOUSE_MIDDLE_SLIDE },
    { name: 'ours, reader/', root: oursOut, path: 'reader/', target: LIGHTHOUSE_READER },
    { name: FLOOR_PAGE, root: floorOut, path: '#/1' },
  ]
  const lighthouse: { name: string, target: LighthouseTarget | undefined, rows: LighthouseRow[] }[] = []
  if (!options.skipLighthouse) {
    // Served as a static host serves them: text gzipped.
    precompress(oursOut)
    precompress(floorOut)
    for (const page of pages) {
      const server = await serveStatic({ root: page.root, gzip: true })
      const rows: LighthouseRow[] = []
      try {
        for (let run = 1; run <= runs; run++) {
          log(`lighthouse ${page.name} ${run}/${runs}`)
          rows.push(await lighthouseRun(`${server.url}${page.path}`))
        }
      }
      finally {
        await server.close()
      }
      lighthouse.push({ name: page.name, target: page.target, rows })
    }
  }

  log(`slide render, ${runs} passes over ${slides.length} slides`)
  const server = await serveStatic({ root: oursOut })
  const browser = await chromium.launch({ executablePath: resolveBrowser().path, args: [...launchArgs] })
  const renderMedians: number[] = []
  const renderP95s: number[] = []
  const tapMedians: number[] = []
  const tapP95s: number[] = []
  try {
    for (let run = 1; run <= runs; run++) {
      const times = await renderTimes(browser, server.url, slides.length)
      renderMedians.push(median(times))
      renderP95s.push(percentile(times, 95))
    }
    for (let run = 1; run <= runs; run++) {
      log(`phone tap to audience paint (npm run present) ${run}/${runs}`)
      const times = await tapLatencies(browser, PHONE_TAPS)
      tapMedians.push(median(times))
      tapP95s.push(percentile(times, 95))
    }
  }
  finally {
    await browser.close()
    await server.close()
  }

  const exports: Measured[] = []
  let pdfBytes = 0
  let handoutBytes = 0
  if (!options.skipExport) {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
    for (let run = 1; run <= runs; run++) {
      log(`export ${run}/${runs}`)
      rmSync(pdf, { force: true })
      exports.push(await measure(npm, ['run', 'export', '--', '--output', pdf], ROOT))
      pdfBytes = statSync(pdf).size
    }
    // Its size does not vary from run to run: printed once, from the build above.
    log('handout')
    const handout = join(WORK, 'handout.pdf')
    await run(npm, ['run', 'export:handout', '--', '--from', oursOut, '--output', handout], { cwd: ROOT, timeoutMs: 5 * 60_000 })
    handoutBytes = statSync(handout).size
  }

  const med = (list: Measured[], key: keyof Measured) => median(list.map(m => m[key]))
  const n = slides.length
  const loadRatio = load.ours.bytes / load.floor.bytes
  const renderMedian = median(renderMedians)
  const verdict = (ok: boolean) => (ok ? 'met' : 'missed')
  const rows: string[][] = [
    ['build wall time', formatMs(med(builds.ours, 'ms')), formatMs(med(builds.floor, 'ms')), formatRatio(med(builds.ours, 'ms'), med(builds.floor, 'ms')), '', ''],
    ['build peak memory (tree RSS)', formatBytes(med(builds.ours, 'peakBytes')), formatBytes(med(builds.floor, 'peakBytes')), formatRatio(med(builds.ours, 'peakBytes'), med(builds.floor, 'peakBytes')), '', ''],
    [`first load, gzip (index.html + preloads; ${load.ours.files} vs ${load.floor.files} files)`, formatBytes(load.ours.bytes), formatBytes(load.floor.bytes), formatRatio(load.ours.bytes, load.floor.bytes), `<= ${TARGET_FIRST_LOAD_RATIO}x floor`, verdict(loadRatio <= TARGET_FIRST_LOAD_RATIO)],
    ['one HTML file (npm run export:html): raw / gzip', `${formatBytes(singleFile.bytes)} / ${formatBytes(singleFile.gzipBytes)}`, '', '', `<= ${TARGET_SINGLE_FILE_GZIP / 1e6} MB gzip`, verdict(singleFile.gzipBytes <= TARGET_SINGLE_FILE_GZIP)],
    [`slide render, key to paint, median of ${n - 1} changes`, formatMs(renderMedian), '', '', `< ${TARGET_RENDER_MEDIAN_MS} ms`, verdict(renderMedian < TARGET_RENDER_MEDIAN_MS)],
    [`slide render, key to paint, p95 of ${n - 1} changes`, formatMs(median(renderP95s)), '', '', '', ''],
    [`phone tap to audience paint (npm run present, localhost), median of ${PHONE_TAPS} taps`, formatMs(median(tapMedians)), '', '', '', ''],
    [`phone tap to audience paint (npm run present, localhost), p95 of ${PHONE_TAPS} taps`, formatMs(median(tapP95s)), '', '', '', ''],
  ]
  if (exports.length) {
    rows.push(
      [`PDF export wall time (npm run export), ${n} slides`, formatMs(med(exports, 'ms')), '', '', '', ''],
      ['PDF export wall time per slide', formatMs(med(exports, 'ms') / n), '', '', '', ''],
      ['PDF size / per slide', `${formatBytes(pdfBytes)} / ${formatBytes(pdfBytes / n)}`, '', '', `<= ${TARGET_PDF_BYTES / 1000} KB`, verdict(pdfBytes <= TARGET_PDF_BYTES)],
      ['handout size (npm run export:handout)', formatBytes(handoutBytes), '', '', `<= ${TARGET_HANDOUT_BYTES / 1000} KB`, verdict(handoutBytes <= TARGET_HANDOUT_BYTES)],
      ['export peak memory (tree RSS, with Chromium)', formatBytes(med(exports, 'peakBytes')), '', '', '', ''],
    )
  }
  const floorRuns = lighthouse.find(page => page.name === FLOOR_PAGE)?.rows ?? []
  const floor = (key: keyof LighthouseRow) => median(floorRuns.map(row => row[key]))
  for (const { name, target, rows: runsOf } of lighthouse) {
    const m = (key: keyof LighthouseRow) => median(runsOf.map(row => row[key]))
    const paint = target?.paint
    // Against the floor, from this run: at least its #/1 score; a TBT at most tbtVsFloor times its TBT.
    const minScore = target?.scoreOfFloor ? floor('performance') : target?.performance
    const maxTbt = target?.tbtVsFloor ? target.tbtVsFloor * floor('tbtMs') : undefined
    const tbtTarget = maxTbt === undefined ? '' : `TBT <= ${target!.tbtVsFloor}x floor (${formatMs(maxTbt)})`
    const shiftTarget = target?.noShift ? 'CLS 0' : ''
    rows.push(
      [`Lighthouse ${name}: performance (mobile, gzip)`, m('performance').toFixed(2), '', '', minScore === undefined ? '' : `>= ${minScore.toFixed(2)}${target?.scoreOfFloor ? ' (floor #/1)' : ''}`, minScore === undefined ? '' : verdict(m('performance') >= minScore)],
      [`Lighthouse ${name}: FCP / LCP`, `${formatMs(m('fcpMs'))} / ${formatMs(m('lcpMs'))}`, '', '', paint ? `<= ${formatMs(paint.fcpMs)} / <= ${formatMs(paint.lcpMs)}` : '', paint ? verdict(m('fcpMs') <= paint.fcpMs && m('lcpMs') <= paint.lcpMs) : ''],
      [`Lighthouse ${name}: TBT / CLS`, `${formatMs(m('tbtMs'))} / ${m('cls').toFixed(3)}`, '', '', [tbtTarget, shiftTarget].filter(Boolean).join(', '), tbtTarget || shiftTarget ? verdict((maxTbt === undefined || m('tbtMs') <= maxTbt) && (!target?.noShift || m('cls') === 0)) : ''],
    )
  }
  const date = new Date().toISOString().slice(0, 10)
  console.log(`\nThe DePIN Portrait, ${date}: ${n} slides; median of ${runs} run(s) each; ${cpus().length} cores, ${formatBytes(totalmem())} RAM; node ${process.version}; Slidev ${require('@slidev/cli/package.json').version}\n`)
  console.log(markdownTable(['measure', 'ours', 'floor', 'ratio', 'target', 'verdict'], rows))
  console.log(`\nMemory: peak of the summed resident set (VmRSS) of the command's whole process tree, read from /proc every ${SAMPLE_EVERY_MS} ms; shared pages count once per process, so it is an upper bound.`)
}

if (isMain(import.meta.url)) {
  main().catch((error: Error) => {
    console.error(error.message)
    process.exitCode = 1
  })
}
