// Pure layout of "The web's evolution": one timeline, an era per column, each with a small picture of how people
// connect in it (one source to readers; users through a platform; peers with no centre) above the axis, and its name,
// keyword and a few words below. One click reveals one more era.
//
//   const layout = layoutTimeline(webEras, timelineText)   // geometry in viewBox units (1 unit = 1 px on the slide)
//   erasShownAt(layout, step)                              // logic/timeline-view.ts: the eras a click step shows
import type { EraMotif, WebEra } from '../data/visuals.ts'
import { textWidth, wrapText } from './text.ts'

interface Point { x: number, y: number }

type MotifNodeKind = 'source' | 'reader' | 'platform' | 'user' | 'peer'

export interface MotifNode extends Point { id: string, kind: MotifNodeKind, r: number }

export interface MotifLink {
  from: Point
  to: Point
  /** Which ends carry an arrow head: one-way (publishing), both ways (taking part), or none (peers). */
  arrows: 'end' | 'both' | 'none'
}

interface PlacedEra {
  id: string
  name: string
  keyword: string
  detail: string
  /** The detail wrapped to the width of the era's picture; each next line is `detailLineHeight` lower. */
  detailLines: string[]
  motif: EraMotif
  /** Centre of the column; the era's node on the axis sits at (x, axisY). */
  x: number
  nameY: number
  keywordY: number
  detailY: number
  nodes: MotifNode[]
  links: MotifLink[]
}

interface TimelineFonts { name: number, keyword: number, detail: number, now: number }

export interface TimelineLayout {
  width: number
  height: number
  fonts: TimelineFonts
  axis: { x1: number, x2: number, y: number }
  eraR: number
  detailLineHeight: number
  eras: PlacedEra[]
  now: { era: string, text: string, x: number, y: number }
}

export interface TimelineOptions {
  width: number
  /** The box of each era's picture. */
  motif: { width: number, height: number }
  fonts: TimelineFonts
}

export const TIMELINE_DEFAULTS: TimelineOptions = {
  width: 868,
  motif: { width: 210, height: 170 },
  fonts: { name: 34, keyword: 30, detail: 22, now: 20 },
}

const ERA_R = 11

/** Segment from a to b, kept off both node circles (with room for an arrow head). */
function between(a: MotifNode, b: MotifNode): { from: Point, to: Point } {
  const length = Math.hypot(b.x - a.x, b.y - a.y)
  const ux = (b.x - a.x) / length
  const uy = (b.y - a.y) / length
  return { from: { x: a.x + ux * (a.r + 4), y: a.y + uy * (a.r + 4) }, to: { x: b.x - ux * (b.r + 4), y: b.y - uy * (b.r + 4) } }
}

/** Points on an ellipse around (cx, cy), the first straight up. */
function ring(count: number, cx: number, cy: number, rx: number, ry: number, turn = 0): Point[] {
  return Array.from({ length: count }, (_, i) => {
    const angle = -Math.PI / 2 + turn + (2 * Math.PI * i) / count
    return { x: cx + rx * Math.cos(angle), y: cy + ry * Math.sin(angle) }
  })
}

/** The era's little network, centred on (cx, cy) in a box of `size`. */
export function drawMotif(motif: EraMotif, cx: number, cy: number, size: TimelineOptions['motif']): { nodes: MotifNode[], links: MotifLink[] } {
  const w = size.width / 2
  const h = size.height / 2
  if (motif === 'broadcast') {
    const source: MotifNode = { id: 'source', kind: 'source', x: cx, y: cy - h + 20, r: 20 }
    const readers = [-1, 0, 1].map((k, i): MotifNode => ({ id: `reader-${i + 1}`, kind: 'reader', x: cx + k * (w - 20), y: cy + h - 14, r: 12 }))
    return { nodes: [source, ...readers], links: readers.map(reader => ({ ...between(source, reader), arrows: 'end' as const })) }
  }
  if (motif === 'platform') {
    const platform: MotifNode = { id: 'platform', kind: 'platform', x: cx, y: cy, r: 22 }
    const users = ring(6, cx, cy, w - 14, h - 14, Math.PI / 6).map((p, i): MotifNode => ({ id: `user-${i + 1}`, kind: 'user', ...p, r: 12 }))
    return { nodes: [platform, ...users], links: users.map(user => ({ ...between(user, platform), arrows: 'both' as const })) }
  }
  const peers = ring(6, cx, cy, w - 14, h - 14, Math.PI / 6).map((p, i): MotifNode => ({ id: `peer-${i + 1}`, kind: 'peer', ...p, r: 14 }))
  // Each peer links to its two neighbours and to the one across: a mesh with no centre.
  const links: MotifLink[] = []
  peers.forEach((peer, i) => {
    links.push({ ...between(peer, peers[(i + 1) % peers.length]!), arrows: 'none' })
    if (i < peers.length / 2)
      links.push({ ...between(peer, peers[i + peers.length / 2]!), arrows: 'none' })
  })
  return { nodes: peers, links }
}

/** Lays the eras out left to right, oldest first; the height follows from the content. Throws when a line cannot fit its column. */
export function layoutTimeline(eras: readonly WebEra[], text: { now: string, nowEra: string }, options: TimelineOptions = TIMELINE_DEFAULTS): TimelineLayout {
  const { width, motif, fonts } = options
  if (eras.length === 0)
    throw new Error('timeline: no eras to draw')
  const column = width / eras.length
  if (motif.width > column)
    throw new Error(`timeline: pictures of ${motif.width} units do not fit columns of ${Math.floor(column)}`)
  const axisY = motif.height + fonts.now * 2.6
  const nameY = axisY + ERA_R + fonts.name * 1.35
  const keywordY = nameY + fonts.keyword * 1.3
  const detailY = keywordY + fonts.detail * 1.45
  const detailLineHeight = fonts.detail * 1.25
  const wrapped = eras.map(era => wrapText(era.detail, motif.width, fonts.detail))
  const height = Math.ceil(detailY + (Math.max(...wrapped.map(lines => lines.length)) - 1) * detailLineHeight + fonts.detail * 0.4)

  const placed = eras.map((era, i): PlacedEra => {
    const x = column * (i + 0.5)
    const detailLines = wrapped[i]!
    // Weights as TimelineDrawing.vue draws them (700 is drawn with the 800 face, the boldest loaded).
    for (const [line, size, weight] of [[era.name, fonts.name, 800], [era.keyword, fonts.keyword, 800], ...detailLines.map(l => [l, fonts.detail, 400] as const)] as const) {
      if (textWidth(line, size, weight) > column - 12)
        throw new Error(`timeline: "${line}" is too wide for its column at ${size}px`)
    }
    return { ...era, detailLines, x, nameY, keywordY, detailY, ...drawMotif(era.motif, x, motif.height / 2 + 2, motif) }
  })
  const nowEra = placed.find(era => era.id === text.nowEra)
  if (!nowEra)
    throw new Error(`timeline: the era "${text.nowEra}" marked as today is not in the list`)
  return {
    width,
    height,
    fonts,
    axis: { x1: 4, x2: width - 4, y: axisY },
    eraR: ERA_R,
    detailLineHeight,
    eras: placed,
    now: { era: nowEra.id, text: text.now, x: nowEra.x, y: axisY - ERA_R - fonts.now * 0.7 },
  }
}
