// The PowerPoint export's pure parts (tools/export/pptx.ts): notes as text, alt text, where links lead, and the notes
// XML made into paragraphs.
import { describe, expect, it } from 'vitest'
import { altText, notesText, plainNote, pptxLinks, splitNoteParagraphs } from '../../tools/export/pptx'

describe('the notes pane', () => {
  it('reads notes as plain text: links with their URL, no emphasis marks, no HTML', () => {
    expect(plainNote('See **the map** and [CESS](https://cess.network "home") <br> `code`.')).toBe('See the map and CESS (https://cess.network) code.')
    expect(plainNote('snake_case stays <!-- hidden --> as is')).toBe('snake_case stays as is')
  })

  it('puts each click step on a paragraph of its own, marked with its step', () => {
    expect(notesText('Intro.\n\n[click] One.\n\n[click:2] Three.')).toBe('Intro.\n\n[click 1] One.\n\n[click 3] Three.')
    expect(notesText('Only this.')).toBe('Only this.')
  })

  it('splits a notes paragraph that pptxgenjs wrote with line breaks, and leaves others alone', () => {
    const run = (text: string) => `<a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>${text}</a:t></a:r><a:endParaRPr lang="en-US" dirty="0"/></a:p>`
    expect(splitNoteParagraphs(run('One.\r\n\r\n[click 1] Two.'))).toBe(run('One.') + run('[click 1] Two.'))
    expect(splitNoteParagraphs(run('Single.'))).toBe(run('Single.'))
  })
})

describe('the picture\'s alt text', () => {
  it('names the slide, then what it shows', () => {
    expect(altText({ no: 3, title: 'Why DePIN' }, 23, ' Why DePIN\n  cheaper,  fairer ')).toBe('Slide 3 of 23: Why DePIN. Why DePIN cheaper, fairer')
    expect(altText({ no: 1, title: '' }, 2, '')).toBe('Slide 1 of 2')
  })
})

describe('the clickable areas', () => {
  const slides = [{ no: 1 }, { no: 2, routeAlias: 'storage' }, { no: 3 }]
  const box = { x: 10, y: 20, width: 30, height: 40 }
  const printed = { no: 1, text: '', links: [
    { href: 'https://cess.network/', text: ' CESS ', box },
    { href: '#/storage', text: '', box },
    { href: '#/3', text: 'Three', box },
    { href: '#top', text: 'not a slide', box },
  ] }

  it('opens web links, and jumps to the slide of the file that shows a linked slide', () => {
    const { links, dropped } = pptxLinks(printed, slides, new Map([[1, 1], [2, 2], [3, 3]]), undefined)
    expect(links).toEqual([
      { area: box, name: 'CESS', url: 'https://cess.network/' },
      { area: box, name: '#/storage', slide: 2 },
      { area: box, name: 'Three', slide: 3 },
    ])
    expect(dropped).toEqual([])
  })

  it('with --range, counts slides in the file, and leads elsewhere to the hosted deck or nowhere', () => {
    const range = new Map([[1, 1], [3, 2]])
    expect(pptxLinks(printed, slides, range, undefined)).toEqual({
      links: [{ area: box, name: 'CESS', url: 'https://cess.network/' }, { area: box, name: 'Three', slide: 2 }],
      dropped: [2],
    })
    expect(pptxLinks(printed, slides, range, 'https://x.org/').links[1]).toEqual({ area: box, name: '#/storage', url: 'https://x.org/#/2' })
  })
})
