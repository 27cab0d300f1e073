// Plumbing for the hosted-deck tests (offline copy, QR code, Content-Security-Policy):
//
//   const [site] = await builtVariants(['site'])   // the deck built as VARIANTS.site says, once per run; its folder
//   (VARIANTS below lists them; buildVariant runs `npm run build -- --out <dir> …` for one)
//   await waitForOfflineCopy(page)          // the service worker has cached the deck and controls the page
//   const failed = await loadEveryFont(page)   // every @font-face the deck declares, loaded now (e.g. offline)
//
// A host's headers come with tools/serve.ts itself: serveStatic({ root, base, headers: { ... } }).
import type { Page } from 'playwright-chromium'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { inject } from 'vitest'
import { PROJECT_ROOT } from '../../tools/deck'
import { run } from '../../tools/run'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the browser project's run keeps its built VARIANTS (tests/support/global-setup.ts makes and removes it). */
    variantsDir: string
  }
}

interface Variant {
  base?: string
  /** DECK_URL for the build; undefined builds without it, whatever the environment says. */
  deckUrl?: string
  /** Print the PDF and og-image (default true). */
  pdf?: boolean
  /** Write the one-file deck too (default false: a second build that these tests do not look at). */
  html?: boolean
}

/** `npm run build -- --out <out> …`: a second built deck next to dist/, with its own options. */
async function buildVariant(out: string, variant: Variant): Promise<void> {
  const args = ['run', '--silent', 'build', '--', '--out', out, '--base', variant.base ?? '/', ...(variant.pdf === false ? ['--no-pdf'] : []), ...(variant.html ? [] : ['--no-html'])]
  // DECK_URL undefined takes it out of the environment the build gets.
  await run('npm', args, { cwd: PROJECT_ROOT, timeoutMs: 300_000, env: { DECK_URL: variant.deckUrl } })
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

/**
 * The folders of the named VARIANTS, built. The first test file of the run to ask for one builds it (a lock folder
 * says who); the others wait for its `.built` or `.failed` mark. Several are built at the same time.
 */
export async function builtVariants(names: VariantName[], timeoutMs = 600_000): Promise<string[]> {
  const dir = inject('variantsDir')
  const outOf = (name: VariantName) => join(dir, name)
  const mark = (name: VariantName, kind: 'built' | 'failed') => join(dir, `${name}.${kind}`)
  await Promise.all(names.map(async (name) => {
    let mine = true
    try {
      mkdirSync(join(dir, `${name}.lock`))
    }
    catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
        throw error
      mine = false
    }
    if (mine) {
      try {
        await buildVariant(outOf(name), VARIANTS[name])
        writeFileSync(mark(name, 'built'), '')
      }
      catch (error) {
        writeFileSync(mark(name, 'failed'), String((error as Error).message))
        throw error
      }
      return
    }
    const deadline = Date.now() + timeoutMs
    while (!existsSync(mark(name, 'built'))) {
      if (existsSync(mark(name, 'failed')))
        throw new Error(`The build of variant "${name}" failed in another test file:\n${readFileSync(mark(name, 'failed'), 'utf8')}`)
      if (Date.now() > deadline)
        throw new Error(`Variant "${name}" was not built within ${timeoutMs / 1000} s (${outOf(name)})`)
      await new Promise(resolve => setTimeout(resolve, 250))
    }
  }))
  return names.map(outOf)
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
