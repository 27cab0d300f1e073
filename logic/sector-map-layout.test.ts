// The sector map's layout: every promise (inside its box, no overlap, nothing clipped, readable size) for today's data,
// for the data as a contributor changes it, and for data grown up to and past the documented limit.
import type { MapShape, Rect, SectorMapLayout } from './sector-map-layout.ts'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadSectorMapFile, parseSectorMap } from '../data/load.ts'
import { entryCount } from '../data/model.ts'
import { dataVariants } from '../tests/support/data-variants.ts'
import { MAP_BOX as BOX, checkMapSlideFit } from './map-slide.ts'
import { layoutSectorMap, mapShape, MIN_FONT_PX, SectorMapLayoutError } from './sector-map-layout.ts'
import { MAP_FONT_WEIGHTS } from './sector-map-view.ts'
import { textWidth } from './text.ts'

const data = loadSectorMapFile(fileURLToPath(new URL('../data/depin.yaml', import.meta.url)))

/** The real data with every category's project list repeated `times`, and `extraNetworks` copies of the largest network. */
function grown(times: number, extraNetworks = 0): MapShape {
  const shape = mapShape(data)
  const copies = Array.from({ length: extraNetworks }, (_, n) => ({ ...shape.networks[1]!, id: `copy-${n}`, name: `Copied Network ${n + 1}` }))
  return {
    networks: [...shape.networks, ...copies].map(network => ({
      ...network,
      groups: network.groups.map(group => ({
        ...group,
        categories: group.categories.map(category => ({
          ...category,
          labels: Array.from({ length: times }, (_, copy) => category.labels.map(label => ({ id: `${label.id}-${copy}`, text: label.text }))).flat(),
        })),
      })),
    })),
  }
}

function inside(inner: Rect, outer: Rect, tol = 0.01) {
  return inner.x >= outer.x - tol && inner.y >= outer.y - tol
    && inner.x + inner.width <= outer.x + outer.width + tol && inner.y + inner.height <= outer.y + outer.height + tol
}
const overlap = (a: Rect, b: Rect, tol = 0.01) => a.x < b.x + b.width - tol && b.x < a.x + a.width - tol && a.y < b.y + b.height - tol && b.y < a.y + a.height - tol
function noneOverlap(rects: Rect[]): boolean {
  return rects.every((a, i) => rects.every((b, j) => j <= i || !overlap(a, b)))
}

/** Every invariant the map promises, for one layout. */
function expectSound(layout: SectorMapLayout, shape: MapShape): void {
  const box = { x: 0, y: 0, width: BOX.width, height: BOX.height }
  expect(layout.fonts.label).toBeGreaterThanOrEqual(MIN_FONT_PX)
  expect(layout.height).toBeLessThanOrEqual(BOX.height)
  const labels = layout.networks.flatMap(n => n.groups.flatMap(g => g.categories.flatMap(c => c.labels)))
  expect(labels.map(label => label.text)).toEqual(shape.networks.flatMap(n => n.groups.flatMap(g => g.categories.flatMap(c => c.labels.map(l => l.text)))))
  expect(noneOverlap(layout.networks.map(n => n.rect))).toBe(true)
  for (const network of layout.networks) {
    expect(inside(network.rect, box)).toBe(true)
    expect(noneOverlap(network.groups.map(g => g.rect))).toBe(true)
    for (const group of network.groups) {
      expect(inside(group.rect, network.rect)).toBe(true)
      expect(textWidth(group.title.text, layout.fonts.group, MAP_FONT_WEIGHTS.group)).toBeLessThanOrEqual(group.rect.width)
      expect(noneOverlap(group.categories.map(c => c.rect))).toBe(true)
      for (const category of group.categories) {
        expect(inside(category.rect, group.rect)).toBe(true)
        expect(textWidth(category.title.text, layout.fonts.category, MAP_FONT_WEIGHTS.category)).toBeLessThanOrEqual(category.rect.width)
        expect(noneOverlap(category.labels)).toBe(true)
        for (const label of category.labels) {
          expect(inside(label, category.rect)).toBe(true)
          // The name fits its cell: never clipped.
          expect(textWidth(label.text, layout.fonts.label, MAP_FONT_WEIGHTS.label)).toBeLessThanOrEqual(label.width)
        }
      }
    }
  }
}

