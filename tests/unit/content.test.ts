// What slides.md says: notes on every slide, every article heading, the article's order, no network, the headmatter.
import { describe, expect, it } from 'vitest'
import { loadDeck } from '../../tools/deck'
import { articleHeadings } from '../support/article'

const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim()

describe('slides.md', () => {
  const slides = loadDeck()

  it('has a deck to test', () => {
    expect(slides.length).toBeGreaterThan(10)
  })

  it.each(slides.map(slide => [slide.no, slide.title, slide] as const))('slide %i (%s) has speaker notes', (_no, _title, slide) => {
    // A note is real narrative: at least one sentence, not a placeholder.
    expect(slide.note.length).toBeGreaterThan(60)
    expect(slide.note).not.toMatch(/\b(todo|tbd|lorem)\b/i)
  })

  it('gives every article heading a slide', () => {
    const headings = articleHeadings()
    expect(headings.length).toBeGreaterThanOrEqual(8)
    const deckText = slides.map(slide => fold(`${slide.title} ${slide.text}`))
    const missing = headings.filter(heading => !deckText.some(text => text.includes(fold(heading))))
    expect(missing).toEqual([])
  })

  it('keeps the article order for its top-level sections', () => {
    const firstSlideOf = (heading: string) => slides.findIndex(slide => fold(slide.title).includes(fold(heading)))
    const order = ['The web\'s evolution', 'Understanding DePIN', 'DePIN advantages', 'Core Components of DePIN', 'DePIN Sector Map', 'L1 Chain', 'X-Hub', 'IoT', 'This map is incomplete']
      .map(firstSlideOf)
    expect(order.every(index => index >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
  })

  it('names the four advantages', () => {
    const all = fold(slides.map(slide => slide.text).join(' '))
    for (const advantage of ['Security & Privacy', 'Transparency & Trust', 'Resilience & Reliability', 'User Empowerment & Data Sovereignty'])
      expect(all).toContain(fold(advantage))
  })

  it('does not load anything from the network', () => {
    const raw = slides.map(slide => slide.text).join(' ')
    expect(raw).not.toMatch(/https?:\/\/(?!localhost|127\.0\.0\.1)/)
  })
})

describe('headmatter', () => {
  const [first] = loadDeck()
  it('turns off Google Fonts and sets the document language', () => {
    const fm = first!.frontmatter as { fonts?: { provider?: string }, htmlAttrs?: { lang?: string } }
    expect(fm.fonts?.provider).toBe('none')
    expect(fm.htmlAttrs?.lang).toBe('en')
  })
})
