// logic/line-breaks.ts: a separator is stray when the line breaks on either side of it.
import { describe, expect, it } from 'vitest'
import { strayAt } from './line-breaks'

describe('strayAt', () => {
  it('keeps separators between two items of the same line, subpixel differences included', () => {
    expect(strayAt([{ before: 10, sep: 10.4, after: 10 }, { before: 50, sep: 50, after: 50.6 }])).toEqual([])
  })

  it('finds a separator left at the end of a line, and one pushed to the start of the next', () => {
    const tops = [
      { before: 10, sep: 10, after: 10 },
      { before: 10, sep: 10, after: 48 },
      { before: 48, sep: 86, after: 86 },
    ]
    expect(strayAt(tops)).toEqual([1, 2])
  })

  it('finds nothing in an empty list', () => {
    expect(strayAt([])).toEqual([])
  })
})
