// The service worker's precache list, finished once the build's late files exist: a patch of a file that
// vite-plugin-pwa generates (Slidev's `pwa` option), so it lives in the seam.
//
//   addPrecachePlaceholders(this, ['a.pdf'])        // a Vite plugin's buildStart: a placeholder entry for each file
//   finishPrecache('dist', ['a.pdf'])               // once the file is written (or not): its revision, or no entry
//   unfinishedPlaceholders('dist')                  // [] once every step that owns a placeholder has finished it
//
// Why: `slidev build` writes sw.js (vite-plugin-pwa, Workbox generateSW) at the end of its build, before
// plugins/first-paint/ writes first-paint.css and scripts/build.ts prints the PDF download and og-image.png into the
// same folder, so Workbox cannot list them. Each owner adds a placeholder entry for its files through the plugin's
// API, then gives each the MD5 of its bytes as revision (a new PDF in a new deploy is fetched again), or removes it
// when the file was not written (--no-pdf), as a missing file would fail the service worker's install and with it
// every offline visit. Couplings: PWA_PLUGIN_NAME (seam/slidev.ts), and the shape of Workbox's entries (ENTRY below,
// checked on a real build by tests/browser/offline.browser.test.ts).
import type { Plugin } from 'vite'
import type { VitePluginPWAAPI } from 'vite-plugin-pwa'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PWA_PLUGIN_NAME } from './slidev.ts'

/** The service worker vite-plugin-pwa writes next to index.html. */
export const SW_FILE = 'sw.js'

const PLACEHOLDER = 'deck-late-file'

export interface PrecacheEntry {
  url: string
  revision: string
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

// `{url:"x",revision:"…"}` as Workbox writes it (keys quoted or not, either quote): url in group 3, revision in 6.
const ENTRY = /\{\s*(["']?)url\1\s*:\s*(["'])([^"']+)\2\s*,\s*(["']?)revision\4\s*:\s*(["'])([^"']*)\5\s*\}/g

/** The placeholder entries of a service worker's source (`revision: "deck-late-file:…"`). */
function placeholderEntries(source: string): RegExpExecArray[] {
  return [...source.matchAll(ENTRY)].filter(match => match[6]!.startsWith(`${PLACEHOLDER}:`))
}

/** Every placeholder of a service worker's source, by url. */
function placeholders(source: string): string[] {
  return placeholderEntries(source).map(match => match[3]!)
}

/**
 * Replaces the placeholders of `urls` (all when absent) in a service worker's source; `revisionOf(url)` undefined
 * removes the entry. Other placeholders stay, for the step that owns them.
 */
export function finishPrecacheSource(source: string, revisionOf: (url: string) => string | undefined, urls?: readonly string[]): FinishedSource {
  const added: PrecacheEntry[] = []
  const dropped: string[] = []
  let finished = source
  // From the last to the first, so that the offsets of those still to do stay right.
  for (const match of placeholderEntries(source).reverse()) {
    const url = match[3]!
    if (urls && !urls.includes(url))
      continue
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
 * Finishes the placeholders of `files` in `dir`/sw.js: each file that exists in `dir` gets its revision, the others
 * leave the list. Returns undefined when the build has no service worker (pwa off). Throws when one has no placeholder.
 */
export function finishPrecache(dir: string, files: readonly string[]): FinishedSource | undefined {
  const sw = join(dir, SW_FILE)
  if (!existsSync(sw))
    return undefined
  const result = finishPrecacheSource(readFileSync(sw, 'utf8'), (url) => {
    const path = join(dir, url)
    return existsSync(path) ? revisionOfFile(path) : undefined
  }, files)
  const seen = [...result.added.map(entry => entry.url), ...result.dropped]
  const missing = files.filter(file => !seen.includes(file))
  if (missing.length)
    throw new Error(`${sw} has no precache placeholder for ${missing.join(', ')}: is the plugin that adds it in vite.config.ts?`)
  writeFileSync(sw, result.source)
  return result
}

/** Placeholders still in `dir`/sw.js: a step that added one did not finish it (its file would never be cached). */
export function unfinishedPlaceholders(dir: string): string[] {
  const sw = join(dir, SW_FILE)
  return existsSync(sw) ? placeholders(readFileSync(sw, 'utf8')) : []
}

/**
 * From a Vite plugin's buildStart (not configResolved: vite-plugin-pwa resolves its options there, and Vite runs
 * those hooks side by side): a placeholder entry in the precache list for each of `urls`. Nothing without the PWA.
 */
export function addPrecachePlaceholders(context: { environment: { config: { plugins: readonly Plugin[] } } }, urls: readonly string[]): void {
  const pwa = context.environment.config.plugins.find(plugin => plugin.name === PWA_PLUGIN_NAME.value)
  const api = pwa?.api as VitePluginPWAAPI | undefined
  if (!api || api.disabled)
    return
  const entries = urls.map(lateEntry)
  api.extendManifestEntries(existing => [...(existing ?? []).filter(entry => !entries.some(late => typeof entry !== 'string' && entry.url === late.url)), ...entries])
}

/**
 * Gives `url`'s entry in `dir`/sw.js the MD5 of the file as it is now (a step rewrote it after Workbox listed it), so
 * that a returning visitor's offline copy is replaced when it changes. Nothing without a service worker; throws when
 * the list has no entry for it.
 */
export function refreshRevision(dir: string, url: string): void {
  const sw = join(dir, SW_FILE)
  if (!existsSync(sw))
    return
  const source = readFileSync(sw, 'utf8')
  const match = [...source.matchAll(ENTRY)].find(entry => entry[3] === url)
  if (!match)
    throw new Error(`${sw} has no precache entry for ${url}`)
  const entry = JSON.stringify({ url, revision: revisionOfFile(join(dir, url)) })
  writeFileSync(sw, source.slice(0, match.index) + entry + source.slice(match.index + match[0].length))
}
