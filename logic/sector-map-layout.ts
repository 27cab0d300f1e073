// Pure layout of the sector map: networks stacked top to bottom, each network's groups side by side, each group's
// categories in a grid, each category's project names in a grid of equal cells. No DOM, no randomness: the same data
// and box always give the same picture.
//
// How it adapts: it tries font sizes from MAX_FONT_PX down to MIN_FONT_PX (the readable minimum, in slide CSS px on
// the 980 x 551 canvas) and keeps the first that fits; inside a network it splits the width between groups so the
// tallest group is as short as it can be. Text is measured with Inter's real widths (./text.ts), at the weight each
// kind of text is drawn at (MAP_FONT_WEIGHTS), with no safety margin: the browser tests check Chromium agrees.
// The documented limit: when the data does not fit the box at MIN_FONT_PX (4x today's 74 entries still fit on the
// map slide, 5x do not; or networks with more groups than fit side by side), layoutSectorMap throws a
// SectorMapLayoutError that says what did not fit. It never shrinks text below MIN_FONT_PX and never lets a label
// overflow its cell.
import type { SectorMap } from '../data/schema.ts'
import { MAP_FONT_WEIGHTS } from './sector-map-view.ts'
import { textWidth } from './text.ts'

/** The smallest label size, in CSS px of the 980 px wide canvas (about 15 px on a 1920 px wide projector). */
export const MIN_FONT_PX = 9
const MAX_FONT_PX = 14
const FONT_STEP = 0.25

interface MapShapeCategory { id: string, name: string, labels: { id: string, text: string }[] }
interface MapShapeGroup { id: string, name: string, categories: MapShapeCategory[] }
interface MapShapeNetwork { id: string, name: string, groups: MapShapeGroup[] }
export interface MapShape { networks: MapShapeNetwork[] }

/** The shape the layout needs from the data: names, in file order, with each category's project names. */
export function mapShape(map: SectorMap): MapShape {
  const names = new Map(map.projects.map(project => [project.id, project.name]))
  return {
    networks: map.networks.map(network => ({
      id: network.id,
      name: network.name,
      groups: network.groups.map(group => ({
        id: group.id,
        name: group.name,
        categories: group.categories.map(category => ({
          id: category.id,
          name: category.name,
          labels: category.projects.map(id => ({ id, text: names.get(id) ?? id })),
        })),
      })),
    })),
  }
}

export interface Rect { x: number, y: number, width: number, height: number }
/** A title: centre x and baseline y. */
interface Title { text: string, x: number, y: number }
export interface PlacedLabel extends Rect { id: string, text: string, /** baseline */ baseline: number }
interface PlacedCategory { id: string, rect: Rect, title: Title, labels: PlacedLabel[] }
interface PlacedGroup { id: string, rect: Rect, title: Title, categories: PlacedCategory[] }
interface PlacedNetwork { id: string, rect: Rect, title: Title, groups: PlacedGroup[] }
export interface Fonts { label: number, category: number, group: number, network: number }
/** The map laid out, in px of its box: font sizes, and every network, group, category and label placed. */
export interface SectorMapLayout { width: number, height: number, fonts: Fonts, networks: PlacedNetwork[] }

export class SectorMapLayoutError extends Error {
  override name = 'SectorMapLayoutError'
}

interface Metrics {
  fonts: Fonts
  line: number // height of a label cell
  cellPad: number // horizontal padding inside a cell
  pad: number // padding inside a box
  gap: number // space between boxes
  categoryTitle: number // height of a category's title band
  groupTitle: number
  networkTitle: number
}

function metricsFor(font: number): Metrics {
  return {
    fonts: { label: font, category: font, group: font * 1.1, network: font * 1.3 },
    line: font * 1.5,
    cellPad: font * 0.35,
    pad: font * 0.45,
    gap: font * 0.55,
    categoryTitle: font * 1.55,
    groupTitle: font * 1.65,
    networkTitle: font * 1.9,
  }
}

