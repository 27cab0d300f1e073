// Visual regression: every slide at its last click step (the print view shows them so), light and dark, the
// presenter view, the phone view (`npm run present`) and the reader view at 360 px, compared with the baselines in tests/visual/baselines/ at a stated
// tolerance (tests/support/visual.ts). On a difference the test names the picture and writes expected, actual and
// diff pictures under test-results/visual/. `npm run test:visual -- --update` rewrites the baselines.
//
// For stable pictures: the bundled fonts (no system font is used), font hinting off, animations and transitions off,
// the fonts loaded before each picture, and the presenter's running clock masked.
import type { Browser, BrowserContext } from 'playwright-chromium'
import type { DeckSession } from '../support/browser'
import { chromium } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PRESENTER_NOTES, PRESENTER_TIMER, SLIDEV_DOM } from '../../seam/slidev'
import { launchArgs, resolveBrowser } from '../../tools/browser'
import { loadDeck, readDeck } from '../../tools/deck'
import { printViewReady } from '../../tools/exporter'
import { startPresent } from '../../tools/present-session'
import { openDeckSession } from '../support/browser'
import { mismatch, recordChromium, updating, visualCheck } from '../support/visual'

const slides = loadDeck()
const { canvas } = readDeck()
// Hinting off and sRGB: the same glyph outlines and colours from run to run.
const VISUAL_ARGS = [...launchArgs, '--font-render-hinting=none', '--force-color-profile=srgb', '--disable-lcd-text']

const browser: Browser = await chromium.launch({ executablePath: resolveBrowser().path, args: VISUAL_ARGS })
const version = browser.version()
const why = updating() ? undefined : mismatch(version)
if (why)
  console.warn(`visual: skipped: ${why}`)

async function settled(context: BrowserContext) {
  const page = await context.newPage()
  await page.emulateMedia({ reducedMotion: 'reduce' })
  return page
}

describe.skipIf(Boolean(why))('what the deck looks like, against its baselines', () => {
  let session: DeckSession
  beforeAll(async () => {
    session = await openDeckSession()
    if (updating())
      recordChromium(version)
  })
  afterAll(async () => {
    await session?.close()
    await browser.close()
  })

  it.each(['light', 'dark'] as const)('every slide at its last click step, %s', async (mode) => {
    const context = await browser.newContext({ viewport: { width: canvas.width, height: canvas.height * slides.length }, colorScheme: mode, reducedMotion: 'reduce' })
    try {
      const page = await settled(context)
      await page.goto(`${session.server.url}?print=true#/print`, { waitUntil: 'domcontentloaded' })
      const ready = printViewReady(slides.length)
      await expect.poll(() => page.evaluate(ready), { timeout: 120_000, interval: 100 }).toBe(true)
      await page.evaluate(() => document.fonts.ready.then(() => true))
      const boxes = page.locator(`.${SLIDEV_DOM.printSlide}`)
      expect(await boxes.count()).toBe(slides.length)
      const results = []
      for (const slide of slides) {
        const png = await boxes.nth(slide.no - 1).screenshot({ animations: 'disabled', caret: 'hide' })
        results.push(visualCheck(`slide-${String(slide.no).padStart(2, '0')}-${mode}`, png))
      }
      expect(results.filter(result => !result.ok).map(result => result.message)).toEqual([])
    }
    finally {
      await context.close()
    }
  })

  it('the presenter view', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme: 'light', reducedMotion: 'reduce' })
    try {
      const page = await settled(context)
      await page.goto(`${session.server.url}#/presenter/1`, { waitUntil: 'load' })
      await page.locator(PRESENTER_NOTES).first().waitFor()
      await page.waitForFunction(loading => !document.querySelector(loading), `.${SLIDEV_DOM.slideLoading}`)
      await page.evaluate(() => document.fonts.ready.then(() => true))
      const png = await page.screenshot({ animations: 'disabled', caret: 'hide', mask: [page.locator(PRESENTER_TIMER)] })
      const result = visualCheck('presenter-light', png)
      expect(result.ok, result.message).toBe(true)
    }
    finally {
      await context.close()
    }
  })

  it('the phone view (npm run present), 390x844', async () => {
    const present = await startPresent({ password: 'visual-baseline' })
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme: 'light', reducedMotion: 'reduce' })
    try {
      const page = await settled(context)
      await page.goto(present.phoneUrl)
      await page.getByRole('button', { name: 'Next', exact: true }).waitFor({ timeout: 90_000 })
      await page.evaluate(() => document.fonts.ready.then(() => true))
      const png = await page.screenshot({ animations: 'disabled', caret: 'hide' })
      const result = visualCheck('phone-light', png)
      expect(result.ok, result.message).toBe(true)
    }
    finally {
      await context.close()
      await present.stop()
    }
  }, 240_000)

  it('the reader view at 360 px', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, colorScheme: 'light', reducedMotion: 'reduce' })
    try {
      const page = await settled(context)
      await page.goto(`${session.server.url}reader/`, { waitUntil: 'load' })
      await page.evaluate(() => document.fonts.ready.then(() => true))
      const png = await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' })
      const result = visualCheck('reader-360-light', png)
      expect(result.ok, result.message).toBe(true)
    }
    finally {
      await context.close()
    }
  })
})
