// Offline after one visit (Slidev's `pwa` option): the deck opened once online reloads with the network off and
// shows every slide in its fonts, the presenter view, the PDF download and the reader view. At the site root (dist/)
// and under a base path, where a new deploy must replace the cached deck on the next visit. The service worker asks
// nothing outside the server.
import type { BrowserContext } from 'playwright-chromium'
import type { StaticServer } from '../../tools/serve'
import type { DeckSession, WatchedPage } from '../support/browser'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DOWNLOAD_BUTTON, slideFrame, SLIDEV_DOM } from '../../seam/slidev'
import { loadDeck, readDeck, typographic } from '../../tools/deck'
import { OG_IMAGE_FILE } from '../../tools/head-meta'
import { serveStatic } from '../../tools/serve'
import { gotoSlide, isLocal, launchChromium, openDeckSession, watchedPage } from '../support/browser'
import { BASE, builtVariants, fetchInPage, loadEveryFont, waitForOfflineCopy } from '../support/hosted'

const slides = loadDeck()
const deck = readDeck()
const PDF = `${deck.head.exportFilename}.pdf`

/** Every request the context makes, the service worker's included (Chromium reports those on the context). */
function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = []
  context.on('request', request => urls.push(request.url()))
  return urls
}

/** Opens the reader view (`reader/` under `url`); returns its section titles, one per slide when it is whole. */
async function readerTitles(watched: WatchedPage, url: string): Promise<string[]> {
  await watched.page.goto(`${url}reader/`, { waitUntil: 'load' })
  return (await watched.page.locator('main > section > h2').allInnerTexts()).map(typographic)
}

/** What readerTitles finds on a whole reader view. */
const READER_TITLES = deck.slides.map(slide => typographic(`${slide.no}. ${slide.title}`))

/** The deck's script files (content-hashed names) in a built folder. */
function scripts(root: string): string[] {
  return readdirSync(join(root, 'assets')).filter(file => file.endsWith('.js'))
}

/** Shows every slide (and the presenter view) in turn; returns the slides whose title did not show. */
async function walk(watched: WatchedPage, url: string): Promise<number[]> {
  const wrong: number[] = []
  for (const slide of slides) {
    await gotoSlide(watched.page, url, slide.no)
    const text = await watched.page.locator(`${slideFrame(slide.no)}`).first().innerText()
    if (slide.title && !typographic(text).includes(typographic(slide.title)))
      wrong.push(slide.no)
  }
  await watched.page.goto(`${url}#/presenter/1`)
  await watched.page.locator(`.${SLIDEV_DOM.note}`).first().waitFor()
  return wrong
}

describe('the deck at the site root (dist/), opened once, then offline', () => {
  let session: DeckSession
  let watched: WatchedPage
  let requests: string[]

  beforeAll(async () => {
    session = await openDeckSession()
    watched = await watchedPage(session.browser)
    requests = recordRequests(watched.page.context())
  })
  afterAll(async () => {
    await session?.close()
  })

  // One visit, then offline: steps of one story, so one test (each step needs the one before it).
  it('caches itself on the first visit, then offline shows every slide and the presenter view in its fonts, offers the PDF and og-image, opens the reader, and asks for nothing outside the server', async () => {
    await gotoSlide(watched.page, session.server.url, 1)
    await waitForOfflineCopy(watched.page)

    await watched.page.context().setOffline(true)
    await watched.page.reload({ waitUntil: 'load' })
    expect(await walk(watched, session.server.url)).toEqual([])
    const fonts = await loadEveryFont(watched.page)
    expect(fonts.failed).toEqual([])
    expect(fonts.loaded.some(face => face.startsWith('Inter '))).toBe(true)
    expect(fonts.loaded.some(face => face.startsWith('JetBrains Mono '))).toBe(true)
    // Slidev's offline note is hidden (styles/offline.css): it would lie over the slide, and stay for good here.
    expect(await watched.page.locator(`.${SLIDEV_DOM.pwaIndicator}`).isVisible()).toBe(false)
    expect(watched.pageErrors).toEqual([])
    expect(watched.consoleErrors).toEqual([])

    await gotoSlide(watched.page, session.server.url, 1)
    expect(await fetchInPage(watched.page, PDF)).toEqual({ status: 200, type: 'application/pdf', head: '%PDF-' })
    expect(await fetchInPage(watched.page, OG_IMAGE_FILE)).toMatchObject({ status: 200, type: 'image/png' })
    const [download] = await Promise.all([
      watched.page.waitForEvent('download', { timeout: 15_000 }),
      watched.page.locator(DOWNLOAD_BUTTON).first().click(),
    ])
    expect(await download.failure()).toBeNull()

    expect(await readerTitles(watched, session.server.url)).toEqual(READER_TITLES)
    expect(watched.pageErrors).toEqual([])

    expect(requests.length).toBeGreaterThan(0)
    expect(requests.filter(url => !isLocal(url))).toEqual([])
    expect(watched.externalRequests).toEqual([])
  })
})

