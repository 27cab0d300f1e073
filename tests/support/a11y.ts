// axe-core on the built deck: which rules run, what is blocking, how to report it, and how to settle a slide first.
//
//   await gotoSlide(page, url, no); await settleSlide(page)
//   const audit = await auditPage(page)             // axe results + what axe left to us (gradient and SVG text)
//   expect(problemsOf(`slide ${no} (light)`, audit)).toEqual([])
import type { AxeResults, NodeResult, Result } from 'axe-core'
import type { Page } from 'playwright-chromium'
import { AxeBuilder } from '@axe-core/playwright'
import axe from 'axe-core'
import { SLIDEV_DOM } from '../../seam/slidev'
import { contrastRatio, flatten, gradientStops, parseColor, requiredRatio } from './contrast'

/** WCAG 2.0/2.1/2.2 A and AA, and axe's best practices. AAA rules (e.g. enhanced contrast) are not run. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']
const BLOCKING_IMPACTS: readonly string[] = ['serious', 'critical']
/** Rules of lower impact that block too, because the deck passes them and must keep passing. */
const BLOCKING_RULES: readonly string[] = ['heading-order', 'region']

/**
 * Slidev's own chrome, left out of the scan because it is not ours to fix:
 * - `nav`: the navigation bar. Slidev 52's "sync settings" and "More options" menus nest a <button> inside a
 *   <button> (axe `nested-interactive`, serious) in its MenuButton component.
 * - `#slidev-goto-dialog` (`gotoDialog` in seam/slidev.ts): the hidden "go to slide" box, which is not part of any slide.
 * The slides themselves and the rest of the page are scanned with every rule.
 */
const SLIDEV_CHROME = ['nav', `#${SLIDEV_DOM.gotoDialog}`]

export interface AxeViolationLine {
  rule: string
  impact: string
  target: string
  summary: string
}

interface GradientText {
  target: string
  color: string
  backgroundImage: string
  fontSizePx: number
  fontWeight: number
}

export function blockingLines(violations: readonly Result[]): AxeViolationLine[] {
  return violations
    .filter(v => BLOCKING_IMPACTS.includes(v.impact ?? '') || BLOCKING_RULES.includes(v.id))
    .flatMap(v => v.nodes.map(node => ({
      rule: v.id,
      impact: v.impact ?? 'unknown',
      target: node.target.join(' '),
      summary: (node.failureSummary ?? v.help).replace(/\s+/g, ' ').trim(),
    })))
}

/** One readable line per failing element: `slide 3 (dark): color-contrast [serious] at h1 - <why>`. */
export function formatLines(where: string, lines: readonly AxeViolationLine[]): string[] {
  return lines.map(l => `${where}: ${l.rule} [${l.impact}] at ${l.target} - ${l.summary}`)
}

function messageKey(node: NodeResult): string | undefined {
  const data = node.any[0]?.data as { messageKey?: string } | undefined
  return data?.messageKey
}

/** Waits until the slide's enter/leave transition is over, and takes Slidev's empty drawing overlay out of the way. */
export async function settleSlide(page: Page): Promise<void> {
  // A function, not a string: the deck's Content-Security-Policy refuses the eval that polling a string needs.
  await page.waitForFunction(show => !document.querySelector(`#${show} [class*="-leave-active"], #${show} [class*="-enter-active"]`), SLIDEV_DOM.slideshow)
  // CSS transitions of click steps (e.g. a diagram revealing a layer) must be over: axe reads colours as they are now.
  await page.evaluate(`Promise.all(document.getAnimations().filter(a => a.effect && a.effect.getComputedTiming().iterations !== Infinity).map(a => a.finished.catch(() => null))).then(() => true)`)
  // The drawing layer is a transparent, pointer-events:none <svg> laid over every slide. axe counts any element on top
  // as "overlapping" and then cannot compute contrast for ANY text. It is hidden for the scan only while it is empty
  // (nothing drawn), so it can never hide real content.
  await page.evaluate(`(() => {
    for (const svg of document.querySelectorAll('#${SLIDEV_DOM.slideContent} > svg.pointer-events-none'))
      if (svg.childElementCount === 0) svg.style.display = 'none'
  })()`)
}

/**
 * Text that axe could not judge, with what lies under it: SVG text (its fill, and every shape painted under its
 * centre) or HTML text that axe calls "partially obscured" (its colour, and its own and its ancestors' backgrounds).
 */
interface LayeredText {
  kind?: 'svg' | 'html'
  target: string
  color: string
  /** Colours painted under the text, top first, each with its effective opacity; ends at the first opaque one. */
  layers: { color: string, alpha: number }[]
  /** Effective opacity of the text itself (fill-opacity times the opacity of every ancestor). */
  alpha: number
  /** Font size as drawn, in CSS px of the unscaled slide. */
  fontSizePx: number
  fontWeight: number
  /** Why the layers could not be read (a gradient or pattern fill), if so. */
  unreadable?: string
}

