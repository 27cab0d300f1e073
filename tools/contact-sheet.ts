// A contact sheet: same-sized pictures in a grid, for the README's picture of the deck (`npm run docs:images`).
//
//   const sheet = contactSheet(pngs, { columns: 4, gap: 12, background: [15, 23, 42] })   // pngs: PNG[] (pngjs)
import { PNG } from 'pngjs'

export interface SheetOptions {
  columns: number
  /** Space around and between the pictures, in pixels. */
  gap: number
  /** RGB of that space. */
  background: readonly [number, number, number]
}

/** The pictures, left to right and top to bottom. Throws when they are not all the same size, or there are none. */
export function contactSheet(images: readonly PNG[], { columns, gap, background }: SheetOptions): PNG {
  const first = images[0]
  if (!first)
    throw new Error('contactSheet: no pictures')
  const odd = images.findIndex(image => image.width !== first.width || image.height !== first.height)
  if (odd >= 0)
    throw new Error(`contactSheet: picture ${odd + 1} is ${images[odd]!.width}x${images[odd]!.height}, not ${first.width}x${first.height} like the first`)
  if (!Number.isInteger(columns) || columns < 1)
    throw new Error(`contactSheet: columns is ${columns}; expected a whole number from 1`)
  const rows = Math.ceil(images.length / columns)
  const sheet = new PNG({ width: columns * first.width + (columns + 1) * gap, height: rows * first.height + (rows + 1) * gap })
  for (let at = 0; at < sheet.data.length; at += 4)
    sheet.data.set([...background, 255], at)
  images.forEach((image, index) => {
    const x = gap + (index % columns) * (first.width + gap)
    const y = gap + Math.floor(index / columns) * (first.height + gap)
    PNG.bitblt(image, sheet, 0, 0, image.width, image.height, x, y)
  })
  return sheet
}
