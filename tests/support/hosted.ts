import type { AddressInfo } from 'node:net'
// Plumbing for the hosted-deck tests (offline copy, QR code, Content-Security-Policy):
//
//   await buildVariant(out, { base: '/x/', deckUrl: 'https://…/', pdf: false })   // `npm run build` into out
//   await waitForOfflineCopy(page)          // the service worker has cached the deck and controls the page
//   const failed = await loadEveryFont(page)   // every @font-face the deck declares, loaded now (e.g. offline)
//   const server = await serveWithHeaders({ root, base }, { 'content-security-policy': policy })
import type { Page } from 'playwright-chromium'
import type { ServeOptions, StaticServer } from '../../tools/serve'
import { execFile } from 'node:child_process'
import { createServer, request } from 'node:http'
import process from 'node:process'
import { promisify } from 'node:util'
import { PROJECT_ROOT } from '../../tools/deck'
import { serveStatic } from '../../tools/serve'

const run = promisify(execFile)

export interface Variant {
  base?: string
  /** DECK_URL for the build; undefined builds without it, whatever the environment says. */
  deckUrl?: string
  /** Print the PDF and og-image (default true). */
  pdf?: boolean
}

/** `npm run build -- --out <out> …`: a second built deck next to dist/, with its own options. */
export async function buildVariant(out: string, variant: Variant): Promise<void> {
  const env: Record<string, string | undefined> = { ...process.env, DECK_URL: variant.deckUrl }
  if (variant.deckUrl === undefined)
    delete env.DECK_URL
  const args = ['run', '--silent', 'build', '--', '--out', out, '--base', variant.base ?? '/', ...(variant.pdf === false ? ['--no-pdf'] : [])]
  await run('npm', args, { cwd: PROJECT_ROOT, timeout: 300_000, env })
}

/** Waits until an activated service worker controls the page: Workbox activates only once its precache is complete. */
export async function waitForOfflineCopy(page: Page, timeout = 60_000): Promise<void> {
  // A function, not a string: the deck's Content-Security-Policy refuses the eval that polling a string needs.
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout, polling: 100 })
}

/** Loads every font face the page declares; returns those that failed ("family weight style"). */
export async function loadEveryFont(page: Page): Promise<{ loaded: string[], failed: string[] }> {
  return page.evaluate(`(async () => {
    const faces = [...document.fonts]
    const results = await Promise.all(faces.map(face => face.load().then(() => true, () => false)))
    const name = face => face.family.replace(/"/g, '') + ' ' + face.weight + ' ' + face.style
    return {
      loaded: faces.filter((_, i) => results[i]).map(name),
      failed: faces.filter((_, i) => !results[i]).map(name),
    }
  })()`)
}

/** Fetches `url` from inside the page (through its service worker, if any). */
export async function fetchInPage(page: Page, url: string): Promise<{ status: number, type: string | null, head: string }> {
  return page.evaluate(`(async () => {
    const response = await fetch(${JSON.stringify(url)})
    const bytes = new Uint8Array(await response.arrayBuffer()).slice(0, 5)
    return { status: response.status, type: response.headers.get('content-type'), head: String.fromCharCode(...bytes) }
  })()`)
}

/**
 * The built deck as tools/serve.ts serves it, with `headers` added to every response (as a host's config does):
 * a thin proxy in front of serveStatic, so the static server itself stays as it is.
 */
export async function serveWithHeaders(options: ServeOptions, headers: Record<string, string>): Promise<StaticServer> {
  const inner = await serveStatic({ ...options, port: 0 })
  const proxy = createServer((req, res) => {
    const upstream = request({ host: '127.0.0.1', port: inner.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, { ...answer.headers, ...headers })
      answer.pipe(res)
    })
    upstream.on('error', error => res.destroy(error))
    req.pipe(upstream)
  })
  await new Promise<void>(done => proxy.listen(options.port ?? 0, '127.0.0.1', done))
  const port = (proxy.address() as AddressInfo).port
  return {
    url: inner.url.replace(`:${inner.port}/`, `:${port}/`),
    port,
    misses: inner.misses,
    close: async () => {
      proxy.closeAllConnections()
      await new Promise<void>((done, fail) => proxy.close(error => (error ? fail(error) : done())))
      await inner.close()
    },
  }
}
