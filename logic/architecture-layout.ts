// Pure layout for the layered DePIN architecture diagram: Service Networks on top of DePIN, which holds
// De-Networks and PIN-Networks. No DOM, no randomness: the same model always gives the same geometry.
//
//   const layout = layoutArchitecture(model)            // throws ArchitectureLayoutError when a label cannot fit
//   layout.cells / layout.frames / layout.relations     // what the SVG draws, in viewBox units
//   layersAt(clicks)                                    // logic/architecture-view.ts: the layers a click step shows
import type { LayerId } from './architecture-view.ts'
import type { FittedLabel, InterWeight } from './text.ts'
import { ARCH_FONT_WEIGHTS } from './architecture-view.ts'
import { fitLabel, textWidth } from './text.ts'

interface ArchItem {
  label: string
  /** Id of a sector-map group or category that this item stands for (it links to that slide). */
  target?: string
}

export interface ArchGroup {
  name: string
  items: readonly ArchItem[]
  /** Open-ended: a trailing "…" cell says the list goes on. */
  more?: boolean
}

export interface ArchModel {
  services: ArchGroup
  depin: { name: string, de: ArchGroup, pin: ArchGroup }
}

export interface Rect { x: number, y: number, width: number, height: number }
interface Point { x: number, y: number }

export interface PlacedCell {
  id: string
  layer: LayerId
  label: string
  target?: string
  more: boolean
  box: Rect
  text: FittedLabel
  /** Where the label's lines start: centre x, first baseline y (each next line is `text.lineHeight` lower). */
  textAt: Point
}

export interface PlacedFrame {
  id: 'services' | 'depin' | LayerId
  /** The layer it belongs to; the DePIN frame is always shown. */
  layer: LayerId | 'depin'
  title: string
  box: Rect
  /** Baseline of the title, centred on the frame's top band. */
  titleY: number
  titleFontSize: number
}

interface PlacedRelation {
  id: 'runs-on' | 'rewards'
  layer: LayerId
  from: Point
  to: Point
  text: FittedLabel
  textAt: Point
  anchor: 'start' | 'middle'
}

export interface ArchitectureLayout {
  width: number
  height: number
  frames: PlacedFrame[]
  cells: PlacedCell[]
  relations: PlacedRelation[]
}

export interface LayoutOptions {
  width: number
  cellHeight: number
  fontSize: number
  minFontSize: number
  titleFontSize: number
  relationFontSize: number
  /** Room between Service Networks and DePIN, for the "runs on" arrow. */
  layerGap: number
  /** Room between De-Networks and PIN-Networks, for the "rewards and verifies" arrow. */
  bridgeGap: number
  columns: number
}

/** The diagram's width on its slide, in px of the 980 px canvas: the default layout less its 56 px side padding. */
export const SLIDE_DRAWN_WIDTH = 868
/** The type scale's floor (--dp-fs-min in styles/theme.css): no label is drawn smaller, in canvas px. */
export const MIN_CANVAS_FONT = 16

const WIDTH = 900

export const DEFAULT_LAYOUT: LayoutOptions = {
  width: WIDTH,
  cellHeight: 56,
  fontSize: 20,
  // The smallest size, in drawing units, that still draws MIN_CANVAS_FONT px at SLIDE_DRAWN_WIDTH (half-unit steps).
  minFontSize: Math.ceil(2 * MIN_CANVAS_FONT * WIDTH / SLIDE_DRAWN_WIDTH) / 2,
  titleFontSize: 20,
  relationFontSize: 18,
  layerGap: 40,
  bridgeGap: 130,
  columns: 2,
}

const PAD = 12
const BAND = 34
const GAP = 9
const TEXT_PAD = 8
const MORE = '…'

export class ArchitectureLayoutError extends Error {
  override name = 'ArchitectureLayoutError'
}

function entries(group: ArchGroup): { label: string, target?: string, more: boolean }[] {
  const items = group.items.map(item => ({ ...item, more: false }))
  return group.more ? [...items, { label: MORE, more: true }] : items
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'more'
}

