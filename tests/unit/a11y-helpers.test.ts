// The pure helpers of the accessibility tests: colour parsing, contrast, layered backgrounds, axe result filtering.
import type { Result } from 'axe-core'
import { describe, expect, it } from 'vitest'
import { blockingLines, formatLines, problemsOf } from '../support/a11y'
import { contrastRatio, flatten, gradientStops, over, parseColor, requiredRatio } from '../support/contrast'

describe('parseColor', () => {
  it('reads hex and rgb()/rgba() forms', () => {
    expect(parseColor('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 })
    expect(parseColor('#0b1437')).toEqual({ r: 11, g: 20, b: 55, a: 1 })
    expect(parseColor('#00000080')?.a).toBeCloseTo(128 / 255)
    expect(parseColor('rgb(1, 2, 3)')).toEqual({ r: 1, g: 2, b: 3, a: 1 })
    expect(parseColor('rgba(1, 2, 3, 0.5)')).toEqual({ r: 1, g: 2, b: 3, a: 0.5 })
    expect(parseColor('rgb(1 2 3 / 50%)')).toEqual({ r: 1, g: 2, b: 3, a: 0.5 })
  })
  it('returns undefined for what it cannot read', () => {
    expect(parseColor('red')).toBeUndefined()
    expect(parseColor('#12345')).toBeUndefined()
    expect(parseColor('')).toBeUndefined()
  })
})

describe('contrast', () => {
  const white = parseColor('#ffffff')!
  const black = parseColor('#000000')!
  it('gives the WCAG extremes and known pairs', () => {
    expect(contrastRatio(black, white)).toBeCloseTo(21, 5)
    expect(contrastRatio(white, white)).toBeCloseTo(1, 5)
    // #767676 on white is the classic just-passing AA grey (4.54:1).
    expect(contrastRatio(parseColor('#767676')!, white)).toBeCloseTo(4.54, 2)
    // The value axe reported (truncated to 1.17) on the closing slide before the fix: #0f172a on black.
    const before = contrastRatio(parseColor('#0f172a')!, black)
    expect(before).toBeGreaterThanOrEqual(1.17)
    expect(before).toBeLessThan(1.18)
  })
  it('blends a translucent foreground into the background first', () => {
    const halfWhite = parseColor('rgba(255, 255, 255, 0.5)')!
    expect(over(halfWhite, black)).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 })
    expect(contrastRatio(halfWhite, black)).toBeLessThan(contrastRatio(white, black))
  })
  it('needs 3:1 for large text and 4.5:1 otherwise', () => {
    expect(requiredRatio(24, 400)).toBe(3)
    expect(requiredRatio(19, 700)).toBe(3)
    expect(requiredRatio(19, 600)).toBe(4.5)
    expect(requiredRatio(16, 800)).toBe(4.5)
  })
  it('finds every stop of a computed gradient', () => {
    const stops = gradientStops('linear-gradient(135deg, rgb(11, 20, 55), rgba(35, 25, 122, 0.9) 80%)')
    expect(stops).toEqual([{ r: 11, g: 20, b: 55, a: 1 }, { r: 35, g: 25, b: 122, a: 0.9 }])
    expect(gradientStops('none')).toEqual([])
  })
})

describe('axe report lines', () => {
  const violation = (id: string, impact: Result['impact'], targets: string[]): Result => ({
    id,
    impact,
    tags: [],
    description: '',
    help: `${id} help`,
    helpUrl: '',
    nodes: targets.map(target => ({ html: '', target: [target], any: [], all: [], none: [], failureSummary: `Fix ${target}\n  now` })),
  })
  it('keeps serious, critical and the enforced moderate rules (heading order, regions), one line per element', () => {
    const lines = blockingLines([
      violation('color-contrast', 'serious', ['h1', 'p']),
      violation('aria-roles', 'critical', ['svg']),
      violation('heading-order', 'moderate', ['h3']),
      violation('region', 'moderate', ['div']),
      violation('landmark-unique', 'minor', ['nav']),
      violation('image-redundant-alt', 'minor', ['img']),
    ])
    expect(lines.map(l => `${l.rule}@${l.target}`)).toEqual(['color-contrast@h1', 'color-contrast@p', 'aria-roles@svg', 'heading-order@h3', 'region@div'])
    expect(formatLines('slide 3 (dark)', lines)[0]).toBe('slide 3 (dark): color-contrast [serious] at h1 - Fix h1 now')
  })
})

