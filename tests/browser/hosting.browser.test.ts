// The deck as a static host serves it under a base path (GitHub Pages: /<repo>/): the `site` variant, built once per
// run with `npm run build -- --base ... --out <tmp>` and DECK_URL (tests/support/hosted.ts). Every slide, the PDF download, the favicon and og:image must load
// with no 404 and no request outside the server.
import type { DeckSession, WatchedPage } from '../support/browser'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DOWNLOAD_BUTTON, slideFrame, slideMounted, SLIDEV_DOM } from '../../seam/slidev'
import { loadDeck, readDeck, typographic } from '../../tools/deck'
import { OG_IMAGE_FILE, OG_IMAGE_WIDTH } from '../../tools/head-meta'
import { gotoSlide, openDeckSession, watchedPage } from '../support/browser'
import { BASE, builtVariants, SITE } from '../support/hosted'

const slides = loadDeck()
const deck = readDeck()

describe(`the deck built with --base ${BASE}`, () => {
  let out: string
  let session: DeckSession
  let watched: WatchedPage
  const failed: string[] = []

  beforeAll(async () => {
    out = (await builtVariants(['site']))[0]!
    session = await openDeckSession(BASE, out)
    watched = await watchedPage(session.browser)
    watched.page.on('response', (response) => {
      if (response.status() >= 400)
        failed.push(`${response.status()} ${response.url()}`)
    })
  }, 600_000)
  afterAll(async () => {
    await session?.close()
  })

  it('loads every slide under the base path, with zero 404s', async () => {
    for (const slide of slides) {
      await gotoSlide(watched.page, session.server.url, slide.no)
      if (slide.title) {
        const text = await watched.page.locator(`${slideFrame(slide.no)}`).first().innerText()
        expect(typographic(text)).toContain(typographic(slide.title))
      }
    }
    // Presenter and overview are routes of the same page: they must load too.
    await watched.page.goto(`${session.server.url}#/presenter/1`)
    await watched.page.locator(`.${SLIDEV_DOM.note}`).first().waitFor()
    await watched.page.goto(`${session.server.url}#/overview`)
    await watched.page.locator(`.${SLIDEV_DOM.slidePage}`).first().waitFor()
    expect(session.server.misses).toEqual([])
    expect(failed).toEqual([])
    expect(watched.externalRequests).toEqual([])
    expect(watched.pageErrors).toEqual([])
  })

  it('puts every asset under the base path', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8')
    const urls = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map(match => match[1]!)
    expect(urls.length).toBeGreaterThan(0)
    expect(urls.filter(url => url.startsWith('/') && !url.startsWith(BASE))).toEqual([])
  })

  it('offers the PDF as a download, served from the base path', async () => {
    await gotoSlide(watched.page, session.server.url, 1)
    const [download] = await Promise.all([
      watched.page.waitForEvent('download', { timeout: 15_000 }),
      watched.page.locator(DOWNLOAD_BUTTON).first().click(),
    ])
    expect(new URL(download.url()).pathname).toBe(`${BASE}${deck.head.exportFilename}.pdf`)
    const response = await watched.page.request.get(download.url())
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('application/pdf')
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('offers the deck as one HTML file beside the PDF, served from the base path', async () => {
    await gotoSlide(watched.page, session.server.url, 1)
    const link = watched.page.locator('[data-html-download]')
    expect(await link.getAttribute('download')).not.toBeNull()
    const url = new URL((await link.getAttribute('href'))!, watched.page.url())
    expect(url.pathname).toBe(`${BASE}${deck.head.exportFilename}.html`)
    const response = await watched.page.request.get(url.href)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toMatch(/^text\/html/)
    // The one file: no script or stylesheet of its own outside it.
    expect(await response.text()).not.toMatch(/<script[^>]+src=|<link[^>]+rel="stylesheet"/)
  })

  it('has a title, a favicon, a clean description and social tags with the title slide as image', async () => {
    await gotoSlide(watched.page, session.server.url, 1)
    const meta = async (selector: string) => watched.page.locator(selector).first().getAttribute('content')
    expect(await watched.page.title()).toBe(deck.head.title)
    const description = await meta('meta[name="description"]')
    expect(description).toBe(deck.head.description)
    expect(description).not.toMatch(/["\n]|\\n/)
    expect(await meta('meta[property="og:title"]')).toBe(deck.head.title)
    expect(await meta('meta[property="og:description"]')).toBe(deck.head.description)
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image')
    const image = await meta('meta[property="og:image"]')
    expect(image).toBe(`${SITE}${OG_IMAGE_FILE}`)

    // The image itself, fetched from the local server at the same path.
    const local = `${session.server.url}${OG_IMAGE_FILE}`
    const png = await watched.page.request.get(local)
    expect(png.status()).toBe(200)
    const header = (await png.body()).subarray(0, 24)
    expect(header.readUInt32BE(16)).toBe(OG_IMAGE_WIDTH)
    expect(String(header.readUInt32BE(20))).toBe(await meta('meta[property="og:image:height"]'))

    const icon = await watched.page.locator('link[rel="icon"]').first().getAttribute('href')
    expect(icon).toBeTruthy()
    const favicon = await watched.page.request.get(new URL(icon!, watched.page.url()).href)
    expect(favicon.status()).toBe(200)
  })

  it('serves the reader view under the base path, linking back to the deck\'s slides', async () => {
    const { page } = watched
    await page.goto(`${session.server.url}reader/`, { waitUntil: 'load' })
    expect(await page.locator('main > section').count()).toBe(deck.slides.length)
    const icon = await page.locator('link[rel="icon"]').getAttribute('href')
    expect((await page.request.get(new URL(icon!, page.url()).href)).status()).toBe(200)
    const last = deck.slides.at(-1)!
    await page.locator(`#slide-${last.no} a[data-slide]`).click()
    await page.waitForURL(`${session.server.url}#/${last.no}`)
    await page.locator(`${slideMounted(last.no)}`).first().waitFor({ state: 'visible' })
    const reader = await page.locator('[data-reader-link]').getAttribute('href')
    expect(new URL(reader!, page.url()).pathname).toBe(`${BASE}reader/`)
    expect(session.server.misses).toEqual([])
    expect(failed).toEqual([])
    expect(watched.externalRequests).toEqual([])
  })
})
