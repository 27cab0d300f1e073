// The deck as one HTML file (`npm run export:html`; `npm run build` writes it into dist/): opened from file:// as a
// double-click opens it, in Chromium and in Debian's firefox-esr, it presents every slide and click step, follows in
// a presenter window of the same file, and never asks for anything but the file itself.
import type { BrowserContext, Page } from 'playwright-chromium'
import type { FirefoxSession } from '../support/firefox'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { singleFileName } from '../../plugins/single-file'
import { DOWNLOAD_BUTTON, PRESENTER_NOTES, PRESENTER_TIMER, QUICK_OVERVIEW, slideMounted, SLIDEV_DOM } from '../../seam/slidev'
import { loadDeck, PROJECT_ROOT, readDeck } from '../../tools/deck'
import { launchChromium } from '../support/browser'
import { clickSteps, deckFacts, slideNoOf } from '../support/built-deck'
import { firefoxPath, openFirefox } from '../support/firefox'

const slides = loadDeck()
const FILE = join(PROJECT_ROOT, 'dist', singleFileName(readDeck().head.exportFilename))
const FILE_URL = pathToFileURL(FILE).href
const VIEWPORT = { width: 1280, height: 720 }
// Slides that Firefox must show as Chromium does (issue 18): the title, the architecture diagram, the sector map.
const COMPARED = [1, 10, 12].filter(no => no <= slides.length)
/** pixelmatch's per-pixel colour threshold, and the share of pixels that may still differ (text anti-aliasing). */
const PIXEL_THRESHOLD = 0.1
const MAX_DIFFERENT = 0.02
const OUT = join(PROJECT_ROOT, 'test-results', 'single-file')

/** A page expression: slide `no` is mounted, nothing is loading, and the fonts are in. */
function shown(no: number): string {
  return `!!document.querySelector('#${SLIDEV_DOM.slideContent} ${slideMounted(no)}') && !document.querySelector('.${SLIDEV_DOM.slideLoading}') && document.fonts.status === 'loaded'`
}

interface Watched { errors: string[], requests: string[] }

function watch(context: BrowserContext, page: Page, watched: Watched): void {
  page.on('console', (message) => {
    if (message.type() === 'error')
      watched.errors.push(`${page.url()}: ${message.text()}`)
  })
  page.on('pageerror', error => watched.errors.push(`${page.url()}: ${error.message}`))
  context.on('request', (request) => {
    if (!/^(?:file|data|blob):/.test(request.url()))
      watched.requests.push(request.url())
  })
}

