// Every slide of the built deck, walked once in light and once in dark mode. On each slide, in one visit:
// - at its last click step: it shows its title, fits its 16:9 canvas and is the one region landmark, named after it;
//   it reads from the back of the room: no visible text under 16 canvas px (12 px on the overview map), no content
//   in the top part over an empty band, at most 45 visible words (rules in tests/support/design.ts, unit-tested);
// - at the step its frontmatter declares as its last (a sector map's own steps dim the other networks on purpose):
//   axe-core (WCAG 2.2 A/AA and best practices) finds no serious or critical violation, and no contrast below AA,
//   including text on gradients and SVG text, which axe cannot judge alone (tests/support/a11y.ts);
// - the visit logs no console error, throws no page error and asks for nothing outside the server.
// The page ignores the Content-Security-Policy: axe-core adds <style> elements that it refuses. Every slide under the
// policy is tests/browser/csp.browser.test.ts. The walk ends by printing every slide's design figures.
import type { Browser } from 'playwright-chromium'
import type { DeckSlide } from '../../tools/deck'
import type { StaticServer } from '../../tools/serve'
import type { WatchedPage } from '../support/browser'
import type { SlideFigures } from '../support/design'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { slideRegionLabel } from '../../logic/slide-region'
import { NAV_COUNTER, slideFrame, SLIDEV_DOM } from '../../seam/slidev'
import { loadDeck, plainTitle, PROJECT_ROOT, typographic } from '../../tools/deck'
import { serveStatic } from '../../tools/serve'
import { auditPage, problemsOf, settleSlide } from '../support/a11y'
import { gotoSlide, launchChromium, overflowOf, watchedPage } from '../support/browser'
import { designProblems, slideAllowance, summarize } from '../support/design'
import { measureSlide } from '../support/design-measure'
import { slideClicks } from '../support/slide-clicks'

const slides = loadDeck()
const modes = ['light', 'dark'] as const
const figures = new Map<string, SlideFigures>()
/** The step a slide's frontmatter declares as its last, if any. */
const declaredClicks = (slide: DeckSlide) => (typeof slide.frontmatter.clicks === 'number' ? slide.frontmatter.clicks : undefined)