export interface SlideAudit {
  results: AxeResults
  blocking: AxeViolationLine[]
  /** Text over a gradient: axe leaves it "incomplete"; the caller checks it against every stop. */
  gradientText: GradientText[]
  /** SVG text (axe does not treat SVG shapes as backgrounds) and partially obscured HTML text: checked by layers. */
  layeredText: LayeredText[]
  /** Colour contrast axe could not decide for any other reason: a failure, since AA must be verified. */
  undecided: AxeViolationLine[]
}

// Runs in the page for one selector: the SVG text's fill and what is painted under its centre. While it looks, every
// SVG shape takes part in hit testing (pointer-events), so decorative shapes count as backgrounds too.
function svgTextProbe(selector: string): string {
  return `(() => {
    const el = document.querySelector(${selector})
    const hit = document.createElement('style')
    hit.textContent = 'svg, svg * { pointer-events: visiblePainted !important }'
    document.head.appendChild(hit)
    const opacityOf = (node) => {
      let alpha = 1
      for (let n = node; n && n !== document.documentElement; n = n.parentElement) alpha *= Number(getComputedStyle(n).opacity)
      return alpha
    }
    const style = getComputedStyle(el)
    const box = el.getBoundingClientRect()
    const content = document.querySelector('#${SLIDEV_DOM.slideContent}')
    const slideScale = Number.parseFloat(getComputedStyle(content).getPropertyValue('${SLIDEV_DOM.slideScaleVar}')) || 1
    const ctm = el.ownerSVGElement ? el.ownerSVGElement.getScreenCTM() : null
    const result = {
      target: ${selector},
      color: style.fill,
      alpha: Number(style.fillOpacity) * opacityOf(el),
      fontSizePx: Number.parseFloat(style.fontSize) * (ctm ? Math.hypot(ctm.a, ctm.b) : 1) / slideScale,
      fontWeight: Number(style.fontWeight),
      layers: [],
    }
    if (!style.fill.startsWith('rgb')) result.unreadable = 'text fill is ' + style.fill
    const shapes = ['rect', 'circle', 'ellipse', 'path', 'polygon', 'polyline']
    for (const under of document.elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2)) {
      if (under === el || el.contains(under) || under.contains(el) && under instanceof SVGElement) continue
      const s = getComputedStyle(under)
      let color = ''
      let alpha = 1
      if (under instanceof SVGElement) {
        if (!shapes.includes(under.tagName.toLowerCase()) || s.fill === 'none') continue
        if (!s.fill.startsWith('rgb')) { result.unreadable = 'a shape under it is filled with ' + s.fill; break }
        color = s.fill
        alpha = Number(s.fillOpacity) * opacityOf(under)
      }
      else {
        if (s.backgroundImage !== 'none') { result.unreadable = 'an element under it has background-image ' + s.backgroundImage.slice(0, 60); break }
        if (s.backgroundColor === 'rgba(0, 0, 0, 0)' || s.backgroundColor === 'transparent') continue
        color = s.backgroundColor
        alpha = opacityOf(under)
      }
      const own = /^rgba\\(.*,\\s*([\\d.]+)\\)$/.exec(color)
      const seen = (own ? Number(own[1]) : 1) * alpha
      if (seen === 0) continue // a transparent hit area paints nothing
      result.layers.push({ color, alpha })
      if (seen >= 1) break
    }
    hit.remove()
    return result
  })()`
}

// Runs in the page for one selector: the text colour, and the backgrounds of the element and its ancestors.
function ownBackgroundProbe(selector: string): string {
  return `(() => {
    const el = document.querySelector(${selector})
    const style = getComputedStyle(el)
    let alpha = 1
    for (let n = el; n && n !== document.documentElement; n = n.parentElement) alpha *= Number(getComputedStyle(n).opacity)
    const result = { target: ${selector}, color: style.color, alpha, fontSizePx: Number.parseFloat(style.fontSize), fontWeight: Number(style.fontWeight), layers: [] }
    for (let n = el; n; n = n.parentElement) {
      const s = getComputedStyle(n)
      if (s.backgroundImage !== 'none') { result.unreadable = 'an ancestor has background-image ' + s.backgroundImage.slice(0, 60); break }
      const own = /^rgba\\(.*,\\s*([\\d.]+)\\)$/.exec(s.backgroundColor)
      const seen = own ? Number(own[1]) : 1
      if (seen === 0) continue
      result.layers.push({ color: s.backgroundColor, alpha: 1 })
      if (seen >= 1) break
    }
    return result
  })()`
}

/**
 * An AxeBuilder for `page` with AXE_TAGS. axe-core goes into the page once per document (a walk moves between slides
 * by hash, in the same document), and the builder injects nothing more. Legacy mode runs axe.run in the page itself:
 * the default opens a blank page for every scan to merge the results of frames, and neither the deck nor the reader
 * has frames. Measured on the slide walk's 46 scans: 40.7 s -> 16.8 s.
 */