describe('the deck as one HTML file, from file://', () => {
  let browser: Awaited<ReturnType<typeof launchChromium>>
  let context: BrowserContext
  const watched: Watched = { errors: [], requests: [] }

  beforeAll(async () => {
    expect(existsSync(FILE), `${FILE}: npm run build writes it`).toBe(true)
    browser = await launchChromium()
    context = await browser.newContext({ viewport: VIEWPORT })
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('walks every slide and click step by key, as the hosted deck does', async () => {
    const page = await context.newPage()
    watch(context, page, watched)
    const fromFile = await clickSteps(page, FILE_URL, slides.length)
    expect(fromFile).toEqual((await deckFacts()).clicks)
    expect(watched.errors).toEqual([])
    expect(watched.requests).toEqual([])
    await page.close()
  })

  // Slidev's presenter window drives (a window of file:// is no trusted origin, so the audience's own keys stay its
  // own): what the presenter steps through, the audience window of the same file shows.
  it('keeps an audience window of the same file in step with the presenter window, which has notes, timer and pace', async () => {
    const audience = await context.newPage()
    const presenter = await context.newPage()
    watch(context, audience, watched)
    watch(context, presenter, watched)
    await audience.goto(`${FILE_URL}#/1`)
    await audience.locator(`#${SLIDEV_DOM.slideContent} ${slideMounted(1)}`).waitFor()
    await presenter.goto(`${FILE_URL}#/presenter/1`)
    await presenter.locator(PRESENTER_NOTES).first().waitFor()
    await presenter.locator(PRESENTER_TIMER).first().waitFor()
    await presenter.locator('[data-pace]').first().waitFor()
    const at = (page: Page) => JSON.stringify(slideNoOf(page.url()))
    const seen = new Set<string>()
    for (let step = 0; step < 6; step++) {
      await presenter.keyboard.press('ArrowRight')
      await expect.poll(() => at(audience), { timeout: 5000 }).toBe(at(presenter))
      seen.add(at(audience))
    }
    expect(seen.size, 'the presenter moved on').toBeGreaterThan(1)
    const { no } = slideNoOf(presenter.url())!
    await audience.locator(`#${SLIDEV_DOM.slideContent} ${slideMounted(no)}`).waitFor()
    const opening = slides[no - 1]!.note.replace(/[*_`#>[\]()]/g, '').split(/\s+/).filter(Boolean).slice(0, 3).join(' ')
    expect(opening).not.toBe('')
    await expect.poll(async () => (await presenter.locator(PRESENTER_NOTES).first().innerText()).replace(/\s+/g, ' ')).toContain(opening)
    expect(watched.errors).toEqual([])
    expect(watched.requests).toEqual([])
    await audience.close()
    await presenter.close()
  })

  it('has dark mode and the overview, and no link to a reader or a PDF it does not hold', async () => {
    const dark = await browser.newContext({ viewport: VIEWPORT, colorScheme: 'dark' })
    const page = await dark.newPage()
    const own: Watched = { errors: [], requests: [] }
    watch(dark, page, own)
    await page.goto(`${FILE_URL}#/2`)
    await page.waitForFunction(shown(2))
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true)
    await page.keyboard.press('o')
    await page.locator(QUICK_OVERVIEW).waitFor({ state: 'visible' })
    // Built without DECK_URL (npm test): no reader beside the file, so no link and no offer.
    expect(await page.locator('[data-reader-link]').count()).toBe(0)
    expect(await page.locator('[data-html-download]').count()).toBe(0)
    // Slidev's PDF button is in the bar, hidden: the file has no PDF beside it.
    expect(await page.locator(DOWNLOAD_BUTTON).count()).toBeGreaterThan(0)
    expect(await page.locator(DOWNLOAD_BUTTON).first().isVisible()).toBe(false)
    expect(own.errors).toEqual([])
    expect(own.requests).toEqual([])
    await dark.close()
  })
})

const firefox = firefoxPath()
if (!firefox)
  console.warn('single-file: no firefox-esr here (.ci/run installs it; or set FIREFOX_PATH): the Firefox check is skipped')

describe.skipIf(!firefox)('the one HTML file in Firefox (firefox-esr, headless; skipped where it is absent)', () => {
  let session: FirefoxSession
  beforeAll(async () => {
    session = await openFirefox(firefox!)
  })
  afterAll(async () => {
    await session?.close()
  })

  it.each(COMPARED)('shows slide %i as Chromium does', async (no) => {
    const url = `${FILE_URL}#/${no}`
    const fromFirefox = PNG.sync.read(await session.screenshot(url, VIEWPORT, shown(no)))
    const browser = await launchChromium()
    let fromChromium: PNG
    try {
      const page = await browser.newPage({ viewport: VIEWPORT })
      await page.goto(url)
      await page.waitForFunction(shown(no))
      await page.evaluate(() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done))))
      fromChromium = PNG.sync.read(await page.screenshot())
    }
    finally {
      await browser.close()
    }
    expect([fromFirefox.width, fromFirefox.height]).toEqual([fromChromium.width, fromChromium.height])
    const diff = new PNG({ width: fromChromium.width, height: fromChromium.height })
    const different = pixelmatch(fromChromium.data, fromFirefox.data, diff.data, diff.width, diff.height, { threshold: PIXEL_THRESHOLD })
    const share = different / (diff.width * diff.height)
    if (share > MAX_DIFFERENT) {
      mkdirSync(OUT, { recursive: true })
      for (const [name, png] of [['chromium', fromChromium], ['firefox', fromFirefox], ['diff', diff]] as const)
        writeFileSync(join(OUT, `slide-${no}-${name}.png`), PNG.sync.write(png))
    }
    expect(share, `slide ${no}: ${(share * 100).toFixed(2)}% of pixels differ (pictures in ${OUT})`).toBeLessThanOrEqual(MAX_DIFFERENT)
  })
})
