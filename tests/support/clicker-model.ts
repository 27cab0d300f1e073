// Where a sequence of moves must leave the deck, worked out apart from Slidev: the oracle of the phone's soak test
// (tests/browser/phone.browser.test.ts). Click steps per slide come from slides.md and the components' data
// (slideClicks), never from the deck under test.
//
//   const deck = deckModel(slides.map(slideClicks))
//   deck.next({ no: 10, clicks: 3 })   // { no: 11, clicks: 0 } when slide 10 has 3 steps
//   const random = seededRandom(16)    // the same numbers on every run

export interface Position {
  no: number
  clicks: number
}

export interface DeckModel {
  total: number
  clicksOf: (no: number) => number
  next: (at: Position) => Position
  prev: (at: Position) => Position
}

/** Slidev's next and previous: through the click steps, then to the next slide at step 0 or the previous at its last. */
export function deckModel(clicksPerSlide: readonly number[]): DeckModel {
  const total = clicksPerSlide.length
  const clicksOf = (no: number) => clicksPerSlide[no - 1] ?? 0
  return {
    total,
    clicksOf,
    next: at => at.clicks < clicksOf(at.no) ? { no: at.no, clicks: at.clicks + 1 } : at.no < total ? { no: at.no + 1, clicks: 0 } : at,
    prev: at => at.clicks > 0 ? { no: at.no, clicks: at.clicks - 1 } : at.no > 1 ? { no: at.no - 1, clicks: clicksOf(at.no - 1) } : at,
  }
}

/** A small seeded generator (mulberry32): numbers in [0, 1), the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6D2B79F5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