export async function axeBuilder(page: Page): Promise<AxeBuilder> {
  if (page.frames().length > 1)
    throw new Error(`axeBuilder scans pages without frames; this one has ${page.frames().length - 1}: ${page.frames().slice(1).map(frame => frame.url()).join(', ')}`)
  if (await page.evaluate('typeof window.axe?.run !== "function"'))
    await page.evaluate(axe.source)
  return new AxeBuilder({ page, axeSource: ';' }).withTags(AXE_TAGS).setLegacyMode()
}

export async function auditPage(page: Page): Promise<SlideAudit> {
  const builder = await axeBuilder(page)
  for (const selector of SLIDEV_CHROME)
    builder.exclude(selector)
  const results = await builder.analyze()
  const contrast = results.incomplete.find(r => r.id === 'color-contrast')?.nodes ?? []
  const gradientNodes = contrast.filter(n => messageKey(n) === 'bgGradient')
  const layeredText: LayeredText[] = []
  const otherNodes: NodeResult[] = []
  for (const node of contrast.filter(n => messageKey(n) !== 'bgGradient')) {
    const selector = JSON.stringify(node.target[0])
    if (await page.evaluate(`!!document.querySelector(${selector})?.closest('svg')`))
      layeredText.push({ kind: 'svg', ...await page.evaluate(svgTextProbe(selector)) as LayeredText })
    // e.g. code lines whose boxes overlap their neighbours by a pixel: the colours under the text are the element's own.
    else if (['elmPartiallyObscured', 'elmPartiallyObscuring'].includes(messageKey(node) ?? ''))
      layeredText.push({ kind: 'html', ...await page.evaluate(ownBackgroundProbe(selector)) as LayeredText })
    else
      otherNodes.push(node)
  }
  const undecided = otherNodes.map(n => ({
    rule: 'color-contrast (undecided)',
    impact: 'serious',
    target: n.target.join(' '),
    summary: n.any[0]?.message ?? 'axe could not compute the contrast',
  }))
  const gradientText: GradientText[] = []
  for (const node of gradientNodes) {
    const selector = JSON.stringify(node.target[0])
    gradientText.push(await page.evaluate(`(() => {
      const el = document.querySelector(${selector})
      const style = getComputedStyle(el)
      let box = el
      while (box && !getComputedStyle(box).backgroundImage.includes('gradient')) box = box.parentElement
      return {
        target: ${selector},
        color: style.color,
        backgroundImage: box ? getComputedStyle(box).backgroundImage : '',
        fontSizePx: Number.parseFloat(style.fontSize),
        fontWeight: Number(style.fontWeight),
      }
    })()`))
  }
  return { results, blocking: blockingLines(results.violations), gradientText, layeredText, undecided }
}

/**
 * Everything that fails AA on one scanned state, as readable lines: axe's serious/critical violations, contrast axe
 * could not decide, and our own checks of gradient text (against every stop) and SVG text (against what is painted
 * under it).
 */
export function problemsOf(where: string, audit: Pick<SlideAudit, 'blocking' | 'undecided' | 'gradientText' | 'layeredText'>): string[] {
  const problems = [...formatLines(where, audit.blocking), ...formatLines(where, audit.undecided)]
  for (const text of audit.gradientText) {
    const fg = parseColor(text.color)
    const stops = gradientStops(text.backgroundImage)
    if (!fg || stops.length === 0) {
      problems.push(`${where}: color-contrast (gradient) at ${text.target} - cannot read colour "${text.color}" or the stops of "${text.backgroundImage}"`)
      continue
    }
    const need = requiredRatio(text.fontSizePx, text.fontWeight)
    const worst = Math.min(...stops.map(stop => contrastRatio(fg, stop)))
    if (worst < need)
      problems.push(`${where}: color-contrast (gradient) at ${text.target} - ${worst.toFixed(2)}:1 against the weakest stop, needs ${need}:1`)
  }
  for (const text of audit.layeredText) {
    const fg = parseColor(text.color)
    const layers = text.layers.map(layer => ({ color: parseColor(layer.color), alpha: layer.alpha }))
    const unparsed = [text.color, ...text.layers.map(layer => layer.color)].filter(color => !parseColor(color))
    const bg = unparsed.length ? undefined : flatten(layers as { color: NonNullable<typeof layers[number]['color']>, alpha: number }[])
    const why = text.unreadable
      ?? (unparsed.length ? `cannot read the colour ${unparsed.join(', ')}` : undefined)
      ?? (!bg ? `no opaque background under it (layers: ${text.layers.map(l => `${l.color} x${l.alpha.toFixed(2)}`).join(', ') || 'none'})` : undefined)
    if (why || !fg || !bg) {
      problems.push(`${where}: color-contrast (${text.kind ?? 'svg'}) at ${text.target} - cannot verify: ${why}`)
      continue
    }
    const need = requiredRatio(text.fontSizePx, text.fontWeight)
    const ratio = contrastRatio({ ...fg, a: fg.a * text.alpha }, bg)
    if (ratio < need)
      problems.push(`${where}: color-contrast (${text.kind ?? 'svg'}) at ${text.target} - ${ratio.toFixed(2)}:1 (${text.color} on the layers ${text.layers.map(l => l.color).join(' over ')}), needs ${need}:1`)
  }
  return problems
}
