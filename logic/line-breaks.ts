// Separators in a wrapped inline list ("Akash · Cudos · Flux · ..."): which ones stand at a line's end or start,
// where they separate nothing and read as stray marks. Pure: it gets the top edge of each box, measured by the caller
// (composables/useLineEndSeparators.ts measures them in the page).
//
//   strayAt([{ before: 10, sep: 10, after: 10 }, { before: 10, sep: 10, after: 40 }])   // [1]

/** The top edges (px) of a separator and of the items just before and after it. */
export interface SeparatorTops {
  before: number
  sep: number
  after: number
}

/** Boxes on one line may differ by subpixels: tops closer than this are on the same line. */
const SAME_LINE_PX = 1

/** Indexes of the separators that share no line with the item before or with the item after them. */
export function strayAt(separators: readonly SeparatorTops[]): number[] {
  const sameLine = (a: number, b: number) => Math.abs(a - b) < SAME_LINE_PX
  return separators.flatMap(({ before, sep, after }, index) =>
    sameLine(before, sep) && sameLine(sep, after) ? [] : [index])
}
