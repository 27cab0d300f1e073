// Plumbing for the hosted-deck tests (offline copy, QR code, Content-Security-Policy):
//
//   const [site] = await builtVariants(['site'])   // the deck built as VARIANTS.site says, once per run; its folder
//   (VARIANTS below lists them; buildVariant runs `npm run build -- --out <dir> …` for one)
//   await waitForOfflineCopy(page)          // the service worker has cached the deck and controls the page
//   const failed = await loadEveryFont(page)   // every @font-face the deck declares, loaded now (e.g. offline)
//
// A host's headers come with tools/serve.ts itself: serveStatic({ root, base, headers: { ... } }).
import type { Page } from 'playwright-chromium'
import { copyFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { singleFileName } from '../../plugins/single-file'
import { PROJECT_ROOT, readDeck } from '../../tools/deck'
import { run } from '../../tools/run'
import { oncePerRun } from './once-per-run'

interface Variant {
  base?: string
  /** DECK_URL for the build; undefined builds without it, whatever the environment says. */
  deckUrl?: string
  /** Print the PDF and og-image (default true). */
  pdf?: boolean
  /**
   * Put the one-file deck beside it, copied from dist/ (default false). The build would make it with a second `slidev
   * build` of 12 s, for file://: nothing in it depends on the base path, so the copy is the file this build would
   * write, but for DECK_URL's QR code on its closing slide. The hosting test serves it; tests/browser/single-file
   * reads the one-file deck itself.
   */
  html?: boolean
}

/** `npm run build -- --out <out> …`: a second built deck next to dist/, with its own options. */
async function buildVariant(out: string, variant: Variant): Promise<void> {
  const args = ['run', '--silent', 'build', '--', '--out', out, '--base', variant.base ?? '/', '--no-html', ...(variant.pdf === false ? ['--no-pdf'] : [])]
  // DECK_URL undefined takes it out of the environment the build gets.
  await run('npm', args, { cwd: PROJECT_ROOT, timeoutMs: 300_000, env: { DECK_URL: variant.deckUrl } })
  if (variant.html) {
    const name = singleFileName(readDeck().head.exportFilename)
    if (!existsSync(join(PROJECT_ROOT, 'dist', name)))
      throw new Error(`No dist/${name} to copy into the variant: build the deck with \`npm run build\` (without --no-html)`)
    copyFileSync(join(PROJECT_ROOT, 'dist', name), join(out, name))
  }
}

/** The base path a static host (GitHub Pages) serves the deck under, and its public URL there. */
export const BASE = '/the-depin-portrait/'
export const SITE = 'https://example.github.io/the-depin-portrait/'

/**
 * The decks besides dist/ that the hosted-deck tests serve. Each is built once per run, by the first test that asks
 * for it, and shared: hosting, offline and QR tests read the same two builds.
 */
const VARIANTS = {
  /** As deployed with DECK_URL: under BASE, with og:url, the QR code, the PDF and the one-file deck. */
  site: { base: BASE, deckUrl: SITE, html: true },
  /** Under BASE without DECK_URL: no og:url, no QR code, and no PDF (the offline test's earlier deploy). */
  bare: { base: BASE, pdf: false },
} satisfies Record<string, Variant>
export type VariantName = keyof typeof VARIANTS

/** The folders of the named VARIANTS, built: each once per run, by the first test file that asks (oncePerRun). */
export async function builtVariants(names: VariantName[]): Promise<string[]> {
  return Promise.all(names.map(name => oncePerRun(`variant-${name}`, async (folder) => {
    await buildVariant(folder, VARIANTS[name])
    return folder
  })))
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
