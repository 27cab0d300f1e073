// Accessibility of every slide, in light and dark mode: axe-core (WCAG 2.2 A/AA + best practices) on the built deck.
// Fails on any serious or critical violation, on colour contrast below AA (including text on the cover gradients,
// which axe cannot judge alone) and on contrast that could not be verified at all.
import type { DeckSlide } from '../../tools/deck'
import { describe, expect, it } from 'vitest'
import { loadDeck } from '../../tools/deck'
import { auditPage, problemsOf, settleSlide } from '../support/a11y'
import { gotoSlide, useWatchedDeck } from '../support/browser'

const slides = loadDeck()
const modes = ['light', 'dark'] as const
const finalClicks = (slide: DeckSlide) => (typeof slide.frontmatter.clicks === 'number' ? slide.frontmatter.clicks : undefined)

describe.each(modes)('accessibility in %s mode', (mode) => {
  // The deck has `colorSchema: auto`: it follows the browser's prefers-color-scheme.
  const deck = useWatchedDeck({ colorScheme: mode })

  it(`really renders in ${mode} mode`, async () => {
    await gotoSlide(deck.watched.page, deck.session.server.url, 1)
    const classes = await deck.watched.page.evaluate('[...document.documentElement.classList]') as string[]
    expect(classes).toContain(mode)
    expect(classes).not.toContain(mode === 'dark' ? 'light' : 'dark')
  })

  it('sets <html lang> from the headmatter, and a title', async () => {
    await gotoSlide(deck.watched.page, deck.session.server.url, 1)
    const htmlAttrs = slides[0]!.frontmatter.htmlAttrs as { lang?: string } | undefined
    expect(htmlAttrs?.lang, 'slides.md headmatter must set htmlAttrs.lang').toBeTruthy()
    expect(await deck.watched.page.getAttribute('html', 'lang')).toBe(htmlAttrs!.lang)
    expect((await deck.watched.page.title()).trim()).not.toBe('')
  })

  // A slide with declared click steps is scanned at its last step, when everything it reveals is shown.
  it.each(slides.map(slide => [slide.no, slide.title, finalClicks(slide)] as const))('slide %i (%s) has no serious or critical violation', async (no, _title, clicks) => {
    await gotoSlide(deck.watched.page, deck.session.server.url, no, clicks)
    await settleSlide(deck.watched.page)
    const audit = await auditPage(deck.watched.page)
    const where = `slide ${no}${clicks === undefined ? '' : ` at click ${clicks}`} (${mode})`

    const problems = problemsOf(where, audit)
    // Every scan must have judged something: a scan of nothing passes trivially.
    expect(audit.results.passes.length, `${where}: axe passed no rule at all`).toBeGreaterThan(0)
    expect(problems).toEqual([])
  })
})
