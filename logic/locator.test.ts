// The locator: which boxes light up for each network, group and category of the data, the phrase that names the
// place, and a miniature that is the map slide's own layout (for today's data and as a contributor changes it).
import type { SectorMap } from '../data/schema.ts'
import type { Rect } from './sector-map-layout.ts'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadSectorMapFile, parseSectorMap } from '../data/load.ts'
import { categoriesUnder, entryCount } from '../data/model.ts'
import { dataVariants } from '../tests/support/data-variants.ts'
import { locatorLayouts as layouts } from './drawings.ts'
import { locatorBoxes, locatorDescription, locatorDrawing, locatorTarget, NETWORK_TONES, networkTone, OPEN_SLOT_ID, openSlotCategory, projectMark, withOpenSlot } from './locator.ts'
import { MAP_BOX } from './map-slide.ts'
import { layoutSectorMap, mapShape } from './sector-map-layout.ts'

const data = loadSectorMapFile(fileURLToPath(new URL('../data/depin.yaml', import.meta.url)))

/** Every network, group and category of `map`, with the names around it. */
function nodes(map: SectorMap) {
  return map.networks.flatMap(network => [
    { id: network.id, kind: 'network', network, group: undefined, category: undefined } as const,
    ...network.groups.flatMap(group => [
      { id: group.id, kind: 'group', network, group, category: undefined } as const,
      ...group.categories.map(category => ({ id: category.id, kind: 'category', network, group, category } as const)),
    ]),
  ])
}

function inside(inner: Rect, outer: Rect, tol = 0.01) {
  return inner.x >= outer.x - tol && inner.y >= outer.y - tol
    && inner.x + inner.width <= outer.x + outer.width + tol && inner.y + inner.height <= outer.y + outer.height + tol
}

describe('locatorTarget', () => {
  it('names the place of a group as the issue asks', () => {
    const compute = nodes(data).find(node => node.kind === 'group' && node.group.name === 'Compute Networks')!
    expect(locatorTarget(data, compute.id).phrase).toBe('Compute Networks, in Physical Infrastructure Networks')
  })

  it.each(dataVariants().map(variant => [variant.name, parseSectorMap(variant.text, variant.name)] as const))('lights the categories under each id and says where it sits (%s)', (_name, map) => {
    for (const node of nodes(map)) {
      const target = locatorTarget(map, node.id)
      expect(target.kind).toBe(node.kind)
      expect(target.network).toBe(node.network.id)
      expect(target.categories).toEqual(categoriesUnder(map, node.id).map(category => category.id))
      if (node.kind === 'category') {
        expect(target.phrase).toBe(`${node.category.name}, in ${node.group.name}, in ${node.network.name}`)
        expect(target.trail).toEqual([node.network.name, node.group.name])
      }
      else if (node.kind === 'group') {
        expect(target.phrase).toBe(`${node.group.name}, in ${node.network.name}`)
        expect(target.trail).toEqual([node.network.name])
      }
      else {
        expect(target.phrase).toBe(`${node.network.name}, on the DePIN sector map`)
        expect(target.trail).toEqual(['DePIN sector map'])
      }
    }
  })

  it('refuses an id the data does not have, naming it', () => {
    expect(() => locatorTarget(data, 'no-such-thing')).toThrow(/"no-such-thing"/)
  })

  it('colours each network as the map slide does, in file order', () => {
    data.networks.forEach((network, n) => {
      expect(networkTone(data, network.id)).toBe(NETWORK_TONES[n % NETWORK_TONES.length])
      for (const group of network.groups)
        expect(networkTone(data, group.id)).toBe(networkTone(data, network.id))
    })
  })
})

