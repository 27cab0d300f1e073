// The deck can be driven by the keyboard alone (Slidev 52's shortcuts, client/setup/shortcuts.ts): the test only
// presses keys and reads where the deck went.
import type { Page } from 'playwright-chromium'
import { describe, expect, it } from 'vitest'
import { QUICK_OVERVIEW, SLIDEV_DOM } from '../../seam/slidev'
import { loadDeck } from '../../tools/deck'
import { gotoSlide, useWatchedDeck } from '../support/browser'

const slides = loadDeck()

/**
 * The slide the deck shows: the one slide element in #slideshow that is displayed (Slidev keeps its neighbours
 * mounted but hidden). Not the URL: a slide with a routeAlias shows its alias there.
 */
async function shownSlide(page: Page): Promise<number> {
  const shown = await page.evaluate(`[...document.querySelectorAll('#${SLIDEV_DOM.slideshow} .${SLIDEV_DOM.slidePage}')]
    .filter(el => getComputedStyle(el).display !== 'none').map(el => Number(el.getAttribute('${SLIDEV_DOM.slideNo}')))`) as number[]
  if (shown.length !== 1)
    throw new Error(`expected one slide on screen, found ${shown.length} (${shown.join(', ')})`)
  return shown[0]!
}

/** Presses `key` until the slide number changes (a slide with clicks takes several presses), at most 30 times. */
async function pressUntilMoved(page: Page, key: string): Promise<number> {
  const from = await shownSlide(page)
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press(key)
    await page.waitForTimeout(50)
    const now = await shownSlide(page).catch(() => from)
    if (now !== from)
      return now
  }
  return from
}

describe('keyboard navigation on the built deck', () => {
  const deck = useWatchedDeck()

  it('needs at least three slides for this test', () => {
    expect(slides.length).toBeGreaterThanOrEqual(3)
  })

  it('arrowRight and Space go forward, ArrowLeft goes back', async () => {
    const { page } = deck.watched
    await gotoSlide(page, deck.session.server.url, 1)
    expect(await pressUntilMoved(page, 'ArrowRight')).toBe(2)
    expect(await pressUntilMoved(page, 'Space')).toBe(3)
    expect(await pressUntilMoved(page, 'ArrowLeft')).toBe(2)
  })

  it('stays on the last slide when going forward from it', async () => {
    const { page } = deck.watched
    await gotoSlide(page, deck.session.server.url, slides.length)
    expect(await pressUntilMoved(page, 'ArrowRight')).toBe(slides.length)
  })

  /** From slide `from`, opens the overview with `o`, presses `keys`, and waits for it to close. */
  async function throughOverview(from: number, keys: string[]): Promise<Page> {
    const { page } = deck.watched
    await gotoSlide(page, deck.session.server.url, from)
    await page.keyboard.press('o')
    await page.locator(QUICK_OVERVIEW).waitFor({ state: 'visible' })
    for (const key of keys)
      await page.keyboard.press(key)
    await page.locator(QUICK_OVERVIEW).waitFor({ state: 'detached' })
    return page
  }

  it('o opens the overview, arrows pick a slide, Enter goes there', async () => {
    const page = await throughOverview(1, ['ArrowRight', 'ArrowRight', 'Enter'])
    await expect.poll(() => shownSlide(page).catch(() => 0)).toBe(3)
  })

  it('escape closes the overview without moving', async () => {
    const page = await throughOverview(2, ['Escape'])
    await expect.poll(() => shownSlide(page).catch(() => 0)).toBe(2)
  })

  it('d toggles dark mode', async () => {
    const { page } = deck.watched
    await gotoSlide(page, deck.session.server.url, 1)
    const isDark = () => page.evaluate('document.documentElement.classList.contains("dark")')
    const before = await isDark()
    await page.keyboard.press('d')
    expect(await isDark()).toBe(!before)
    await page.keyboard.press('d')
    expect(await isDark()).toBe(before)
  })

  it('raised no page error while driven by keys', () => {
    expect(deck.watched.pageErrors).toEqual([])
    expect(deck.watched.consoleErrors).toEqual([])
  })
})
