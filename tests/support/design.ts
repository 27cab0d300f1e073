// The rules a slide must keep to read from the back of a room, as pure functions over what the walk of every slide
// measured in the built deck (tests/browser/slides.browser.test.ts). The browser only collects; these decide.
//
//   const allowance = slideAllowance(slide.source)              // which limits apply to this slide
//   const problems = designProblems(measured, allowance)        // readable lines, [] when the slide is fine
//   summarize(measured)                                         // { smallestPx, band, words } for reports

/** The limits, in px of the slide canvas (980 px wide). */
export const DESIGN_RULES = {
  /** No visible text smaller than this. */
  minTextPx: 16,
  /** ...except on the whole-map overview slide, where project names keep at least this. */
  overviewMinTextPx: 12,
  /** Visible words on a slide (titles and SVG text count); the overview map and code slides are exempt. */
  maxWords: 45,
  /** An empty band below the content is a problem when it is taller than this share of the canvas height... */
  bandShare: 0.25,
  /** ...and more than this many times the empty space above the content. */
  bandRatio: 2,
} as const

/** One run of visible text, as measured. */
interface TextSample {
  text: string
  /** Font size in px of the slide canvas (what the audience sees, whatever scaling lies between). */
  px: number
  /** Where it is, for the failure message: e.g. `div.dp-card > p`. */
  where: string
}

/** What the browser test measured on one slide at its last click step. */
export interface SlideMeasure {
  texts: TextSample[]
  /** The vertical extent of everything visible (text, drawings, cards), in canvas px from the canvas top. */
  content?: { top: number, bottom: number }
  /** Canvas height in canvas px. */
  height: number
}

export interface Allowance {
  minTextPx: number
  /** undefined: no word limit on this slide. */
  maxWords?: number
  /** Why the slide is treated differently, if it is. */
  exemption?: 'overview map' | 'code'
}

/**
 * The limits that apply to a slide, from its markdown as written: the slide with the whole sector map
 * (`<SectorMapSlide`) may draw project names down to 12 px and carry any number of words; a slide that shows code
 * (a fenced block or a `<<<` snippet import) has no word limit. Everything else gets the full rules.
 */
export function slideAllowance(source: string): Allowance {
  // Speaker notes are HTML comments: what they mention is not on the slide.
  const shown = source.replace(/<!--[\s\S]*?-->/g, '')
  if (/<SectorMapSlide\b/.test(shown))
    return { minTextPx: DESIGN_RULES.overviewMinTextPx, exemption: 'overview map' }
  if (/^(?:```|~~~|<<<\s)/m.test(shown))
    return { minTextPx: DESIGN_RULES.minTextPx, exemption: 'code' }
  return { minTextPx: DESIGN_RULES.minTextPx, maxWords: DESIGN_RULES.maxWords }
}

/**
 * Font size as the audience sees it, in canvas px: the computed size times the scale between the element and the
 * canvas. `elementScale` and `canvasScale` are both on-screen px per CSS px (e.g. 1.306 for a slide drawn 1280 px
 * wide); an SVG's viewBox scaling is part of `elementScale`.
 */
export function canvasPx(computedPx: number, elementScale: number, canvasScale: number): number {
  return computedPx * elementScale / canvasScale
}

/**
 * Words a reader sees: runs of non-space characters that hold at least one letter or digit, so "&", "…", "-" and
 * "→" are not words, while "Web3", "1.0" and "non-https" are one word each. Runs are joined with spaces, as they
 * sit in separate elements.
 */
export function countWords(texts: readonly string[]): number {
  return texts.join(' ').split(/\s+/).filter(token => /[\p{L}\p{N}]/u.test(token)).length
}

export interface Band {
  /** Empty canvas above the content, in canvas px. */
  above: number
  /** Empty canvas below the content, in canvas px. */
  below: number
  /** True when the content sits in the top part over an empty band (see DESIGN_RULES.bandShare and bandRatio). */
  band: boolean
}

/**
 * The empty band rule: content leaves an empty band below it when the space under it is more than a quarter of the
 * canvas height AND more than twice the space above it. Centred content (as much room above as below) and content
 * that fills the height pass; a slide with no visible content has nothing to judge.
 */
export function emptyBand(content: SlideMeasure['content'], height: number): Band {
  if (!content)
    return { above: 0, below: 0, band: false }
  const above = Math.max(0, content.top)
  const below = Math.max(0, height - content.bottom)
  return { above, below, band: below > DESIGN_RULES.bandShare * height && below > DESIGN_RULES.bandRatio * above }
}

function quote(text: string): string {
  const folded = text.replace(/\s+/g, ' ').trim()
  return `"${folded.length > 40 ? `${folded.slice(0, 39)}…` : folded}"`
}

const round = (value: number) => Math.round(value * 10) / 10

/** Every way the slide breaks the rules, one readable line each (without the slide's name: the caller adds it). */
export function designProblems(measure: SlideMeasure, allowance: Allowance): string[] {
  const problems: string[] = []
  for (const sample of measure.texts) {
    // Half a hundredth of a px of slack: 16 px text measured through two scalings can come back as 15.999.
    if (sample.px < allowance.minTextPx - 0.005)
      problems.push(`text ${round(sample.px)} px < ${allowance.minTextPx} px at ${sample.where} ${quote(sample.text)}`)
  }
  const band = emptyBand(measure.content, measure.height)
  if (band.band) {
    problems.push(`empty band below the content: ${Math.round(band.below)} px of ${Math.round(measure.height)} `
      + `(${Math.round(100 * band.below / measure.height)}%) empty below, ${Math.round(band.above)} px above`)
  }
  const words = countWords(measure.texts.map(sample => sample.text))
  if (allowance.maxWords !== undefined && words > allowance.maxWords)
    problems.push(`${words} visible words > ${allowance.maxWords}`)
  return problems
}

export interface SlideFigures {
  /** The smallest visible text in canvas px (undefined: no text). */
  smallestPx?: number
  band: boolean
  words: number
}

/** The per-slide figures a report gives: smallest text, empty band or not, words. */
export function summarize(measure: SlideMeasure): SlideFigures {
  const sizes = measure.texts.map(sample => sample.px)
  return {
    smallestPx: sizes.length ? round(Math.min(...sizes)) : undefined,
    band: emptyBand(measure.content, measure.height).band,
    words: countWords(measure.texts.map(sample => sample.text)),
  }
}