describe(`under ${BASE}: offline, then a new deploy replaces the cached deck`, () => {
  // The two deploys (tests/support/hosted.ts VARIANTS, bare then site) differ in what DECK_URL adds: og:url in the
  // head, the QR code on the closing slide, and so the scripts that draw it.
  let first: string
  let second: string
  const marker = 'meta[property="og:url"]'
  let browser: Awaited<ReturnType<typeof launchChromium>>
  let server: StaticServer
  let watched: WatchedPage
  let requests: string[]

  beforeAll(async () => {
    ;[first, second] = await builtVariants(['bare', 'site']) as [string, string]
    server = await serveStatic({ root: first, base: BASE })
    browser = await launchChromium()
    watched = await watchedPage(browser)
    requests = recordRequests(watched.page.context())
  }, 600_000)
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  // A first deploy cached and used offline, then a second one: steps of one story, so one test.
  it('caches itself under the base path and works offline; then shows the new deploy on the next visit and keeps it offline, PDF included; and asks for nothing outside the server', async () => {
    await gotoSlide(watched.page, server.url, 1)
    await waitForOfflineCopy(watched.page)
    expect(await watched.page.locator(marker).count()).toBe(0)
    await watched.page.context().setOffline(true)
    await watched.page.reload({ waitUntil: 'load' })
    expect(await walk(watched, server.url)).toEqual([])
    expect((await loadEveryFont(watched.page)).failed).toEqual([])
    expect(await readerTitles(watched, server.url)).toEqual(READER_TITLES)
    expect(watched.pageErrors).toEqual([])
    expect(watched.consoleErrors).toEqual([])

    // The next deploy.
    await watched.page.context().setOffline(false)
    const port = server.port
    await server.close()
    server = await serveStatic({ root: second, base: BASE, port })
    // The visit starts from the cached deck; its service worker finds the new one, installs it and reloads the page.
    await watched.page.goto(`${server.url}#/1`, { waitUntil: 'load' })
    await expect.poll(() => watched.page.locator(marker).count().catch(() => 0), { timeout: 60_000 }).toBe(1)
    await waitForOfflineCopy(watched.page)
    await watched.page.context().setOffline(true)
    await watched.page.reload({ waitUntil: 'load' })
    expect(await watched.page.locator(marker).count()).toBe(1)
    await gotoSlide(watched.page, server.url, slides.length)
    // The first deploy's scripts that the second has not must not linger in the cache.
    const gone = scripts(first).filter(file => !scripts(second).includes(file))
    expect(gone.length).toBeGreaterThan(0)
    for (const file of gone)
      expect((await fetchInPage(watched.page, `${BASE}assets/${file}`).catch(() => ({ status: 0 }))).status, file).not.toBe(200)
    // The new deploy's PDF (the first one has none: tests/support/hosted.ts VARIANTS).
    expect(await fetchInPage(watched.page, `${BASE}${PDF}`)).toEqual({ status: 200, type: 'application/pdf', head: '%PDF-' })
    expect(watched.pageErrors).toEqual([])

    expect(requests.filter(url => !isLocal(url))).toEqual([])
    expect(watched.externalRequests).toEqual([])
  })
})