/**
 * Fits a cell label at the largest size that fits, from `fontSize` down to `minFontSize`. A label with a trailing
 * parenthesis ("Blockchain (L1 Chain)") that needs two lines breaks before the parenthesis, not inside it, when both
 * parts fit a line each; otherwise it wraps word by word like any label.
 */
export function fitCellLabel(label: string, maxWidth: number, maxHeight: number, fontSize: number, minFontSize: number, weight: InterWeight = ARCH_FONT_WEIGHTS.label): FittedLabel | undefined {
  const open = label.lastIndexOf(' (')
  const parts = open > 0 && label.endsWith(')') ? [label.slice(0, open), label.slice(open + 1)] as const : undefined
  for (let size = fontSize; size >= minFontSize; size -= 0.5) {
    const whole = fitLabel(label, maxWidth, maxHeight, size, size, weight)
    if (whole && (!parts || whole.lines.length === 1))
      return whole
    if (parts) {
      const [head, aside] = parts.map(part => fitLabel(part, maxWidth, maxHeight / 2, size, size, weight))
      if (head?.lines.length === 1 && aside?.lines.length === 1)
        return { lines: [...head.lines, ...aside.lines], fontSize: size, lineHeight: head.lineHeight, width: Math.max(head.width, aside.width) }
    }
  }
  // Too long to keep the parenthesis whole: plain word wrap.
  return parts ? fitLabel(label, maxWidth, maxHeight, fontSize, minFontSize, weight) : undefined
}

function cell(layer: LayerId, entry: ReturnType<typeof entries>[number], box: Rect, o: LayoutOptions): PlacedCell {
  const text = fitCellLabel(entry.label, box.width - 2 * TEXT_PAD, box.height - TEXT_PAD, o.fontSize, o.minFontSize, ARCH_FONT_WEIGHTS.highlighted)
  if (!text)
    throw new ArchitectureLayoutError(`"${entry.label}" does not fit a ${Math.round(box.width)}×${Math.round(box.height)} box even at ${o.minFontSize}px; shorten it or use fewer columns.`)
  const textAt = { x: box.x + box.width / 2, y: centredBaseline(text, box.y + box.height / 2) }
  return { id: `${layer}-${slug(entry.label)}`, layer, label: entry.label, target: entry.target, more: entry.more, box, text, textAt }
}

/** First baseline that centres a block of lines on `centreY` (0.35em puts a line's x-height on the centre). */
function centredBaseline(text: FittedLabel, centreY: number): number {
  return centreY - ((text.lines.length - 1) * text.lineHeight) / 2 + text.fontSize * 0.35
}

function frame(id: PlacedFrame['id'], layer: PlacedFrame['layer'], title: string, box: Rect, o: LayoutOptions): PlacedFrame {
  if (textWidth(title, o.titleFontSize, ARCH_FONT_WEIGHTS.title) > box.width - 2 * PAD)
    throw new ArchitectureLayoutError(`The title "${title}" is wider than its ${Math.round(box.width)}px frame.`)
  return { id, layer, title, box, titleY: box.y + BAND / 2 + o.titleFontSize * 0.35, titleFontSize: o.titleFontSize }
}

/** A row of equal cells; the "…" cell is as narrow as it is tall. */
function row(layer: LayerId, group: ArchGroup, area: Rect, o: LayoutOptions): PlacedCell[] {
  const all = entries(group)
  const named = all.filter(entry => !entry.more).length
  const moreWidth = group.more ? o.cellHeight : 0
  const width = (area.width - GAP * (all.length - 1) - moreWidth) / Math.max(1, named)
  let x = area.x
  return all.map((entry) => {
    const w = entry.more ? moreWidth : width
    const placed = cell(layer, entry, { x, y: area.y, width: w, height: o.cellHeight }, o)
    x += w + GAP
    return placed
  })
}

function gridRows(group: ArchGroup, columns: number): number {
  return Math.max(1, Math.ceil(entries(group).length / columns))
}

