// The architecture diagram's layout: layers, cells and labels placed inside their frames, revealed in speaking order.
import type { ArchModel, PlacedCell, Rect } from './architecture-layout'
import { describe, expect, it } from 'vitest'
import { ArchitectureLayoutError, DEFAULT_LAYOUT, fitCellLabel, layoutArchitecture, MIN_CANVAS_FONT, SLIDE_DRAWN_WIDTH } from './architecture-layout'
import { ARCHITECTURE_CLICKS, layersAt, REVEAL_ORDER } from './architecture-view'
import { fitLabel, textWidth, wrapText } from './text'

const items = (...labels: string[]) => labels.map(label => ({ label }))

const model: ArchModel = {
  services: { name: 'Next-Generation Service Networks', items: items('Industrial', 'Agriculture', 'Government', 'Financial', 'Health'), more: true },
  depin: {
    name: 'DePIN',
    de: { name: 'Decentralized Networks', items: items('Blockchain (L1 Chain)', 'X-Hub', 'Wallet', 'Protocols (Primitives)', 'Infra Module'), more: true },
    pin: { name: 'Physical Infrastructure Networks', items: items('Compute', 'Storage', 'Backbone (Transmission)', 'Energy'), more: true },
  },
}

const inside = (a: Rect, b: Rect) => a.x >= b.x - 1e-6 && a.y >= b.y - 1e-6 && a.x + a.width <= b.x + b.width + 1e-6 && a.y + a.height <= b.y + b.height + 1e-6
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

function expectSound(layout: ReturnType<typeof layoutArchitecture>) {
  const whole = { x: 0, y: 0, width: layout.width, height: layout.height }
  const frameOf = (cell: PlacedCell) => layout.frames.find(frame => frame.id === cell.layer)!
  for (const frame of layout.frames)
    expect(inside(frame.box, whole), frame.id).toBe(true)
  for (const cell of layout.cells) {
    expect(inside(cell.box, frameOf(cell).box), cell.id).toBe(true)
    // Text fits: every line within the box width, all lines within its height.
    expect(cell.text.width, cell.id).toBeLessThanOrEqual(cell.box.width)
    expect(cell.text.lines.length * cell.text.lineHeight, cell.id).toBeLessThanOrEqual(cell.box.height)
  }
  for (const [i, a] of layout.cells.entries()) {
    for (const b of layout.cells.slice(i + 1))
      expect(overlaps(a.box, b.box), `${a.id} overlaps ${b.id}`).toBe(false)
  }
  const [depin, de, pin, services] = layout.frames
  expect(overlaps(de!.box, pin!.box)).toBe(false)
  expect(overlaps(services!.box, depin!.box)).toBe(false)
  expect(inside(de!.box, depin!.box) && inside(pin!.box, depin!.box)).toBe(true)
}

describe('layoutArchitecture', () => {
  const layout = layoutArchitecture(model)

  it('places one cell per item, plus one "…" per open-ended group', () => {
    const count = (layer: string) => layout.cells.filter(cell => cell.layer === layer).length
    expect(count('services')).toBe(model.services.items.length + 1)
    expect(count('de')).toBe(model.depin.de.items.length + 1)
    expect(count('pin')).toBe(model.depin.pin.items.length + 1)
    expect(layout.cells.filter(cell => cell.more).map(cell => cell.label)).toEqual(['…', '…', '…'])
  })

  it('keeps boxes apart, inside their frames, with text that fits', () => {
    expectSound(layout)
  })

  it('stacks Service Networks above DePIN, with De-Networks left of PIN-Networks', () => {
    const frame = (id: string) => layout.frames.find(f => f.id === id)!.box
    expect(frame('services').y + frame('services').height).toBeLessThan(frame('depin').y)
    expect(frame('de').x + frame('de').width).toBeLessThan(frame('pin').x)
  })

  it('wraps a long label rather than clipping it, before its parenthesis', () => {
    const backbone = layout.cells.find(cell => cell.label === 'Backbone (Transmission)')!
    expect(backbone.text.lines).toEqual(['Backbone', '(Transmission)'])
    const blockchain = layout.cells.find(cell => cell.label === 'Blockchain (L1 Chain)')!
    expect(blockchain.text.lines).toEqual(['Blockchain', '(L1 Chain)'])
  })

  it('draws every label at the type scale\'s floor or larger, at the width it has on its slide', () => {
    const canvasPx = (size: number) => size * SLIDE_DRAWN_WIDTH / layout.width
    const sizes = [
      ...layout.cells.map(cell => cell.text.fontSize),
      ...layout.relations.map(relation => relation.text.fontSize),
      ...layout.frames.map(frame => frame.titleFontSize),
    ]
    expect(Math.min(...sizes.map(canvasPx))).toBeGreaterThanOrEqual(MIN_CANVAS_FONT)
    // The limit itself: shrinking a label to fit never goes under the floor either.
    expect(canvasPx(DEFAULT_LAYOUT.minFontSize)).toBeGreaterThanOrEqual(MIN_CANVAS_FONT)
  })

  it('puts each relation label in the gap it names, between the boxes it joins', () => {
    const rewards = layout.relations.find(r => r.id === 'rewards')!
    const de = layout.frames.find(f => f.id === 'de')!.box
    const pin = layout.frames.find(f => f.id === 'pin')!.box
    expect(rewards.from.x).toBe(de.x + de.width)
    expect(rewards.to.x).toBe(pin.x)
    expect(rewards.text.width).toBeLessThanOrEqual(pin.x - (de.x + de.width))
    const runsOn = layout.relations.find(r => r.id === 'runs-on')!
    expect(runsOn.from.y).toBeLessThan(runsOn.to.y)
  })

  it('re-flows when an item is added or removed', () => {
    const more = layoutArchitecture({ ...model, depin: { ...model.depin, de: { ...model.depin.de, items: items('Blockchain (L1 Chain)', 'X-Hub', 'Wallet', 'Protocols (Primitives)', 'Infra Module', 'Oracles', 'Identity') } } })
    expectSound(more)
    expect(more.height).toBeGreaterThan(layout.height)
    const fewer = layoutArchitecture({ ...model, services: { ...model.services, items: items('Industrial', 'Health') } })
    expectSound(fewer)
    const width = (l: typeof layout) => l.cells.find(c => c.label === 'Industrial')!.box.width
    expect(width(fewer)).toBeGreaterThan(width(layout))
  })

  it('is deterministic', () => {
    expect(layoutArchitecture(model)).toEqual(layoutArchitecture(model))
  })

  it('fails loudly when a label cannot fit, naming it', () => {
    const crowded = { ...model, services: { ...model.services, items: items(...Array.from({ length: 14 }, (_, i) => `Extraordinarily long service ${i}`)) } }
    expect(() => layoutArchitecture(crowded)).toThrow(ArchitectureLayoutError)
    expect(() => layoutArchitecture(crowded)).toThrow(/Extraordinarily long service 0/)
  })
})

