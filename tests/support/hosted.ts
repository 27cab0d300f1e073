// Plumbing for the hosted-deck tests (offline copy, QR code, Content-Security-Policy):
//
//   await buildVariant(out, { base: '/x/', deckUrl: 'https://…/', pdf: false })   // `npm run build` into out
//   await waitForOfflineCopy(page)          // the service worker has cached the deck and controls the page
//   const failed = await loadEveryFont(page)   // every @font-face the deck declares, loaded now (e.g. offline)
//
// A host's headers come with tools/serve.ts itself: serveStatic({ root, base, headers: { ... } }).
import type { Page } from 'playwright-chromium'
import { PROJECT_ROOT } from '../../tools/deck'
import { run } from '../../tools/run'

export interface Variant {
  base?: string
  /** DECK_URL for the build; undefined builds without it, whatever the environment says. */
  deckUrl?: string
  /** Print the PDF and og-image (default true). */
  pdf?: boolean
  /** Write the one-file deck too (default false: a second build that these tests do not look at). */
  html?: boolean
}

/** `npm run build -- --out <out> …`: a second built deck next to dist/, with its own options. */
export async function buildVariant(out: string, variant: Variant): Promise<void> {
  const args = ['run', '--silent', 'build', '--', '--out', out, '--base', variant.base ?? '/', ...(variant.pdf === false ? ['--no-pdf'] : []), ...(variant.html ? [] : ['--no-html'])]
  // DECK_URL undefined takes it out of the environment the build gets.
  await run('npm', args, { cwd: PROJECT_ROOT, timeoutMs: 300_000, env: { DECK_URL: variant.deckUrl } })
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