describe.each(modes)('every slide in %s mode', (mode) => {
  let browser: Browser
  let server: StaticServer
  let watched: WatchedPage

  beforeAll(async () => {
    server = await serveStatic({ root: `${PROJECT_ROOT}dist` })
    browser = await launchChromium()
    // The deck has `colorSchema: auto`: it follows the browser's prefers-color-scheme.
    watched = await watchedPage(browser, { colorScheme: mode, bypassCSP: true })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it(`renders in ${mode} mode, in the bundled fonts, with <html lang>, a title and the slide count`, async () => {
    const { page } = watched
    await gotoSlide(page, server.url, 1)
    const classes = await page.evaluate('[...document.documentElement.classList]') as string[]
    expect(classes).toContain(mode)
    expect(classes).not.toContain(mode === 'dark' ? 'light' : 'dark')
    const htmlAttrs = slides[0]!.frontmatter.htmlAttrs as { lang?: string } | undefined
    expect(htmlAttrs?.lang, 'slides.md headmatter must set htmlAttrs.lang').toBeTruthy()
    expect(await page.getAttribute('html', 'lang')).toBe(htmlAttrs!.lang)
    expect((await page.title()).trim()).not.toBe('')
    // The navigation bar counts "current / total".
    expect((await page.locator(NAV_COUNTER).first().textContent())?.replace(/\s+/g, '')).toBe(`1/${slides.length}`)
    const loaded = await page.evaluate(`[...document.fonts].filter(f => f.status === 'loaded').map(f => f.family.replace(/"/g, ''))`)
    expect(loaded).toContain('Inter')
  })

  it.each(slides.map(slide => [slide.no, plainTitle(slide.title), slide] as const))('slide %i (%s): shows, fits, is its region, reads from the back of the room, passes axe, no error', async (no, title, slide) => {
    const { page } = watched
    const clicks = slideClicks(slide) || undefined
    const where = `slide ${no} "${title}"${clicks === undefined ? '' : ` at click ${clicks}`} (${mode})`
    const seen = { console: watched.consoleErrors.length, page: watched.pageErrors.length, external: watched.externalRequests.length }

    const scanned = declaredClicks(slide)
    const scanAt = `slide ${no} "${title}"${scanned === undefined ? '' : ` at click ${scanned}`} (${mode})`
    await gotoSlide(page, server.url, no, scanned)
    await settleSlide(page)
    const audit = await auditPage(page)
    // Every scan must have judged something: a scan of nothing passes trivially.
    expect.soft(audit.results.passes.length, `${scanAt}: axe passed no rule at all`).toBeGreaterThan(0)
    expect.soft(problemsOf(scanAt, audit)).toEqual([])

    if (clicks !== scanned) {
      await gotoSlide(page, server.url, no, clicks)
      await settleSlide(page)
    }
    if (slide.title)
      expect.soft(typographic(await page.locator(slideFrame(no)).first().innerText()), where).toContain(typographic(slide.title))
    expect.soft(await overflowOf(page, no), where).toEqual({ outside: [], clipped: [] })
    // Only the slide on screen is in the accessibility tree once the previous one has left; its neighbours are
    // mounted but hidden.
    const regions = page.getByRole('region')
    await expect.poll(() => regions.count(), { message: where }).toBe(1)
    expect.soft(typographic(await regions.first().getAttribute('aria-label') ?? ''), where).toBe(typographic(slideRegionLabel(no, slides.length, slide.title)))

    const measured = await measureSlide(page, no)
    figures.set(`${no} ${mode}`, summarize(measured))
    expect.soft(measured.texts.length, `${where}: no visible text was measured`).toBeGreaterThan(0)
    expect.soft(designProblems(measured, slideAllowance(slide.source)).map(line => `${where}: ${line}`)).toEqual([])

    expect(watched.consoleErrors.slice(seen.console), `${where}: console errors`).toEqual([])
    expect(watched.pageErrors.slice(seen.page), `${where}: page errors`).toEqual([])
    expect(watched.externalRequests.slice(seen.external), `${where}: requests outside the server`).toEqual([])
  })
})

describe('the audit itself', () => {
  it('finds what it must: low contrast, SVG text on a weak fill and a missing alt, in each new document of a page', async () => {
    const browser = await launchChromium()
    try {
      const { page } = await watchedPage(browser, { bypassCSP: true })
      // Two documents in turn: axe-core goes into each (tests/support/a11y.ts axeBuilder) and judges it.
      for (const colour of ['#aaa', '#bbb']) {
        // In a slide content box, as the deck's SVG text is: the SVG probe reads the slide's scale from it.
        await page.setContent(`<html lang="en"><title>t</title><main id="${SLIDEV_DOM.slideContent}"><h1>Audit</h1>
          <p style="color:${colour};background:#fff">faint words</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
          <svg viewBox="0 0 100 20" role="img" aria-label="drawing"><rect width="100" height="20" fill="#fff"/><text x="2" y="14" fill="${colour}">faint label</text></svg></main></html>`)
        const problems = problemsOf('fixture', await auditPage(page))
        expect(problems.some(line => line.includes('color-contrast [serious] at p')), problems.join('\n')).toBe(true)
        expect(problems.some(line => line.includes('image-alt')), problems.join('\n')).toBe(true)
        expect(problems.some(line => line.includes('color-contrast (svg) at text')), problems.join('\n')).toBe(true)
      }
    }
    finally {
      await browser.close()
    }
  })
})

afterAll(() => {
  const rows = slides.map((slide) => {
    const cells = modes.map((mode) => {
      const f = figures.get(`${slide.no} ${mode}`)
      return f ? `${f.smallestPx ?? '-'} px, ${f.band ? 'band' : 'no band'}, ${f.words} words` : 'not measured'
    })
    return `${String(slide.no).padStart(2)} ${plainTitle(slide.title).padEnd(56)} ${cells.join(' | ')}`
  })
  process.stdout.write(`Design figures per slide (smallest text, empty band below, visible words), ${modes.join(' | ')}:\n${rows.join('\n')}\n`)
})
