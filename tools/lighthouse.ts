// Lighthouse 12 rows of `npm run bench`: the built deck served as a static host serves it (gzip), measured with
// Lighthouse's mobile defaults (simulated slow 4G, 4x CPU slowdown) in the Chromium that tools/browser.ts resolves.
//
//   const server = await serveGzip('dist'); const row = await lighthouseRun(`${server.url}#/1`); await server.close()
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { resolveBrowser } from './browser'
import { run } from './run'

export interface LighthouseRow {
  performance: number
  fcpMs: number
  lcpMs: number
  tbtMs: number
  cls: number
}

/** One Lighthouse run (performance only, mobile defaults) of `url`, through its CLI, with our Chromium. */
export async function lighthouseRun(url: string): Promise<LighthouseRow> {
  const cli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js')
  const dir = mkdtempSync(join(tmpdir(), 'depin-lh-'))
  const output = join(dir, 'report.json')
  try {
    await run(process.execPath, [cli, url, '--quiet', '--only-categories=performance', '--output=json', `--output-path=${output}`, '--chrome-flags=--headless=new --no-sandbox --disable-gpu'], {
      timeoutMs: 180_000,
      env: { CHROME_PATH: resolveBrowser().path },
    })
    const report = JSON.parse(readFileSync(output, 'utf8')) as { categories: { performance: { score: number } }, audits: Record<string, { numericValue: number }> }
    const value = (id: string) => report.audits[id]!.numericValue
    return {
      performance: report.categories.performance.score,
      fcpMs: value('first-contentful-paint'),
      lcpMs: value('largest-contentful-paint'),
      tbtMs: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
    }
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
