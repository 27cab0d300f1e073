import type { SlideMeasure } from '../support/design'
import { describe, expect, it } from 'vitest'
import { canvasPx, countWords, DESIGN_RULES, designProblems, emptyBand, slideAllowance, summarize } from '../support/design'

const H = 551.25 // a 980 px wide 16:9 canvas

describe('countWords', () => {
  it('counts runs that hold a letter or a digit', () => {
    expect(countWords(['The DePIN Portrait'])).toBe(3)
    expect(countWords(['Web 1.0', 'Web3 and non-https'])).toBe(5)
  })
  it('does not count punctuation, symbols and ellipses on their own', () => {
    expect(countWords(['Security & Privacy', '…', '-', '→', ', '])).toBe(2)
  })
  it('treats separate runs as separate words and ignores empty ones', () => {
    expect(countWords(['CESS', 'Ethereum', '', '   '])).toBe(2)
    expect(countWords([])).toBe(0)
  })
})

describe('canvasPx', () => {
  it('is the computed size when nothing scales', () => {
    expect(canvasPx(20, 1, 1)).toBe(20)
  })
  it('takes the slide scaling out and keeps the element\'s own (e.g. an SVG viewBox)', () => {
    // A slide drawn at 1280 px: everything is scaled by 1280/980 on screen.
    const slide = 1280 / 980
    expect(canvasPx(16, slide, slide)).toBeCloseTo(16)
    // An SVG with a 900-unit viewBox drawn 868 canvas px wide: 14-unit text is 13.5 canvas px.
    expect(canvasPx(14, slide * 868 / 900, slide)).toBeCloseTo(13.5, 1)
  })
})

describe('emptyBand', () => {
  it('flags content in the top part over a band of more than a quarter and more than twice the room above', () => {
    // "X-Hub" before: content from 40 to 250 px, 55% blank below.
    const band = emptyBand({ top: 40, bottom: 250 }, H)
    expect(band.band).toBe(true)
    expect(band.above).toBe(40)
    expect(band.below).toBeCloseTo(301.25)
  })
  it('passes centred content, however short', () => {
    expect(emptyBand({ top: 200, bottom: 350 }, H).band).toBe(false)
  })
  it('passes content that fills the height', () => {
    expect(emptyBand({ top: 40, bottom: 520 }, H).band).toBe(false)
  })
  it('needs both conditions: a band of at most a quarter passes', () => {
    expect(emptyBand({ top: 20, bottom: H - 0.25 * H }, H).band).toBe(false)
    expect(emptyBand({ top: 20, bottom: H - 0.25 * H - 1 }, H).band).toBe(true)
  })
  it('needs both conditions: a band not more than twice the room above passes', () => {
    expect(emptyBand({ top: 100, bottom: H - 200 }, H).band).toBe(false)
    expect(emptyBand({ top: 100, bottom: H - 201 }, H).band).toBe(true)
  })
  it('has nothing to judge on an empty slide', () => {
    expect(emptyBand(undefined, H)).toEqual({ above: 0, below: 0, band: false })
  })
})

describe('slideAllowance', () => {
  it('gives ordinary slides the full rules', () => {
    expect(slideAllowance('# Title\n\nSome text')).toEqual({ minTextPx: 16, maxWords: 45 })
  })
  it('lets the overview map go down to 12 px with no word limit', () => {
    expect(slideAllowance('# The map\n\n<SectorMapSlide />\n')).toEqual({ minTextPx: 12, exemption: 'overview map' })
  })
  it('lifts the word limit, not the size limit, on a code slide', () => {
    expect(slideAllowance('# Add\n\n<<< @/snippets/x.yaml\n')).toEqual({ minTextPx: 16, exemption: 'code' })
    expect(slideAllowance('# Add\n\n```ts\nconst a = 1\n```\n')).toEqual({ minTextPx: 16, exemption: 'code' })
  })
  it('ignores what the speaker notes mention', () => {
    expect(slideAllowance('# Title\n\n<!--\nThe <SectorMapSlide /> is next.\n```\n-->')).toEqual({ minTextPx: 16, maxWords: 45 })
  })
})

describe('designProblems', () => {
  const ok: SlideMeasure = {
    texts: [{ text: 'A title', px: 40, where: 'h1' }, { text: 'Body text', px: 24, where: 'p' }],
    content: { top: 40, bottom: 500 },
    height: H,
  }
  const full = slideAllowance('# A title')

  it('passes a slide within every limit', () => {
    expect(designProblems(ok, full)).toEqual([])
  })
  it('names the small text, its size and where it is', () => {
    const small = { ...ok, texts: [...ok.texts, { text: 'Part 1', px: 12.8, where: 'p.kicker' }] }
    expect(designProblems(small, full)).toEqual(['text 12.8 px < 16 px at p.kicker "Part 1"'])
  })
  it('accepts 16 px measured as 15.999 px, not 15.9', () => {
    expect(designProblems({ ...ok, texts: [{ text: 'x', px: 15.999, where: 'p' }] }, full)).toEqual([])
    expect(designProblems({ ...ok, texts: [{ text: 'x', px: 15.9, where: 'p' }] }, full)).toHaveLength(1)
  })
  it('holds the overview map to 12 px', () => {
    const map = slideAllowance('<SectorMapSlide />')
    expect(designProblems({ ...ok, texts: [{ text: 'CESS', px: 12.2, where: 'text' }] }, map)).toEqual([])
    expect(designProblems({ ...ok, texts: [{ text: 'CESS', px: 11, where: 'text' }] }, map)).toHaveLength(1)
  })
  it('reports an empty band with its size', () => {
    const [line] = designProblems({ ...ok, content: { top: 40, bottom: 250 } }, full)
    expect(line).toBe('empty band below the content: 301 px of 551 (55%) empty below, 40 px above')
  })
  it('counts words against the limit, except where exempt', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ')
    const at = (n: number) => ({ ...ok, texts: [{ text: words(n), px: 24, where: 'p' }] })
    expect(designProblems(at(DESIGN_RULES.maxWords), full)).toEqual([])
    expect(designProblems(at(DESIGN_RULES.maxWords + 1), full)).toEqual([`${DESIGN_RULES.maxWords + 1} visible words > 45`])
    expect(designProblems(at(200), slideAllowance('<<< @/snippets/x.yaml'))).toEqual([])
  })
})

describe('summarize', () => {
  it('gives the smallest text, the band and the words', () => {
    expect(summarize(ok())).toEqual({ smallestPx: 24, band: false, words: 4 })
    function ok(): SlideMeasure {
      return { texts: [{ text: 'A title', px: 40, where: 'h1' }, { text: 'Body text', px: 24.04, where: 'p' }], content: { top: 40, bottom: 500 }, height: H }
    }
  })
  it('has no smallest text on a slide without text', () => {
    expect(summarize({ texts: [], height: H })).toEqual({ smallestPx: undefined, band: false, words: 0 })
  })
})
