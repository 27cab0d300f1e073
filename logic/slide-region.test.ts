// The accessible name of each slide's region landmark.
import { describe, expect, it } from 'vitest'
import { slideRegionLabel } from './slide-region.ts'

describe('slideRegionLabel', () => {
  it('names the slide by number, count and title', () => {
    expect(slideRegionLabel(3, 23, 'Understanding DePIN')).toBe('Slide 3 of 23: Understanding DePIN')
  })

  it('falls back to the number alone when the slide has no title', () => {
    expect(slideRegionLabel(5, 9)).toBe('Slide 5 of 9')
    expect(slideRegionLabel(5, 9, '   ')).toBe('Slide 5 of 9')
  })

  it('reads a title with inline markup or line breaks as plain words', () => {
    expect(slideRegionLabel(1, 2, 'The <em>DePIN</em>\n  Portrait')).toBe('Slide 1 of 2: The DePIN Portrait')
  })
})