describe('layoutSectorMap', () => {
  it('fits today\'s entries on the map slide, comfortably above the readable minimum', () => {
    const shape = mapShape(data)
    const layout = layoutSectorMap(shape, BOX)
    expectSound(layout, shape)
    expect(layout.networks.flatMap(n => n.groups.flatMap(g => g.categories.flatMap(c => c.labels)))).toHaveLength(entryCount(data))
    expect(layout.fonts.label).toBeGreaterThanOrEqual(MIN_FONT_PX + 2)
  })

  it('still fits with twice as many projects in every category', () => {
    const shape = grown(2)
    const layout = layoutSectorMap(shape, BOX)
    expectSound(layout, shape)
    expect(layout.fonts.label).toBeLessThan(layoutSectorMap(mapShape(data), BOX).fonts.label)
  })

  it('still fits with one more network', () => {
    const shape = grown(1, 1)
    const layout = layoutSectorMap(shape, BOX)
    expectSound(layout, shape)
    expect(layout.networks).toHaveLength(3)
  })

  it('fails loudly past its limit instead of shrinking text or overflowing', () => {
    expect(() => layoutSectorMap(grown(5), BOX)).toThrow(SectorMapLayoutError)
    expect(() => layoutSectorMap(grown(5), BOX)).toThrow(new RegExp(`${entryCount(data) * 5} entries.*readable minimum of ${MIN_FONT_PX}px`))
    expect(() => layoutSectorMap(mapShape(data), { width: 300, height: 200 })).toThrow(/does not fit 300x200px/)
  })

  it('refuses a map with nothing to draw', () => {
    expect(() => layoutSectorMap({ networks: [] }, BOX)).toThrow(SectorMapLayoutError)
  })

  it('is deterministic', () => {
    expect(layoutSectorMap(grown(2), BOX)).toEqual(layoutSectorMap(grown(2), BOX))
  })

  it('starts every category\'s names at the same distance under its title, however tall the box', () => {
    const layout = layoutSectorMap(mapShape(data), BOX)
    const categories = layout.networks.flatMap(n => n.groups.flatMap(g => g.categories))
    const gaps = categories.map(category => Math.round((category.labels[0]!.y - category.rect.y) * 100) / 100)
    expect(new Set(gaps).size).toBe(1)
    // The boxes do differ in height, so the equal gap is not a coincidence of equal boxes.
    expect(new Set(categories.map(category => Math.round(category.rect.height))).size).toBeGreaterThan(1)
  })

  it('keeps the order of the data file', () => {
    const layout = layoutSectorMap(mapShape(data), BOX)
    expect(layout.networks.map(n => n.id)).toEqual(data.networks.map(n => n.id))
    expect(layout.networks[0]!.rect.y).toBeLessThan(layout.networks[1]!.rect.y)
    const [first, second] = layout.networks[1]!.groups
    expect(first!.rect.x).toBeLessThan(second!.rect.x)
  })
})

describe.each(dataVariants())('the map slide with $name', ({ name, text, added }) => {
  const map = parseSectorMap(text, name)

  it('passes the build\'s fit check and every layout promise, with what was added on it', () => {
    expect(() => checkMapSlideFit(map)).not.toThrow()
    const shape = mapShape(map)
    const layout = layoutSectorMap(shape, BOX)
    expectSound(layout, shape)
    const labels = layout.networks.flatMap(n => n.groups.flatMap(g => g.categories.flatMap(c => c.labels.map(l => l.text))))
    for (const projectName of added)
      expect(labels).toContain(projectName)
  })
})