/** The width, in em, of each category's widest project name: all its cells are that wide. */
const widestLabels = new WeakMap<MapShapeCategory, number>()
function widestLabelEm(category: MapShapeCategory): number {
  let em = widestLabels.get(category)
  if (em === undefined) {
    em = Math.max(...category.labels.map(label => textWidth(label.text, 1, MAP_FONT_WEIGHTS.label)))
    widestLabels.set(category, em)
  }
  return em
}

/** A category drawn in `width`: its height, or null when it cannot fit (title or one cell too wide). */
function categorySize(category: MapShapeCategory, width: number, m: Metrics): { height: number, cols: number } | null {
  const inner = width - 2 * m.pad
  const cell = widestLabelEm(category) * m.fonts.label + 2 * m.cellPad
  if (cell > inner || textWidth(category.name, m.fonts.category, MAP_FONT_WEIGHTS.category) > inner)
    return null
  const fit = Math.max(1, Math.floor(inner / cell))
  const rows = Math.ceil(category.labels.length / fit)
  const cols = Math.ceil(category.labels.length / rows)
  return { height: m.categoryTitle + rows * m.line + m.pad, cols }
}

interface GroupPlan { height: number, perRow: number, rowHeights: number[] }

/** Best grid of a group's categories in `width`: the arrangement with the least height. */
function planGroup(group: MapShapeGroup, width: number, m: Metrics): GroupPlan | null {
  if (textWidth(group.name, m.fonts.group, MAP_FONT_WEIGHTS.group) > width)
    return null
  let best: GroupPlan | null = null
  for (let perRow = 1; perRow <= group.categories.length; perRow++) {
    const colWidth = (width - (perRow - 1) * m.gap) / perRow
    const sizes = group.categories.map(category => categorySize(category, colWidth, m))
    if (sizes.includes(null))
      continue
    const rowHeights: number[] = []
    sizes.forEach((size, index) => {
      const row = Math.floor(index / perRow)
      rowHeights[row] = Math.max(rowHeights[row] ?? 0, size!.height)
    })
    const height = m.groupTitle + rowHeights.reduce((sum, h) => sum + h, 0) + (rowHeights.length - 1) * m.gap
    if (!best || height < best.height - 1e-9)
      best = { height, perRow, rowHeights }
  }
  return best
}

/**
 * Splits `width` between a network's groups so that the tallest group is as short as possible. A group is never taller
 * for being wider, so the answer is the lowest height H at which the narrowest widths that keep each group within H
 * add up to no more than the room; the room left over is shared out in proportion.
 */
function planNetwork(network: MapShapeNetwork, width: number, m: Metrics): { widths: number[], plans: GroupPlan[] } | null {
  const groups = network.groups
  const free = width - (groups.length - 1) * m.gap
  const full = groups.map(group => planGroup(group, free, m))
  if (full.includes(null))
    return null
  // The narrowest width (to a tenth of a px) at which `group` is at most `height` tall; it is at `free`.
  const narrowest = (group: MapShapeGroup, height: number): number => {
    let low = 0
    let high = free
    while (high - low > 0.1) {
      const mid = (low + high) / 2
      const plan = planGroup(group, mid, m)
      if (plan && plan.height <= height + 1e-9)
        high = mid
      else
        low = mid
    }
    return high
  }
  let height = Math.max(...full.map(plan => plan!.height))
  for (;;) {
    const needs = groups.map(group => narrowest(group, height))
    const total = needs.reduce((a, b) => a + b, 0)
    if (total <= free + 1e-9) {
      const widths = needs.map(need => need + (free - total) * need / total)
      return { widths, plans: groups.map((group, i) => planGroup(group, widths[i]!, m)!) }
    }
    // Too wide: allow the next height any group takes when it is a little narrower.
    const next = groups.map((group, i) => planGroup(group, needs[i]! - 0.2, m)?.height ?? Infinity).filter(h => h > height + 1e-9)
    if (next.length === 0)
      return null
    height = Math.min(...next)
  }
}

