// The handout's page geometry and pages (tools/handout.ts): pure, no browser.
import { describe, expect, it } from 'vitest'
import { SLIDEV_DOM } from '../../seam/slidev'
import { readDeck } from '../../tools/deck'
import { handoutGeometry, handoutPages, handoutStyle } from '../../tools/handout'

const deck = readDeck()
const mm = (px: number) => px * 25.4 / 96

describe('handoutGeometry', () => {
  const geometry = handoutGeometry(deck.canvas)

  it('fits an A4 sheet, portrait, with the slide across the text width in the canvas\'s proportions', () => {
    expect(mm(geometry.page.width)).toBeCloseTo(210, 5)
    expect(mm(geometry.page.height)).toBeLessThanOrEqual(297)
    expect(geometry.margin * 2 + geometry.slide.width).toBeCloseTo(geometry.page.width, 5)
    expect(geometry.slide.width / geometry.slide.height).toBeCloseTo(deck.canvas.width / deck.canvas.height, 5)
    expect(geometry.slide.zoom).toBeCloseTo(geometry.slide.width / deck.canvas.width, 5)
  })

  it('leaves the notes the rest of the page, under the slide, inside the margins', () => {
    expect(geometry.notes.top).toBeGreaterThan(geometry.margin + geometry.slide.height)
    expect(geometry.notes.top + geometry.notes.height + geometry.margin).toBeCloseTo(geometry.page.height, 5)
    expect(geometry.notes.height).toBeGreaterThan(geometry.slide.height)
    expect(geometry.fontPt.min).toBeLessThan(geometry.fontPt.start)
  })

  it('gives a wider canvas a shorter slide and more room for notes', () => {
    const wide = handoutGeometry({ width: deck.canvas.width, height: deck.canvas.width / 3 })
    expect(wide.notes.height).toBeGreaterThan(geometry.notes.height)
  })
})

describe('handoutPages and handoutStyle', () => {
  it('gives each printed slide its notes and its place in the deck, in print order', () => {
    const notes = new Map([[2, '<p>two</p>'], [5, '<p>five</p>']])
    expect(handoutPages(deck, [5, 2, 7], notes)).toEqual([
      { no: 5, label: `Slide 5 of ${deck.slides.length}`, html: '<p>five</p>' },
      { no: 2, label: `Slide 2 of ${deck.slides.length}`, html: '<p>two</p>' },
      { no: 7, label: `Slide 7 of ${deck.slides.length}`, html: '' },
    ])
  })

  it('asks for A4 sheets with no margin and zooms the slide box', () => {
    const css = handoutStyle(handoutGeometry(deck.canvas))
    expect(css).toContain('@page { size: A4; margin: 0; }')
    expect(css).toMatch(new RegExp(`\\.${SLIDEV_DOM.printSlide} \\{ zoom: 0\\.\\d+;`))
  })
})
