// The QR code to the hosted deck (components/DeckQrCode.vue): built with DECK_URL, the slides that place it show a
// code that decodes to DECK_URL (read from a screenshot, as a phone would), in light and dark mode and in the print
// view, with the URL printed under it at a readable size, also in the PDF. Built without DECK_URL: no code, no box.
import type { Browser, Locator } from 'playwright-chromium'
import type { StaticServer } from '../../tools/serve'
import type { VariantName } from '../support/hosted'
import { Buffer } from 'node:buffer'
import { join } from 'node:path'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { slideFrame, SLIDEV_DOM } from '../../seam/slidev'
import { loadDeck, readDeck } from '../../tools/deck'
import { serveStatic } from '../../tools/serve'
import { gotoSlide, launchChromium, overflowOf, watchedPage } from '../support/browser'
import { BASE, builtVariants, SITE } from '../support/hosted'
import { readPdf, squash } from '../support/pdf'

const deck = readDeck()
/** The slides that place the code (the closing one), found in slides.md. */
const withCode = loadDeck().filter(slide => slide.source.includes('<DeckQrCode')).map(slide => slide.no)

/** Screenshots the element and decodes the QR code in it, as a phone camera would; undefined when none is found. */
async function decodeShown(element: Locator): Promise<string | undefined> {
  const png = PNG.sync.read(Buffer.from(await element.screenshot({ animations: 'disabled' })))
  return jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)?.data
}

/** A shared build (tests/support/hosted.ts VARIANTS), served under its base path, and a browser for it. */
function useVariant(name: VariantName): { browser: Browser, server: StaticServer, dir: string } {
  const state = {} as { browser: Browser, server: StaticServer, dir: string }
  beforeAll(async () => {
    state.dir = (await builtVariants([name]))[0]!
    state.server = await serveStatic({ root: state.dir, base: BASE })
    state.browser = await launchChromium()
  }, 600_000)
  afterAll(async () => {
    await state.browser?.close()
    await state.server?.close()
  })
  return state
}

it('slides.md places the code on at least one slide', () => {
  expect(withCode.length).toBeGreaterThan(0)
})

describe(`built with DECK_URL=${SITE}`, () => {
  const variant = useVariant('site')

  it.each(['light', 'dark'] as const)('shows a code that decodes to DECK_URL, with the URL under it (%s)', async (colorScheme) => {
    const watched = await watchedPage(variant.browser, { colorScheme })
    for (const no of withCode) {
      await gotoSlide(watched.page, variant.server.url, no)
      const slide = `${slideFrame(no)}`
      const svg = watched.page.locator(`${slide} .dp-qr svg`)
      expect(await decodeShown(svg)).toBe(SITE)
      expect(await svg.getAttribute('role')).toBe('img')
      expect(await svg.locator('title').textContent()).toContain(SITE)
      expect(await svg.locator('desc').textContent()).toContain(SITE)
      const caption = watched.page.locator(`${slide} .dp-qr figcaption`)
      expect((await caption.innerText()).trim()).toBe(SITE)
      const fontSize = await caption.evaluate(el => Number.parseFloat(getComputedStyle(el).fontSize))
      expect(fontSize).toBeGreaterThanOrEqual(16)
      expect(await overflowOf(watched.page, no)).toEqual({ outside: [], clipped: [] })
    }
    expect(watched.pageErrors).toEqual([])
    expect(watched.consoleErrors).toEqual([])
    expect(watched.externalRequests).toEqual([])
    await watched.page.context().close()
  })

  it('prints it: the print view shows a code that decodes, and the PDF carries the URL', async () => {
    const watched = await watchedPage(variant.browser)
    await watched.page.goto(`${variant.server.url}?print=true#/print`)
    await watched.page.locator(`.${SLIDEV_DOM.printSlide} .dp-qr svg`).first().waitFor()
    // A box's id is "<slide no>-<click>", zero-padded.
    const boxes = watched.page.locator(`.${SLIDEV_DOM.printSlide}`)
    const ids = await boxes.evaluateAll(els => els.map(el => Number(el.id.split('-')[0])))
    for (const no of withCode)
      expect(await decodeShown(boxes.nth(ids.indexOf(no)).locator('.dp-qr svg'))).toBe(SITE)
    await watched.page.context().close()
    const pdf = await readPdf(join(variant.dir, `${deck.head.exportFilename}.pdf`))
    for (const no of withCode)
      expect(squash(pdf.pages[no - 1]!.text)).toContain(squash(SITE))
  })
})

describe('built without DECK_URL', () => {
  const variant = useVariant('bare')

  it('shows no code and no empty box where it would be', async () => {
    const watched = await watchedPage(variant.browser)
    for (const no of withCode) {
      await gotoSlide(watched.page, variant.server.url, no)
      const slide = watched.page.locator(`${slideFrame(no)}`)
      expect(await slide.locator('.dp-qr').count()).toBe(0)
      expect(await slide.locator('svg title').allTextContents()).not.toContainEqual(expect.stringMatching(/QR/))
      expect(await overflowOf(watched.page, no)).toEqual({ outside: [], clipped: [] })
    }
    expect(watched.pageErrors).toEqual([])
    await watched.page.context().close()
  })
})
