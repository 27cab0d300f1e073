// Accessibility of every slide, in light and dark mode: axe-core (WCAG 2.2 A/AA + best practices) on the built deck.
// Fails on any serious or critical violation, on colour contrast below AA (including text on the cover gradients,
// which axe cannot judge alone) and on contrast that could not be verified at all.
import type { DeckSession, WatchedPage } from '../support/browser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditPage, formatLines, settleSlide } from '../support/a11y'
import { gotoSlide, openDeckSession, watchedPage } from '../support/browser'
import { contrastRatio, gradientStops, parseColor, requiredRatio } from '../support/contrast'
import { loadDeck } from '../support/deck'

const slides = loadDeck()
const modes = ['light', 'dark'] as const

describe.each(modes)('accessibility in %s mode', (mode) => {
  let session: DeckSession
  let watched: WatchedPage

  beforeAll(async () => {
    session = await openDeckSession()
    // The deck has `colorSchema: auto`: it follows the browser's prefers-color-scheme.
    watched = await watchedPage(session.browser, { colorScheme: mode })
  })
  afterAll(async () => {
    await session?.close()
  })

  it(`really renders in ${mode} mode`, async () => {
    await gotoSlide(watched.page, session.server.url, 1)
    const classes = await watched.page.evaluate('[...document.documentElement.classList]') as string[]
    expect(classes).toContain(mode)
    expect(classes).not.toContain(mode === 'dark' ? 'light' : 'dark')
  })

  it('sets <html lang> from the headmatter, and a title', async () => {
    await gotoSlide(watched.page, session.server.url, 1)
    const htmlAttrs = slides[0]!.frontmatter.htmlAttrs as { lang?: string } | undefined
    expect(htmlAttrs?.lang, 'slides.md headmatter must set htmlAttrs.lang').toBeTruthy()
    expect(await watched.page.getAttribute('html', 'lang')).toBe(htmlAttrs!.lang)
    expect((await watched.page.title()).trim()).not.toBe('')
  })

  it.each(slides.map(slide => [slide.no, slide.title] as const))('slide %i (%s) has no serious or critical violation', async (no) => {
    await gotoSlide(watched.page, session.server.url, no)
    await settleSlide(watched.page)
    const audit = await auditPage(watched.page)
    const where = `slide ${no} (${mode})`

    const problems = [...formatLines(where, audit.blocking), ...formatLines(where, audit.undecided)]
    for (const text of audit.gradientText) {
      const fg = parseColor(text.color)
      const stops = gradientStops(text.backgroundImage)
      if (!fg || stops.length === 0) {
        problems.push(`${where}: color-contrast (gradient) at ${text.target} - cannot read colour "${text.color}" or stops of "${text.backgroundImage}"`)
        continue
      }
      const need = requiredRatio(text.fontSizePx, text.fontWeight)
      const worst = Math.min(...stops.map(stop => contrastRatio(fg, stop)))
      if (worst < need)
        problems.push(`${where}: color-contrast (gradient) at ${text.target} - ${worst.toFixed(2)}:1 against the weakest stop, needs ${need}:1`)
    }
    // Every scan must have judged something: a scan of nothing passes trivially.
    expect(audit.results.passes.length, `${where}: axe passed no rule at all`).toBeGreaterThan(0)
    expect(problems).toEqual([])
  })
})
