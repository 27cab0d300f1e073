// A tiny static server for the built deck, on 127.0.0.1 only. Tests, bench and export serve `dist/` with it.
//
//   const server = await serveStatic({ root: 'dist', base: '/' })
//   await page.goto(`${server.url}#/3`); ...; await server.close()
//
// Files are served under `base`; a path that matches no file is a 404 (so tests can count missing assets),
// except a directory, which serves its index.html.
import type { AddressInfo } from 'node:net'
import { createReadStream, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
}

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

function fileFor(root: string, pathname: string): string | undefined {
  const target = normalize(join(root, decodeURIComponent(pathname)))
  if (target !== root && !target.startsWith(root + sep))
    return undefined
  try {
    const stat = statSync(target)
    if (stat.isFile())
      return target
    if (stat.isDirectory() && statSync(join(target, 'index.html')).isFile())
      return join(target, 'index.html')
  }
  catch {}
  return undefined
}

export async function serveStatic({ root, base = '/', port = 0 }: ServeOptions): Promise<StaticServer> {
  const absRoot = resolve(root)
  const prefix = base.endsWith('/') ? base : `${base}/`
  const misses: string[] = []
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname
    const file = (pathname + (pathname.endsWith('/') ? '' : '/')).startsWith(prefix)
      ? fileFor(absRoot, pathname.slice(prefix.length - 1))
      : undefined
    if (!file) {
      misses.push(pathname)
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      return
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(res)
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
