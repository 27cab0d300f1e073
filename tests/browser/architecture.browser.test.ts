// The architecture diagram in the built deck: its layers build with clicks, its labels are real text, cells link on.
import { describe, expect, it } from 'vitest'
import { sectorMap } from '../../data'
import { layoutArchitecture } from '../../logic/architecture-layout'
import { toArchModel } from '../../logic/architecture-model'
import { REVEAL_ORDER } from '../../logic/architecture-view'
import { slideFrame } from '../../seam/slidev'
import { loadDeck } from '../../tools/deck'
import { gotoSlide, overflowOf, useWatchedDeck } from '../support/browser'
import { slideNoOf } from '../support/built-deck'

const slides = loadDeck()
const slide = slides.find(s => s.source.includes('<ArchitectureDiagram />'))
const layout = layoutArchitecture(toArchModel(sectorMap.architecture))
const aliases = new Set(slides.map(s => s.frontmatter.routeAlias).filter(Boolean))

describe('the Core Components diagram on the built deck', () => {
  const deck = useWatchedDeck()
  const no = slide?.no ?? 0

  const diagram = () => deck.watched.page.locator(`${slideFrame(no)} .architecture-diagram`)
  const visibleLayers = async () => {
    const layers = await diagram().locator('.cell:not(.hidden)').evaluateAll(cells => cells.map(cell => cell.getAttribute('data-layer')))
    return [...new Set(layers)]
  }

  it('is on a slide that declares one click per layer', () => {
    expect(slide).toBeDefined()
    expect(slide!.frontmatter.clicks).toBe(REVEAL_ORDER.length)
  })

  it('builds one more layer on each key press, in speaking order, then moves on', async () => {
    await gotoSlide(deck.watched.page, deck.session.server.url, no, 0)
    expect(await visibleLayers()).toEqual([])
    for (let step = 1; step <= REVEAL_ORDER.length; step++) {
      await deck.watched.page.keyboard.press('ArrowRight')
      await expect.poll(visibleLayers).toEqual(REVEAL_ORDER.slice(0, step))
      expect(await overflowOf(deck.watched.page, no)).toEqual({ outside: [], clipped: [] })
    }
    await deck.watched.page.keyboard.press('ArrowRight')
    await expect.poll(() => slideNoOf(deck.watched.page.url())?.no).toBe(no + 1)
  })

  it('draws every label as real text that fits its box', async () => {
    await gotoSlide(deck.watched.page, deck.session.server.url, no, REVEAL_ORDER.length)
    const cells = await diagram().locator('.cell').evaluateAll(nodes => nodes.map((node) => {
      const rect = node.querySelector('rect')!.getBBox()
      const texts = [...node.querySelectorAll('text')].map(text => text.getBBox())
      return {
        label: [...node.querySelectorAll('text')].map(text => text.textContent!.trim()).join(' '),
        fits: texts.every(box => box.x >= rect.x && box.x + box.width <= rect.x + rect.width && box.y >= rect.y && box.y + box.height <= rect.y + rect.height),
      }
    }))
    expect(cells.map(cell => cell.label)).toEqual(layout.cells.map(cell => cell.label))
    expect(cells.filter(cell => !cell.fits)).toEqual([])
  })

  it('highlights a category on focus and links it to its sector-map slide when there is one', async () => {
    await gotoSlide(deck.watched.page, deck.session.server.url, no, REVEAL_ORDER.length)
    const linked = layout.cells.filter(cell => cell.target && aliases.has(cell.target))
    expect(await diagram().locator('a.target').count()).toBe(linked.length)
    const first = layout.cells.find(cell => cell.layer === 'pin' && !cell.more)!
    await diagram().locator(`.target[data-cell="${first.id}"]`).focus()
    await expect.poll(() => diagram().locator('.cell.highlighted').getAttribute('data-cell')).toBe(first.id)
    if (linked.length) {
      const target = linked[0]!
      await diagram().locator(`a.target[data-cell="${target.id}"]`).click()
      const dest = slides.find(s => s.frontmatter.routeAlias === target.target)!
      await deck.watched.page.locator(`${slideFrame(dest.no)}`).first().waitFor({ state: 'visible' })
    }
  })

  it('logged no console error and made no external request', () => {
    expect(deck.watched.consoleErrors).toEqual([])
    expect(deck.watched.pageErrors).toEqual([])
    expect(deck.watched.externalRequests).toEqual([])
  })
})
