// Text measuring for layout code that must know whether a label fits before it is drawn, without a DOM: the real
// advance widths and pair kerning of the Inter faces the deck loads, read from the generated table ./inter-metrics.ts
// (`npm run fonts:metrics` regenerates it from the @fontsource/inter files). Both diagrams and the sector map's tooltip
// measure here; tests/browser/text-metrics.browser.test.ts checks the widths against Chromium's, within 2%.
//
//   textWidth('Filecoin', 14)              width in px at 14 px, regular (400)
//   textWidth('Storage', 14, 600)          the same at semibold; 800 is the extra bold of the network titles
//   fitLabel(text, maxWidth, maxHeight, fontSize, minFontSize)   largest size at which `text` wraps into a box
//
// A character the faces lack (Chromium would draw it from a fallback font) counts UNKNOWN_CHARACTER_EM wide and is
// never kerned; missingCharacters(text) lists such characters, and a test keeps data/depin.yaml free of them.
import type { InterWeight } from './inter-metrics.ts'
import { INTER_CHARACTERS, INTER_FACES, INTER_UNITS_PER_EM } from './inter-metrics.ts'

export type { InterWeight } from './inter-metrics.ts'

/** Width, in em, counted for a character that Inter lacks: a full em, about Inter's W and a CJK fallback glyph. */
export const UNKNOWN_CHARACTER_EM = 1

export interface FittedLabel {
  lines: string[]
  fontSize: number
  lineHeight: number
  /** The widest line's width. */
  width: number
}

const LINE_HEIGHT = 1.2

interface Face {
  /** Advance per character, in em. */
  advances: Map<string, number>
  /** Kerning per pair of characters (the two joined), in em. */
  kerning: Map<string, number>
  /** Widths already measured, in em. */
  measured: Map<string, number>
}

const characters = [...INTER_CHARACTERS]
const faces = new Map<InterWeight, Face>()

function faceOf(weight: InterWeight): Face {
  let face = faces.get(weight)
  if (!face) {
    const table = INTER_FACES[weight]
    const advances = new Map(characters.map((char, i) => [char, table.advances[i]! / INTER_UNITS_PER_EM]))
    const kerning = new Map<string, number>()
    for (const [first, runs] of Object.entries(table.kerning)) {
      for (let i = 0; i < runs.length; i += 2) {
        for (const second of runs[i + 1] as string)
          kerning.set(first + second, (runs[i] as number) / INTER_UNITS_PER_EM)
      }
    }
    face = { advances, kerning, measured: new Map() }
    faces.set(weight, face)
  }
  return face
}

function emWidth(text: string, face: Face): number {
  let em = face.measured.get(text)
  if (em === undefined) {
    em = 0
    let previous = ''
    for (const char of text) {
      em += face.advances.get(char) ?? UNKNOWN_CHARACTER_EM
      em += face.kerning.get(previous + char) ?? 0
      previous = char
    }
    face.measured.set(text, em)
  }
  return em
}

/** Rendered width of `text` in px at `fontSize` px and `weight`, as Chromium lays it out in Inter. */
export function textWidth(text: string, fontSize: number, weight: InterWeight = 400): number {
  return emWidth(text, faceOf(weight)) * fontSize
}

/** The characters of `text` that Inter does not have (each once, in order of appearance). */
export function missingCharacters(text: string): string[] {
  const advances = faceOf(400).advances
  return [...new Set(text)].filter(char => !advances.has(char))
}

/** Greedy word wrap. A single word wider than `maxWidth` stays on its own line (the caller decides what to do). */
export function wrapText(text: string, maxWidth: number, fontSize: number, weight: InterWeight = 400): string[] {
  const lines: string[] = []
  let current = ''
  for (const word of text.trim().split(/\s+/)) {
    const candidate = current ? `${current} ${word}` : word
    if (current && textWidth(candidate, fontSize, weight) > maxWidth) {
      lines.push(current)
      current = word
    }
    else {
      current = candidate
    }
  }
  if (current)
    lines.push(current)
  return lines
}

/**
 * The largest font size, from `fontSize` down to `minFontSize` in half-pixel steps, at which `text` wraps into
 * lines that fit `maxWidth` × `maxHeight`. Undefined when it cannot fit even at `minFontSize`.
 */
export function fitLabel(text: string, maxWidth: number, maxHeight: number, fontSize: number, minFontSize: number, weight: InterWeight = 400): FittedLabel | undefined {
  for (let size = fontSize; size >= minFontSize; size -= 0.5) {
    const lines = wrapText(text, maxWidth, size, weight)
    const width = Math.max(...lines.map(line => textWidth(line, size, weight)))
    if (width <= maxWidth && lines.length * size * LINE_HEIGHT <= maxHeight)
      return { lines, fontSize: size, lineHeight: size * LINE_HEIGHT, width }
  }
  return undefined
}
