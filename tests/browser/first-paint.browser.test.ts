// Slide 1 painted from HTML (plugins/first-paint/): the built index.html shows the title slide with no
// script at all, exactly where the app then draws it; the app takes the copy away with no layout shift; a deep link
// never shows it.
import type { Browser, Page } from 'playwright-chromium'
import type { DeckSession } from '../support/browser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { READER_OFFER, STATIC_READER_OFFER_ID } from '../../logic/reader-offer'
import { FIRST_PAINT_ID } from '../../plugins/first-paint/html'
import { slideFrame, SLIDEV_DOM } from '../../seam/slidev'
import { loadDeck, typographic } from '../../tools/deck'
import { gotoSlide, openDeckSession, watchedPage } from '../support/browser'

const slides = loadDeck()
const title = slides[0]!.title!
const COPY_TITLE = `#${FIRST_PAINT_ID} h1`
const APP_TITLE = `#${SLIDEV_DOM.slideContent} ${slideFrame(1)} h1`
const VIEWPORTS = [{ width: 1280, height: 720 }, { width: 412, height: 823 }, { width: 800, height: 800 }]
// A deep link to a slide that is not the first: the one in the middle of the deck.
const DEEP = slides[Math.floor(slides.length / 2)]!.no

// Before any script of the page: sums layout shifts, and notes every frame (and DOM change) in which the copy of
// slide 1 is on screen with its title visible, and where the static reader offer is while it is visible.
const WATCH = `(() => {
  window.__fp = { shift: 0, seen: 0, samples: 0, moved: [], offer: null, offerSeen: 0 }
  new PerformanceObserver(list => { for (const e of list.getEntries()) { window.__fp.shift += e.value; window.__fp.moved.push(...e.sources.map(s => { const el = s.node && (s.node.nodeType === 1 ? s.node : s.node.parentElement); return el && el.closest('[data-reader-offer], #${STATIC_READER_OFFER_ID}') ? 'reader offer' : String(el && el.className) })) } })
    .observe({ type: 'layout-shift', buffered: true })
  // Until the copy's stylesheet (render-blocking, in <head>) is in, nothing is painted: a look then sees unstyled markup.
  const look = () => {
    if (![...document.styleSheets].some(sheet => (sheet.href || '').includes('/first-paint.css'))) return
    window.__fp.samples++
    const h1 = document.querySelector('#${FIRST_PAINT_ID} h1')
    if (h1 && h1.checkVisibility() && h1.getBoundingClientRect().width > 0) window.__fp.seen++
    const offer = document.getElementById('${STATIC_READER_OFFER_ID}')
    if (offer && offer.checkVisibility()) {
      window.__fp.offerSeen++
      const box = offer.getBoundingClientRect()
      window.__fp.offer = { x: box.x, y: box.y, width: box.width, height: box.height }
    }
  }
  new MutationObserver(look).observe(document, { childList: true, subtree: true, attributes: true })
  // Every frame until the copy and the static offer are gone for good (a loop that never ends keeps Chromium drawing).
  const frame = () => {
    look()
    const gone = document.readyState === 'complete' && !document.getElementById('${FIRST_PAINT_ID}') && !document.getElementById('${STATIC_READER_OFFER_ID}')
    if (!gone) requestAnimationFrame(frame)
  }
  requestAnimationFrame(frame)
})()`

async function titleBox(page: Page, selector: string) {
  const box = await page.locator(selector).boundingBox()
  expect(box, `${selector} has no box`).not.toBeNull()
  return box!
}

