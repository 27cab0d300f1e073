import type { DeckHead } from './deck.ts'
// The service worker's precache list, finished once the build's late files exist.
//
//   lateFiles(readDeck().head).map(lateEntry)      // vite.config.ts: a placeholder entry for each, in sw.js
//   finishPrecache('dist', lateFiles(head))        // scripts/build.ts, after the PDF and og-image are printed
//
// Why: `slidev build` writes sw.js (Slidev's `pwa` option: vite-plugin-pwa, Workbox generateSW) before
// scripts/build.ts prints the PDF download and og-image.png into the same folder, so Workbox cannot list them.
// vite.config.ts adds a placeholder entry for each of them; finishPrecache() then gives each the MD5 of its bytes as
// revision (a new PDF in a new deploy is fetched again), or removes it when the file was not written (--no-pdf), as a
// missing file would fail the service worker's install and with it every offline visit.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FIRST_PAINT_CSS } from './first-paint.ts'
import { OG_IMAGE_FILE } from './head-meta.ts'

/** The service worker vite-plugin-pwa writes next to index.html. */
export const SW_FILE = 'sw.js'

const PLACEHOLDER = 'deck-late-file'

export interface PrecacheEntry {
  url: string
  revision: string
}

/** Files that scripts/build.ts writes into the built deck after `slidev build`, relative to it. */
export function lateFiles(head: Pick<DeckHead, 'exportFilename'>): string[] {
  return [`${head.exportFilename}.pdf`, OG_IMAGE_FILE, FIRST_PAINT_CSS]
}

/** The placeholder precache entry of a late file: its revision is replaced (or the entry removed) later. */
export function lateEntry(url: string): PrecacheEntry {
  return { url, revision: `${PLACEHOLDER}:${url}` }
}

export interface FinishedSource {
  source: string
  /** Late files now precached, with their revision. */
  added: PrecacheEntry[]
  /** Late files removed from the list (not written). */
  dropped: string[]
}

// `{url:"x",revision:"deck-late-file:x"}` as Workbox writes it (keys quoted or not, either quote).
const ENTRY = /\{\s*(["']?)url\1\s*:\s*(["'])([^"']+)\2\s*,\s*(["']?)revision\4\s*:\s*(["'])deck-late-file:[^"']*\5\s*\}/g

/** Replaces each placeholder in a service worker's source; `revisionOf(url)` undefined removes the entry. */
export function finishPrecacheSource(source: string, revisionOf: (url: string) => string | undefined): FinishedSource {
  const added: PrecacheEntry[] = []
  const dropped: string[] = []
  let finished = source
  // From the last to the first, so that the offsets of those still to do stay right.
  for (const match of [...source.matchAll(ENTRY)].reverse()) {
    const url = match[3]!
    let start = match.index
    let end = start + match[0].length
    const revision = revisionOf(url)
    if (revision === undefined) {
      dropped.unshift(url)
      // With the comma before it, or (first in the list) the one after it.
      const before = /,\s*$/.exec(finished.slice(0, start))
      const after = /^\s*,/.exec(finished.slice(end))
      if (before)
        start -= before[0].length
      else if (after)
        end += after[0].length
      finished = finished.slice(0, start) + finished.slice(end)
    }
    else {
      added.unshift({ url, revision })
      finished = finished.slice(0, start) + JSON.stringify({ url, revision }) + finished.slice(end)
    }
  }
  return { source: finished, added, dropped }
}

/** MD5 of a file's bytes, as Workbox's own revisions. */
export function revisionOfFile(path: string): string {
  return createHash('md5').update(readFileSync(path)).digest('hex')
}

/**
 * Finishes `dir`/sw.js: each of `files` that exists in `dir` gets its revision, the others leave the list. Returns
 * undefined when the build has no service worker (pwa off). Throws when a placeholder is missing or unknown.
 */
export function finishPrecache(dir: string, files: readonly string[]): FinishedSource | undefined {
  const sw = join(dir, SW_FILE)
  if (!existsSync(sw))
    return undefined
  const result = finishPrecacheSource(readFileSync(sw, 'utf8'), (url) => {
    if (!files.includes(url))
      throw new Error(`${sw} has a late-file placeholder for ${url}, which the build does not write`)
    const path = join(dir, url)
    return existsSync(path) ? revisionOfFile(path) : undefined
  })
  const seen = [...result.added.map(entry => entry.url), ...result.dropped]
  const missing = files.filter(file => !seen.includes(file))
  if (missing.length)
    throw new Error(`${sw} has no precache placeholder for ${missing.join(', ')}: is the deck:late-precache plugin in vite.config.ts?`)
  writeFileSync(sw, result.source)
  return result
}