describe('layersAt', () => {
  it('reveals one layer per click, physical first and services last', () => {
    expect(ARCHITECTURE_CLICKS).toBe(3)
    expect(layersAt(0)).toEqual([])
    expect(layersAt(1)).toEqual(['pin'])
    expect(layersAt(2)).toEqual(['pin', 'de'])
    expect(layersAt(3)).toEqual([...REVEAL_ORDER])
    expect(layersAt(999999)).toEqual(['pin', 'de', 'services'])
  })
})

describe('text fitting', () => {
  it('measures wider text for more characters and bigger fonts', () => {
    expect(textWidth('Storage', 14)).toBeGreaterThan(textWidth('Storage', 12))
    expect(textWidth('Storage Networks', 14)).toBeGreaterThan(textWidth('Storage', 14))
  })
  it('wraps on word boundaries, never inside a word', () => {
    expect(wrapText('rewards and verifies', 80, 12)).toEqual(['rewards and', 'verifies'])
  })
  it('shrinks before giving up, and gives up below the minimum', () => {
    const fitted = fitLabel('Infrastructure', textWidth('Infrastructure', 12.5), 20, 14, 11)
    expect(fitted?.fontSize).toBe(12.5)
    expect(fitLabel('Infrastructure', textWidth('Infrastructure', 10.5), 20, 14, 11)).toBeUndefined()
  })
})

describe('fitCellLabel', () => {
  it('keeps a label on one line when it fits', () => {
    expect(fitCellLabel('Blockchain (L1 Chain)', 400, 50, 20, 17)?.lines).toEqual(['Blockchain (L1 Chain)'])
  })
  it('breaks before a trailing parenthesis rather than inside it', () => {
    // Word wrap alone gives "Blockchain (L1" / "Chain)" at this width.
    const width = textWidth('Blockchain (L1', 20)
    expect(wrapText('Blockchain (L1 Chain)', width, 20)).toEqual(['Blockchain (L1', 'Chain)'])
    const fitted = fitCellLabel('Blockchain (L1 Chain)', width, 50, 20, 17)
    expect(fitted?.lines).toEqual(['Blockchain', '(L1 Chain)'])
    expect(fitted?.fontSize).toBe(20)
  })
  it('falls back to word wrap when a part is too long for a line of its own', () => {
    const fitted = fitCellLabel('Storage (very long decentralized alias)', 150, 100, 20, 17)
    expect(fitted?.lines.length).toBeGreaterThan(2)
  })
  it('shrinks, then gives up below the minimum', () => {
    // Too wide at 20 on one line, and 2 lines do not fit 24 px of height: it shrinks to 19.
    const fitted = fitCellLabel('Infrastructure', textWidth('Infrastructure', 19), 24, 20, 17)
    expect(fitted?.fontSize).toBe(19)
    expect(fitCellLabel('Infrastructure', textWidth('Infrastructure', 16), 24, 20, 17)).toBeUndefined()
  })
})

describe('label positions', () => {
  const layout = layoutArchitecture(model)
  it('centres every cell label inside its box', () => {
    for (const cell of layout.cells) {
      const top = cell.textAt.y - cell.text.fontSize
      const bottom = cell.textAt.y + (cell.text.lines.length - 1) * cell.text.lineHeight + cell.text.fontSize * 0.3
      expect(top, cell.id).toBeGreaterThanOrEqual(cell.box.y)
      expect(bottom, cell.id).toBeLessThanOrEqual(cell.box.y + cell.box.height)
      expect(cell.textAt.x).toBeCloseTo(cell.box.x + cell.box.width / 2)
    }
  })
  it('keeps relation labels off the boxes', () => {
    for (const relation of layout.relations) {
      const lines = relation.text.lines.length
      const left = relation.anchor === 'middle' ? relation.textAt.x - relation.text.width / 2 : relation.textAt.x
      const box = { x: left, y: relation.textAt.y - relation.text.fontSize, width: relation.text.width, height: (lines - 1) * relation.text.lineHeight + relation.text.fontSize * 1.3 }
      for (const cell of layout.cells)
        expect(overlaps(box, cell.box), `${relation.id} label over ${cell.id}`).toBe(false)
      for (const frame of layout.frames.filter(f => f.id !== 'depin'))
        expect(overlaps(box, frame.box), `${relation.id} label over ${frame.id}`).toBe(false)
    }
  })
})
