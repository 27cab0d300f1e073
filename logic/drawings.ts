// Every drawing of the deck, laid out once at build time: plugins/drawings.ts serves the result to the browser as
// `virtual:deck-drawings`, so that the font metrics and the layout code never reach the client bundle. The browser
// only applies click states (logic/*-view.ts, logic/locator.ts).
//
//   const drawings = layDrawings(sectorMap)       // plain data: JSON.stringify-able, numbers rounded by roundNumbers
import type { SectorMap } from '../data/schema.ts'
import type { TopologySpec, WebEra } from '../data/visuals.ts'
import type { ArchitectureLayout } from './architecture-layout.ts'
import type { LocatorLayouts } from './locator.ts'
import type { SectorMapLayout } from './sector-map-layout.ts'
import type { TimelineLayout } from './timeline-layout.ts'
import type { TopologyLayout } from './topology-layout.ts'
import { describeArchitecture, layoutArchitecture } from './architecture-layout.ts'
import { toArchModel } from './architecture-model.ts'
import { openSlotCategory, withOpenSlot } from './locator.ts'
import { MAP_BOX } from './map-slide.ts'
import { layoutSectorMap, mapShape } from './sector-map-layout.ts'
import { MAP_FONT_WEIGHTS, projectSummary } from './sector-map-view.ts'
import { textWidth } from './text.ts'
import { layoutTimeline } from './timeline-layout.ts'
import { layoutTopology } from './topology-layout.ts'

export interface DeckDrawings {
  sectorMap: {
    layout: SectorMapLayout
    /** Width of each project's tip text (projectSummary) at the label font, by project id. */
    tipWidths: Record<string, number>
  }
  locator: LocatorLayouts
  architecture: { layout: ArchitectureLayout, title: string, description: string }
  timeline: TimelineLayout
  topology: TopologyLayout
}

/** The words and specs of the drawings that are not on the map (data/visuals.ts). */
export interface VisualsText {
  webEras: readonly WebEra[]
  timelineText: { now: string, nowEra: string }
  topology: TopologySpec
}

/** The locators' two layouts of `map`: as on the map slide, and with the open slot (the closing slide's). */
export function locatorLayouts(map: SectorMap): LocatorLayouts {
  const shape = mapShape(map)
  return { plain: layoutSectorMap(shape, MAP_BOX), open: layoutSectorMap(withOpenSlot(shape, openSlotCategory(map)), MAP_BOX) }
}

export function layDrawings(map: SectorMap, visuals: VisualsText): DeckDrawings {
  const locator = locatorLayouts(map)
  const layout = locator.plain
  const tipWidths = Object.fromEntries(map.projects.map(project =>
    [project.id, textWidth(projectSummary(project), layout.fonts.label, MAP_FONT_WEIGHTS.label)]))
  const model = toArchModel(map.architecture)
  return {
    sectorMap: { layout, tipWidths },
    locator,
    architecture: { layout: layoutArchitecture(model), title: `Core components of ${model.depin.name}`, description: describeArchitecture(model) },
    timeline: layoutTimeline(visuals.webEras, visuals.timelineText),
    topology: layoutTopology(visuals.topology),
  }
}

/**
 * `value` with every number rounded to `digits` decimals (for the JSON the browser loads: a hundredth of a px is
 * below what a screen shows, and it halves the size). Anything that is not plain data is refused, by path.
 */
export function roundNumbers<T>(value: T, digits = 2, path = 'drawings'): T {
  const scale = 10 ** digits
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new TypeError(`${path} is ${value}: it would reach the browser as null`)
    return (Math.round(value * scale) / scale) as T
  }
  if (value === null || typeof value === 'string' || typeof value === 'boolean')
    return value
  if (Array.isArray(value))
    return value.map((item, i) => roundNumbers(item, digits, `${path}[${i}]`)) as T
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .map(([key, item]) => [key, roundNumbers(item, digits, `${path}.${key}`)])) as T
  }
  throw new TypeError(`${path} is not plain data (${Object.prototype.toString.call(value)}): it cannot travel to the browser as JSON`)
}