describe('slide 1 painted from HTML', () => {
  let session: DeckSession
  let browser: Browser

  beforeAll(async () => {
    session = await openDeckSession()
    browser = session.browser
  })
  afterAll(async () => {
    await session?.close()
  })

  it.each(VIEWPORTS)('shows the title with JavaScript off where the app draws it; the app takes the copy away with no layout shift and no error ($width x $height)', async (viewport) => {
    const off = await browser.newContext({ viewport, javaScriptEnabled: false })
    const page = await off.newPage()
    await page.goto(`${session.server.url}#/1`, { waitUntil: 'load' })
    await page.evaluate(() => document.fonts.ready.then(() => true)).catch(() => {})
    const heading = page.locator(COPY_TITLE)
    await expect.poll(() => heading.isVisible()).toBe(true)
    expect(typographic(await heading.innerText())).toBe(typographic(title))
    const staticBox = await titleBox(page, COPY_TITLE)
    await off.close()

    const watched = await watchedPage(browser)
    await watched.page.setViewportSize(viewport)
    await watched.page.addInitScript(WATCH)
    await gotoSlide(watched.page, session.server.url, 1)
    await watched.page.locator(`#${FIRST_PAINT_ID}`).waitFor({ state: 'detached' })
    const seen = await watched.page.evaluate('window.__fp') as { shift: number, seen: number }
    expect(seen.seen, 'the copy was never visible before the app took over').toBeGreaterThan(0)
    expect(seen.shift, JSON.stringify(seen)).toBe(0)
    expect(await watched.page.locator(`#${SLIDEV_DOM.slideContent} h1`).first().innerText()).toBe(await watched.page.locator(APP_TITLE).innerText())
    const appBox = await titleBox(watched.page, APP_TITLE)
    for (const key of ['x', 'y', 'width', 'height'] as const)
      expect(Math.abs(staticBox[key] - appBox[key]), `${key}: static ${staticBox[key]}, app ${appBox[key]}`).toBeLessThanOrEqual(2)
    expect(watched.pageErrors).toEqual([])
    expect(watched.consoleErrors).toEqual([])
    await watched.page.context().close()
  })

  it('asks for the app\'s scripts and stylesheets only once the copy, in its fonts, is painted', async () => {
    const watched = await watchedPage(browser)
    await gotoSlide(watched.page, session.server.url, 1)
    const entries = await watched.page.evaluate(() => {
      const fonts = [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]')].map(link => link.href)
      const painted = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.POSITIVE_INFINITY
      return { painted, resources: performance.getEntriesByType('resource').map(entry => ({
        name: entry.name,
        start: entry.startTime,
        end: (entry as PerformanceResourceTiming).responseEnd,
        copy: fonts.includes(entry.name) || entry.name.endsWith('/first-paint.css'),
      })) }
    })
    // The first fetch of each (the app's own @font-face rules ask for the same font files again later).
    const copy = entries.resources.filter((entry, index, all) => entry.copy && all.findIndex(other => other.name === entry.name) === index)
    const app = entries.resources.filter(entry => /\/assets\/.+\.(?:js|css)$/.test(entry.name))
    expect(copy.length, 'the copy\'s stylesheet and fonts').toBeGreaterThan(1)
    expect(app.length, 'the app\'s scripts and stylesheets').toBeGreaterThan(0)
    expect(entries.painted).toBeLessThan(Number.POSITIVE_INFINITY)
    const copyDone = Math.max(entries.painted, ...copy.map(entry => entry.end))
    expect(app.filter(entry => entry.start < copyDone).map(entry => `${entry.name} at ${entry.start} ms, before ${copyDone} ms`)).toEqual([])
    await watched.page.context().close()
  })

  // Slidev's own controls may still move by a hair there when the app's fonts swap in (CLS under 0.0001, no copy to
  // cover them on a deep link); the offer, ours, waits for its fonts.
  it('paints the reader offer from HTML on a narrow portrait screen, where the app\'s then stands, never moved', async () => {
    const watched = await watchedPage(browser)
    await watched.page.setViewportSize(VIEWPORTS[1]!)
    await watched.page.addInitScript(WATCH)
    await gotoSlide(watched.page, session.server.url, DEEP)
    const app = watched.page.locator('[data-reader-offer]')
    await app.waitFor({ state: 'visible' })
    await watched.page.locator(`#${STATIC_READER_OFFER_ID}`).waitFor({ state: 'detached' })
    const seen = await watched.page.evaluate('window.__fp') as { samples: number, moved: string[], offerSeen: number, offer: Record<'x' | 'y' | 'width' | 'height', number> }
    expect(seen.samples).toBeGreaterThan(0)
    expect(seen.offerSeen, 'the static offer was never visible before the app\'s').toBeGreaterThan(0)
    expect(seen.moved).not.toContain('reader offer')
    const box = (await app.boundingBox())!
    for (const key of ['x', 'y', 'width', 'height'] as const)
      expect(Math.abs(seen.offer[key] - box[key]), `${key}: static ${seen.offer[key]}, app ${box[key]}`).toBeLessThanOrEqual(1)
    expect(watched.pageErrors).toEqual([])
    await watched.page.context().close()
  })

  it('shows the static reader offer with JavaScript off on a narrow portrait screen only, linking to the reader', async () => {
    for (const [viewport, shown] of [[VIEWPORTS[1]!, true], [VIEWPORTS[0]!, false], [VIEWPORTS[2]!, false]] as const) {
      const off = await browser.newContext({ viewport, javaScriptEnabled: false })
      const page = await off.newPage()
      await page.goto(`${session.server.url}#/${DEEP}`, { waitUntil: 'load' })
      const offer = page.locator(`#${STATIC_READER_OFFER_ID}`)
      expect(await offer.isVisible(), `${viewport.width}x${viewport.height}`).toBe(shown)
      if (shown) {
        expect(await offer.getByRole('link', { name: READER_OFFER.link }).getAttribute('href')).toBe('/reader/')
        const fontSize = await offer.evaluate(element => Number.parseFloat(getComputedStyle(element).fontSize))
        expect(fontSize).toBeGreaterThanOrEqual(16)
      }
      await off.close()
    }
  })

  it('keeps the static reader offer off other views, and its Dismiss works before the app is there', async () => {
    const watched = await watchedPage(browser)
    await watched.page.setViewportSize(VIEWPORTS[1]!)
    await watched.page.addInitScript(WATCH)
    for (const route of ['#/presenter/1', `#/${DEEP}?embedded=true`]) {
      // A new document each time (a change of the hash alone would not run the page's script again).
      await watched.page.goto('about:blank')
      await watched.page.goto(`${session.server.url}${route}`, { waitUntil: 'load' })
      await watched.page.locator(`#${STATIC_READER_OFFER_ID}`).waitFor({ state: 'detached' })
      expect((await watched.page.evaluate('window.__fp') as { offerSeen: number }).offerSeen, route).toBe(0)
    }
    // Without the app (its entry script refused), the static bar is all there is: Dismiss takes it away for the visit.
    await watched.page.route(/\/assets\/index-[\w-]+\.js$/, route => route.abort())
    await watched.page.goto('about:blank')
    await watched.page.goto(`${session.server.url}#/${DEEP}`, { waitUntil: 'load' })
    const offer = watched.page.locator(`#${STATIC_READER_OFFER_ID}`)
    await offer.getByRole('button', { name: READER_OFFER.dismiss }).click()
    await offer.waitFor({ state: 'detached' })
    await watched.page.reload({ waitUntil: 'load' })
    expect(await offer.isVisible()).toBe(false)
    await watched.page.evaluate(() => sessionStorage.clear())
    await watched.page.reload({ waitUntil: 'load' })
    expect(await offer.isVisible()).toBe(true)
    await watched.page.context().close()
  })

  for (const route of [`#/${DEEP}`, '#/presenter/1', '#/overview']) {
    it(`never shows the title slide on a deep link (${route})`, async () => {
      const watched = await watchedPage(browser)
      await watched.page.addInitScript(WATCH)
      await watched.page.goto(`${session.server.url}${route}`, { waitUntil: 'load' })
      if (route === `#/${DEEP}`)
        await gotoSlide(watched.page, session.server.url, DEEP)
      await watched.page.locator(`#${FIRST_PAINT_ID}`).waitFor({ state: 'detached' })
      const seen = await watched.page.evaluate('window.__fp') as { seen: number, samples: number }
      expect(seen.samples).toBeGreaterThan(0)
      expect(seen.seen).toBe(0)
      expect(watched.pageErrors).toEqual([])
      await watched.page.context().close()
    })
  }
})
