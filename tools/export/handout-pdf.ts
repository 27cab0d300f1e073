// The handout (`npm run export:handout`): one A4 page per slide, the slide as in the deck PDF and its notes under it;
// the layout is tools/handout.ts.
import type { Session } from './session.ts'
import { handoutGeometry, handoutPages, layoutHandout, readNotes } from '../handout.ts'
import { finishPdf, outlineTree } from '../pdf-finish.ts'
import { ExportError, writeOutput } from './session.ts'

/** The handout: one A4 page per slide, the slide as in the deck PDF and its notes under it (see tools/handout.ts). */
export async function handoutPdf(session: Session, output: string): Promise<number> {
  const { deck, settings } = session
  const geometry = handoutGeometry(deck.canvas)
  const { context, page } = await session.page({ width: Math.round(geometry.page.width), height: Math.round(geometry.page.height) })
  try {
    const notes = await readNotes(page, session.server.url, deck.slides, settings.timeoutMs)
      .catch((error: Error) => { throw new ExportError(error.message) })
    const pages = await session.openPrintView(page, false)
    const overflow = await layoutHandout(page, handoutPages(deck, pages, notes), geometry)
    if (overflow.length)
      throw new ExportError(`handout: the notes of slide${overflow.length > 1 ? 's' : ''} ${overflow.join(', ')} do not fit under the slide on one A4 page even at ${geometry.fontPt.min} pt; shorten them`)
    const raw = await session.printPdf(page, 'A4', false)
    writeOutput(output, await finishPdf(raw, {
      meta: session.meta('handout'),
      tree: outlineTree(deck.slides.filter(slide => pages.includes(slide.no))),
      firstPageOf: no => pages.indexOf(no),
      expectedPages: pages.length,
      date: session.pdfDate,
    }))
    return pages.length
  }
  finally {
    await context.close()
  }
}
