// axe-core on the built deck: which rules run, what is blocking, how to report it, and how to settle a slide first.
//
//   await settleSlide(page, no)
//   const report = await auditSlide(page, no)       // { blocking: AxeViolationLine[], gradientText: GradientText[] }
//   expect(formatLines(report.blocking)).toEqual([])
import type { AxeResults, NodeResult, Result } from 'axe-core'
import type { Page } from 'playwright-chromium'
import { AxeBuilder } from '@axe-core/playwright'

/** WCAG 2.0/2.1/2.2 A and AA, and axe's best practices. AAA rules (e.g. enhanced contrast) are not run. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']
export const BLOCKING_IMPACTS: readonly string[] = ['serious', 'critical']

/**
 * Slidev's own chrome, left out of the scan because it is not ours to fix:
 * - `nav`: the navigation bar. Slidev 52's "sync settings" and "More options" menus nest a <button> inside a
 *   <button> (axe `nested-interactive`, serious) in its MenuButton component.
 * - `#slidev-goto-dialog`: the hidden "go to slide" box, which is not part of any slide.
 * The slides themselves and the rest of the page are scanned with every rule.
 */
export const SLIDEV_CHROME = ['nav', '#slidev-goto-dialog']

export interface AxeViolationLine {
  rule: string
  impact: string
  target: string
  summary: string
}

export interface GradientText {
  target: string
  color: string
  backgroundImage: string
  fontSizePx: number
  fontWeight: number
}

export function blockingLines(violations: readonly Result[]): AxeViolationLine[] {
  return violations
    .filter(v => BLOCKING_IMPACTS.includes(v.impact ?? ''))
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
  await page.waitForFunction(`!document.querySelector('#slideshow [class*="-leave-active"], #slideshow [class*="-enter-active"]')`)
  // The drawing layer is a transparent, pointer-events:none <svg> laid over every slide. axe counts any element on top
  // as "overlapping" and then cannot compute contrast for ANY text. It is hidden for the scan only while it is empty
  // (nothing drawn), so it can never hide real content.
  await page.evaluate(`(() => {
    for (const svg of document.querySelectorAll('#slide-content > svg.pointer-events-none'))
      if (svg.childElementCount === 0) svg.style.display = 'none'
  })()`)
}

export interface SlideAudit {
  results: AxeResults
  blocking: AxeViolationLine[]
  /** Text over a gradient: axe leaves it "incomplete"; the caller checks it against every stop. */
  gradientText: GradientText[]
  /** Colour contrast axe could not decide for any other reason: a failure, since AA must be verified. */
  undecided: AxeViolationLine[]
}

export async function auditPage(page: Page): Promise<SlideAudit> {
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS)
  for (const selector of SLIDEV_CHROME)
    builder.exclude(selector)
  const results = await builder.analyze()
  const contrast = results.incomplete.find(r => r.id === 'color-contrast')?.nodes ?? []
  const gradientNodes = contrast.filter(n => messageKey(n) === 'bgGradient')
  const undecided = contrast.filter(n => messageKey(n) !== 'bgGradient').map(n => ({
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
  return { results, blocking: blockingLines(results.violations), gradientText, undecided }
}
