// The sector map and the category slides in the BUILT deck: what the data holds is what the slides show.
import { beforeEach, describe, expect, it } from 'vitest'
import { loadSectorMapFile } from '../../data/load.ts'
import { categoriesUnder, entryCount } from '../../data/model.ts'
import { MIN_FONT_PX } from '../../logic/sector-map-layout.ts'
import { slideFrame } from '../../seam/slidev'
import { loadDeck, PROJECT_ROOT } from '../../tools/deck'
import { gotoSlide, overflowOf, useWatchedDeck } from '../support/browser'

const map = loadSectorMapFile(`${PROJECT_ROOT}data/depin.yaml`, 'data/depin.yaml')
const byId = new Map(map.projects.map(project => [project.id, project]))
const entries = map.networks.flatMap(n => n.groups.flatMap(g => g.categories.flatMap(c => c.projects.map(id => byId.get(id)!))))
const slides = loadDeck()
function slideNo(title: string) {
  const slide = slides.find(s => s.title === title)
  if (!slide)
    throw new Error(`No slide titled "${title}" in slides.md`)
  return slide.no
}
const MAP = slideNo('The sector map at a glance')
const svg = `${slideFrame(MAP)} svg.sector-map`

describe('the sector map slide', () => {
  const deck = useWatchedDeck()
  // Each test on the map slide at step 0, whatever ran before (one test steps through the map and moves on).
  beforeEach(async () => {
    await gotoSlide(deck.watched.page, deck.session.server.url, MAP, 0)
  })

  it('shows exactly as many project labels as the data holds, in data order', async () => {
    const labels = await deck.watched.page.locator(`${svg} .sector-map__label`).allTextContents()
    expect(labels).toHaveLength(entryCount(map))
    expect(labels).toEqual(entries.map(project => project.name))
  })

  it('shows every network, group and category name, with "Backbone (Transmission)"', async () => {
    const text = await deck.watched.page.locator(svg).textContent()
    for (const network of map.networks) {
      expect(text).toContain(network.name)
      for (const group of network.groups) {
        expect(text).toContain(group.name)
        for (const category of group.categories)
          expect(text).toContain(category.name)
      }
    }
    expect(text).toContain('Backbone (Transmission)')
  })

  it('clips no label: each sits inside its cell, its category box and the slide', async () => {
    const report = await deck.watched.page.evaluate(`(() => {
      const bad = []
      const slide = document.querySelector('${slideFrame(MAP)}').getBoundingClientRect()
      for (const group of document.querySelectorAll('${svg} [data-category]')) {
        const box = group.querySelector('.sector-map__category').getBoundingClientRect()
        for (const project of group.querySelectorAll('.sector-map__project')) {
          const text = project.querySelector('.sector-map__label').getBoundingClientRect()
          const cell = project.querySelector('.sector-map__hit').getBoundingClientRect()
          const within = (a, b) => a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5
          if (!within(text, cell) || !within(cell, box) || !within(box, slide))
            bad.push(project.textContent.trim())
        }
      }
      return bad
    })()`)
    expect(report).toEqual([])
    expect(await overflowOf(deck.watched.page, MAP)).toEqual({ outside: [], clipped: [] })
  })

  it('draws labels no smaller than the readable minimum', async () => {
    const sizes = await deck.watched.page.evaluate(`[...document.querySelectorAll('${svg} .sector-map__label')].map(t => t.getBoundingClientRect().height / document.querySelector('${slideFrame(MAP)}').getBoundingClientRect().height * 551)`) as number[]
    // A line box is taller than the font size; the text's own box is at least ~1x the size in canvas px.
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_FONT_PX)
    expect(Number(await deck.watched.page.locator(svg).getAttribute('data-font'))).toBeGreaterThanOrEqual(MIN_FONT_PX)
  })

  it('links every project that has a URL, in a new tab, without opener or referrer', async () => {
    const links = await deck.watched.page.locator(`${svg} a.sector-map__project`).evaluateAll(nodes => nodes.map(a => [a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]))
    expect(links).toEqual(entries.filter(project => project.url).map(project => [project.url, '_blank', 'noopener noreferrer']))
  })

  it('has an accessible name and a text alternative that names every project', async () => {
    const named = await deck.watched.page.locator(svg).evaluate(el => [el.getAttribute('role'), document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent, document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent])
    expect(named[0]).toBe('group')
    expect(named[1]).toMatch(/sector map/i)
    for (const project of map.projects)
      expect(named[2]).toContain(project.name)
  })

  it('shows a project\'s one-liner on keyboard focus', async () => {
    const first = entries[0]!
    await deck.watched.page.locator(`${svg} a.sector-map__project`).first().focus()
    await expect.poll(() => deck.watched.page.locator(`${svg} .sector-map__tip text`).textContent()).toBe(`${first.name}: ${first.description}`)
    await deck.watched.page.locator(`${svg} a.sector-map__project`).first().blur()
    await expect.poll(() => deck.watched.page.locator(`${svg} .sector-map__tip`).count()).toBe(0)
  })

  it('highlights one network per click step, then moves on', async () => {
    const state = () => deck.watched.page.locator(`${svg} .sector-map__network`).evaluateAll(nodes => nodes.map(n => n.classList.contains('sector-map__network--on') ? 'on' : n.classList.contains('sector-map__network--dim') ? 'dim' : '-'))
    expect(await state()).toEqual(map.networks.map(() => '-'))
    for (let step = 0; step < map.networks.length; step++) {
      await deck.watched.page.keyboard.press('ArrowRight')
      await expect.poll(state).toEqual(map.networks.map((_, n) => n === step ? 'on' : 'dim'))
      expect(deck.watched.page.url()).toContain(`#/${MAP}`)
    }
    await deck.watched.page.keyboard.press('ArrowRight')
    await expect.poll(() => deck.watched.page.url()).toContain(`#/${MAP + 1}`)
  })

  it('logged no console or page error', () => {
    expect(deck.watched.pageErrors).toEqual([])
    expect(deck.watched.consoleErrors).toEqual([])
    expect(deck.watched.externalRequests).toEqual([])
  })
})

