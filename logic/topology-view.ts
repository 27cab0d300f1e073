// What "Centralized versus DePIN" shows at each click step, from its layout (laid out at build time by
// logic/topology-layout.ts, served by plugins/drawings.ts): the state of each node and link, and the words.
// Light on purpose: the browser imports this, never the layout code or the font metrics.
//
//   const view = topologyView(layout, step)
import type { Graph } from './graph.ts'
import type { StatusView, TopologyLayout, TopologyPanel } from './topology-layout.ts'
import { edgeKey, pathEdges, reachable } from './graph.ts'

/** Click steps of the visual: the hub fails, then a mesh node fails. */
export const TOPOLOGY_STEPS = 2

type NodeState = 'up' | 'down'
/** A link that carries the service (on the mesh: the route), one that is idle, or one cut by a failure. */
type LinkState = 'route' | 'idle' | 'broken'

interface PanelView {
  nodes: Record<string, NodeState>
  links: Record<string, LinkState>
  /** Route links walked from b to a (their arrow points the other way). */
  reversed: Set<string>
  status: StatusView
}

export interface TopologyView {
  centralized: PanelView
  mesh: PanelView
  clientsServed: number
  description: string
}

/** What the topology shows at click `step` (0: both serve; 1: hub down; 2 and later: a mesh node down too). */
export function topologyView(layout: TopologyLayout, step: number): TopologyView {
  const { centralized, mesh, statuses } = layout
  const hubDown = step >= 1
  const meshDown = step >= 2

  // A client is served while it still reaches the hub.
  const starGraph: Graph = { nodes: centralized.nodes, edges: centralized.links.map(l => [l.a, l.b] as const) }
  const served = hubDown ? new Set<string>() : reachable(starGraph, centralized.hub)
  const clientsServed = centralized.clients.filter(id => served.has(id)).length
  const central: PanelView = {
    nodes: Object.fromEntries(centralized.nodes.map(node => [node.id, served.has(node.id) ? 'up' : 'down'])),
    links: Object.fromEntries(centralized.links.map(l => [l.key, hubDown ? 'broken' : 'route'])),
    reversed: new Set(),
    status: hubDown ? statuses.centralDown : statuses.centralUp,
  }

  const failed = meshDown ? mesh.failed : undefined
  const route = meshDown ? mesh.routeAfter : mesh.routeBefore
  const onRoute = pathEdges(route)
  const walked = new Map(route.slice(1).map((id, i) => [edgeKey(route[i]!, id), route[i]!]))
  const meshView: PanelView = {
    nodes: Object.fromEntries(mesh.nodes.map(node => [node.id, node.id === failed ? 'down' : 'up'])),
    links: Object.fromEntries(mesh.links.map(l => [l.key, l.a === failed || l.b === failed ? 'broken' : onRoute.has(l.key) ? 'route' : 'idle'])),
    reversed: new Set(mesh.links.filter(l => walked.has(l.key) && walked.get(l.key) !== l.a).map(l => l.key)),
    status: meshDown ? statuses.meshRerouted : statuses.meshUp,
  }

  const name = (panel: TopologyPanel, id: string) => panel.nodes.find(node => node.id === id)?.label?.toLowerCase() ?? id
  const relays = mesh.nodes.filter(node => !node.label).length
  const hops = route.length - 2
  const hub = name(centralized, centralized.hub)
  const centralText = hubDown
    ? `${centralized.title}: the ${hub} is down, so all ${centralized.clients.length} clients have lost service.`
    : `${centralized.title}: one ${hub} serves ${centralized.clients.length} clients.`
  const meshText = meshDown
    ? `${mesh.title}: a node on the route is down; the ${name(mesh, mesh.source)} data reroutes around it through ${hops} other nodes.`
    : `${mesh.title}: ${relays} independent nodes; ${name(mesh, mesh.source)} data reaches the ${name(mesh, mesh.target)} through ${hops} of them.`

  return {
    centralized: central,
    mesh: meshView,
    clientsServed,
    description: `${centralText} ${central.status.text}. ${meshText} ${meshView.status.text}.`,
  }
}
