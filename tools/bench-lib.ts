// Pure helpers of `npm run bench` (scripts/bench.ts): statistics, what index.html preloads, reading /proc, the table.
// No I/O here except where a function takes the text it reads; tests/unit/bench-lib.test.ts covers each one.
import { parseArgs } from 'node:util'
import { APP_TAG } from '../plugins/first-paint/html.ts'

/** Median of the values (mean of the two middle ones for an even count). Throws on an empty list. */
export function median(values: readonly number[]): number {
  return percentile(values, 50)
}

/**
 * The p-th percentile (0..100) by linear interpolation between closest ranks (the same definition as NumPy's
 * default and Excel's PERCENTILE.INC). Throws on an empty list or a p outside 0..100.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0)
    throw new Error('percentile: no values')
  if (!(p >= 0 && p <= 100))
    throw new Error(`percentile: p must be within 0..100, got ${p}`)
  const sorted = [...values].sort((a, b) => a - b)
  const rank = (p / 100) * (sorted.length - 1)
  const low = Math.floor(rank)
  const high = Math.ceil(rank)
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low)
}

function attr(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined
}

/**
 * What the browser fetches before the deck can start: every `<script src>`, and every `<link>` whose rel is
 * `stylesheet` or `modulepreload`, or `preload` as a style, in document order, without duplicates. Other links (icon,
 * preconnect, font preloads) are left out.
 */
export function preloadedAssets(html: string): string[] {
  const found: string[] = []
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const isScript = /^<script/i.test(tag)
    // A tag the first paint holds back (plugins/first-paint/html.ts) counts as what it becomes.
    const rels = (attr(tag, APP_TAG) ?? attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/)
    const url = isScript ? attr(tag, 'src') : attr(tag, 'href')
    // A style preload counts: a stylesheet preloaded counts as the stylesheet it becomes.
    const style = rels.includes('preload') && (attr(tag, 'as') ?? '').toLowerCase() === 'style'
    if (!url || (!isScript && !style && !rels.some(rel => rel === 'stylesheet' || rel === 'modulepreload')))
      continue
    if (!found.includes(url))
      found.push(url)
  }
  return found
}

/** The file under the build folder that a same-site URL of index.html points at; undefined for another site. */
export function assetPath(url: string, base = '/'): string | undefined {
  if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:'))
    return undefined
  const clean = url.split(/[?#]/)[0]!
  if (clean.startsWith(base))
    return clean.slice(base.length)
  return clean.replace(/^\.?\//, '')
}

/** The parent pid from the text of /proc/<pid>/stat (the command name may hold spaces and parentheses). */
export function parentPid(statText: string): number | undefined {
  const afterName = statText.slice(statText.lastIndexOf(')') + 2).split(' ')
  const ppid = Number(afterName[1])
  return Number.isInteger(ppid) ? ppid : undefined
}

/** Every pid of the tree under `root` (root included), from a pid -> parent pid map. */
export function treeOf(root: number, parents: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>()
  for (const [pid, ppid] of parents)
    children.set(ppid, [...(children.get(ppid) ?? []), pid])
  const tree: number[] = []
  const queue = [root]
  while (queue.length) {
    const pid = queue.shift()!
    if (tree.includes(pid))
      continue
    tree.push(pid)
    queue.push(...(children.get(pid) ?? []))
  }
  return tree
}

/** VmRSS in bytes from the text of /proc/<pid>/status; 0 when absent (a kernel thread or a zombie). */
export function rssBytes(statusText: string): number {
  const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(statusText)?.[1]
  return kb ? Number(kb) * 1024 : 0
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024)
    return `${(bytes / 1024 / 1024).toFixed(1)} MiB`
  return `${(bytes / 1024).toFixed(1)} KiB`
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`
}

export function formatRatio(ours: number, floor: number): string {
  return floor > 0 ? `${(ours / floor).toFixed(2)}x` : 'n/a'
}

/** A Markdown table, columns padded to line up in a terminal. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map(row => (row[i] ?? '').length)))
  const line = (cells: readonly string[]) => `| ${widths.map((w, i) => (cells[i] ?? '').padEnd(w)).join(' | ')} |`
  return [line(header), `| ${widths.map(w => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n')
}

/** Reads `--runs N` (or BENCH_RUNS), `--skip-export` and `--help`; throws with the reason on a bad value or option. */
export function benchOptions(argv: readonly string[], env: Record<string, string | undefined>): { runs: number, skipExport: boolean, skipLighthouse: boolean, help: boolean } {
  let values
  try {
    values = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        'runs': { type: 'string' },
        'skip-export': { type: 'boolean' },
        'skip-lighthouse': { type: 'boolean' },
        'help': { type: 'boolean', short: 'h' },
      },
    }).values
  }
  catch (error) {
    throw new Error(`bench: ${(error as Error).message} (see --help)`)
  }
  const raw = values.runs ?? env.BENCH_RUNS ?? '3'
  const runs = raw.trim() === '' ? Number.NaN : Number(raw)
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`bench: the run count must be a whole number >= 1, got "${raw}" (from --runs or BENCH_RUNS)`)
  return { runs, skipExport: Boolean(values['skip-export']), skipLighthouse: Boolean(values['skip-lighthouse']), help: Boolean(values.help) }
}
