// Every slide of the built deck in Chromium: it shows, fits its canvas, is a named region, and logs no error.
import { describe, expect, it } from 'vitest'
import { slideRegionLabel } from '../../logic/slide-region'
import { NAV_COUNTER, slideFrame } from '../../seam/slidev'
import { loadDeck, typographic } from '../../tools/deck'
import { gotoSlide, overflowOf, useWatchedDeck } from '../support/browser'

const slides = loadDeck()

describe('the built deck in Chromium', () => {
  const deck = useWatchedDeck()

  it('has as many slides as slides.md', async () => {
    await gotoSlide(deck.watched.page, deck.session.server.url, 1)
    // The navigation bar counts "current / total".
    const counter = await deck.watched.page.locator(NAV_COUNTER).first().textContent()
    expect(counter?.replace(/\s+/g, '')).toBe(`1/${slides.length}`)
  })

  it.each(slides.map(slide => [slide.no, slide.title] as const))('slide %i (%s) fits its canvas and shows its title', async (no, title) => {
    await gotoSlide(deck.watched.page, deck.session.server.url, no)
    const report = await overflowOf(deck.watched.page, no)
    expect(report).toEqual({ outside: [], clipped: [] })
    if (title) {
      const text = await deck.watched.page.locator(`${slideFrame(no)}`).first().innerText()
      expect(typographic(text)).toContain(typographic(title))
    }
  })

  it.each(slides.map(slide => [slide.no, slide.title] as const))('slide %i (%s) is a region landmark named after it', async (no, title) => {
    await gotoSlide(deck.watched.page, deck.session.server.url, no)
    // Only the slide on screen is in the accessibility tree once the previous one has left; its neighbours are
    // mounted but hidden.
    const regions = deck.watched.page.getByRole('region')
    await expect.poll(() => regions.count()).toBe(1)
    const name = typographic(await regions.first().getAttribute('aria-label') ?? '')
    expect(name).toBe(typographic(slideRegionLabel(no, slides.length, title)))
  })

  it('logged no console error, threw no page error and asked for nothing outside localhost', async () => {
    // Every slide visited here, whatever ran before.
    for (const slide of slides)
      await gotoSlide(deck.watched.page, deck.session.server.url, slide.no)
    expect(deck.watched.pageErrors).toEqual([])
    expect(deck.watched.consoleErrors).toEqual([])
    expect(deck.watched.externalRequests).toEqual([])
  })

  it('draws text in the bundled fonts, not a fallback', async () => {
    await gotoSlide(deck.watched.page, deck.session.server.url, 1)
    const loaded = await deck.watched.page.evaluate(`[...document.fonts].filter(f => f.status === 'loaded').map(f => f.family.replace(/"/g, ''))`)
    expect(loaded).toContain('Inter')
  })
})
