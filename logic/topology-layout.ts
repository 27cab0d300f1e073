// Pure layout and states of "Centralized versus DePIN": a hub with its clients beside a mesh of independent nodes.
// Step 0 both serve; step 1 the hub goes down and every client loses service; step 2 a mesh node on the route goes
// down and the traffic takes the shortest path around it, so the service stays up.
//
//   const layout = layoutTopology(topology)        // geometry in viewBox units (1 unit = 1 px at the slide's width)
//   const view = topologyView(layout, step)        // logic/topology-view.ts: the states at a click step, and the words
import type { TopologySpec } from '../data/visuals.ts'
import type { Graph } from './graph.ts'
import { edgeKey, shortestPath } from './graph.ts'
import { textWidth } from './text.ts'

/** Labels and status pills are bold in TopologyDrawing.vue (600 to 800): measured at the boldest, they fit either way. */
const LABEL_WEIGHT = 800

interface Point { x: number, y: number }
interface Box { x: number, y: number, width: number, height: number }
interface Segment { from: Point, to: Point }

interface TopologyFonts { title: number, subtitle: number, label: number, status: number }

export interface PlacedNode extends Point {
  id: string
  /** Radius; for a pill, half its height. */
  r: number
  /** A pill (a labelled end of the mesh, its label inside) has a half width; a circle has none. */
  halfWidth?: number
  label?: string
  /** Baseline of the label with its anchor, kept inside the panel; `box` backs a label set outside its node. */
  labelAt?: Point & { anchor: 'start' | 'middle' | 'end', box?: Box }
}

export interface PlacedLink extends Segment {
  key: string
  a: string
  b: string
  /** The link from a to b, cut short by the node circles, with room for an arrow head at b. */
  visible: Segment
  /** The same from b to a. */
  visibleBack: Segment
}

export interface TopologyPanel {
  id: 'centralized' | 'mesh'
  box: Box
  title: string
  subtitle: string
  titleAt: Point
  subtitleAt: Point
  statusAt: Point
  nodes: PlacedNode[]
  links: PlacedLink[]
}

export interface TopologyLayout {
  width: number
  height: number
  fonts: TopologyFonts
  centralized: TopologyPanel & { hub: string, clients: string[] }
  mesh: TopologyPanel & { source: string, target: string, routeBefore: string[], failed: string, routeAfter: string[], graph: Graph }
  status: TopologySpec['status']
  /** The status pills of both panels in each state, sized to their text. */
  statuses: { centralUp: StatusView, centralDown: StatusView, meshUp: StatusView, meshRerouted: StatusView }
}

export interface TopologyOptions { width: number, height: number, gap: number, pad: number, fonts: TopologyFonts }

export const TOPOLOGY_DEFAULTS: TopologyOptions = {
  width: 868,
  height: 400,
  gap: 28,
  pad: 20,
  fonts: { title: 30, subtitle: 22, label: 20, status: 24 },
}

const HUB_R = 34
const CLIENT_R = 15
const RELAY_R = 15
const END_R = 19

/** How far from its centre a node's outline is in direction (ux, uy): the radius, or where a pill's box is crossed. */
function reach(node: PlacedNode, ux: number, uy: number): number {
  if (node.halfWidth === undefined)
    return node.r
  return Math.min(Math.abs(ux) > 1e-9 ? node.halfWidth / Math.abs(ux) : Number.POSITIVE_INFINITY, Math.abs(uy) > 1e-9 ? node.r / Math.abs(uy) : Number.POSITIVE_INFINITY)
}

/** From `a` to `b`, starting just outside a's outline and stopping short of b's, where an arrow head fits. */
function shortened(a: PlacedNode, b: PlacedNode): Segment {
  const length = Math.hypot(b.x - a.x, b.y - a.y)
  const ux = (b.x - a.x) / length
  const uy = (b.y - a.y) / length
  const start = reach(a, ux, uy) + 3
  const end = reach(b, -ux, -uy) + 7
  return { from: { x: a.x + ux * start, y: a.y + uy * start }, to: { x: b.x - ux * end, y: b.y - uy * end } }
}

function link(a: PlacedNode, b: PlacedNode): PlacedLink {
  return {
    key: edgeKey(a.id, b.id),
    a: a.id,
    b: b.id,
    from: { x: a.x, y: a.y },
    to: { x: b.x, y: b.y },
    visible: shortened(a, b),
    visibleBack: shortened(b, a),
  }
}

function panelFrame(box: Box, fonts: TopologyFonts, pad: number) {
  const titleAt = { x: box.x + box.width / 2, y: box.y + pad + fonts.title * 0.8 }
  const subtitleAt = { x: titleAt.x, y: titleAt.y + fonts.subtitle * 1.4 }
  const statusAt = { x: titleAt.x, y: box.y + box.height - pad }
  // The drawing area between the words, with room for the node labels under the nodes.
  const top = subtitleAt.y + fonts.subtitle
  const bottom = statusAt.y - fonts.status * 1.6
  const area = { x: box.x + pad, y: top, width: box.width - 2 * pad, height: bottom - top }
  return { titleAt, subtitleAt, statusAt, area }
}

/** Places a label under its node, centred, and slides it sideways to stay inside `area`. */
function labelUnder(node: PlacedNode, text: string, font: number, area: Box): NonNullable<PlacedNode['labelAt']> {
  const y = node.y + node.r + font * 1.2
  const width = textWidth(text, font, LABEL_WEIGHT)
  const half = width / 2
  const at = node.x - half < area.x
    ? { x: area.x, anchor: 'start' as const, left: area.x }
    : node.x + half > area.x + area.width
      ? { x: area.x + area.width, anchor: 'end' as const, left: area.x + area.width - width }
      : { x: node.x, anchor: 'middle' as const, left: node.x - half }
  const pad = font * 0.2
  return { x: at.x, y, anchor: at.anchor, box: { x: at.left - pad, y: y - font * 0.95, width: width + 2 * pad, height: font * 1.25 } }
}

