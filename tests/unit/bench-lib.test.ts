// The pure helpers of `npm run bench` (tools/bench-lib.ts): statistics, preloads, /proc readers, the table, options.
import { describe, expect, it } from 'vitest'
import { assetPath, benchOptions, formatBytes, formatMs, formatRatio, markdownTable, median, parentPid, percentile, preloadedAssets, rssBytes, treeOf } from '../../tools/bench-lib'

describe('median and percentile', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([7])).toBe(7)
  })
  it('interpolates between closest ranks', () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1) // 1..20
    expect(percentile(values, 95)).toBeCloseTo(19.05)
    expect(percentile(values, 0)).toBe(1)
    expect(percentile(values, 100)).toBe(20)
    expect(percentile([10, 20], 50)).toBe(15)
  })
  it('does not reorder the caller\'s list', () => {
    const values = [3, 1, 2]
    median(values)
    expect(values).toEqual([3, 1, 2])
  })
  it('refuses an empty list or a p out of range, saying why', () => {
    expect(() => median([])).toThrow(/no values/)
    expect(() => percentile([1], 101)).toThrow(/0\.\.100, got 101/)
    expect(() => percentile([1], Number.NaN)).toThrow(/0\.\.100/)
  })
})

describe('preloadedAssets', () => {
  const html = `<!DOCTYPE html><html><head>
  <link rel="icon" href="/favicon.svg">
  <script type="module" crossorigin src="/assets/index-abc.js"></script>
  <link rel="modulepreload" crossorigin href="/assets/modules/vue-1.js">
  <link rel=stylesheet href='/assets/index.css'>
  <link rel="preconnect" href="https://fonts.example">
  <link crossorigin rel="modulepreload" href="/assets/modules/vue-1.js">
  <script>console.log('inline')</script>
  <link rel="alternate stylesheet" href="/assets/alt.css">
  </head></html>`
  it('lists scripts, stylesheets and module preloads in document order, once each', () => {
    expect(preloadedAssets(html)).toEqual(['/assets/index-abc.js', '/assets/modules/vue-1.js', '/assets/index.css', '/assets/alt.css'])
  })
  it('finds nothing in a page that loads nothing', () => {
    expect(preloadedAssets('<html><body>hi</body></html>')).toEqual([])
  })
})

describe('assetPath', () => {
  it('maps a same-site URL to a path inside the build folder', () => {
    expect(assetPath('/assets/a.js')).toBe('assets/a.js')
    expect(assetPath('./assets/a.js?v=1')).toBe('assets/a.js')
    expect(assetPath('/deck/assets/a.js', '/deck/')).toBe('assets/a.js')
  })
  it('returns undefined for another site', () => {
    expect(assetPath('https://cdn.example/x.js')).toBeUndefined()
    expect(assetPath('//cdn.example/x.js')).toBeUndefined()
  })
})

describe('/proc readers', () => {
  it('reads the parent pid even when the command name has spaces and parentheses', () => {
    expect(parentPid('1234 (node) S 42 1234 1234 0 -1')).toBe(42)
    expect(parentPid('77 (Web Content (x)) R 5 77 77 0')).toBe(5)
  })
  it('collects a whole process tree and nothing else', () => {
    const parents = new Map([[2, 1], [3, 2], [4, 2], [5, 3], [9, 8]])
    expect(treeOf(2, parents).sort()).toEqual([2, 3, 4, 5])
    expect(treeOf(9, parents)).toEqual([9])
  })
  it('reads VmRSS in bytes', () => {
    expect(rssBytes('Name:\tnode\nVmHWM:\t  900 kB\nVmRSS:\t  512 kB\n')).toBe(512 * 1024)
    expect(rssBytes('Name:\tkthreadd\n')).toBe(0)
  })
})

describe('formatting', () => {
  it('prints sizes, times and ratios', () => {
    expect(formatBytes(1536)).toBe('1.5 KiB')
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MiB')
    expect(formatMs(42.4)).toBe('42 ms')
    expect(formatMs(1250)).toBe('1.3 s')
    expect(formatRatio(125, 100)).toBe('1.25x')
    expect(formatRatio(1, 0)).toBe('n/a')
  })
  it('lines up a Markdown table', () => {
    expect(markdownTable(['a', 'bb'], [['xxx', 'y']])).toBe('| a   | bb |\n| --- | -- |\n| xxx | y  |')
  })
})

describe('benchOptions', () => {
  it('defaults to 3 runs, or BENCH_RUNS', () => {
    expect(benchOptions([], {})).toEqual({ runs: 3, skipExport: false, skipLighthouse: false, help: false })
    expect(benchOptions([], { BENCH_RUNS: '5' }).runs).toBe(5)
  })
  it('reads --runs N, --runs=N, --skip-export and -h', () => {
    expect(benchOptions(['--runs', '2', '--skip-export'], {})).toEqual({ runs: 2, skipExport: true, skipLighthouse: false, help: false })
    expect(benchOptions(['-h'], {}).help).toBe(true)
    expect(benchOptions(['--runs=7'], { BENCH_RUNS: '5' }).runs).toBe(7)
  })
  it('rejects a bad count or an unknown option, naming it', () => {
    expect(() => benchOptions(['--runs', '0'], {})).toThrow(/whole number >= 1, got "0"/)
    expect(() => benchOptions(['--runs', 'x'], {})).toThrow(/got "x"/)
    expect(() => benchOptions(['--runs='], {})).toThrow(/got ""/)
    expect(() => benchOptions(['--runs'], {})).toThrow(/--runs <value>' argument missing/)
    expect(() => benchOptions([], { BENCH_RUNS: '2.5' })).toThrow(/got "2.5"/)
    expect(() => benchOptions(['--fast'], {})).toThrow(/Unknown option '--fast'/)
    expect(() => benchOptions(['extra'], {})).toThrow(/Unexpected argument 'extra'/)
    expect(() => benchOptions(['--skip-export=no'], {})).toThrow(/'--skip-export' does not take an argument/)
  })
})
