// The reader view's HTML (tools/reader.ts): every slide of slides.md in order with its notes, components as text and
// never as tags, text escaped, each section linking to its slide in the deck. Read back with happy-dom's parser.
import type { ReaderInput } from '../../tools/reader'
import { Window } from 'happy-dom'
import { describe, expect, it } from 'vitest'
import { categoriesUnder } from '../../data/model'
import { readDeck } from '../../tools/deck'
import { READER_CSS, readerHtml, readerStyleHash, readReaderInput, transcriptHtml } from '../../tools/reader'

function parse(html: string): Document {
  const window = new Window()
  window.document.write(html)
  return window.document as unknown as Document
}

const fold = (text: string) => text.replace(/[\u2018\u2019]/g, '\'').replace(/\s+/g, ' ').trim()
/** A note as a reader reads it: click markers and markdown emphasis gone. */
const noteText = (note: string) => fold(note.replace(/\[click(?::\d+)?\]/gi, '').replace(/[*_`]/g, ''))

/** Tags a page may hold: HTML, lower case, no custom elements. */
const HTML_TAGS = new Set((
  'html head body meta title link style header nav main footer section a abbr b blockquote br code dd del div dl dt em '
  + 'figcaption figure h1 h2 h3 h4 h5 h6 hr i kbd li mark ol p pre s small span strong sub sup table tbody td tfoot th '
  + 'thead tr u ul'
).split(' '))

describe('the reader view of slides.md', () => {
  const input = readReaderInput()
  const deck = readDeck()
  const html = readerHtml(input)
  const doc = parse(html)
  const sections = [...doc.querySelectorAll('main > section')]

  it('has one section per shown slide, in order, titled as the slide', () => {
    expect(deck.slides.length).toBeGreaterThan(10)
    expect(sections.map(section => section.id)).toEqual(deck.slides.map(slide => `slide-${slide.no}`))
    const titles = sections.map(section => fold(section.querySelector('h2')!.textContent!))
    expect(titles).toEqual(deck.slides.map(slide => fold(`${slide.no}. ${slide.title || `Slide ${slide.no}`}`)))
  })

  it('lists every slide in the table of contents, each linking to its section', () => {
    const links = [...doc.querySelectorAll('nav.toc a')]
    expect(links.map(link => link.getAttribute('href'))).toEqual(deck.slides.map(slide => `#slide-${slide.no}`))
    expect(links.map(link => fold(link.textContent!))).toEqual(deck.slides.map(slide => fold(slide.title || `Slide ${slide.no}`)))
  })

  it('links each section to its slide in the deck, relative to the base path', () => {
    for (const [index, section] of sections.entries()) {
      const no = deck.slides[index]!.no
      expect(section.querySelector('a[data-slide]')?.getAttribute('href')).toBe(`../#/${no}`)
    }
  })

  it('gives every slide with notes a transcript holding the whole note', () => {
    const withNotes = deck.slides.filter(slide => slide.note)
    expect(withNotes.length).toBe(deck.slides.length)
    for (const slide of withNotes) {
      const transcript = doc.querySelector(`#slide-${slide.no} .transcript`)
      expect(transcript?.querySelector('h3')?.textContent).toBe('Transcript')
      expect(fold(transcript!.textContent!)).toContain(noteText(slide.note))
    }
  })

  it('never leaves a component, a custom element or a script in the page', () => {
    const tags = new Set([...doc.querySelectorAll('*')].map(element => element.tagName.toLowerCase()))
    expect([...tags].filter(tag => !HTML_TAGS.has(tag))).toEqual([])
    expect(html).not.toMatch(/<\/?[A-Z]/)
    expect(html).not.toMatch(/<\/?[a-z]+-[a-z-]*[\s/>]/)
    expect(html).not.toMatch(/<script|\ssrc=|rel="stylesheet"|@import|url\(/i)
  })

  it('describes the sector map with every network, group, category and project of the data', () => {
    const map = sectorMapSection()
    const text = fold(map.textContent!)
    for (const network of input.map.networks) {
      expect(text).toContain(network.name)
      for (const group of network.groups) {
        expect(text).toContain(group.name)
        for (const category of group.categories)
          expect(text).toContain(fold(category.name))
      }
    }
    for (const project of input.map.projects)
      expect(text).toContain(project.name)
    // Nested: network > group > category lists.
    expect(map.querySelectorAll('figure > ul > li > ul > li > ul > li').length)
      .toBe(input.map.networks.flatMap(network => network.groups.flatMap(group => group.categories)).length)
  })

  it('describes the architecture with every layer and label of the data', () => {
    const { services, depin } = input.map.architecture
    const slide = input.slides.find(item => /<ArchitectureDiagram\b/.test(item.source))!
    const text = fold(doc.querySelector(`#slide-${slide.no} figure`)!.textContent!)
    for (const label of [services.name, ...services.items, depin.deNetworks.name, depin.pinNetworks.name, ...depin.deNetworks.items.map(i => i.label), ...depin.pinNetworks.items.map(i => i.label)])
      expect(text).toContain(label)
  })

  it('writes the category cards and project lists as text', () => {
    for (const slide of input.slides) {
      const cards = slide.source.match(/<CategoryCards of="([\w-]+)"/)
      if (!cards)
        continue
      const section = doc.querySelector(`#slide-${slide.no}`)!
      const headings = [...section.querySelectorAll('h3')].map(h => h.textContent)
      for (const category of categoriesUnder(input.map, cards[1]!))
        expect(headings).toContain(category.name)
    }
  })

  it('keeps headings in order: one h1, then no level skipped', () => {
    const levels = [...doc.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => Number(h.tagName[1]))
    expect(levels.filter(level => level === 1)).toHaveLength(1)
    const skips = levels.filter((level, i) => i > 0 && level > levels[i - 1]! + 1)
    expect(skips).toEqual([])
  })

  it('styles the page inline only, with a hash for a strict CSP', () => {
    expect(doc.querySelectorAll('style')).toHaveLength(1)
    expect(doc.querySelector('style')!.textContent).toBe(READER_CSS)
    expect(readerStyleHash()).toMatch(/^'sha256-[\w+/]+=*'$/)
    expect(READER_CSS).toContain('prefers-color-scheme:dark')
  })
})