/** Lays out both panels and computes the mesh route before and after its failure. Throws when the data cannot tell the story. */
export function layoutTopology(spec: TopologySpec, options: TopologyOptions = TOPOLOGY_DEFAULTS): TopologyLayout {
  const { width, height, gap, pad, fonts } = options
  const panelWidth = (width - gap) / 2
  const leftBox = { x: 0, y: 0, width: panelWidth, height }
  const rightBox = { x: panelWidth + gap, y: 0, width: panelWidth, height }

  // Centralized: the hub in the middle, its clients on an ellipse around it, one link each.
  const left = panelFrame(leftBox, fonts, pad)
  const centre = { x: left.area.x + left.area.width / 2, y: left.area.y + left.area.height / 2 }
  const hub: PlacedNode = { id: 'hub', ...centre, r: HUB_R, label: spec.centralized.hub }
  hub.labelAt = labelUnder(hub, spec.centralized.hub, fonts.label, left.area)
  const rx = left.area.width / 2 - CLIENT_R
  const ry = left.area.height / 2 - CLIENT_R
  const count = spec.centralized.clients
  if (count < 2)
    throw new Error(`topology: a hub needs at least 2 clients to make the point, got ${count}`)
  const clients: PlacedNode[] = Array.from({ length: count }, (_, i) => {
    const angle = -Math.PI / 2 + Math.PI / count + (2 * Math.PI * i) / count
    return { id: `client-${i + 1}`, x: centre.x + rx * Math.cos(angle), y: centre.y + ry * Math.sin(angle), r: CLIENT_R }
  })

  // Mesh: nodes from the unit square into the drawing area; the labelled ends are pills with their label inside.
  const right = panelFrame(rightBox, fonts, pad)
  const halfWidthOf = (label: string) => textWidth(label, fonts.label, LABEL_WEIGHT) / 2 + fonts.label * 0.6
  const margin = Math.max(END_R, ...spec.mesh.nodes.map(node => (node.label ? halfWidthOf(node.label) : RELAY_R)))
  const meshArea = { x: right.area.x + margin, y: right.area.y + END_R, width: right.area.width - 2 * margin, height: right.area.height - 2 * END_R }
  const nodes: PlacedNode[] = spec.mesh.nodes.map((node) => {
    const placed: PlacedNode = {
      id: node.id,
      x: meshArea.x + node.x * meshArea.width,
      y: meshArea.y + node.y * meshArea.height,
      r: node.label ? END_R : RELAY_R,
    }
    if (node.label) {
      placed.label = node.label
      placed.halfWidth = halfWidthOf(node.label)
      placed.labelAt = { x: placed.x, y: placed.y + fonts.label * 0.35, anchor: 'middle' }
    }
    return placed
  })
  const byId = new Map(nodes.map(node => [node.id, node]))
  const graph: Graph = { nodes, edges: spec.mesh.edges }
  const { source, target } = spec.mesh
  if (!byId.has(source) || !byId.has(target))
    throw new Error(`topology: the mesh has no node "${byId.has(source) ? target : source}"`)
  const routeBefore = shortestPath(graph, source, target)
  if (!routeBefore || routeBefore.length < 3)
    throw new Error(`topology: the route from ${source} to ${target} needs a relay node to fail`)
  const failed = routeBefore[Math.floor(routeBefore.length / 2)]!
  const routeAfter = shortestPath(graph, source, target, new Set([failed]))
  if (!routeAfter)
    throw new Error(`topology: with ${failed} down the mesh cannot reach ${target}: add a redundant path`)

  return {
    width,
    height,
    fonts,
    centralized: {
      id: 'centralized',
      box: leftBox,
      title: spec.centralized.title,
      subtitle: spec.centralized.subtitle,
      ...left,
      nodes: [hub, ...clients],
      links: clients.map(client => link(hub, client)),
      hub: hub.id,
      clients: clients.map(client => client.id),
    },
    mesh: {
      id: 'mesh',
      box: rightBox,
      title: spec.mesh.title,
      subtitle: spec.mesh.subtitle,
      ...right,
      nodes,
      links: spec.mesh.edges.map(([a, b]) => link(byId.get(a)!, byId.get(b)!)),
      source,
      target,
      routeBefore,
      failed,
      routeAfter,
      graph,
    },
    status: spec.status,
    statuses: {
      centralUp: statusOf(spec.status.up, true, left.statusAt, fonts.status),
      centralDown: statusOf(spec.status.down, false, left.statusAt, fonts.status),
      meshUp: statusOf(spec.status.up, true, right.statusAt, fonts.status),
      meshRerouted: statusOf(spec.status.rerouted, true, right.statusAt, fonts.status),
    },
  }
}

export interface StatusView {
  text: string
  up: boolean
  /** The pill behind the text, sized to it. */
  box: Box
}

/** The status line of a panel, centred on its place, with a pill around it. */
function statusOf(text: string, up: boolean, at: Point, font: number): StatusView {
  const width = textWidth(text, font, LABEL_WEIGHT) + font * 1.2
  const height = font * 1.6
  return { text, up, box: { x: at.x - width / 2, y: at.y - font * 1.15, width, height } }
}
