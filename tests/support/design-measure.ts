// Measures a slide of the built deck as Chromium shows it, for the design rules of tests/support/design.ts:
//
//   const measured = await measureSlide(page, no)   // { height, content: { top, bottom }, texts: [{ text, px, where }] }
//   designProblems(measured, slideAllowance(source))
import type { Page } from 'playwright-chromium'
import type { SlideMeasure } from './design'
import { slideFrame, SLIDEV_DOM } from '../../seam/slidev'
import { canvasPx } from './design'

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

/** Measures slide `no` as shown on `page`: its visible text with sizes in canvas px, and where its content sits. */
export async function measureSlide(page: Page, no: number): Promise<SlideMeasure> {
  const raw = await page.evaluate(measureScript(no)) as RawSlide
  return {
    height: raw.height,
    content: raw.content,
    texts: raw.texts.map(t => ({ text: t.text, px: canvasPx(t.computedPx, t.elementScale, raw.canvasScale), where: t.where })),
  }
}
