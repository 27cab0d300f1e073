// `npm run export [-- <slidev export options>]`: Slidev's export, driven through the project's browser resolver,
// so that it works with a system Chromium and no browser download.
//
//   npm run export                       -> the-depin-portrait.pdf
//   npm run export -- --output out.pdf   -> any `slidev export` option passes through
//
// Differences from a bare `slidev export`: the browser comes from scripts/browser.ts, every wait has a timeout, and the
// whole run has a deadline, so a request that never answers ends in an error, not a hang. (`networkidle` stays the
// wait: `load` fires before the print view has mounted its slides and gives blank pages. The browser tests prove
// the deck makes no request that could keep the network busy.)
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import process from 'node:process'
import { BrowserNotFoundError, resolveBrowser } from './browser'

export const DEFAULT_ARGS = ['--wait-until', 'networkidle', '--timeout', '60000']
/** The whole export must end within this many ms, or it is stopped with an error. */
const DEADLINE_MS = Number(process.env.EXPORT_DEADLINE_MS ?? 10 * 60_000)

export function exportArgs(browserPath: string, extra: readonly string[]): string[] {
  const has = (flag: string) => extra.some(arg => arg === flag || arg.startsWith(`${flag}=`))
  const defaults: string[] = []
  for (let i = 0; i < DEFAULT_ARGS.length; i += 2) {
    if (!has(DEFAULT_ARGS[i]!))
      defaults.push(DEFAULT_ARGS[i]!, DEFAULT_ARGS[i + 1]!)
  }
  return ['export', ...defaults, '--executable-path', browserPath, ...extra]
}

async function main(): Promise<number> {
  let browser: string
  try {
    browser = resolveBrowser().path
  }
  catch (error) {
    if (error instanceof BrowserNotFoundError) {
      console.error(`export: ${error.message}`)
      return 1
    }
    throw error
  }
  const require = createRequire(import.meta.url)
  const cli = require.resolve('@slidev/cli/bin/slidev.mjs')
  const args = exportArgs(browser, process.argv.slice(2))
  console.log(`export: slidev ${args.join(' ')}`)
  const child = spawn(process.execPath, [cli, ...args], { stdio: 'inherit' })
  const timer = setTimeout(() => {
    console.error(`export: no result after ${DEADLINE_MS / 1000}s; stopping. A slide may wait on something that never loads.`)
    child.kill('SIGTERM')
  }, DEADLINE_MS)
  const code = await new Promise<number>(done => child.on('close', (status, signal) => done(status ?? (signal ? 1 : 0))))
  clearTimeout(timer)
  return code
}

process.exitCode = await main()
