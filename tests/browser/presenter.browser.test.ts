// Presenter mode on the built deck: notes, next-slide preview, timer, and the audience window following the
// presenter. In a build (no dev server), Slidev syncs the two through a BroadcastChannel between same-origin pages.
import type { BrowserContext, Page } from 'playwright-chromium'
import { beforeAll, describe, expect, it } from 'vitest'
import { PRESENTER_NEXT, PRESENTER_NOTES, PRESENTER_TIMER, PRESENTER_TIMER_START, slideFrame, SLIDEV_DOM } from '../../seam/slidev'
import { loadDeck, plainText, typographic } from '../../tools/deck'
import { gotoSlide, useWatchedDeck } from '../support/browser'
import { deckFacts } from '../support/built-deck'

const slides = loadDeck()
const words = (text: string) => plainText(text).split(' ').slice(0, 8).join(' ')

async function openPresenter(page: Page, baseUrl: string, no: number): Promise<void> {
  await page.goto(`${baseUrl}#/presenter/${no}`, { waitUntil: 'load' })
  await page.locator(PRESENTER_NOTES).first().waitFor({ state: 'visible' })
}

describe('presenter mode on the built deck', () => {
  const deck = useWatchedDeck()
  let clicks: number[] = []

  beforeAll(async () => {
    ;({ clicks } = await deckFacts())
  })

  // The first slide, one in the middle and the last; chosen from the deck's length.
  const picks = [...new Set([2, Math.ceil(slides.length / 2), slides.length])]

  it.each(picks)('shows the notes of slide %i', async (no) => {
    await openPresenter(deck.watched.page, deck.session.server.url, no)
    const shown = (await deck.watched.page.locator(`.${SLIDEV_DOM.note}`).first().innerText()).replace(/\s+/g, ' ')
    expect(shown).toContain(words(slides[no - 1]!.note))
    // Not the neighbour's notes.
    if (no > 1)
      expect(shown).not.toContain(words(slides[no - 2]!.note))
  })

  it.each(picks)('previews what comes after slide %i', async (no) => {
    await openPresenter(deck.watched.page, deck.session.server.url, no)
    const next = deck.watched.page.locator(PRESENTER_NEXT)
    if (clicks[no - 1]! > 0) {
      // The next step is this slide's first click.
      await expect.poll(() => next.locator(`.${SLIDEV_DOM.slidePage}`).first().getAttribute(SLIDEV_DOM.slideNo)).toBe(String(no))
    }
    else if (no < slides.length) {
      const preview = next.locator(`${slideFrame(no + 1)}`).first()
      await preview.waitFor({ state: 'visible' })
      const title = slides[no]!.title
      if (title)
        expect(typographic(await preview.innerText())).toContain(typographic(title))
    }
    else {
      await expect.poll(() => next.innerText()).toContain('End of the presentation')
    }
  })

  it('has a timer that starts at -:-- and counts once started', async () => {
    await openPresenter(deck.watched.page, deck.session.server.url, 1)
    const timer = deck.watched.page.locator(PRESENTER_TIMER).first()
    expect((await timer.innerText()).replace(/\s+/g, '')).toBe('-:--')
    // The play button shows on hover.
    await timer.hover()
    await deck.watched.page.locator(PRESENTER_TIMER_START).first().click()
    await expect.poll(async () => (await timer.innerText()).replace(/\s+/g, ''), { timeout: 5000 }).toMatch(/^0:0[1-9]$/)
  })

  it('moves the audience window when the presenter navigates', async () => {
    const context: BrowserContext = deck.watched.page.context()
    const audience = await context.newPage()
    try {
      await gotoSlide(audience, deck.session.server.url, 1)
      await openPresenter(deck.watched.page, deck.session.server.url, 1)
      // As many presses as slide 1 has clicks, plus one: the presenter reaches slide 2.
      for (let i = 0; i <= clicks[0]!; i++)
        await deck.watched.page.keyboard.press('ArrowRight')
      await expect.poll(() => deck.watched.page.url()).toMatch(/#\/presenter\/2(\?|$)/)
      await expect.poll(() => audience.url(), { timeout: 5000 }).toMatch(/#\/2(\?|$)/)
      await audience.locator(slideFrame(2)).first().waitFor({ state: 'visible' })
      // And back.
      await deck.watched.page.keyboard.press('ArrowLeft')
      await expect.poll(() => audience.url(), { timeout: 5000 }).toMatch(/#\/1(\?|$)/)
    }
    finally {
      await audience.close()
    }
  })

  it('logged no console error and threw no page error', () => {
    expect(deck.watched.pageErrors).toEqual([])
    expect(deck.watched.consoleErrors).toEqual([])
    expect(deck.watched.externalRequests).toEqual([])
  })
})
