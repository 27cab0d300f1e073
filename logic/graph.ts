// Small, pure graph questions for the network drawings: is there still a path when a node fails, and which is the
// shortest one. Undirected; an edge's weight is the distance between its two drawn nodes, so "shortest" is what the
// eye sees as the direct way.
//
//   const graph = { nodes: [{ id: 'a', x: 0, y: 0 }, ...], edges: [['a', 'b'], ...] }
//   shortestPath(graph, 'a', 'd')                   // ['a', 'b', 'd'], or undefined when d cannot be reached
//   shortestPath(graph, 'a', 'd', new Set(['b']))   // the same question with b down
//   reachable(graph, 'a', new Set(['b']))           // every node a still reaches with b down

interface GraphNode { id: string, x: number, y: number }

export interface Graph {
  nodes: readonly GraphNode[]
  edges: readonly (readonly [string, string])[]
}

/** Each node's neighbours with the edge length, in the order the edges are listed (ties resolve the same way every time). */
function adjacency(graph: Graph, down: ReadonlySet<string>): Map<string, { id: string, length: number }[]> {
  const at = new Map(graph.nodes.map(node => [node.id, node]))
  const next = new Map(graph.nodes.map(node => [node.id, [] as { id: string, length: number }[]]))
  for (const [a, b] of graph.edges) {
    const from = at.get(a)
    const to = at.get(b)
    if (!from || !to)
      throw new Error(`graph: edge ${a}-${b} names a node that does not exist`)
    if (down.has(a) || down.has(b))
      continue
    const length = Math.hypot(to.x - from.x, to.y - from.y)
    next.get(a)!.push({ id: b, length })
    next.get(b)!.push({ id: a, length })
  }
  return next
}

/** Every node that `from` reaches without passing a node in `down` (itself included, unless it is down). */
export function reachable(graph: Graph, from: string, down: ReadonlySet<string> = new Set()): Set<string> {
  const seen = new Set<string>()
  if (down.has(from))
    return seen
  const next = adjacency(graph, down)
  const queue = [from]
  seen.add(from)
  while (queue.length) {
    for (const { id } of next.get(queue.shift()!) ?? []) {
      if (!seen.has(id)) {
        seen.add(id)
        queue.push(id)
      }
    }
  }
  return seen
}

/** Dijkstra over edge lengths: the node ids from `from` to `to` avoiding `down`, or undefined when none is left. */
export function shortestPath(graph: Graph, from: string, to: string, down: ReadonlySet<string> = new Set()): string[] | undefined {
  if (down.has(from) || down.has(to))
    return undefined
  const next = adjacency(graph, down)
  const distance = new Map<string, number>([[from, 0]])
  const previous = new Map<string, string>()
  const done = new Set<string>()
  while (true) {
    let current: string | undefined
    for (const [id, d] of distance) {
      if (!done.has(id) && (current === undefined || d < distance.get(current)!))
        current = id
    }
    if (current === undefined)
      return undefined
    if (current === to)
      break
    done.add(current)
    for (const { id, length } of next.get(current) ?? []) {
      const d = distance.get(current)! + length
      if (d < (distance.get(id) ?? Number.POSITIVE_INFINITY)) {
        distance.set(id, d)
        previous.set(id, current)
      }
    }
  }
  const path = [to]
  while (path[0] !== from)
    path.unshift(previous.get(path[0]!)!)
  return path
}

/** The length of a path of node ids, summed edge by edge. */
export function pathLength(graph: Graph, path: readonly string[]): number {
  const at = new Map(graph.nodes.map(node => [node.id, node]))
  let total = 0
  for (let i = 1; i < path.length; i++) {
    const a = at.get(path[i - 1]!)!
    const b = at.get(path[i]!)!
    total += Math.hypot(b.x - a.x, b.y - a.y)
  }
  return total
}

/** The undirected edge key of a pair of nodes, the same whichever way round they are given. */
export function edgeKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`
}

/** The edges a path walks, as edge keys. */
export function pathEdges(path: readonly string[]): Set<string> {
  const keys = new Set<string>()
  for (let i = 1; i < path.length; i++)
    keys.add(edgeKey(path[i - 1]!, path[i]!))
  return keys
}
