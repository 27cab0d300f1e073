// Shared browser plumbing for *.browser.test.ts: one Chromium from the project's resolver, the built deck served on
// 127.0.0.1, and a page that records console errors, page errors and every request that leaves localhost.
import type { Browser, Page } from 'playwright-chromium'
import type { StaticServer } from '../../tools/serve'
import { chromium } from 'playwright-chromium'
import { afterAll, beforeAll, inject } from 'vitest'
import { FIRST_PAINT_ID } from '../../plugins/first-paint/html'
import { slideFrame, slideMounted, SLIDEV_DOM } from '../../seam/slidev'
import { PROJECT_ROOT } from '../../tools/deck'
import { serveStatic } from '../../tools/serve'

export interface DeckSession {
  browser: Browser
  server: StaticServer
  close: () => Promise<void>
}

export interface WatchedPage {
  page: Page
  consoleErrors: string[]
  pageErrors: string[]
  externalRequests: string[]
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's Chromium (tests/support/global-setup.ts launches it with launchArgs). */
    chromiumEndpoint: string
  }
}

/**
 * A Chromium of one's own: a connection to the run's browser (global setup). Its contexts are its own, and `close()`
 * closes them and disconnects, leaving the browser to the other tests.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.connect(inject('chromiumEndpoint'))
}

export async function openDeckSession(base = '/', root = `${PROJECT_ROOT}dist`): Promise<DeckSession> {
  const server = await serveStatic({ root, base })
  const browser = await launchChromium()
  return {
    browser,
    server,
    close: async () => {
      await browser.close()
      await server.close()
    },
  }
}

export function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:'))
    return true
  const { hostname } = new URL(url)
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]'
}

/** A page that notes everything that must never happen, and aborts requests that leave the machine. */
export async function watchedPage(browser: Browser, options: { colorScheme?: 'light' | 'dark', bypassCSP?: boolean } = {}): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    colorScheme: options.colorScheme ?? 'light',
    // Only for tests that lay out what the exporter lays out: it adds a <style> the deck's policy refuses, as the
    // exporter's own page does (tools/exporter.ts).
    bypassCSP: options.bypassCSP ?? false,
  })
  const page = await context.newPage()
  const watched: WatchedPage = { page, consoleErrors: [], pageErrors: [], externalRequests: [] }
  await page.route('**/*', (route) => {
    const url = route.request().url()
    if (isLocal(url))
      return route.continue()
    watched.externalRequests.push(url)
    return route.abort('blockedbyclient')
  })
  page.on('console', (message) => {
    if (message.type() === 'error')
      watched.consoleErrors.push(message.text())
  })
  page.on('pageerror', error => watched.pageErrors.push(error.message))
  return watched
}

/**
 * Go to slide `no` (1-based) and wait until it is the one shown with its content rendered: Slidev mounts the slide's
 * frame first and its (lazily loaded) content after, so the frame alone can be visible and empty on a busy machine.
 */
export async function gotoSlide(page: Page, baseUrl: string, no: number, clicks?: number): Promise<void> {
  // Hash routing: the query belongs inside the hash.
  const query = clicks === undefined ? '' : `?clicks=${clicks}`
  const target = `${baseUrl}#/${no}${query}`
  // On the same page, going there only changes the hash. The app must be running by then: a page that has loaded may
  // still hold the app back (slide 1 is painted from HTML first), and the app, once it starts, puts back the route it
  // started with. Seen on a busy machine, after a reload: #/23, then #/1 a tenth of a second later. Running means it
  // has drawn its route: a slide (a slide, the presenter view, the overview) or the notes' print page, which has none
  // (waiting for a slide there never ended: found with --sequence.shuffle).
  if (page.url().split('#')[0] === target.split('#')[0]) {
    await page.locator(`#${FIRST_PAINT_ID}`).waitFor({ state: 'detached' })
    await page.locator(`.${SLIDEV_DOM.slideLayout}, #${SLIDEV_DOM.notesPageRoot}`).first().waitFor({ state: 'attached' })
  }
  await page.goto(target, { waitUntil: 'load' })
  // The built index.html's static copy of slide 1 (plugins/first-paint/) carries the same classes as the app's slide:
  // gone first, so that what is found below is the app's own slide.
  await page.locator(`#${FIRST_PAINT_ID}`).waitFor({ state: 'detached' })
  await page.locator(`${slideMounted(no)}`).first().waitFor({ state: 'visible' })
  await page.evaluate(() => document.fonts.ready.then(() => true))
}

export interface OverflowReport {
  /** Elements that reach outside the slide canvas. */
  outside: string[]
  /** Elements whose content is cut off by their own box. */
  clipped: string[]
}

/** Finds what sticks out of slide `no`'s 16:9 canvas, or is clipped inside it. Runs in the page. */
export async function overflowOf(page: Page, no: number): Promise<OverflowReport> {
  // A string body: the test runner's transpiler would otherwise add helpers the page does not have.
  return page.evaluate(`(() => {
    const slide = document.querySelector('${slideFrame(no)}')
    const frame = slide.getBoundingClientRect()
    const name = (el) => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '') + ' "' + (el.textContent || '').trim().slice(0, 40) + '"'
    const outside = []
    const clipped = []
    for (const el of slide.querySelectorAll('*')) {
      const style = getComputedStyle(el)
      if (style.display === 'none' || style.position === 'fixed')
        continue
      const box = el.getBoundingClientRect()
      if (box.width === 0 && box.height === 0)
        continue
      const tol = 1
      if (box.left < frame.left - tol || box.top < frame.top - tol || box.right > frame.right + tol || box.bottom > frame.bottom + tol)
        outside.push(name(el))
      const hides = ['hidden', 'clip', 'auto', 'scroll']
      if ((hides.includes(style.overflowX) && el.scrollWidth > el.clientWidth + tol) || (hides.includes(style.overflowY) && el.scrollHeight > el.clientHeight + tol))
        clipped.push(name(el))
    }
    return { outside, clipped }
  })()`)
}

/**
 * The usual setup of a browser test file, for one describe block: the built deck served, one Chromium, one watched
 * page, all closed after the block.
 *   const deck = useWatchedDeck()      // then deck.watched.page, deck.session.server.url, deck.watched.consoleErrors
 */
export function useWatchedDeck(options: { colorScheme?: 'light' | 'dark' } = {}): { session: DeckSession, watched: WatchedPage } {
  const deck = {} as { session: DeckSession, watched: WatchedPage }
  beforeAll(async () => {
    deck.session = await openDeckSession()
    deck.watched = await watchedPage(deck.session.browser, options)
  })
  afterAll(async () => {
    await deck.session?.close()
  })
  return deck
}
