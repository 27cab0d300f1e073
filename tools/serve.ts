// A static server for the built deck, on 127.0.0.1 only: `sirv` (what Slidev serves with) behind a base path, with
// a record of every path that was not found. Tests, bench and export serve `dist/` with it.
//
//   const server = await serveStatic({ root: 'dist', base: '/' })
//   await page.goto(`${server.url}#/3`); ...; await server.close()
//
// Files are served under `base`; a path that matches no file, or lies outside `base`, is a 404 and is added to
// `misses` (so tests can count missing assets). A folder serves its index.html. A path that climbs out of `root`
// (`/../x`, `/%2e%2e/x`) never reaches a file outside it: the URL is resolved first, and sirv serves only inside.
//
// As a host serves it (the bench's Lighthouse rows): `precompress('dist')` writes a gzip copy beside each text file,
// and `serveStatic({ root: 'dist', gzip: true })` sends it to clients that accept gzip (sirv's own `gzip` option).
import type { ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import sirv from 'sirv'

export interface StaticServer {
  url: string
  port: number
  /** Paths that were asked for and not found. */
  misses: string[]
  close: () => Promise<void>
}

export interface ServeOptions {
  root: string
  base?: string
  port?: number
  /** Send `<file>.gz` (see precompress) with `content-encoding: gzip` to clients that accept it. */
  gzip?: boolean
  /** Added to every file's response, as a host's config adds them (e.g. the Content-Security-Policy). */
  headers?: Record<string, string>
}

/** What hosts compress: text. Images, fonts and PDFs are compressed already. */
const TEXT_FILES = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.webmanifest', '.txt', '.xml'])

/** Writes `<file>.gz` (zlib's default level) beside every text file under `root`; returns how many it wrote. */
export function precompress(root: string): number {
  let written = 0
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !TEXT_FILES.has(extname(entry.name)))
      continue
    const file = join(entry.parentPath, entry.name)
    writeFileSync(`${file}.gz`, gzipSync(readFileSync(file)))
    written++
  }
  return written
}

export async function serveStatic({ root, base = '/', port = 0, gzip = false, headers = {} }: ServeOptions): Promise<StaticServer> {
  const prefix = base.endsWith('/') ? base : `${base}/`
  const misses: string[] = []
  const notFound = (pathname: string, res: ServerResponse) => {
    misses.push(pathname)
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found')
  }
  const serveFiles = sirv(resolve(root), {
    // Looks each request up on disk rather than in a list made at start: a file written after the server started
    // (a fresh build) is served, a deleted one is a 404, and responses are not cached.
    dev: true,
    // A folder serves its index.html (and, as on static hosts, `/x` finds `/x.html`).
    extensions: ['html'],
    gzip,
    setHeaders: (res) => {
      for (const [name, value] of Object.entries(headers))
        res.setHeader(name, value)
    },
  })
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const { pathname } = url
    if (!`${pathname}/`.startsWith(prefix)) {
      notFound(pathname, res)
      return
    }
    req.url = `/${pathname.slice(prefix.length)}${url.search}`
    serveFiles(req, res, () => notFound(pathname, res))
  })
  await new Promise<void>(done => server.listen(port, '127.0.0.1', done))
  const actual = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${actual}${prefix}`,
    port: actual,
    misses,
    close: () => new Promise<void>((done, fail) => {
      server.close(error => (error ? fail(error) : done()))
      // Kept-alive connections too: after a file sirv served, close() alone waited 3 s for the client to let go.
      server.closeAllConnections()
    }),
  }
}
