import { describe, expect, it } from 'vitest'
import { timelineText, webEras } from '../data/visuals.ts'
import { reachable } from './graph.ts'
import { textWidth } from './text.ts'
import { drawMotif, layoutTimeline, TIMELINE_DEFAULTS } from './timeline-layout.ts'
import { axisReachAt, describeTimeline, erasShownAt, timelineSteps } from './timeline-view.ts'

const layout = layoutTimeline(webEras, timelineText)

describe('layoutTimeline', () => {
  it('sets the eras left to right on the axis, oldest first', () => {
    expect(layout.eras.map(era => era.name)).toEqual(webEras.map(era => era.name))
    const xs = layout.eras.map(era => era.x)
    expect([...xs].sort((a, b) => a - b)).toEqual(xs)
    for (const x of xs)
      expect(x > layout.axis.x1 && x < layout.axis.x2).toBe(true)
  })

  it('keeps each line of text inside its column and the box', () => {
    const column = layout.width / layout.eras.length
    layout.eras.forEach((era, i) => {
      expect(era.detailLines.join(' ')).toBe(era.detail)
      for (const [text, size] of [[era.name, layout.fonts.name], [era.keyword, layout.fonts.keyword], ...era.detailLines.map(line => [line, layout.fonts.detail] as const)] as const) {
        const half = textWidth(text, size, 800) / 2
        expect(era.x - half).toBeGreaterThanOrEqual(column * i)
        expect(era.x + half).toBeLessThanOrEqual(column * (i + 1))
      }
      expect(era.nameY).toBeGreaterThan(layout.axis.y)
      expect(era.detailY + (era.detailLines.length - 1) * layout.detailLineHeight).toBeLessThanOrEqual(layout.height)
    })
  })

  it('draws each picture above the axis and inside its column', () => {
    const column = layout.width / layout.eras.length
    layout.eras.forEach((era, i) => {
      for (const node of era.nodes) {
        expect(node.y + node.r).toBeLessThan(layout.now.y - layout.fonts.now)
        expect(node.y - node.r).toBeGreaterThanOrEqual(0)
        expect(node.x - node.r).toBeGreaterThanOrEqual(column * i)
        expect(node.x + node.r).toBeLessThanOrEqual(column * (i + 1))
      }
    })
  })

  it('uses the type scale: no text under 20 units at a 1:1 scale', () => {
    expect(layout.width).toBe(TIMELINE_DEFAULTS.width)
    expect(Math.min(...Object.values(layout.fonts))).toBeGreaterThanOrEqual(20)
  })

  it('marks today at its era, and refuses an unknown one', () => {
    const era = layout.eras.find(item => item.id === timelineText.nowEra)!
    expect(layout.now.x).toBe(era.x)
    expect(() => layoutTimeline(webEras, { ...timelineText, nowEra: 'web9' })).toThrow(/web9/)
  })

  it('refuses a line too wide for its column', () => {
    const long = webEras.map(era => ({ ...era, keyword: `${era.keyword}-and-a-great-deal-more` }))
    expect(() => layoutTimeline(long, timelineText)).toThrow(/too wide/)
  })
})

describe('the pictures tell the eras apart', () => {
  const graphOf = (motif: Parameters<typeof drawMotif>[0]) => {
    const { nodes, links } = drawMotif(motif, 0, 0, TIMELINE_DEFAULTS.motif)
    // Links are drawn between circles: find the nodes each one joins by its nearest ends.
    const nearest = (p: { x: number, y: number }) => nodes.reduce((best, node) => Math.hypot(node.x - p.x, node.y - p.y) < Math.hypot(best.x - p.x, best.y - p.y) ? node : best).id
    return { nodes, links, edges: links.map(link => [nearest(link.from), nearest(link.to)] as const) }
  }

  it('web 1.0: one source publishes one-way to its readers', () => {
    const { nodes, links, edges } = graphOf('broadcast')
    expect(nodes.filter(node => node.kind === 'source')).toHaveLength(1)
    expect(links.every(link => link.arrows === 'end')).toBe(true)
    expect(edges.every(([from]) => from === 'source')).toBe(true)
  })

  it('web 2.0: users take part both ways, all through one platform', () => {
    const { links, edges } = graphOf('platform')
    expect(links.every(link => link.arrows === 'both')).toBe(true)
    expect(edges.every(edge => edge.includes('platform'))).toBe(true)
  })

  it('web 3.0: peers with no centre; losing any one peer leaves the rest connected', () => {
    const { nodes, edges } = graphOf('mesh')
    expect(nodes.every(node => node.kind === 'peer')).toBe(true)
    const graph = { nodes, edges }
    for (const node of nodes) {
      expect(edges.filter(edge => edge.includes(node.id)).length).toBeLessThan(nodes.length - 1)
      const rest = nodes.filter(other => other.id !== node.id)
      expect(reachable(graph, rest[0]!.id, new Set([node.id])).size).toBe(rest.length)
    }
  })
})

describe('click steps', () => {
  it('shows one more era per click, the axis travelling with them', () => {
    expect(timelineSteps(layout)).toBe(webEras.length - 1)
    for (let step = 0; step <= timelineSteps(layout); step++)
      expect(erasShownAt(layout, step)).toEqual(webEras.slice(0, step + 1).map(era => era.id))
    expect(axisReachAt(layout, 0)).toBe(layout.eras[0]!.x)
    expect(axisReachAt(layout, timelineSteps(layout))).toBe(layout.axis.x2)
  })

  it('describes every era in words', () => {
    const text = describeTimeline(layout)
    for (const era of webEras)
      expect(text).toContain(`${era.name}, ${era.keyword.toLowerCase()}`)
  })
})