function sectorMapSection(): Element {
  const input = readReaderInput()
  const slide = input.slides.find(item => /<SectorMapSlide\b/.test(item.source))
  expect(slide).toBeDefined()
  return parse(readerHtml(input)).querySelector(`#slide-${slide!.no} figure`)!
}

describe('the reader view of any deck', () => {
  const base = readReaderInput()
  const page = (slides: ReaderInput['slides'], extra: Partial<ReaderInput> = {}) => readerHtml({ ...base, ...extra, slides })

  it('escapes titles, notes and the headmatter', () => {
    const html = page([{ no: 1, title: 'Tom & Jerry: 1 < 2 "quoted"', source: '# Tom & Jerry <Jerry />', note: '<script>alert(1)</script> & <b>bold</b>' }], { title: 'A <i>deck</i>', description: 'x" onload="y' })
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<Jerry>')
    expect(html).toContain('Tom &amp; Jerry: 1 &lt; 2 &quot;quoted&quot;')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;')
    expect(html).toContain('<title>A &lt;i&gt;deck&lt;/i&gt;: reader view</title>')
    expect(html).toContain('content="x&quot; onload=&quot;y"')
  })

  it('replaces unknown components by a link to their slide, unwraps wrappers and drops decoration', () => {
    const source = [
      '# Title',
      '',
      '<FancyChart :data="x" />',
      '',
      '<v-clicks>',
      '',
      '- first point',
      '',
      '</v-clicks>',
      '',
      '<Callout type="tip">Inside a callout</Callout>',
      '',
      '<p><mdi-star aria-hidden="true" /> starred <span aria-hidden="true">decor</span></p>',
      '',
      '<div v-click class="grid" onclick="x()"><a href="#/3" target="_blank">third</a> <a href="javascript:alert(1)">bad</a></div>',
    ].join('\n')
    const html = page([{ no: 4, title: 'Title', source, note: '[click] One. [click:2] Two.' }])
    const section = parse(html).querySelector('#slide-4')!
    const text = fold(section.textContent!)
    expect(section.querySelector('a.more')?.getAttribute('href')).toBe('../#/4')
    expect(text).toContain('(fancy chart: shown on slide 4)')
    expect(section.querySelector('li')?.textContent).toBe('first point')
    expect(text).toContain('Inside a callout')
    expect(text).toContain('starred')
    expect(text).not.toContain('decor')
    expect(text).not.toContain('[click')
    expect(text).toContain('One. Two.')
    expect(html).not.toMatch(/onclick|v-click|class="grid"|javascript:|target=/)
    expect(section.querySelector('a[href="../#/3"]')?.textContent).toBe('third')
    // The slide's own h1 is the section's h2; it is not repeated.
    expect(section.querySelectorAll('h1, h2')).toHaveLength(1)
  })

  it('shows a slide with no title by its number', () => {
    const doc = parse(page([{ no: 1, title: '', source: 'Just text', note: '' }]))
    expect(fold(doc.querySelector('#slide-1 h2')!.textContent!)).toBe('1. Slide 1')
    expect(doc.querySelector('#slide-1 .transcript')).toBeNull()
  })

  it('names its canonical URL only when the deck\'s public URL is known', () => {
    const slides = [{ no: 1, title: 'One', source: '# One', note: '' }]
    expect(page(slides, { siteUrl: 'https://example.org/deck/' })).toContain('<link rel="canonical" href="https://example.org/deck/reader/">')
    expect(page(slides, { siteUrl: undefined })).not.toContain('rel="canonical"')
  })

  it('drops click markers from notes', () => {
    expect(transcriptHtml('[click] a\n\n[click:3] b')).toBe('<p>a</p>\n<p>b</p>\n')
  })
})
