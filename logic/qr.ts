// A QR code as SVG geometry, computed at build time (vite.config.ts, virtual:deck-qr) with uqr, so that the deck
// draws it with no script of its own and no network; components/DeckQrCode.vue renders it.
//
//   const code = qrCode('https://user.github.io/the-depin-portrait/')
//   // <svg :viewBox="`0 0 ${code.size} ${code.size}`"><path :d="code.path" /></svg>
import { encode } from 'uqr'

/** Light modules around the code, in modules: the 4 that the QR standard asks for, so scanners find its edge. */
export const QUIET_ZONE = 4

export interface QrCode {
  /** The text the code holds (the deck's URL). */
  url: string
  /** Width and height in modules, quiet zone included: the SVG's viewBox. */
  size: number
  /** Every dark module, as one path of unit squares (runs along each row merged). */
  path: string
}

/** The dark modules of `matrix` (rows of `true` = dark) as one SVG path in module units. */
export function modulesPath(matrix: readonly (readonly boolean[])[]): string {
  const parts: string[] = []
  matrix.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x])
        continue
      const start = x
      while (row[x + 1])
        x++
      const run = x - start + 1
      parts.push(`M${start} ${y}h${run}v1h-${run}z`)
    }
  })
  return parts.join('')
}

/** The QR code of `url` (error correction M: a projected or printed code stays readable with some damage). */
export function qrCode(url: string): QrCode {
  const { data, size } = encode(url, { ecc: 'M', border: QUIET_ZONE })
  return { url, size, path: modulesPath(data) }
}