describe('the category slides and example lists', () => {
  const deck = useWatchedDeck()

  const cases: [string, string][] = [
    ['L1 Chain', 'l1-chain'],
    ['X-Hub', 'x-hub'],
    ['IoT', 'iot'],
    ['Protocols', 'protocols'],
    ['Compute Networks', 'compute'],
    ['Storage Networks', 'storage'],
    ['Backbone (Transmission) Networks', 'backbone'],
    ['Energy Networks', 'energy-networks'],
  ]
  it.each(cases)('"%s" lists the projects of "%s" from the data, as links', async (title, id) => {
    const no = slideNo(title)
    await gotoSlide(deck.watched.page, deck.session.server.url, no)
    const page = deck.watched.page.locator(`${slideFrame(no)}`)
    const expected = [...new Set(categoriesUnder(map, id).flatMap(category => category.projects))].map(pid => byId.get(pid)!)
    const lists = page.locator('.project-list')
    const shown = (await lists.locator('.project-list__item').allTextContents())
    expect([...new Set(shown)].sort()).toEqual(expected.map(project => project.name).sort())
    const hrefs = await lists.locator('a.project-list__item').evaluateAll(nodes => nodes.map(a => `${a.getAttribute('href')} ${a.getAttribute('target')} ${a.getAttribute('rel')}`))
    for (const href of hrefs)
      expect(href).toMatch(/^https:\/\/\S+ _blank noopener noreferrer$/)
    // A slide with several categories names each (what each does is in the speaker notes).
    const categories = categoriesUnder(map, id)
    if (categories.length > 1) {
      const labels = await page.locator('.category-cards__label').allTextContents()
      expect(labels.map(label => label.trim())).toEqual(categories.map(category => category.name))
    }
    expect(await overflowOf(deck.watched.page, no)).toEqual({ outside: [], clipped: [] })
  })
})
