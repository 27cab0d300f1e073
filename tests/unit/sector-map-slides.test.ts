// Project names live only in data/depin.yaml: slide text (not the speaker notes) gets them from components.
import { describe, expect, it } from 'vitest'
import { loadSectorMapFile } from '../../data/load.ts'
import { loadDeck, PROJECT_ROOT } from '../../tools/deck'

const map = loadSectorMapFile(`${PROJECT_ROOT}data/depin.yaml`)
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

describe('slides.md and the sector map data', () => {
  const slides = loadDeck()

  it('writes no project name in slide text', () => {
    // The cover credits the article's author; that is a byline, not a list of projects.
    const textOf = (text: string) => text.replace(/article by CESS/g, 'article')
    const found = slides.flatMap(slide => map.projects
      .filter(project => new RegExp(`(^|[^\\w.])${escape(project.name)}(?![\\w.])`).test(textOf(slide.text)))
      .map(project => `slide ${slide.no}: ${project.name}`))
    expect(found).toEqual([])
  })

  it('has the map slide, a slide per group of the map, and the contribution slide', () => {
    const titles = slides.map(slide => slide.title)
    expect(titles).toContain('The sector map at a glance')
    for (const title of ['L1 Chain', 'X-Hub', 'IoT', 'Protocols', 'Compute Networks', 'Storage Networks', 'Backbone (Transmission) Networks', 'Energy Networks', 'Add your project'])
      expect(titles).toContain(title)
  })
})