function placeCategory(category: MapShapeCategory, rect: Rect, m: Metrics): PlacedCategory {
  const size = categorySize(category, rect.width, m)!
  const cellWidth = (rect.width - 2 * m.pad) / size.cols
  // Names start right under the category's title, as in the article's figure; a tall box keeps its space below.
  const gridTop = rect.y + m.categoryTitle
  const labels = category.labels.map((label, index) => {
    const row = Math.floor(index / size.cols)
    const inRow = Math.min(size.cols, category.labels.length - row * size.cols)
    // Centre a short last row.
    const left = rect.x + m.pad + (size.cols - inRow) * cellWidth / 2
    const x = left + (index % size.cols) * cellWidth
    const y = gridTop + row * m.line
    return { id: label.id, text: label.text, x, y, width: cellWidth, height: m.line, baseline: y + m.line * 0.68 }
  })
  return { id: category.id, rect, title: { text: category.name, x: rect.x + rect.width / 2, y: rect.y + m.categoryTitle * 0.72 }, labels }
}

function tryLayout(shape: MapShape, box: { width: number, height: number }, font: number): SectorMapLayout | string {
  const m = metricsFor(font)
  const inner = box.width - 2 * m.pad
  const placed: PlacedNetwork[] = []
  let y = 0
  for (const network of shape.networks) {
    if (textWidth(network.name, m.fonts.network, MAP_FONT_WEIGHTS.network) > inner)
      return `the title "${network.name}" is wider than ${box.width}px`
    const plan = planNetwork(network, inner, m)
    if (!plan)
      return `the groups of "${network.name}" do not fit side by side in ${box.width}px`
    const body = Math.max(...plan.plans.map(p => p.height))
    const rect = { x: 0, y, width: box.width, height: m.networkTitle + body + m.pad }
    let x = m.pad
    const groups = network.groups.map((group, g) => {
      const width = plan.widths[g]!
      const gp = plan.plans[g]!
      const groupRect = { x, y: y + m.networkTitle, width, height: body }
      x += width + m.gap
      const colWidth = (width - (gp.perRow - 1) * m.gap) / gp.perRow
      let rowY = groupRect.y + m.groupTitle
      const rows = gp.rowHeights.length
      // The last row stretches so that every group in a network ends on the same line.
      const stretch = body - gp.height
      const categories: PlacedCategory[] = []
      for (let row = 0; row < rows; row++) {
        const height = gp.rowHeights[row]! + (row === rows - 1 ? stretch : 0)
        group.categories.slice(row * gp.perRow, (row + 1) * gp.perRow).forEach((category, col) => {
          categories.push(placeCategory(category, { x: groupRect.x + col * (colWidth + m.gap), y: rowY, width: colWidth, height }, m))
        })
        rowY += height + m.gap
      }
      return { id: group.id, rect: groupRect, title: { text: group.name, x: groupRect.x + width / 2, y: groupRect.y + m.groupTitle * 0.68 }, categories }
    })
    placed.push({ id: network.id, rect, title: { text: network.name, x: box.width / 2, y: y + m.networkTitle * 0.7 }, groups })
    y += rect.height + m.gap
  }
  const height = y - m.gap
  if (height > box.height + 1e-9)
    return `it needs ${Math.ceil(height)}px of height, and the box has ${box.height}px`
  return { width: box.width, height, fonts: m.fonts, networks: placed }
}

/** Lays the map out in `box` with the largest label size that fits, never below MIN_FONT_PX. */
export function layoutSectorMap(shape: MapShape, box: { width: number, height: number }): SectorMapLayout {
  const empty = shape.networks.length === 0 || shape.networks.some(network => network.groups.length === 0
    || network.groups.some(group => group.categories.length === 0 || group.categories.some(category => category.labels.length === 0)))
  if (empty)
    throw new SectorMapLayoutError('The sector map needs at least one network, and every network, group and category needs entries.')
  let reason = ''
  for (let font = MAX_FONT_PX; font >= MIN_FONT_PX - 1e-9; font -= FONT_STEP) {
    const result = tryLayout(shape, box, font)
    if (typeof result !== 'string')
      return result
    reason = result
  }
  const entries = shape.networks.flatMap(n => n.groups.flatMap(g => g.categories.flatMap(c => c.labels))).length
  throw new SectorMapLayoutError(`The sector map (${shape.networks.length} networks, ${entries} entries) does not fit ${box.width}x${box.height}px at the readable minimum of ${MIN_FONT_PX}px: ${reason}. Split it (for example, one map slide per network) rather than shrinking the text.`)
}
