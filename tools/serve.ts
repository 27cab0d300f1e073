// A static server for the built deck, on 127.0.0.1 only: `sirv` (what Slidev serves with) behind a base path, with
// a record of every path that was not found. Tests, bench and export serve `dist/` with it.
//
//   const server = await serveStatic({ root: 'dist', base: '/' })
//   await page.goto(`${server.url}#/3`); ...; await server.close()
//
// Files are served under `base`; a path that matches no file, or lies outside `base`, is a 404 and is added to
// `misses` (so tests can count missing assets). A folder serves its index.html. A path that climbs out of `root`
// (`/../x`, `/%2e%2e/x`) never reaches a file outside it: the URL is resolved first, and sirv serves only inside.
import type { ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createServer } from 'node:http'
import { resolve } from 'node:path'
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
}

export async function serveStatic({ root, base = '/', port = 0 }: ServeOptions): Promise<StaticServer> {
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
    close: () => new Promise<void>((done, fail) => server.close(error => (error ? fail(error) : done()))),
  }
}
