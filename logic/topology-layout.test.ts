import type { TopologySpec } from '../data/visuals.ts'
import { describe, expect, it } from 'vitest'
import { topology } from '../data/visuals.ts'
import { pathLength, reachable, shortestPath } from './graph.ts'
import { textWidth } from './text.ts'
import { layoutTopology, TOPOLOGY_DEFAULTS } from './topology-layout.ts'
import { TOPOLOGY_STEPS, topologyView } from './topology-view.ts'

const layout = layoutTopology(topology)
const { centralized, mesh } = layout

function inside(point: { x: number, y: number }, box: { x: number, y: number, width: number, height: number }) {
  return point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height
}

describe('layoutTopology', () => {
  it('puts the hub with its clients on the left and the mesh on the right, each node inside its panel', () => {
    expect(centralized.box.x + centralized.box.width).toBeLessThan(mesh.box.x)
    expect(centralized.clients).toHaveLength(topology.centralized.clients)
    expect(mesh.nodes.map(node => node.id)).toEqual(topology.mesh.nodes.map(node => node.id))
    for (const panel of [centralized, mesh]) {
      for (const node of panel.nodes) {
        const half = node.halfWidth ?? node.r
        expect(inside({ x: node.x - half, y: node.y - node.r }, panel.box)).toBe(true)
        expect(inside({ x: node.x + half, y: node.y + node.r }, panel.box)).toBe(true)
      }
    }
  })

  it('links every client to the hub and to nothing else', () => {
    expect(centralized.links).toHaveLength(centralized.clients.length)
    for (const link of centralized.links)
      expect([link.a, link.b].filter(id => id === centralized.hub)).toHaveLength(1)
  })

  it('keeps node labels inside their panel and clear of the status pill', () => {
    for (const panel of [centralized, mesh]) {
      const pill = topologyView(layout, TOPOLOGY_STEPS)[panel.id].status.box
      for (const node of panel.nodes.filter(item => item.label)) {
        // A label is either inside its pill or under its node on a backing that sits clear of the node.
        const box = node.labelAt!.box ?? { x: node.x - node.halfWidth!, y: node.y - node.r, width: node.halfWidth! * 2, height: node.r * 2 }
        expect(node.labelAt!.box === undefined).toBe(node.halfWidth !== undefined)
        if (node.labelAt!.box)
          expect(box.y).toBeGreaterThanOrEqual(node.y + node.r)
        else
          expect(textWidth(node.label!, layout.fonts.label, 800)).toBeLessThan(box.width)
        expect(inside(box, panel.box) && inside({ x: box.x + box.width, y: box.y + box.height }, panel.box)).toBe(true)
        expect(box.y + box.height).toBeLessThan(pill.y)
      }
    }
  })

  it('keeps each status pill inside its panel, under the drawing', () => {
    for (const step of [0, 1, TOPOLOGY_STEPS]) {
      const view = topologyView(layout, step)
      for (const panel of [centralized, mesh]) {
        const { box } = view[panel.id].status
        expect(inside(box, panel.box) && inside({ x: box.x + box.width, y: box.y + box.height }, panel.box)).toBe(true)
        for (const node of panel.nodes)
          expect(node.y + node.r).toBeLessThan(box.y)
      }
    }
  })

  it('routes over existing mesh edges from the source to the target, through the node that will fail', () => {
    const route = mesh.routeBefore
    expect(route[0]).toBe(mesh.source)
    expect(route.at(-1)).toBe(mesh.target)
    expect(route.slice(1, -1)).toContain(mesh.failed)
    const keys = new Set(mesh.links.map(link => link.key))
    for (let i = 1; i < route.length; i++)
      expect(keys.has([route[i - 1]!, route[i]!].sort().join('|'))).toBe(true)
  })

  it('reroutes around the failed node, stays connected, and is no shorter than the first route', () => {
    const { routeAfter, routeBefore, failed, graph } = mesh
    expect(routeAfter).not.toContain(failed)
    expect(routeAfter[0]).toBe(mesh.source)
    expect(routeAfter.at(-1)).toBe(mesh.target)
    expect(reachable(graph, mesh.source, new Set([failed])).has(mesh.target)).toBe(true)
    expect(pathLength(graph, routeAfter)).toBeGreaterThanOrEqual(pathLength(graph, routeBefore))
    expect(routeAfter).toEqual(shortestPath(graph, mesh.source, mesh.target, new Set([failed])))
  })

  it('keeps every mesh node but the ends optional: no single relay failure cuts the service', () => {
    for (const node of mesh.nodes.filter(item => item.id !== mesh.source && item.id !== mesh.target))
      expect(reachable(mesh.graph, mesh.source, new Set([node.id])).has(mesh.target)).toBe(true)
  })

  it('uses the type scale: no text under 20 units at a 1:1 scale', () => {
    expect(layout.width).toBe(TOPOLOGY_DEFAULTS.width)
    expect(Math.min(...Object.values(layout.fonts))).toBeGreaterThanOrEqual(20)
  })

  it('refuses a mesh that cannot reroute', () => {
    const line: TopologySpec = {
      ...topology,
      mesh: { ...topology.mesh, edges: [['sensor', 'n3'], ['n3', 'user']] },
    }
    expect(() => layoutTopology(line)).toThrow(/cannot reach/)
  })
})

describe('topologyView', () => {
  it('serves everyone before any failure', () => {
    const view = topologyView(layout, 0)
    expect(view.clientsServed).toBe(centralized.clients.length)
    expect(Object.values(view.centralized.nodes).every(state => state === 'up')).toBe(true)
    expect(Object.values(view.mesh.nodes).every(state => state === 'up')).toBe(true)
    expect(view.centralized.status.up && view.mesh.status.up).toBe(true)
  })

  it('click 1: the hub is down and every client with it, every hub link broken', () => {
    const view = topologyView(layout, 1)
    expect(view.clientsServed).toBe(0)
    for (const id of [centralized.hub, ...centralized.clients])
      expect(view.centralized.nodes[id]).toBe('down')
    expect(Object.values(view.centralized.links).every(state => state === 'broken')).toBe(true)
    expect(view.centralized.status).toMatchObject({ text: topology.status.down, up: false })
    expect(view.description).toContain(topology.status.down)
    // The mesh is untouched.
    expect(Object.values(view.mesh.nodes).every(state => state === 'up')).toBe(true)
  })

  it('click 2: the mesh node is down, its links broken, the reroute carries the service', () => {
    const view = topologyView(layout, TOPOLOGY_STEPS)
    expect(view.mesh.nodes[mesh.failed]).toBe('down')
    const routed = mesh.links.filter(link => view.mesh.links[link.key] === 'route')
    expect(routed).toHaveLength(mesh.routeAfter.length - 1)
    for (const link of mesh.links.filter(item => item.a === mesh.failed || item.b === mesh.failed))
      expect(view.mesh.links[link.key]).toBe('broken')
    expect(view.mesh.status).toMatchObject({ text: topology.status.rerouted, up: true })
    expect(view.description).toContain(topology.status.rerouted)
    // The hub stays down.
    expect(view.clientsServed).toBe(0)
  })

  it('marks the route links walked against their stored direction, so arrows point along the route', () => {
    for (const step of [0, TOPOLOGY_STEPS]) {
      const view = topologyView(layout, step)
      const route = step ? mesh.routeAfter : mesh.routeBefore
      for (let i = 1; i < route.length; i++) {
        const link = mesh.links.find(item => item.key === [route[i - 1]!, route[i]!].sort().join('|'))!
        expect(view.mesh.reversed.has(link.key)).toBe(link.a !== route[i - 1])
      }
    }
  })
})
