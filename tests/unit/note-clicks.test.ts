// Notes that follow the clicks: every slide that builds with clicks has its speaker notes split by `[click]` markers,
// one per step, so presenter mode highlights the paragraph the presenter is on. Click counts are derived from the
// slide's components and the data (tests/support/slide-clicks.ts), never written here.
import { describe, expect, it } from 'vitest'
import { sectorMap } from '../../data'
import { ARCHITECTURE_CLICKS } from '../../logic/architecture-view'
import { noteClicks, noteSegments } from '../../logic/note-clicks'
import { loadDeck } from '../../tools/deck'
import { builtClicks, NOT_YET_SPLIT, slideClicks } from '../support/slide-clicks'

const slides = loadDeck()
const building = slides.filter(slide => slideClicks(slide) > 0)

describe('click steps of a slide, derived from its content', () => {
  it('counts our components, v-clicks groups and v-click elements', () => {
    expect(builtClicks('<ArchitectureDiagram />')).toBe(ARCHITECTURE_CLICKS)
    expect(builtClicks('<ArchitectureDiagram :step="3" />')).toBe(0)
    expect(builtClicks('<SectorMapSlide />')).toBe(sectorMap.networks.length)
    expect(builtClicks('<v-clicks>\n  <div><b>a</b><i-x /></div>\n  <div>b</div>\n  <p>c</p>\n</v-clicks>')).toBe(3)
    expect(builtClicks('<v-clicks>\n\n- a\n  - a.1\n- b\n\n</v-clicks>')).toBe(2)
    expect(builtClicks('<div v-click>a</div> <v-click>b</v-click> <div v-after>c</div>')).toBe(2)
    expect(builtClicks('<!-- <v-click>in a comment</v-click> --> plain')).toBe(0)
  })

  it('takes the frontmatter `clicks` as the total when a slide sets it', () => {
    expect(slideClicks({ frontmatter: { clicks: 5 }, source: '<ArchitectureDiagram />' })).toBe(5)
    expect(slideClicks({ frontmatter: {}, source: '<ArchitectureDiagram />' })).toBe(ARCHITECTURE_CLICKS)
  })
})

describe('speaker notes that follow the clicks', () => {
  it('finds the slides that build with clicks, the architecture diagram and the sector map among them', () => {
    const sources = building.map(slide => slide.source)
    expect(sources.some(source => source.includes('<ArchitectureDiagram />'))).toBe(true)
    expect(sources.some(source => source.includes('<SectorMapSlide'))).toBe(true)
  })

  it('declares on a slide the same clicks as its components build', () => {
    const mismatched = building.filter(slide => slide.frontmatter.clicks !== undefined && slide.frontmatter.clicks !== builtClicks(slide.source))
    expect(mismatched.map(slide => `${slide.no} ${slide.title}: clicks ${String(slide.frontmatter.clicks)}, builds ${builtClicks(slide.source)}`)).toEqual([])
  })

  it.each(building.filter(slide => !NOT_YET_SPLIT.has(slide.title)).map(slide => [slide.no, slide.title, slide] as const))(
    'slide %i (%s) has one [click] marker per click step, each with its own text',
    (_no, _title, slide) => {
      expect(noteClicks(slide.note)).toBe(slideClicks(slide))
      // Every step, and the state before the first click, has something to say.
      expect(noteSegments(slide.note).map(segment => segment.click)).toEqual(Array.from({ length: slideClicks(slide) + 1 }, (_, click) => click))
    },
  )

  it('lists as not yet split only slides that build with clicks and still have no markers', () => {
    const listed = slides.filter(slide => NOT_YET_SPLIT.has(slide.title))
    expect(listed.map(slide => slide.title).sort()).toEqual([...NOT_YET_SPLIT].sort())
    expect(listed.filter(slide => slideClicks(slide) === 0 || noteClicks(slide.note) > 0).map(slide => slide.title)).toEqual([])
  })

  it('puts no marker in the notes of a slide without clicks (Slidev would highlight nothing)', () => {
    const stray = slides.filter(slide => slideClicks(slide) === 0 && noteClicks(slide.note) > 0)
    expect(stray.map(slide => `${slide.no} ${slide.title}`)).toEqual([])
  })
})
