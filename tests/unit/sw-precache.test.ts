// The service worker's late precache entries (seam/sw-precache.ts): the PDF, og-image and first paint's stylesheet,
// written after sw.js, get a revision from their bytes, or leave the list when they were not written.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { FIRST_PAINT_CSS } from '../../plugins/first-paint/html'
import { finishPrecache, finishPrecacheSource, lateEntry, refreshRevision, revisionOfFile, SW_FILE, unfinishedPlaceholders } from '../../seam/sw-precache'
import { readDeck } from '../../tools/deck'
import { printedFiles } from '../../tools/head-meta'

/** A service worker as Workbox writes it (minified), with `entries` in its precache list. */
function workboxSource(entries: readonly { url: string, revision: string | null }[]): string {
  const list = entries.map(entry => `{url:${JSON.stringify(entry.url)},revision:${JSON.stringify(entry.revision)}}`).join(',')
  return `define(["./workbox-1"],function(s){"use strict";self.skipWaiting(),s.clientsClaim(),s.precacheAndRoute([${list}],{})});`
}

/** The precache list of a source written by workboxSource, parsed back. */
function listOf(source: string): { url: string, revision: string | null }[] {
  const inner = source.match(/precacheAndRoute\((\[.*\]),\{\}\)/)![1]!
  return JSON.parse(inner.replace(/([{,])(url|revision):/g, '$1"$2":')) as { url: string, revision: string | null }[]
}

const INDEX = { url: 'index.html', revision: 'abc' }
const ASSET = { url: 'assets/index-1.js', revision: null }

describe('finishPrecacheSource', () => {
  const files = [...printedFiles(readDeck().head), FIRST_PAINT_CSS]

  it('names the PDF the deck offers and the og-image as the files the build prints', () => {
    expect(printedFiles(readDeck().head)).toEqual([`${readDeck().head.exportFilename}.pdf`, 'og-image.png'])
  })

  it('finishes only the placeholders it is given, and leaves the others to their step', () => {
    const source = workboxSource([INDEX, ...files.map(lateEntry)])
    const result = finishPrecacheSource(source, url => `rev-of-${url}`, [FIRST_PAINT_CSS])
    expect(result.added).toEqual([{ url: FIRST_PAINT_CSS, revision: `rev-of-${FIRST_PAINT_CSS}` }])
    expect(listOf(result.source)).toEqual([INDEX, ...printedFiles(readDeck().head).map(lateEntry), { url: FIRST_PAINT_CSS, revision: `rev-of-${FIRST_PAINT_CSS}` }])
  })

  it('gives each late file its revision, in place', () => {
    const source = workboxSource([INDEX, ...files.map(lateEntry), ASSET])
    const result = finishPrecacheSource(source, url => `rev-of-${url}`)
    expect(listOf(result.source)).toEqual([INDEX, ...files.map(url => ({ url, revision: `rev-of-${url}` })), ASSET])
    expect(result.added.map(entry => entry.url)).toEqual(files)
    expect(result.dropped).toEqual([])
  })

  it.each([
    ['first', (late: object[]) => [...late, INDEX, ASSET]],
    ['middle', (late: object[]) => [INDEX, ...late, ASSET]],
    ['last', (late: object[]) => [INDEX, ASSET, ...late]],
    ['only', (late: object[]) => late],
  ])('removes late files that were not written, wherever they stand (%s) and leaves a valid list', (_, arrange) => {
    const source = workboxSource(arrange(files.map(lateEntry)) as { url: string, revision: string }[])
    const result = finishPrecacheSource(source, () => undefined)
    expect(listOf(result.source)).toEqual((arrange([]) as object[]))
    expect(result.dropped).toEqual(files)
  })

  it('leaves a list without placeholders as it is', () => {
    const source = workboxSource([INDEX, ASSET])
    expect(finishPrecacheSource(source, () => 'x')).toEqual({ source, added: [], dropped: [] })
  })
})

describe('finishPrecache on a built folder', () => {
  const dirs: string[] = []
  const folder = (sw?: string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'depin-sw-'))
    dirs.push(dir)
    if (sw !== undefined)
      writeFileSync(join(dir, SW_FILE), sw)
    return dir
  }
  afterEach(() => {
    for (const dir of dirs.splice(0))
      rmSync(dir, { recursive: true, force: true })
  })

  it('does nothing when the build has no service worker', () => {
    expect(finishPrecache(folder(), ['a.pdf'])).toBeUndefined()
  })

  it('uses the MD5 of the file that exists and drops the one that does not', () => {
    const dir = folder(workboxSource([INDEX, lateEntry('a.pdf'), lateEntry('b.png')]))
    writeFileSync(join(dir, 'a.pdf'), '%PDF-1.7 test')
    const result = finishPrecache(dir, ['a.pdf', 'b.png'])!
    expect(result.added).toEqual([{ url: 'a.pdf', revision: revisionOfFile(join(dir, 'a.pdf')) }])
    expect(result.added[0]!.revision).toMatch(/^[0-9a-f]{32}$/)
    expect(result.dropped).toEqual(['b.png'])
  })

  it('refuses a service worker without the placeholders (the vite plugin is missing)', () => {
    expect(() => finishPrecache(folder(workboxSource([INDEX])), ['a.pdf'])).toThrow(/no precache placeholder for a\.pdf/)
  })

  it('leaves a placeholder of another step for that step, and tells which are left unfinished', () => {
    const dir = folder(workboxSource([lateEntry('c.pdf'), lateEntry('a.pdf')]))
    finishPrecache(dir, ['a.pdf'])
    expect(unfinishedPlaceholders(dir)).toEqual(['c.pdf'])
    finishPrecache(dir, ['c.pdf'])
    expect(unfinishedPlaceholders(dir)).toEqual([])
  })
})

describe('refreshRevision', () => {
  it('gives the entry the MD5 of the file as it is now, and refuses a file the list does not hold', () => {
    const dir = mkdtempSync(join(tmpdir(), 'depin-sw-'))
    try {
      writeFileSync(join(dir, 'index.html'), '<html>rewritten</html>')
      writeFileSync(join(dir, SW_FILE), workboxSource([INDEX, ASSET, { url: 'reader/index.html', revision: 'r' }]))
      refreshRevision(dir, 'index.html')
      expect(listOf(readFileSync(join(dir, SW_FILE), 'utf8'))).toEqual([{ url: 'index.html', revision: revisionOfFile(join(dir, 'index.html')) }, ASSET, { url: 'reader/index.html', revision: 'r' }])
      expect(() => refreshRevision(dir, 'other.html')).toThrow(/no precache entry for other\.html/)
    }
    finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
