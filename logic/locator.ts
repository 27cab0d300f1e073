// The locator: a miniature of the sector map, laid out by the same code as the map slide (at build time: see
// ./drawings.ts), with one network, group or category highlighted so that a category slide shows where it sits on the map. Pure: which
// categories light up, the phrase that names the place ("Compute Networks, in Physical Infrastructure Networks"), and
// the boxes to draw. The miniature has no text of its own: the phrase is its accessible name.
//
// The closing slide draws the whole map with an open slot: one dashed cell added to the category with the fewest
// projects, for the project that is not on the map yet.
import type { SectorMap } from '../data/schema.ts'
import type { MapShape, Rect, SectorMapLayout } from './sector-map-layout.ts'
import { entryCount, findNode } from '../data/model.ts'

/** What the deck calls the whole map. */
const MAP_NAME = 'DePIN sector map'

/** The label id of the open slot; data ids are kebab-case, so it cannot clash with a project. */
export const OPEN_SLOT_ID = '#open-slot'

/** The colours of the networks, in file order, as the map slide draws them (SectorMap.vue). */
export const NETWORK_TONES = ['teal', 'primary', 'violet'] as const
export type Tone = typeof NETWORK_TONES[number]
const toneOf = (networkIndex: number): Tone => NETWORK_TONES[networkIndex % NETWORK_TONES.length]!

/** The tone of the network that network, group or category `id` is in. */
export function networkTone(map: SectorMap, id: string): Tone {
  const network = findNode(map, id).network
  return toneOf(map.networks.indexOf(network))
}

export interface LocatorTarget {
  id: string
  kind: 'network' | 'group' | 'category'
  name: string
  network: string
  /** What it is in, from the top: network, then group; the map's name for a network. */
  trail: string[]
  /** The categories that light up: every category under the target, in file order. */
  categories: string[]
  /** Where it sits, in words: its name, then the group and network it is in. */
  phrase: string
}

/** The network, group or category `id` of the map, with the categories it covers and the phrase that places it. */
export function locatorTarget(map: SectorMap, id: string): LocatorTarget {
  const node = findNode(map, id)
  if (node.kind === 'category') {
    const { network, group, category } = node
    return {
      id,
      kind: 'category',
      name: category.name,
      network: network.id,
      trail: [network.name, group.name],
      categories: [category.id],
      phrase: `${category.name}, in ${group.name}, in ${network.name}`,
    }
  }
  if (node.kind === 'group') {
    const { network, group } = node
    return {
      id,
      kind: 'group',
      name: group.name,
      network: network.id,
      trail: [network.name],
      categories: group.categories.map(c => c.id),
      phrase: `${group.name}, in ${network.name}`,
    }
  }
  const { network } = node
  return {
    id,
    kind: 'network',
    name: network.name,
    network: network.id,
    trail: [MAP_NAME],
    categories: network.groups.flatMap(group => group.categories.map(c => c.id)),
    phrase: `${network.name}, on the ${MAP_NAME}`,
  }
}

/** The category with the fewest projects (the first such in file order): where the open slot goes. */
export function openSlotCategory(map: SectorMap): string {
  const categories = map.networks.flatMap(network => network.groups.flatMap(group => group.categories))
  return categories.reduce((best, category) => (category.projects.length < best.projects.length ? category : best)).id
}

/** `shape` with one more cell, the open slot, at the end of category `categoryId`. */
export function withOpenSlot(shape: MapShape, categoryId: string): MapShape {
  return {
    networks: shape.networks.map(network => ({
      ...network,
      groups: network.groups.map(group => ({
        ...group,
        categories: group.categories.map(category => category.id === categoryId
          ? { ...category, labels: [...category.labels, { id: OPEN_SLOT_ID, text: 'Your project' }] }
          : category),
      })),
    })),
  }
}

/**
 * One box of the miniature. `state`: `on` is the target, `near` the rest of its network, `off` the other networks,
 * `plain` the whole map with no target.
 */
export interface LocatorBox {
  kind: 'network' | 'group' | 'category' | 'project' | 'open'
  id: string
  network: string
  /** The category a project or open cell sits in. */
  category?: string
  rect: Rect
  tone: Tone
  state: 'on' | 'near' | 'off' | 'plain'
}

export interface LocatorDrawing {
  width: number
  height: number
  boxes: LocatorBox[]
}

/** A project's mark inside its label cell: a short bar where the name is on the map slide. */
export function projectMark(cell: Rect): Rect {
  const height = cell.height * 0.42
  const width = Math.min(cell.width * 0.72, cell.height * 3.2)
  return { x: cell.x + (cell.width - width) / 2, y: cell.y + (cell.height - height) / 2, width, height }
}

/** The boxes of `layout`, each with its state for `target` (null: the whole map, nothing highlighted). */
export function locatorBoxes(layout: SectorMapLayout, target: LocatorTarget | null): LocatorBox[] {
  const lit = new Set(target?.categories ?? [])
  const boxes: LocatorBox[] = []
  layout.networks.forEach((network, n) => {
    const tone = toneOf(n)
    const inside = network.id === target?.network
    const state = (on: boolean): LocatorBox['state'] => !target ? 'plain' : on ? 'on' : inside ? 'near' : 'off'
    boxes.push({ kind: 'network', id: network.id, network: network.id, rect: network.rect, tone, state: state(target?.kind === 'network' && inside) })
    for (const group of network.groups) {
      if (target?.kind === 'group' && target.id === group.id)
        boxes.push({ kind: 'group', id: group.id, network: network.id, rect: group.rect, tone, state: 'on' })
      for (const category of group.categories) {
        const on = lit.has(category.id)
        boxes.push({ kind: 'category', id: category.id, network: network.id, rect: category.rect, tone, state: state(on) })
        for (const label of category.labels) {
          const open = label.id === OPEN_SLOT_ID
          boxes.push({ kind: open ? 'open' : 'project', id: label.id, network: network.id, category: category.id, rect: open ? label : projectMark(label), tone, state: state(on) })
        }
      }
    }
  })
  return boxes
}

/** The two layouts the locators draw (laid out at build time, logic/drawings.ts): the map, and the map with the open slot. */
export interface LocatorLayouts { plain: SectorMapLayout, open: SectorMapLayout }

/** The miniature for `of` (a network, group or category id), or the whole map with the open slot when `of` is null. */
export function locatorDrawing(layouts: LocatorLayouts, map: SectorMap, of: string | null): LocatorDrawing {
  const target = of === null ? null : locatorTarget(map, of)
  const layout = of === null ? layouts.open : layouts.plain
  return { width: layout.width, height: layout.height, boxes: locatorBoxes(layout, target) }
}

/** The miniature's text alternative: what it shows, counted from the data, and what is highlighted. */
export function locatorDescription(map: SectorMap, target: LocatorTarget | null): string {
  const categories = map.networks.flatMap(network => network.groups.flatMap(group => group.categories))
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
  const whole = `A miniature of the ${MAP_NAME}, boxes only: ${count(map.networks.length, 'network', 'networks')}, `
    + `${count(categories.length, 'category', 'categories')}, ${count(entryCount(map), 'project entry', 'project entries')}.`
  if (!target)
    return `${whole} One open slot waits for a project that is not on the map yet.`
  const names = categories.filter(category => target.categories.includes(category.id)).map(category => category.name)
  const lit = target.kind === 'category' ? `the ${target.name} box` : `the boxes of ${target.name} (${names.join(', ')})`
  return `${whole} Highlighted: ${lit}.`
}
