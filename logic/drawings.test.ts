// The drawings laid out at build time: the same geometry the layout code gives, as plain data that survives JSON.
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadSectorMapFile, parseSectorMap } from '../data/load.ts'
import { timelineText, topology, webEras } from '../data/visuals.ts'
import { dataVariants } from '../tests/support/data-variants.ts'
import { layoutArchitecture } from './architecture-layout.ts'
import { toArchModel } from './architecture-model.ts'
import { layDrawings, roundNumbers } from './drawings.ts'
import { MAP_BOX } from './map-slide.ts'
import { layoutSectorMap, mapShape } from './sector-map-layout.ts'
import { MAP_FONT_WEIGHTS, projectSummary } from './sector-map-view.ts'
import { textWidth } from './text.ts'

const data = loadSectorMapFile(fileURLToPath(new URL('../data/depin.yaml', import.meta.url)))
const visuals = { webEras, timelineText, topology }

describe('layDrawings', () => {
  const drawings = layDrawings(data, visuals)

  it('is the layout code\'s own geometry: the map slide\'s layout and the architecture diagram\'s', () => {
    expect(drawings.sectorMap.layout).toEqual(layoutSectorMap(mapShape(data), MAP_BOX))
    expect(drawings.locator.plain).toEqual(drawings.sectorMap.layout)
    expect(drawings.architecture.layout).toEqual(layoutArchitecture(toArchModel(data.architecture)))
    expect(drawings.architecture.title).toBe(`Core components of ${data.architecture.depin.name}`)
  })

  it('measures every project\'s tip, and nothing else', () => {
    expect(Object.keys(drawings.sectorMap.tipWidths).sort()).toEqual(data.projects.map(project => project.id).sort())
    for (const project of data.projects)
      expect(drawings.sectorMap.tipWidths[project.id]).toBe(textWidth(projectSummary(project), drawings.sectorMap.layout.fonts.label, MAP_FONT_WEIGHTS.label))
  })

  it('adds the open slot to the locator\'s whole-map layout only', () => {
    const cells = (layout: typeof drawings.locator.open) => layout.networks.flatMap(n => n.groups.flatMap(g => g.categories.flatMap(c => c.labels)))
    expect(cells(drawings.locator.open)).toHaveLength(cells(drawings.locator.plain).length + 1)
  })

  it.each(dataVariants().map(variant => [variant.name, parseSectorMap(variant.text, variant.name)] as const))('survives JSON, rounded to hundredths (%s)', (_name, map) => {
    const rounded = roundNumbers(layDrawings(map, visuals))
    expect(JSON.parse(JSON.stringify(rounded))).toEqual(rounded)
    const before = layDrawings(map, visuals).sectorMap.layout.networks[0]!.rect
    const after = rounded.sectorMap.layout.networks[0]!.rect
    for (const key of ['x', 'y', 'width', 'height'] as const)
      expect(Math.abs(after[key] - before[key])).toBeLessThanOrEqual(0.005)
  })
})

describe('roundNumbers', () => {
  it('rounds numbers at any depth and drops undefined fields, as JSON would', () => {
    expect(roundNumbers({ a: 1.23456, b: [2.345, { c: 3.14159 }], d: undefined, e: 'x', f: null, g: true })).toEqual({ a: 1.23, b: [2.35, { c: 3.14 }], e: 'x', f: null, g: true })
  })

  it('refuses what JSON would lose, naming where it is', () => {
    expect(() => roundNumbers({ panel: { reversed: new Set(['a']) } })).toThrow(/drawings\.panel\.reversed is not plain data \(\[object Set\]\)/)
    expect(() => roundNumbers({ list: [1, new Map()] })).toThrow(/drawings\.list\[1\]/)
    expect(() => roundNumbers({ box: { width: Number.NaN } })).toThrow(/drawings\.box\.width is NaN/)
    expect(() => roundNumbers([Infinity])).toThrow(/drawings\[0\] is Infinity/)
  })
})
