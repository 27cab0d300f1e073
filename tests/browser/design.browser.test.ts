// Slides that read from the back of the room: every slide of the built deck, in light and dark mode, at its last click
// step, measured in Chromium. Fails on visible text under 16 canvas px (12 px on the overview map), on content that
// sits in the top part over an empty band, and on more than 45 visible words. The rules themselves are pure
// (tests/support/design.ts, unit-tested); this file only measures. It ends by printing every slide's figures.
import type { Page } from 'playwright-chromium'
import type { SlideFigures, SlideMeasure } from '../support/design'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { slideFrame, SLIDEV_DOM } from '../../seam/slidev'
import { loadDeck, plainTitle } from '../../tools/deck'
import { settleSlide } from '../support/a11y'
import { gotoSlide, useWatchedDeck } from '../support/browser'
import { clickSteps } from '../support/built-deck'
import { canvasPx, designProblems, slideAllowance, summarize } from '../support/design'

const slides = loadDeck()
const modes = ['light', 'dark'] as const

interface RawText {
  text: string
  computedPx: number
  /** On-screen px per CSS px at the text: the slide's scale times every transform and SVG viewBox in between. */
  elementScale: number
  where: string
}

interface RawSlide {
  /** On-screen px per canvas px. */
  canvasScale: number
  height: number
  texts: RawText[]
  content?: { top: number, bottom: number }
}

// Runs in the page (a string body: the test runner's transpiler would otherwise add helpers the page does not have).
// Collects every visible run of text with its size and scale, and the vertical extent of everything visible: text,
// SVG drawings, images, and boxes that paint a background or a border (cards, code blocks).
function measureScript(no: number): string {
  return `(() => {
    const page = document.querySelector('${slideFrame(no)}')
    const layout = page.querySelector('.${SLIDEV_DOM.slideLayout}')
    const frame = page.getBoundingClientRect()
    const canvasScale = frame.width / page.offsetWidth
    const visible = (el) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
    const label = (el) => el.tagName.toLowerCase() + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).slice(0, 2).join('.') : '')
    const where = (el) => (el.parentElement && el.parentElement !== layout ? label(el.parentElement) + ' > ' : '') + label(el)
    const scaleOf = (style) => {
      let s = 1
      if (style.transform && style.transform !== 'none') { const m = new DOMMatrixReadOnly(style.transform); s *= Math.hypot(m.a, m.b) }
      if (style.scale && style.scale !== 'none') s *= Number.parseFloat(style.scale.split(' ')[0])
      if (style.zoom) s *= Number.parseFloat(style.zoom) || 1
      return s
    }
    // HTML: every CSS transform, scale and zoom between the text and the canvas.
    const htmlScale = (el) => {
      let s = canvasScale
      for (let n = el; n && n !== page; n = n.parentElement) s *= scaleOf(getComputedStyle(n))
      return s
    }
    let top = Infinity
    let bottom = -Infinity
    const extend = (rect) => {
      const t = Math.max(rect.top, frame.top)
      const b = Math.min(rect.bottom, frame.bottom)
      if (rect.width < 1 || rect.height < 1 || b <= t || rect.right <= frame.left || rect.left >= frame.right) return false
      top = Math.min(top, t)
      bottom = Math.max(bottom, b)
      return true
    }
    const texts = []
    const walker = document.createTreeWalker(layout, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement
      if (!node.textContent.trim() || !el || el.closest('title, desc, style, script, defs') || !visible(el)) continue
      let rect
      let elementScale
      if (el instanceof SVGElement) {
        rect = el.getBoundingClientRect()
        const ctm = el.getScreenCTM()
        elementScale = ctm ? Math.hypot(ctm.a, ctm.b) : canvasScale
      }
      else {
        const range = document.createRange()
        range.selectNodeContents(node)
        rect = range.getBoundingClientRect()
        elementScale = htmlScale(el)
      }
      // Text clipped to nothing (screen-reader-only) or outside the canvas is not seen.
      if (!extend(rect)) continue
      texts.push({ text: node.textContent, computedPx: Number.parseFloat(getComputedStyle(el).fontSize), elementScale, where: where(el) })
    }
    const clear = (color) => color === 'transparent' || /rgba\\(.*,\\s*0\\)$/.test(color)
    for (const el of layout.querySelectorAll('*')) {
      if (!visible(el)) continue
      const s = getComputedStyle(el)
      const border = ['Top', 'Right', 'Bottom', 'Left'].some(side => Number.parseFloat(s['border' + side + 'Width']) > 0 && s['border' + side + 'Style'] !== 'none' && !clear(s['border' + side + 'Color']))
      const painted = el instanceof SVGSVGElement || ['IMG', 'VIDEO', 'CANVAS'].includes(el.tagName) || !clear(s.backgroundColor) || s.backgroundImage !== 'none' || border
      if (painted && !el.closest('svg:not(:scope)')) extend(el.getBoundingClientRect())
    }
    return {
      canvasScale,
      height: frame.height / canvasScale,
      texts,
      content: top < bottom ? { top: (top - frame.top) / canvasScale, bottom: (bottom - frame.top) / canvasScale } : undefined,
    }
  })()`
}

async function measure(page: Page, no: number): Promise<SlideMeasure> {
  const raw = await page.evaluate(measureScript(no)) as RawSlide
  return {
    height: raw.height,
    content: raw.content,
    texts: raw.texts.map(t => ({ text: t.text, px: canvasPx(t.computedPx, t.elementScale, raw.canvasScale), where: t.where })),
  }
}

// The click steps of every slide, walked once in play mode (a slide's steps do not depend on the colour scheme).
let steps: number[] | undefined
const figures = new Map<string, SlideFigures>()

describe.each(modes)('design in %s mode', (mode) => {
  const deck = useWatchedDeck({ colorScheme: mode })

  beforeAll(async () => {
    steps ??= await clickSteps(deck.watched.page, deck.session.server.url, slides.length)
  })

  it.each(slides.map(slide => [slide.no, plainTitle(slide.title), slide.source] as const))('slide %i (%s) reads from the back of the room', async (no, title, source) => {
    const clicks = steps?.[no - 1] || undefined
    await gotoSlide(deck.watched.page, deck.session.server.url, no, clicks)
    await settleSlide(deck.watched.page)
    const measured = await measure(deck.watched.page, no)
    figures.set(`${no} ${mode}`, summarize(measured))
    const where = `slide ${no} "${title}"${clicks === undefined ? '' : ` at click ${clicks}`} (${mode})`
    expect(measured.texts.length, `${where}: no visible text was measured`).toBeGreaterThan(0)
    expect(designProblems(measured, slideAllowance(source)).map(line => `${where}: ${line}`)).toEqual([])
  })
})

afterAll(() => {
  const rows = slides.map((slide) => {
    const cells = modes.map((mode) => {
      const f = figures.get(`${slide.no} ${mode}`)
      return f ? `${f.smallestPx ?? '-'} px, ${f.band ? 'band' : 'no band'}, ${f.words} words` : 'not measured'
    })
    return `${String(slide.no).padStart(2)} ${plainTitle(slide.title).padEnd(56)} ${cells.join(' | ')}`
  })
  process.stdout.write(`Design figures per slide (smallest text, empty band below, visible words), ${modes.join(' | ')}:\n${rows.join('\n')}\n`)
})