describe('flatten', () => {
  const c = (css: string) => parseColor(css)!
  it('stops at the first opaque layer and blends what lies above it', () => {
    expect(flatten([{ color: c('#ffffff'), alpha: 1 }, { color: c('#000000'), alpha: 1 }])).toEqual(c('#ffffff'))
    expect(flatten([{ color: c('#ffffff'), alpha: 0.5 }, { color: c('#000000'), alpha: 1 }])).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 })
    expect(flatten([{ color: c('rgba(255, 255, 255, 0.5)'), alpha: 1 }, { color: c('#000000'), alpha: 1 }])?.r).toBe(127.5)
  })
  it('gives undefined when nothing under the text is opaque', () => {
    expect(flatten([{ color: c('#ffffff'), alpha: 0.4 }])).toBeUndefined()
    expect(flatten([])).toBeUndefined()
  })
})

describe('problemsOf', () => {
  const empty = { blocking: [], undecided: [], gradientText: [], layeredText: [] }
  const gradient = 'linear-gradient(135deg, rgb(11, 20, 55), rgb(35, 25, 122))'
  it('passes readable text and reports nothing', () => {
    expect(problemsOf('slide 1 (light)', {
      ...empty,
      gradientText: [{ target: 'h1', color: 'rgb(255, 255, 255)', backgroundImage: gradient, fontSizePx: 40, fontWeight: 800 }],
      layeredText: [{ target: 'text', color: 'rgb(15, 23, 42)', alpha: 1, layers: [{ color: 'rgb(238, 242, 251)', alpha: 1 }], fontSizePx: 14, fontWeight: 400 }],
    })).toEqual([])
  })
  it('fails gradient text against its weakest stop', () => {
    const lines = problemsOf('slide 1 (light)', {
      ...empty,
      gradientText: [{ target: 'p', color: 'rgb(60, 60, 110)', backgroundImage: gradient, fontSizePx: 16, fontWeight: 400 }],
    })
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^slide 1 \(light\): color-contrast \(gradient\) at p - [\d.]+:1 against the weakest stop, needs 4.5:1$/)
  })
  it('fails faint SVG text, and SVG text it cannot verify', () => {
    const lines = problemsOf('slide 10 (dark)', {
      ...empty,
      layeredText: [
        { target: 'text.a', color: 'rgb(230, 235, 245)', alpha: 0.3, layers: [{ color: 'rgb(27, 35, 56)', alpha: 1 }], fontSizePx: 14, fontWeight: 400 },
        { target: 'text.b', color: 'rgb(230, 235, 245)', alpha: 1, layers: [], fontSizePx: 14, fontWeight: 400, unreadable: 'a shape under it is filled with url("#g")' },
        { target: 'text.c', color: 'rgb(230, 235, 245)', alpha: 1, layers: [{ color: 'rgb(27, 35, 56)', alpha: 0.5 }], fontSizePx: 14, fontWeight: 400 },
      ],
    })
    expect(lines).toEqual([
      expect.stringMatching(/text\.a - [\d.]+:1 .*needs 4.5:1$/),
      'slide 10 (dark): color-contrast (svg) at text.b - cannot verify: a shape under it is filled with url("#g")',
      'slide 10 (dark): color-contrast (svg) at text.c - cannot verify: no opaque background under it (layers: rgb(27, 35, 56) x0.50)',
    ])
  })
  it('names HTML text checked by its own backgrounds as such', () => {
    const lines = problemsOf('slide 22 (light)', {
      ...empty,
      layeredText: [{ kind: 'html', target: '.line > span', color: 'rgb(160, 173, 160)', alpha: 1, layers: [{ color: 'rgb(245, 245, 245)', alpha: 1 }], fontSizePx: 12, fontWeight: 400 }],
    })
    expect(lines).toEqual([expect.stringMatching(/^slide 22 \(light\): color-contrast \(html\) at \.line > span - 2\.\d\d:1 /)])
  })
  it('keeps axe\'s own blocking lines first', () => {
    const blocking = [{ rule: 'image-alt', impact: 'critical', target: 'img', summary: 'Add alt' }]
    expect(problemsOf('slide 2 (light)', { ...empty, blocking })).toEqual(['slide 2 (light): image-alt [critical] at img - Add alt'])
  })
})
