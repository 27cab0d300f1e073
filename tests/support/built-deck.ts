// Facts about the BUILT deck, measured in Chromium at test time, so that export tests never hard-code a count:
//
//   const clicks = await clickSteps(page, server.url, slides.length)   // click steps of each slide, [0, 0, 4, ...]
//   const links = await externalLinks(page, server.url)                // every <a href="http..."> with its slide
import type { Page } from 'playwright-chromium'
import { gotoSlide } from './browser'

/** Walks the deck in play mode with ArrowRight and counts the click steps of each slide (index = slide no - 1). */
export async function clickSteps(page: Page, baseUrl: string, total: number): Promise<number[]> {
  const steps = Array.from({ length: total }, () => 0)
  await gotoSlide(page, baseUrl, 1)
  let url = page.url()
  for (let guard = 0; guard < 1000; guard++) {
    await page.keyboard.press('ArrowRight')
    const moved = await page.waitForURL(next => next.href !== url, { timeout: 3000 }).then(() => true, () => false)
    if (!moved)
      break
    url = page.url()
    const match = url.match(/#\/(\d+)(?:\?clicks=(\d+))?/)
    if (!match)
      throw new Error(`clickSteps: unexpected URL ${url}`)
    const no = Number(match[1])
    // A slide registers its click steps when it mounts: press again only once it has.
    await page.locator(`.slidev-page[data-slidev-no="${no}"]`).first().waitFor({ state: 'visible' })
    await page.waitForFunction(`!document.querySelector('.slidev-slide-loading')`)
    await page.evaluate(`new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))`)
    steps[no - 1] = Math.max(steps[no - 1] ?? 0, Number(match[2] ?? 0))
  }
  if (!url.match(new RegExp(`#/${total}(\\?|$)`)))
    throw new Error(`clickSteps: ArrowRight stopped at ${url}, before slide ${total}`)
  return steps
}

export interface DeckLink {
  no: number
  href: string
}

/** Every external link on every slide, read from the print view (all slides mounted at once, all clicks shown). */
export async function externalLinks(page: Page, baseUrl: string): Promise<DeckLink[]> {
  await page.goto(`${baseUrl}?print=true#/print`, { waitUntil: 'domcontentloaded' })
  await page.locator('.print-slide-container').first().waitFor()
  await page.waitForFunction(`!document.querySelector('.slidev-slide-loading')`)
  // getAttribute, not .href: an SVG <a> has an object there.
  return page.evaluate(`[...document.querySelectorAll('.print-slide-container')].flatMap(box =>
    [...box.querySelectorAll('a[href^="http"], a[*|href^="http"]')].map(a => ({
      no: Number(box.id.split('-')[0]),
      href: new URL(a.getAttribute('href') || a.getAttributeNS('http://www.w3.org/1999/xlink', 'href'), location.href).href,
    })))`)
}
