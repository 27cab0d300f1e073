// The deck PDF (`npm run export`) and the click-by-click PDF (`--with-clicks`): the print view printed at the slide
// size, tagged, with metadata and the outline by section (tools/pdf-finish.ts).
import type { Session } from './session.ts'
import { finishPdf, outlineTree } from '../pdf-finish.ts'
import { writeOutput } from './session.ts'

export async function slidesPdf(session: Session, output: string, withClicks: boolean): Promise<number> {
  const { canvas } = session.deck
  // As tall as all slides together, as Slidev's exporter does: a one-slide viewport adds a blank last page.
  const { context, page } = await session.page({ width: canvas.width, height: canvas.height * session.deck.slides.length })
  try {
    const pages = await session.openPrintView(page, withClicks)
    const raw = await session.printPdf(page, canvas, false)
    const bytes = await finishPdf(raw, {
      meta: session.meta(withClicks ? 'click by click' : undefined),
      tree: outlineTree(session.deck.slides.filter(slide => pages.includes(slide.no))),
      firstPageOf: no => pages.indexOf(no),
      expectedPages: pages.length,
      date: session.pdfDate,
    })
    writeOutput(output, bytes)
    return pages.length
  }
  finally {
    await context.close()
  }
}
