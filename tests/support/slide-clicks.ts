// How many click steps a slide of slides.md builds, derived from what it contains, never written down by hand:
//
//   slideClicks(slide)   // 3 for <ArchitectureDiagram />, one per network for <SectorMapSlide />, 4 for a <v-clicks>
//                        // of four elements; `clicks:` in the frontmatter, when set, is the slide's total
//
// The counts of our components come from the same modules the components use (the layout's reveal order, the map
// data), so a new layer or network changes the expected count with them.
import type { DeckSlide } from '../../tools/deck'
import { sectorMap } from '../../data'
import { timelineText, webEras } from '../../data/visuals'
import { ARCHITECTURE_CLICKS } from '../../logic/architecture-view'
import { layoutTimeline } from '../../logic/timeline-layout'
import { timelineSteps } from '../../logic/timeline-view'
import { TOPOLOGY_STEPS } from '../../logic/topology-view'

/**
 * Slides that build with clicks but whose notes are not split by `[click]` yet, by title. Remove a title once its
 * notes have one marker per step: tests/unit/note-clicks.test.ts and the presenter test then check it like the others.
 */
export const NOT_YET_SPLIT: ReadonlySet<string> = new Set([])

/** Top-level elements of an HTML fragment; when there are none, the items of a top-level markdown list. */
function topLevelItems(fragment: string): number {
  let depth = 0
  let count = 0
  for (const tag of fragment.matchAll(/<(\/?)[a-z][\w-]*(?:\s[^>]*?)?(\/?)>/gi)) {
    const closing = tag[1] === '/'
    const selfClosing = tag[2] === '/'
    if (closing) {
      depth--
      continue
    }
    if (depth === 0)
      count++
    if (!selfClosing)
      depth++
  }
  if (count)
    return count
  const items = [...fragment.matchAll(/^( *)[-*+] /gm)].map(match => match[1]!.length)
  return items.filter(indent => indent === Math.min(...items)).length
}

/** Click steps that the slide's components and v-click directives add up to. */
export function builtClicks(source: string): number {
  const html = source.replace(/<!--[\s\S]*?-->/g, '')
  let clicks = 0
  const withoutGroups = html.replace(/<v-clicks\b[^>]*>([\s\S]*?)<\/v-clicks>/g, (_, inner: string) => {
    clicks += topLevelItems(inner)
    return ''
  })
  clicks += [...withoutGroups.matchAll(/<v-click\b|\sv-click(?=[\s=>/])/g)].length
  clicks += [...html.matchAll(/<ArchitectureDiagram\b([^>]*)>/g)].filter(tag => !/:step=/.test(tag[1]!)).length * ARCHITECTURE_CLICKS
  clicks += [...html.matchAll(/<SectorMapSlide\b/g)].length * sectorMap.networks.length
  clicks += [...html.matchAll(/<WebTimeline\b/g)].length * timelineSteps(layoutTimeline(webEras, timelineText))
  clicks += [...html.matchAll(/<TopologyCompare\b/g)].length * TOPOLOGY_STEPS
  return clicks
}

/** The slide's click steps: its frontmatter `clicks` when set, otherwise what it builds. */
export function slideClicks(slide: Pick<DeckSlide, 'frontmatter' | 'source'>): number {
  const declared = slide.frontmatter.clicks
  return typeof declared === 'number' ? declared : builtClicks(slide.source)
}
