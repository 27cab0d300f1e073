import type { Graph } from './graph.ts'
import { describe, expect, it } from 'vitest'
import { edgeKey, pathEdges, pathLength, reachable, shortestPath } from './graph.ts'

// A square a-b-c-d with a long diagonal a-c, and an island e.
const square: Graph = {
  nodes: [
    { id: 'a', x: 0, y: 0 },
    { id: 'b', x: 1, y: 0 },
    { id: 'c', x: 1, y: 1 },
    { id: 'd', x: 0, y: 1 },
    { id: 'e', x: 5, y: 5 },
  ],
  edges: [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'a'], ['a', 'c']],
}

describe('shortestPath', () => {
  it('takes the geometrically shortest way', () => {
    expect(shortestPath(square, 'a', 'c')).toEqual(['a', 'c'])
    expect(shortestPath(square, 'a', 'b')).toEqual(['a', 'b'])
  })

  it('goes around a node that is down', () => {
    const path = shortestPath(square, 'b', 'd', new Set(['a']))
    expect(path).toEqual(['b', 'c', 'd'])
    expect(pathLength(square, path!)).toBeCloseTo(2)
  })

  it('says when nothing is left', () => {
    expect(shortestPath(square, 'a', 'e')).toBeUndefined()
    expect(shortestPath(square, 'b', 'd', new Set(['a', 'c']))).toBeUndefined()
    expect(shortestPath(square, 'a', 'c', new Set(['a']))).toBeUndefined()
  })

  it('refuses an edge to a node that does not exist', () => {
    expect(() => shortestPath({ nodes: square.nodes, edges: [['a', 'z']] }, 'a', 'b')).toThrow(/a-z/)
  })
})

describe('reachable', () => {
  it('finds every node connected to the start, and none across a failure', () => {
    expect([...reachable(square, 'a')].sort()).toEqual(['a', 'b', 'c', 'd'])
    expect([...reachable(square, 'b', new Set(['a', 'c']))]).toEqual(['b'])
    expect(reachable(square, 'a', new Set(['a'])).size).toBe(0)
  })
})

describe('edges of a path', () => {
  it('names an edge the same both ways round', () => {
    expect(edgeKey('a', 'b')).toBe(edgeKey('b', 'a'))
    expect(pathEdges(['a', 'b', 'c'])).toEqual(new Set([edgeKey('a', 'b'), edgeKey('c', 'b')]))
  })
})
