// Text measurement without a DOM, for layout code that must know whether a label fits before it is drawn.
// Widths are estimated per character class for a humanist sans (Inter) and err on the wide side; the browser tests
// check the real rendered widths.

export interface FittedLabel {
  lines: string[]
  fontSize: number
  lineHeight: number
  /** The widest line's estimated width. */
  width: number
}

const LINE_HEIGHT = 1.2

function charWidth(char: string): number {
  if (char === ' ')
    return 0.28
  if ('il.,:;|!\'’'.includes(char))
    return 0.3
  if ('ftrj()[]-'.includes(char))
    return 0.4
  if ('MWmw@%'.includes(char))
    return 0.9
  if (char === '…')
    return 0.9
  if (/[A-Z]/.test(char))
    return 0.7
  if (/\d/.test(char))
    return 0.62
  return 0.58
}

/** Estimated rendered width of `text` at `fontSize` px. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0
  for (const char of text)
    em += charWidth(char)
  return em * fontSize
}

/** Greedy word wrap. A single word wider than `maxWidth` stays on its own line (the caller decides what to do). */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = []
  let current = ''
  for (const word of text.trim().split(/\s+/)) {
    const candidate = current ? `${current} ${word}` : word
    if (current && estimateTextWidth(candidate, fontSize) > maxWidth) {
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
export function fitLabel(text: string, maxWidth: number, maxHeight: number, fontSize: number, minFontSize: number): FittedLabel | undefined {
  for (let size = fontSize; size >= minFontSize; size -= 0.5) {
    const lines = wrapText(text, maxWidth, size)
    const width = Math.max(...lines.map(line => estimateTextWidth(line, size)))
    if (width <= maxWidth && lines.length * size * LINE_HEIGHT <= maxHeight)
      return { lines, fontSize: size, lineHeight: size * LINE_HEIGHT, width }
  }
  return undefined
}