describe('locatorBoxes and locatorDrawing', () => {
  const layout = layoutSectorMap(mapShape(data), MAP_BOX)

  it('is the map slide\'s own layout: the same boxes at the same places, one mark per project entry', () => {
    const drawing = locatorDrawing(layouts(data), data, data.networks[0]!.id)
    expect([drawing.width, drawing.height]).toEqual([layout.width, layout.height])
    const categories = layout.networks.flatMap(n => n.groups.flatMap(g => g.categories))
    expect(drawing.boxes.filter(box => box.kind === 'category').map(box => [box.id, box.rect])).toEqual(categories.map(c => [c.id, c.rect]))
    expect(drawing.boxes.filter(box => box.kind === 'network').map(box => box.rect)).toEqual(layout.networks.map(n => n.rect))
    expect(drawing.boxes.filter(box => box.kind === 'project')).toHaveLength(entryCount(data))
  })

  it('puts every project mark inside its cell and its category, and every box inside the drawing', () => {
    const drawing = locatorDrawing(layouts(data), data, null)
    const frame = { x: 0, y: 0, width: drawing.width, height: drawing.height }
    const categoryRects = new Map(drawing.boxes.filter(box => box.kind === 'category').map(box => [box.id, box.rect]))
    for (const box of drawing.boxes) {
      expect(inside(box.rect, frame)).toBe(true)
      if (box.category)
        expect(inside(box.rect, categoryRects.get(box.category)!)).toBe(true)
    }
    const cell = { x: 10, y: 20, width: 80, height: 20 }
    expect(inside(projectMark(cell), cell)).toBe(true)
  })

  it.each(nodes(data).map(node => [node.kind, node.id] as const))('%s "%s": its categories are on, the rest of its network near, the other networks off', (kind, id) => {
    const target = locatorTarget(data, id)
    const boxes = locatorBoxes(layout, target)
    const lit = new Set(categoriesUnder(data, id).map(category => category.id))
    for (const box of boxes.filter(b => b.kind === 'category' || b.kind === 'project')) {
      const category = box.kind === 'category' ? box.id : box.category!
      expect(box.state).toBe(lit.has(category) ? 'on' : box.network === target.network ? 'near' : 'off')
    }
    const networks = boxes.filter(box => box.kind === 'network')
    expect(networks.map(box => box.state)).toEqual(data.networks.map(network => network.id !== target.network ? 'off' : kind === 'network' ? 'on' : 'near'))
    expect(boxes.filter(box => box.kind === 'group').map(box => box.id)).toEqual(kind === 'group' ? [id] : [])
  })

  it('draws the whole map plain, with no target', () => {
    expect(new Set(locatorBoxes(layout, null).map(box => box.state))).toEqual(new Set(['plain']))
  })
})

describe('the open slot (closing slide)', () => {
  it('goes in the category with the fewest projects, the first such in file order', () => {
    const categories = data.networks.flatMap(n => n.groups.flatMap(g => g.categories))
    const fewest = Math.min(...categories.map(category => category.projects.length))
    expect(openSlotCategory(data)).toBe(categories.find(category => category.projects.length === fewest)!.id)
  })

  it('adds one cell to that category and leaves the rest of the shape alone', () => {
    const shape = mapShape(data)
    const open = withOpenSlot(shape, openSlotCategory(data))
    const labels = (s: typeof shape) => s.networks.flatMap(n => n.groups.flatMap(g => g.categories.flatMap(c => c.labels.map(l => `${c.id}/${l.id}`))))
    expect(labels(open)).toEqual(expect.arrayContaining(labels(shape)))
    expect(labels(open).filter(label => !labels(shape).includes(label))).toEqual([`${openSlotCategory(data)}/${OPEN_SLOT_ID}`])
  })

  it.each(dataVariants().map(variant => [variant.name, parseSectorMap(variant.text, variant.name)] as const))('fits the map slide\'s box with the slot, drawn once in its category (%s)', (_name, map) => {
    const drawing = locatorDrawing(layouts(map), map, null)
    const open = drawing.boxes.filter(box => box.kind === 'open')
    expect(open).toHaveLength(1)
    expect(open[0]!.category).toBe(openSlotCategory(map))
    expect(drawing.boxes.filter(box => box.kind === 'project')).toHaveLength(entryCount(map))
  })
})

describe('locatorDescription', () => {
  it('counts what the map holds and says what is lit, from the data', () => {
    const categories = data.networks.flatMap(n => n.groups.flatMap(g => g.categories))
    const whole = locatorDescription(data, null)
    expect(whole).toContain(`${data.networks.length} networks`)
    expect(whole).toContain(`${categories.length} categories`)
    expect(whole).toContain(`${entryCount(data)} project entries`)
    expect(whole).toMatch(/open slot/)
    const group = data.networks.at(-1)!.groups[0]!
    const lit = locatorDescription(data, locatorTarget(data, group.id))
    for (const category of group.categories)
      expect(lit).toContain(category.name)
  })
})
