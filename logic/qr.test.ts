// The build-time QR code (logic/qr.ts): the path covers exactly the dark modules, and the code decodes to its URL.
import jsQR from 'jsqr'
import { encode } from 'uqr'
import { describe, expect, it } from 'vitest'
import { modulesPath, qrCode, QUIET_ZONE } from './qr'

/** The modules a path from modulesPath paints, read back from its `M x y h n` runs. */
function paintedBy(path: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array.from<boolean>({ length: size }).fill(false))
  for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let i = 0; i < Number(run); i++)
      grid[Number(y)]![Number(x) + i] = true
  }
  return grid
}

/** Draws modules as RGBA pixels, `scale` pixels a module, dark = black, and decodes them as a phone would. */
function decode(path: string, size: number, scale = 4): string | undefined {
  const grid = paintedBy(path, size)
  const side = size * scale
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255)
  for (let py = 0; py < side; py++) {
    for (let px = 0; px < side; px++) {
      if (grid[Math.floor(py / scale)]![Math.floor(px / scale)])
        pixels.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3)
    }
  }
  return jsQR(pixels, side, side)?.data
}

describe('modulesPath', () => {
  it('paints exactly the dark modules, one run per stretch of a row', () => {
    const matrix = [
      [true, true, false, true],
      [false, false, false, false],
      [false, true, true, true],
    ]
    expect(modulesPath(matrix)).toBe('M0 0h2v1h-2zM3 0h1v1h-1zM1 2h3v1h-3z')
    expect(modulesPath([[false, false]])).toBe('')
  })

  it('round-trips a real code', () => {
    const { data, size } = encode('https://example.org/', { border: 0 })
    expect(paintedBy(modulesPath(data), size)).toEqual(data)
  })
})

describe('qrCode', () => {
  const urls = ['https://user.github.io/the-depin-portrait/', 'https://depin-portrait.netlify.app/', 'http://localhost:3030/a/b/?x=1']

  it.each(urls)('decodes to its URL (%s)', (url) => {
    const code = qrCode(url)
    expect(code.url).toBe(url)
    expect(decode(code.path, code.size)).toBe(url)
  })

  it('keeps a quiet zone of light modules on every side', () => {
    const code = qrCode(urls[0]!)
    const grid = paintedBy(code.path, code.size)
    const edge = (i: number) => [grid[i]!, grid[code.size - 1 - i]!, grid.map(row => row[i]!), grid.map(row => row[code.size - 1 - i]!)]
    for (let i = 0; i < QUIET_ZONE; i++)
      expect(edge(i).flat().some(Boolean)).toBe(false)
    expect(edge(QUIET_ZONE).flat().some(Boolean)).toBe(true)
  })
})
