// Where a link to a slide leads in the PDF (tools/export/slide-links.ts): its page, the hosted deck, or nowhere.
import { describe, expect, it } from 'vitest'
import { slideAnchor, slideLinkTarget } from '../../tools/export/slide-links'

const SLIDES = [{ no: 1 }, { no: 2 }, { no: 3, routeAlias: 'storage' }, { no: 4 }]
const ALL = new Set([1, 2, 3, 4])

describe('slideLinkTarget', () => {
  it('reads the deck\'s hash routes, by number or alias, whatever comes before the hash', () => {
    for (const href of ['#/2', '#/2?clicks=1', '/base/#/2', 'http://127.0.0.1:4000/#/2/', 'index.html#/2'])
      expect(slideLinkTarget(href, SLIDES, ALL, undefined), href).toEqual({ kind: 'page', no: 2 })
    expect(slideLinkTarget('#/storage', SLIDES, ALL, undefined)).toEqual({ kind: 'page', no: 3 })
  })

  it('leaves alone what is no slide of this deck', () => {
    for (const href of ['https://cess.network/', '#top', '#/9', '#/nowhere', '#/presenter/2', 'mailto:a@b.c', ''])
      expect(slideLinkTarget(href, SLIDES, ALL, undefined), href).toBeUndefined()
  })

  it('leads a slide that is not printed to the hosted deck, or drops it without DECK_URL', () => {
    const printed = new Set([1, 2])
    expect(slideLinkTarget('#/storage', SLIDES, printed, 'https://x.org/deck/')).toEqual({ kind: 'url', no: 3, url: 'https://x.org/deck/#/3' })
    expect(slideLinkTarget('#/4', SLIDES, printed, undefined)).toEqual({ kind: 'drop', no: 4 })
  })

  it('names each slide\'s anchor by its number', () => {
    expect(slideAnchor(12)).toBe('dp-slide-12')
  })
})
