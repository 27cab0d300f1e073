// Slide 1 as the app shows it (`#/1`, light, the canvas as viewport), copied into the built deck's index.html with
// its CSS in first-paint.css beside it (./html.ts). Runs in a session on the built deck (tools/exporter.ts,
// withDeckSession), once per build: plugins/first-paint/index.ts calls it at the end of `slidev build`.
import type { Session } from '../../tools/export/session.ts'
import type { FirstSlideCapture } from './html.ts'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { mountedSlide } from '../../seam/slidev.ts'
import { detectBase, ExportError, LOADING, writeOutput } from '../../tools/export/session.ts'
import { CAPTURE_FIRST_SLIDE, FIRST_PAINT_CSS, firstPaintCss, hasFirstPaint, withFirstPaint } from './html.ts'

/** Copies slide 1 into `index` (the built deck's index.html) and writes first-paint.css beside it. */
export async function captureFirstPaint(session: Session, index: string): Promise<void> {
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
    writeOutput(join(dirname(index), FIRST_PAINT_CSS), new TextEncoder().encode(firstPaintCss(capture)))
    writeOutput(index, new TextEncoder().encode(withFirstPaint(html, capture, detectBase(html))))
  }
  finally {
    await context.close()
  }
}
