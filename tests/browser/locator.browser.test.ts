// The map locators of the BUILT deck: every category slide (a slide titled as a network, group or category of the
// data) shows where it sits on the map, in boxes and in words; the closing slide shows the whole map with an open slot
// and no text under the type scale's floor. Everything expected is derived from data/depin.yaml.
import type { Page } from 'playwright-chromium'
import { describe, expect, it } from 'vitest'
import { loadSectorMapFile } from '../../data/load.ts'
import { categoriesUnder, entryCount } from '../../data/model.ts'
import { openSlotCategory } from '../../logic/locator.ts'
import { slideFrame } from '../../seam/slidev'
import { loadDeck, PROJECT_ROOT, readDeck } from '../../tools/deck'
import { gotoSlide, overflowOf, useWatchedDeck } from '../support/browser'

const map = loadSectorMapFile(`${PROJECT_ROOT}data/depin.yaml`, 'data/depin.yaml')
const slides = loadDeck()
const CANVAS_WIDTH = readDeck().canvas.width
/** The floor of the type scale (styles/theme.css --dp-fs-min) and the size of the category slides' project names. */
const MIN_TEXT_PX = 16
const PROJECT_TEXT_PX = 20

/** Every network, group and category, with where it sits in words. */
const nodes = map.networks.flatMap(network => [
  { id: network.id, name: network.name, within: [] as string[] },
  ...network.groups.flatMap(group => [
    { id: group.id, name: group.name, within: [network.name] },
    ...group.categories.map(category => ({ id: category.id, name: category.name, within: [group.name, network.name] })),
  ]),
])
/** The category slides: slides titled with the name of a network, group or category. */
const categorySlides = slides.flatMap((slide) => {
  const node = nodes.find(n => n.name === slide.title)
  return node ? [{ no: slide.no, ...node }] : []
})
const closing = slides.find(slide => slide.title === 'This map is incomplete')

/** Text of slide `no` smaller than `min` px of the canvas: HTML by its computed size, SVG text by its drawn size. */
async function smallText(page: Page, no: number, min: number): Promise<string[]> {
  return page.evaluate(`(() => {
    const slide = document.querySelector('${slideFrame(no)}')
    const scale = slide.getBoundingClientRect().width / ${CANVAS_WIDTH}
    const small = []
    for (const el of slide.querySelectorAll('*')) {
      const own = [...el.childNodes].filter(n => n.nodeType === 3 && n.textContent.trim()).map(n => n.textContent.trim()).join(' ')
      if (!own || el.closest('title, desc, style, script') || getComputedStyle(el).display === 'none')
        continue
      const svg = el.closest('svg')
      let px = parseFloat(getComputedStyle(el).fontSize)
      if (svg && svg.viewBox.baseVal && svg.viewBox.baseVal.width)
        px = px * svg.getBoundingClientRect().width / svg.viewBox.baseVal.width / scale
      if (px < ${min} - 0.01)
        small.push(el.tagName.toLowerCase() + ' "' + own.slice(0, 30) + '" ' + px.toFixed(1) + 'px')
    }
    return small
  })()`)
}

describe('the map locator on every category slide', () => {
  const deck = useWatchedDeck()

  it('has category slides to test, and a locator on no other slide but the closing one', () => {
    expect(categorySlides.length).toBeGreaterThan(0)
    const withLocator = slides.filter(slide => slide.source.includes('<MapLocator of=')).map(slide => slide.no)
    expect(withLocator).toEqual(categorySlides.map(slide => slide.no))
  })

  it.each(categorySlides.map(slide => [slide.no, slide.name, slide] as const))('slide %i (%s): lights up its categories, names its place, draws no text', async (no, name, slide) => {
    await gotoSlide(deck.watched.page, deck.session.server.url, no)
    const page = deck.watched.page.locator(`${slideFrame(no)}`)
    const locator = page.locator('svg.map-locator')
    expect(await locator.count()).toBe(1)
    expect(await locator.getAttribute('data-of')).toBe(slide.id)

    const lit = await locator.locator('rect.map-locator__category.is-on').evaluateAll(rects => rects.map(rect => rect.getAttribute('data-id')))
    expect(lit).toEqual(categoriesUnder(map, slide.id).map(category => category.id))
    expect(await locator.locator('rect.map-locator__project').count()).toBe(entryCount(map))

    // Its accessible name is its place: its own name, then what it is in (the map itself for a network).
    const place = slide.within.length ? `${name}, in ${slide.within.join(', in ')}` : `${name}, on the DePIN sector map`
    expect(await page.getByRole('img', { name: place, exact: true }).count()).toBe(1)
    expect(await locator.locator('text').count()).toBe(0)

    for (const size of await page.locator('.project-list__item').evaluateAll(items => items.map(item => Number.parseFloat(getComputedStyle(item).fontSize))))
      expect(size).toBeGreaterThanOrEqual(PROJECT_TEXT_PX)
    expect(await smallText(deck.watched.page, no, MIN_TEXT_PX)).toEqual([])
    expect(await overflowOf(deck.watched.page, no)).toEqual({ outside: [], clipped: [] })
    // No "·" shown at the end or the start of a wrapped line of project names.
    // (Marked after layout, in the frame after the slide shows: polled.)
    const dangling = () => page.locator('.project-list__sep').evaluateAll(seps => seps.filter((sep) => {
      const top = (el: Element | null) => el ? el.getBoundingClientRect().top : Number.NaN
      const line = (a: number, b: number) => Math.abs(a - b) < 1
      return getComputedStyle(sep).visibility !== 'hidden'
        && !(line(top(sep.previousElementSibling), top(sep)) && line(top(sep), top(sep.nextElementSibling)))
    }).map(sep => `${sep.previousElementSibling?.textContent} · ${sep.nextElementSibling?.textContent}`))
    await expect.poll(dangling).toEqual([])
  })

  it('logged no console or page error and made no external request', () => {
    expect(deck.watched.pageErrors).toEqual([])
    expect(deck.watched.consoleErrors).toEqual([])
    expect(deck.watched.externalRequests).toEqual([])
  })
})

describe('the closing slide', () => {
  const deck = useWatchedDeck()

  it('shows the whole map with one open slot, and no text under the floor of the type scale', async () => {
    expect(closing).toBeDefined()
    await gotoSlide(deck.watched.page, deck.session.server.url, closing!.no)
    const page = deck.watched.page.locator(`${slideFrame(closing!.no)}`)
    const whole = page.locator('svg.map-locator.map-locator--whole')
    expect(await whole.count()).toBe(1)
    expect(await whole.locator('rect.map-locator__project').count()).toBe(entryCount(map))
    expect(await whole.locator('rect.map-locator__open').evaluateAll(rects => rects.map(rect => rect.getAttribute('data-category')))).toEqual([openSlotCategory(map)])
    expect(await whole.locator('.is-on, .is-off').count()).toBe(0)
    expect(await page.getByRole('img', { name: /sector map/i }).count()).toBe(1)
    expect(await smallText(deck.watched.page, closing!.no, MIN_TEXT_PX)).toEqual([])
    expect(await overflowOf(deck.watched.page, closing!.no)).toEqual({ outside: [], clipped: [] })
  })
})
