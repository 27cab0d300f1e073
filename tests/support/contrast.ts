// WCAG 2.x colour contrast, as pure functions. The a11y browser test uses them where axe cannot decide by itself:
// text on a CSS gradient (the cover, section and closing slides), which axe reports as "incomplete".
//
//   contrastRatio(parseColor('rgb(255, 255, 255)')!, parseColor('#0b1437')!)   // ~18.5
//   requiredRatio(36, 800)                                                     // 3 (large text)

export interface Rgba {
  r: number
  g: number
  b: number
  /** 0..1 */
  a: number
}

const HEX = /^#([0-9a-f]{3,8})$/i
const FUNC = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i

/** Reads `#rgb`, `#rrggbb`, `#rrggbbaa`, `rgb(r, g, b)`, `rgba(r, g, b, a)` and `rgb(r g b / a)`; undefined otherwise. */
export function parseColor(css: string): Rgba | undefined {
  const text = css.trim()
  const hex = HEX.exec(text)?.[1]
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map(c => c + c).join('') : hex
    if (full.length !== 6 && full.length !== 8)
      return undefined
    const at = (i: number) => Number.parseInt(full.slice(i, i + 2), 16)
    return { r: at(0), g: at(2), b: at(4), a: full.length === 8 ? at(6) / 255 : 1 }
  }
  const fn = FUNC.exec(text)
  if (!fn)
    return undefined
  const alpha = fn[4] === undefined ? 1 : fn[4].endsWith('%') ? Number.parseFloat(fn[4]) / 100 : Number(fn[4])
  return { r: Number(fn[1]), g: Number(fn[2]), b: Number(fn[3]), a: alpha }
}

/** Every colour stop of a computed `background-image` (Chromium gives them as rgb()/rgba()). */
export function gradientStops(backgroundImage: string): Rgba[] {
  const found = backgroundImage.match(/rgba?\([^)]*\)|#[0-9a-f]{3,8}\b/gi) ?? []
  return found.map(parseColor).filter((c): c is Rgba => c !== undefined)
}

/** `top` painted over an opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a)
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 }
}

function channel(value: number): number {
  const s = value / 255
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
}

function relativeLuminance(c: Rgba): number {
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
}

/** WCAG contrast ratio (1..21) of a foreground over an opaque background; a translucent foreground is blended first. */
export function contrastRatio(fg: Rgba, bg: Rgba): number {
  const [a, b] = [relativeLuminance(over(fg, bg)), relativeLuminance(bg)]
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
}

/** WCAG AA minimum: 3:1 for large text (>= 24px, or >= 18.66px at weight >= 700), 4.5:1 otherwise. */
export function requiredRatio(fontSizePx: number, fontWeight: number): number {
  const large = fontSizePx >= 24 || (fontSizePx >= 18.66 && fontWeight >= 700)
  return large ? 3 : 4.5
}

export interface Layer {
  color: Rgba
  /** Extra opacity on top of the colour's own alpha (fill-opacity, opacity of ancestors). */
  alpha: number
}

/** The colour seen through `layers` (top first), or undefined when no layer is opaque (the bottom is unknown). */
export function flatten(layers: readonly Layer[]): Rgba | undefined {
  const bottom = layers.findIndex(layer => layer.color.a * layer.alpha >= 1)
  if (bottom < 0)
    return undefined
  let seen = layers[bottom]!.color
  for (let i = bottom - 1; i >= 0; i--)
    seen = over({ ...layers[i]!.color, a: layers[i]!.color.a * layers[i]!.alpha }, seen)
  return seen
}
