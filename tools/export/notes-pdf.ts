// The speaker notes (`npm run export:notes`): Slidev's notes page printed on A4.
import type { Session } from './session.ts'
import { NOTES_PAGE_HEADINGS } from '../../seam/slidev.ts'
import { finishPdf } from '../pdf-finish.ts'
import { ExportError, writeOutput } from './session.ts'

/** Slidev's notes page (`#/presenter/print`): every slide's number, title and notes, on A4. */
export async function notesPdf(session: Session, output: string): Promise<number> {
  const withNotes = session.deck.slides.filter(slide => slide.note).length
  const { context, page } = await session.page({ width: 794, height: 1123 })
  try {
    const url = `${session.server.url}#/presenter/print`
    const timeout = session.settings.timeoutMs
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout })
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' })
    await page.waitForFunction(`document.querySelectorAll('${NOTES_PAGE_HEADINGS}').length >= ${withNotes} && document.fonts.status === 'loaded'`, undefined, { timeout, polling: 100 })
      .catch(async () => {
        const shown = await page.locator(NOTES_PAGE_HEADINGS).count().catch(() => -1)
        throw new ExportError(`the notes page (${url}) was not ready after ${timeout} ms: ${shown} of ${withNotes} slides' notes shown`)
      })
    const raw = await session.printPdf(page, 'A4', true)
    writeOutput(output, await finishPdf(raw, { meta: session.meta('speaker notes'), tree: [], firstPageOf: () => 0, date: session.pdfDate }))
    return withNotes
  }
  finally {
    await context.close()
  }
}
