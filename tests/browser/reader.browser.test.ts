// The reader view of the BUILT deck (dist/reader/), on a 360 x 740 phone in light and dark mode: every slide's title
// and notes, contents links that land on their section, section links that open their slide in the deck, no
// horizontal scroll, axe 0 serious/critical, no request outside the server. And the deck's ways to it: the nav
// button, and the offer a narrow portrait screen gets.
import type { DeckSession, WatchedPage } from '../support/browser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FIRST_PAINT_ID } from '../../plugins/first-paint/html'
import { slideMounted } from '../../seam/slidev'
import { readDeck, typographic } from '../../tools/deck'
import { axeBuilder, blockingLines, formatLines } from '../support/a11y'
import { gotoSlide, openDeckSession, watchedPage } from '../support/browser'

const deck = readDeck()
const PHONE = { width: 360, height: 740 }
const fold = (text: string) => typographic(text)
const noteText = (note: string) => fold(note.replace(/\[click(?::\d+)?\]/gi, '').replace(/[*_`]/g, ''))

describe.each(['light', 'dark'] as const)('the reader view on a phone, %s mode', (mode) => {
  let session: DeckSession
  let watched: WatchedPage
  let readerUrl: string

  beforeAll(async () => {
    session = await openDeckSession()
    watched = await watchedPage(session.browser, { colorScheme: mode })
    await watched.page.setViewportSize(PHONE)
    readerUrl = `${session.server.url}reader/`
    await watched.page.goto(readerUrl, { waitUntil: 'load' })
  })
  afterAll(async () => {
    await session?.close()
  })

  it('shows every slide\'s title, in order, and its notes as a transcript', async () => {
    const { page } = watched
    const titles = await page.locator('main > section > h2').allInnerTexts()
    expect(titles.map(fold)).toEqual(deck.slides.map(slide => fold(`${slide.no}. ${slide.title}`)))
    for (const slide of deck.slides) {
      const transcript = fold(await page.locator(`#slide-${slide.no} .transcript`).innerText())
      expect(transcript).toContain(noteText(slide.note))
    }
  })

  it('fits 360 px: no horizontal scroll', async () => {
    const { scrollWidth, clientWidth } = await watched.page.evaluate(() => {
      const root = document.scrollingElement!
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth }
    })
    expect(clientWidth).toBe(PHONE.width)
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth)
  })

  it(`has no serious or critical axe violation (${mode})`, async () => {
    const scheme = await watched.page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)
    expect(scheme).toBe(mode === 'dark')
    const results = await (await axeBuilder(watched.page)).analyze()
    expect(results.passes.length).toBeGreaterThan(0)
    expect(formatLines(`reader (${mode})`, blockingLines(results.violations))).toEqual([])
    // Contrast axe could not decide is a failure too: AA must be verified.
    expect(results.incomplete.filter(rule => rule.id === 'color-contrast').flatMap(rule => rule.nodes.map(node => node.target.join(' ')))).toEqual([])
  })

  it('makes no request outside the server, and no error', () => {
    expect(watched.externalRequests).toEqual([])
    expect(watched.consoleErrors).toEqual([])
    expect(watched.pageErrors).toEqual([])
  })

  it('takes each contents link to its section', async () => {
    const { page } = watched
    const links = page.locator('nav.toc a')
    expect(await links.count()).toBe(deck.slides.length)
    for (const slide of deck.slides) {
      await links.nth(slide.no - 1).click()
      await page.waitForURL(`${readerUrl}#slide-${slide.no}`)
      const box = await page.locator(`#slide-${slide.no} h2`).boundingBox()
      expect(box, `section ${slide.no}`).not.toBeNull()
      expect(box!.y).toBeGreaterThanOrEqual(-1)
      expect(box!.y).toBeLessThan(PHONE.height)
    }
  })
})

describe('the reader view and the deck', () => {
  let session: DeckSession
  let watched: WatchedPage
  let readerUrl: string

  beforeAll(async () => {
    session = await openDeckSession()
    watched = await watchedPage(session.browser)
    readerUrl = `${session.server.url}reader/`
  })
  afterAll(async () => {
    await session?.close()
  })

  it('links each section to its slide, and the deck shows that slide', async () => {
    const { page } = watched
    await page.goto(readerUrl, { waitUntil: 'load' })
    // Every section's link, resolved as the browser resolves it, opens its slide's route.
    const targets = await page.locator('main > section a[data-slide]').evaluateAll(links => links.map(link => (link as HTMLAnchorElement).href))
    expect(targets).toEqual(deck.slides.map(slide => `${session.server.url}#/${slide.no}`))
    // Followed: the first and the last, each from its own section; the deck shows the slide. (Every route #/N showing
    // slide N is the slide walk's, tests/browser/slides.browser.test.ts.)
    for (const slide of [deck.slides[0]!, deck.slides.at(-1)!]) {
      await page.goto(`${readerUrl}#slide-${slide.no}`, { waitUntil: 'load' })
      await page.locator(`#slide-${slide.no} a[data-slide]`).click()
      await page.waitForURL(`${session.server.url}#/${slide.no}`)
      await page.locator(`#${FIRST_PAINT_ID}`).waitFor({ state: 'detached' })
      const shown = page.locator(`${slideMounted(slide.no)}`).first()
      await shown.waitFor({ state: 'visible' })
      if (slide.title)
        expect(fold(await shown.innerText())).toContain(fold(slide.title))
    }
    expect(watched.externalRequests).toEqual([])
    expect(watched.pageErrors).toEqual([])
  })

  it('is linked from the deck\'s navigation bar', async () => {
    const { page } = watched
    // A wide screen, whatever an earlier test left (the offer below narrows it).
    await page.setViewportSize({ width: 1280, height: 720 })
    await gotoSlide(page, session.server.url, 1)
    const href = await page.locator('[data-reader-link]').getAttribute('href')
    expect(new URL(href!, page.url()).href).toBe(readerUrl)
    // Not offered on a wide screen.
    expect(await page.locator('[data-reader-offer]').count()).toBe(0)
  })

  it('is offered to a narrow portrait screen, and the offer can be dismissed', async () => {
    const { page } = watched
    await page.setViewportSize(PHONE)
    await gotoSlide(page, session.server.url, 2)
    const offer = page.locator('[data-reader-offer]')
    await offer.waitFor({ state: 'visible' })
    const fontSize = await offer.evaluate(element => Number.parseFloat(getComputedStyle(element).fontSize))
    expect(fontSize).toBeGreaterThanOrEqual(16)
    const audit = await (await axeBuilder(page)).include('[data-reader-offer]').analyze()
    expect(audit.passes.length).toBeGreaterThan(0)
    expect(formatLines('reader offer', blockingLines(audit.violations))).toEqual([])
    await offer.getByRole('button', { name: 'Dismiss' }).click()
    await offer.waitFor({ state: 'detached' })
    // Dismissed for the visit; a new visit offers it again, and its link opens the reader.
    await page.evaluate(() => sessionStorage.clear())
    await page.reload()
    await offer.getByRole('link').click()
    await page.waitForURL(readerUrl)
    await page.locator('main > section').first().waitFor()
    expect(watched.externalRequests).toEqual([])
  })
})
