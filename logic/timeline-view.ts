// What "The web's evolution" shows at each click step, from its layout (laid out at build time by
// logic/timeline-layout.ts, served by plugins/drawings.ts), and the timeline in words.
// Light on purpose: the browser imports this, never the layout code or the font metrics.
//
//   erasShownAt(layout, step)     // ids of the eras a click step shows
import type { TimelineLayout } from './timeline-layout.ts'

/** Click steps of the timeline: the first era shows from the start, each click adds the next. */
export function timelineSteps(layout: TimelineLayout): number {
  return layout.eras.length - 1
}

/** Ids of the eras shown at click `step`. */
export function erasShownAt(layout: TimelineLayout, step: number): string[] {
  return layout.eras.slice(0, Math.max(0, step) + 1).map(era => era.id)
}

/** Where the travelled part of the axis ends at click `step`: at the last era shown (the full axis once all are). */
export function axisReachAt(layout: TimelineLayout, step: number): number {
  const shown = erasShownAt(layout, step)
  return shown.length === layout.eras.length ? layout.axis.x2 : layout.eras[shown.length - 1]!.x
}

/** The timeline in words, for the SVG's description. */
export function describeTimeline(layout: TimelineLayout): string {
  const eras = layout.eras.map(era => `${era.name}, ${era.keyword.toLowerCase()}: ${era.detail.toLowerCase()}.`)
  const now = layout.eras.find(era => era.id === layout.now.era)!
  return `A timeline of the web, oldest first. ${eras.join(' ')} ${layout.now.text}: ${now.name}.`
}
