// The first paint: slide 1 as the app shows it, copied into the built deck's index.html (tools/first-paint.ts).
import type { FirstSlideCapture } from '../first-paint.ts'
import type { Session } from './session.ts'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { mountedSlide } from '../../seam/slidev.ts'
import { CAPTURE_FIRST_SLIDE, FIRST_PAINT_CSS, hasFirstPaint, withFirstPaint } from '../first-paint.ts'
import { detectBase, ExportError, LOADING, writeOutput } from './session.ts'

/**
 * Slide 1 as the app shows it (`#/1`, light, the canvas as viewport), copied into `index` (the built deck's
 * index.html) with its CSS in first-paint.css beside it: see tools/first-paint.ts. Run it after the other jobs, once
 * per build.
 */
export async function firstPaint(session: Session, index: string): Promise<number> {
  const html = readFileSync(index, 'utf8')
  if (hasFirstPaint(html))
    throw new ExportError(`${index} already has the first-paint copy of slide 1: rebuild the deck (npm run build)`)
  const { canvas } = session.deck
  const { context, page } = await session.page({ width: canvas.width, height: canvas.height })
  try {
    await page.goto(`${session.server.url}#/1`, { waitUntil: 'load' })
    await session.untilMissing(page.locator(mountedSlide(1)).waitFor({ state: 'visible' }))
    await page.waitForFunction(`document.fonts.status === 'loaded' && !document.querySelector('${LOADING}')`, undefined, { polling: 100 })
    session.checkComplete()
    const capture = await page.evaluate(CAPTURE_FIRST_SLIDE) as FirstSlideCapture
    writeOutput(join(dirname(index), FIRST_PAINT_CSS), new TextEncoder().encode(capture.css))
    writeOutput(index, new TextEncoder().encode(withFirstPaint(html, capture, `${detectBase(html)}${FIRST_PAINT_CSS}`)))
    return 1
  }
  finally {
    await context.close()
  }
}
