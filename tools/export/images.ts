// Pictures of the slides: one PNG per slide (`npm run export:png`), and the title slide as og-image.png.
import type { Session } from './session.ts'
import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { OG_IMAGE_WIDTH } from '../head-meta.ts'
import { PRINT_SLIDE } from './session.ts'

export async function pngs(session: Session, output: string): Promise<number> {
  const { canvas } = session.deck
  const { context, page } = await session.page({ width: canvas.width, height: canvas.height }, session.settings.scale ?? 2)
  try {
    const pages = await session.openPrintView(page, false)
    mkdirSync(output, { recursive: true })
    for (const old of readdirSync(output).filter(name => /^\d+\.png$/.test(name)))
      rmSync(join(output, old))
    const width = String(pages.length).length < 3 ? 3 : String(pages.length).length
    const boxes = page.locator(PRINT_SLIDE)
    for (const [index, no] of pages.entries())
      await boxes.nth(index).screenshot({ path: join(output, `${String(no).padStart(width, '0')}.png`), animations: 'disabled' })
    return pages.length
  }
  finally {
    await context.close()
  }
}

/** The title slide as a 1200-pixel-wide PNG, for og:image. */
export async function ogImage(session: Session, output: string): Promise<number> {
  const { canvas } = session.deck
  const { context, page } = await session.page({ width: canvas.width, height: canvas.height }, OG_IMAGE_WIDTH / canvas.width)
  try {
    await session.openPrintView(page, false)
    mkdirSync(dirname(resolve(output)), { recursive: true })
    await page.locator(PRINT_SLIDE).first().screenshot({ path: output, animations: 'disabled' })
    return 1
  }
  finally {
    await context.close()
  }
}