/** Cells in reading order, `columns` to a row. */
function grid(layer: LayerId, group: ArchGroup, area: Rect, o: LayoutOptions): PlacedCell[] {
  const width = (area.width - GAP * (o.columns - 1)) / o.columns
  return entries(group).map((entry, index) => {
    const column = index % o.columns
    const line = Math.floor(index / o.columns)
    const box = { x: area.x + column * (width + GAP), y: area.y + line * (o.cellHeight + GAP), width, height: o.cellHeight }
    return cell(layer, entry, box, o)
  })
}

export function layoutArchitecture(model: ArchModel, options: Partial<LayoutOptions> = {}): ArchitectureLayout {
  const o = { ...DEFAULT_LAYOUT, ...options }
  const { width: W } = o
  const { de, pin } = model.depin

  const servicesBox = { x: 0, y: 0, width: W, height: BAND + o.cellHeight + PAD }
  const services = row('services', model.services, { x: PAD, y: BAND, width: W - 2 * PAD, height: o.cellHeight }, o)

  const rows = Math.max(gridRows(de, o.columns), gridRows(pin, o.columns))
  const subHeight = BAND + rows * o.cellHeight + (rows - 1) * GAP + PAD
  const depinBox = { x: 0, y: servicesBox.height + o.layerGap, width: W, height: BAND + subHeight + PAD }
  const subWidth = (W - 2 * PAD - o.bridgeGap) / 2
  const deBox = { x: PAD, y: depinBox.y + BAND, width: subWidth, height: subHeight }
  const pinBox = { x: PAD + subWidth + o.bridgeGap, y: deBox.y, width: subWidth, height: subHeight }
  const inner = (box: Rect) => ({ x: box.x + PAD, y: box.y + BAND, width: box.width - 2 * PAD, height: box.height - BAND - PAD })

  const relationText = (label: string, maxWidth: number) => {
    const text = fitLabel(label, maxWidth, 3 * o.relationFontSize * 1.25, o.relationFontSize, o.minFontSize, ARCH_FONT_WEIGHTS.relation)
    if (!text)
      throw new ArchitectureLayoutError(`The relation label "${label}" does not fit its ${Math.round(maxWidth)}px gap.`)
    return text
  }
  const midX = W / 2
  const bridgeY = deBox.y + BAND + (o.cellHeight * Math.min(rows, 2) + GAP) / 2
  const rewards = relationText('rewards and verifies', o.bridgeGap - 12)
  const runsOn = relationText('runs on', W / 3)
  const relations: PlacedRelation[] = [
    {
      id: 'rewards',
      layer: 'de',
      from: { x: deBox.x + deBox.width, y: bridgeY },
      to: { x: pinBox.x, y: bridgeY },
      text: rewards,
      // Stacked above the arrow, its last line just clear of it.
      textAt: { x: midX, y: bridgeY - 6 - (rewards.lines.length - 1) * rewards.lineHeight },
      anchor: 'middle',
    },
    {
      id: 'runs-on',
      layer: 'services',
      from: { x: midX, y: servicesBox.height },
      to: { x: midX, y: depinBox.y },
      text: runsOn,
      textAt: { x: midX + 10, y: centredBaseline(runsOn, servicesBox.height + o.layerGap / 2) },
      anchor: 'start',
    },
  ]

  return {
    width: W,
    height: depinBox.y + depinBox.height,
    frames: [
      frame('depin', 'depin', model.depin.name, depinBox, o),
      frame('de', 'de', de.name, deBox, o),
      frame('pin', 'pin', pin.name, pinBox, o),
      frame('services', 'services', model.services.name, servicesBox, o),
    ],
    cells: [...grid('pin', pin, inner(pinBox), o), ...grid('de', de, inner(deBox), o), ...services],
    relations,
  }
}

function listOf(group: ArchGroup): string {
  const names = group.items.map(item => item.label)
  return group.more ? `${names.join(', ')}, and more` : names.join(', ')
}

/** The diagram as one paragraph, for `<desc>` and screen readers. */
export function describeArchitecture(model: ArchModel): string {
  const { de, pin } = model.depin
  return `${model.services.name} (${listOf(model.services)}) run on ${model.depin.name}. `
    + `${model.depin.name} holds ${de.name} (${listOf(de)}) and ${pin.name} (${listOf(pin)}). `
    + `${de.name} reward and verify the ${pin.name}.`
}
