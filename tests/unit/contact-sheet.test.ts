// The README's contact sheet (tools/contact-sheet.ts): pictures in a grid, in order, with the gap around them.
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { contactSheet } from '../../tools/contact-sheet'

function solid(width: number, height: number, rgb: [number, number, number]): PNG {
  const png = new PNG({ width, height })
  for (let at = 0; at < png.data.length; at += 4)
    png.data.set([...rgb, 255], at)
  return png
}
const pixel = (png: PNG, x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3)]

describe('contactSheet', () => {
  const red = solid(4, 2, [255, 0, 0])
  const green = solid(4, 2, [0, 255, 0])
  const blue = solid(4, 2, [0, 0, 255])
  const sheet = contactSheet([red, green, blue], { columns: 2, gap: 1, background: [9, 9, 9] })

  it('lays the pictures out left to right, then top to bottom, with the gap around each', () => {
    expect([sheet.width, sheet.height]).toEqual([2 * 4 + 3, 2 * 2 + 3])
    expect(pixel(sheet, 1, 1)).toEqual([255, 0, 0])
    expect(pixel(sheet, 6, 1)).toEqual([0, 255, 0])
    expect(pixel(sheet, 1, 4)).toEqual([0, 0, 255])
    expect(pixel(sheet, 0, 0)).toEqual([9, 9, 9])
    // The empty last cell is background.
    expect(pixel(sheet, 6, 4)).toEqual([9, 9, 9])
  })

  it('refuses pictures of different sizes, none at all, or no columns', () => {
    expect(() => contactSheet([red, solid(3, 2, [0, 0, 0])], { columns: 2, gap: 0, background: [0, 0, 0] })).toThrow(/picture 2 is 3x2, not 4x2/)
    expect(() => contactSheet([], { columns: 2, gap: 0, background: [0, 0, 0] })).toThrow(/no pictures/)
    expect(() => contactSheet([red], { columns: 0, gap: 0, background: [0, 0, 0] })).toThrow(/columns is 0/)
  })
})
