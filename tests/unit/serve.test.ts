// tools/serve.ts, the static server of the built deck: content types, 404s recorded in `misses`, the base path, gzip,
// headers added as a host adds them, and no way out of the served folder. Runs against a small folder written here,
// on a real 127.0.0.1 port.
import type { StaticServer } from '../../tools/serve'
import { Buffer } from 'node:buffer'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { precompress, serveStatic } from '../../tools/serve'

const dir = mkdtempSync(join(tmpdir(), 'depin-serve-test-'))
const root = join(dir, 'site')
const servers: StaticServer[] = []

async function serve(base?: string): Promise<StaticServer> {
  const server = await serveStatic({ root, base })
  servers.push(server)
  return server
}

/** A GET with the path sent exactly as written (fetch would resolve `..` before sending it). */
function rawGet(port: number, path: string): Promise<{ status: number, body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path }, (res) => {
      let body = ''
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => done({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', fail)
    req.end()
  })
}

beforeAll(() => {
  mkdirSync(join(root, 'img'), { recursive: true })
  mkdirSync(join(root, 'sub'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>deck</title>')
  writeFileSync(join(root, 'sub/index.html'), '<!doctype html><title>sub</title>')
  writeFileSync(join(root, 'img/photo.webp'), 'RIFF....WEBP')
  writeFileSync(join(root, 'img/photo.jpg'), '\xFF\xD8\xFF')
  writeFileSync(join(root, 'app.js'), 'export {}')
  writeFileSync(join(dir, 'secret.txt'), 'outside the served folder')
})

afterEach(async () => {
  await Promise.all(servers.splice(0).map(server => server.close()))
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('serveStatic', () => {
  it('listens on 127.0.0.1 on a free port', async () => {
    const server = await serve()
    expect(server.port).toBeGreaterThan(0)
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`)
  })

  it('serves each file with its content type, webp and jpg included', async () => {
    const server = await serve()
    const types = {
      'img/photo.webp': 'image/webp',
      'img/photo.jpg': 'image/jpeg',
      'app.js': 'text/javascript',
      'index.html': 'text/html',
    }
    for (const [path, type] of Object.entries(types)) {
      const res = await fetch(`${server.url}${path}`)
      expect(res.status, path).toBe(200)
      expect(res.headers.get('content-type'), path).toMatch(new RegExp(`^${type}`))
    }
    expect(server.misses).toEqual([])
  })

  it('serves a folder\'s index.html', async () => {
    const server = await serve()
    expect(await (await fetch(server.url)).text()).toContain('<title>deck</title>')
    expect(await (await fetch(`${server.url}sub/`)).text()).toContain('<title>sub</title>')
  })

  it('answers 404 for a missing file and records the path in misses', async () => {
    const server = await serve()
    expect((await fetch(`${server.url}img/missing.png`)).status).toBe(404)
    expect((await fetch(`${server.url}nope/`)).status).toBe(404)
    expect(server.misses).toEqual(['/img/missing.png', '/nope/'])
  })

  it('serves a file written after it started', async () => {
    const server = await serve()
    expect((await fetch(`${server.url}late.txt`)).status).toBe(404)
    writeFileSync(join(root, 'late.txt'), 'late')
    expect(await (await fetch(`${server.url}late.txt`)).text()).toBe('late')
  })

  it('serves under the base path only', async () => {
    const server = await serve('/deck')
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/deck/`)
    const under = await fetch(`${server.url}img/photo.jpg`)
    expect(under.status).toBe(200)
    expect(under.headers.get('content-type')).toBe('image/jpeg')
    expect(await (await fetch(`http://127.0.0.1:${server.port}/deck`)).text()).toContain('<title>deck</title>')
    expect((await fetch(`http://127.0.0.1:${server.port}/img/photo.jpg`)).status).toBe(404)
    expect((await fetch(`http://127.0.0.1:${server.port}/deckx/app.js`)).status).toBe(404)
    expect(server.misses).toEqual(['/img/photo.jpg', '/deckx/app.js'])
  })

  it('never serves a file outside its folder, however the path climbs', async () => {
    for (const base of ['/', '/deck/']) {
      const server = await serve(base)
      for (const path of [`${base}../secret.txt`, `${base}%2e%2e/secret.txt`, `${base}%2E%2E%2Fsecret.txt`, `${base}img/../../secret.txt`, `${base}..%2fsecret.txt`]) {
        const res = await rawGet(server.port, path)
        expect(res.status, path).toBe(404)
        expect(res.body, path).not.toContain('outside the served folder')
      }
    }
  })

  it('adds the given headers to every file it serves, as a host\'s config does', async () => {
    const server = await serveStatic({ root, headers: { 'Content-Security-Policy': 'default-src \'self\'', 'X-Content-Type-Options': 'nosniff' } })
    servers.push(server)
    for (const path of ['', 'app.js', 'img/photo.jpg']) {
      const res = await fetch(`${server.url}${path}`)
      expect(res.status, path).toBe(200)
      expect(res.headers.get('content-security-policy'), path).toBe('default-src \'self\'')
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff')
    }
  })

  it('sends the gzip copy of a text file to a client that accepts gzip, and the file itself to one that does not', async () => {
    const zipped = join(dir, 'zipped')
    mkdirSync(join(zipped, 'img'), { recursive: true })
    const script = `export const words = '${'deck '.repeat(200)}'`
    writeFileSync(join(zipped, 'app.js'), script)
    writeFileSync(join(zipped, 'img/photo.jpg'), '\xFF\xD8\xFF')
    expect(precompress(zipped)).toBe(1)
    expect(existsSync(join(zipped, 'img/photo.jpg.gz'))).toBe(false)
    const server = await serveStatic({ root: zipped, gzip: true })
    servers.push(server)
    const body = await new Promise<{ encoding?: string, type?: string, bytes: Buffer }>((done, fail) => {
      request({ host: '127.0.0.1', port: server.port, path: '/app.js', headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => done({ encoding: res.headers['content-encoding'], type: res.headers['content-type'], bytes: Buffer.concat(chunks) }))
      }).on('error', fail).end()
    })
    expect(body.encoding).toBe('gzip')
    expect(body.type).toMatch(/^text\/javascript/)
    expect(body.bytes.length).toBeLessThan(script.length)
    expect(gunzipSync(body.bytes).toString()).toBe(script)
    const plain = await rawGet(server.port, '/app.js')
    expect(plain.body).toBe(script)
  })
})
