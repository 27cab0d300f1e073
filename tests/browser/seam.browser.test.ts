// The DOM names the deck borrows from Slidev (seam/slidev.ts), found in the built deck as the deck's code looks for
// them: the print view (the exporter), the audience view at slide 1 (the first paint), the notes page (the handout).
// A failure names the coupling and the Slidev file it mirrors (seam/README.md).
import { describe, expect, it } from 'vitest'
import { DOM_COUPLINGS, MOUNTED_SLIDE, mountedSlide, NOTES_PAGE_HEADINGS, printSlideId, SLIDEV_DOM } from '../../seam/slidev'
import { loadDeck, readDeck } from '../../tools/deck'
import { useWatchedDeck } from '../support/browser'
import { slideClicks } from '../support/slide-clicks'

const slides = readDeck().slides
const written = loadDeck().filter(slide => !slide.frontmatter.hide && !slide.frontmatter.disabled)
const moved = (key: keyof typeof DOM_COUPLINGS) => `${key} ("${DOM_COUPLINGS[key].value}", ${DOM_COUPLINGS[key].source}) is not in the built deck: ${DOM_COUPLINGS[key].breaks}`

describe('the DOM of Slidev as the deck uses it, in the built deck', () => {
  const deck = useWatchedDeck()

  it('print view: one slide box per slide, each with a mounted slide, ids as printSlideId makes them', async () => {
    const { page } = deck.watched
    await page.goto(`${deck.session.server.url}?print=true#/print`)
    // A function, not the exporter's string: the deck's policy refuses eval.
    await page.waitForFunction(({ box, mounted, count }) => document.querySelectorAll(box).length >= count && [...document.querySelectorAll(box)].every(el => el.querySelector(mounted)), { box: `.${SLIDEV_DOM.printSlide}`, mounted: MOUNTED_SLIDE, count: slides.length }, { timeout: 60_000, polling: 100 })
    expect(await page.locator(`.${SLIDEV_DOM.printSlide}`).count(), moved('printSlide')).toBe(slides.length)
    expect(await page.locator(`.${SLIDEV_DOM.printSlide} .${SLIDEV_DOM.slidePage}`).count(), moved('slidePage')).toBe(slides.length)
    const ids = await page.locator(`.${SLIDEV_DOM.printSlide}`).evaluateAll(boxes => boxes.map(box => box.id))
    // Without ?print=clicks, each slide is printed at its last click step.
    expect(ids, 'printSlideId: the print view\'s ids are no longer <slide>-<click + 1>').toEqual(slides.map(slide => printSlideId(slide.no, slideClicks(written[slide.no - 1]!))))
  })

  it('audience view: slide 1 mounted in Slidev\'s slide container, scaled by its variable', async () => {
    const { page } = deck.watched
    await page.goto(`${deck.session.server.url}#/1`)
    await page.locator(mountedSlide(1)).waitFor({ timeout: 60_000 })
    expect(await page.locator(`#${SLIDEV_DOM.slideContent}`).count(), moved('slideContent')).toBe(1)
    expect(await page.locator(`.${SLIDEV_DOM.slideContentClass}`).count(), moved('slideContentClass')).toBeGreaterThan(0)
    const scale = await page.locator(`.${SLIDEV_DOM.slideContentClass}`).first().evaluate((el, name) => getComputedStyle(el).getPropertyValue(name), SLIDEV_DOM.slideScaleVar)
    expect(Number(scale), moved('slideScaleVar')).toBeGreaterThan(0)
  })

  it('notes page: one heading per slide with notes, each followed by its notes', async () => {
    const { page } = deck.watched
    await page.goto(`${deck.session.server.url}#/presenter/print`)
    await page.locator(NOTES_PAGE_HEADINGS).first().waitFor({ timeout: 60_000 })
    expect(await page.locator(NOTES_PAGE_HEADINGS).count(), moved('notesPageRoot')).toBe(slides.filter(slide => slide.note).length)
    expect(await page.locator(`#${SLIDEV_DOM.notesPageRoot} .${SLIDEV_DOM.note}`).count(), moved('note')).toBeGreaterThan(0)
  })
})
