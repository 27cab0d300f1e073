// Lighthouse 12 rows of `npm run bench`: the built deck served as a static host serves it (gzip), measured with
// Lighthouse's mobile defaults (simulated slow 4G, 4x CPU slowdown) in the Chromium that tools/browser.ts resolves.
//
//   const server = await serveGzip('dist'); const row = await lighthouseRun(`${server.url}#/1`); await server.close()
import type { AddressInfo } from 'node:net'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { extname, join, resolve, sep } from 'node:path'
import process from 'node:process'
import { gzipSync } from 'node:zlib'
import { resolveBrowser } from './browser'
import { run } from './run'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
}

/** A static server on 127.0.0.1 that gzips text (html, js, css, svg, json) as hosts do. Site root only. */
export async function serveGzip(root: string): Promise<{ url: string, close: () => Promise<void> }> {
  const top = resolve(root)
  const server = createServer((req, res) => {
    let file = join(top, decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname))
    if (existsSync(file) && statSync(file).isDirectory())
      file = join(file, 'index.html')
    if (!file.startsWith(top + sep) || !existsSync(file)) {
      res.writeHead(404).end()
      return
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream'
    const text = /text|javascript|svg|json/.test(type)
    const body = text ? gzipSync(readFileSync(file)) : readFileSync(file)
    res.writeHead(200, { 'content-type': type, ...(text ? { 'content-encoding': 'gzip' } : {}) }).end(body)
  })
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((done, fail) => server.close(error => (error ? fail(error) : done()))),
  }
}

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
