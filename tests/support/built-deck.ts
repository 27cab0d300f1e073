// Facts about the BUILT deck, measured in Chromium at test time, so that export tests never hard-code a count:
//
//   const clicks = await clickSteps(page, server.url, slides.length)   // click steps of each slide, [0, 0, 4, ...]
//   const { clicks, links, jumps } = await deckFacts()   // for dist/, once per test run: the click steps, every
//                                                        // <a href="http..."> with its slide, every link to a slide
import type { Page } from 'playwright-chromium'
import { slideFrame, SLIDEV_DOM } from '../../seam/slidev'
import { loadDeck } from '../../tools/deck'
import { printViewReady } from '../../tools/exporter'
import { gotoSlide, openDeckSession, watchedPage } from './browser'
import { oncePerRun } from './once-per-run'

/**
 * The slide and click step a deck URL shows: `#/12?clicks=1`, the presenter's `#/presenter/12?password=x&clicks=1`,
 * or, for a slide with `routeAlias: storage`, `#/storage`.
 */
export function slideNoOf(url: string, aliases: ReadonlyMap<string, number> = routeAliases()): { no: number, clicks: number } | undefined {
  const match = url.match(/#\/(?:presenter\/)?([\w-]+)(?:\?([^#]*))?$/)
  if (!match)
    return undefined
  const no = /^\d+$/.test(match[1]!) ? Number(match[1]) : aliases.get(match[1]!)
  return no === undefined ? undefined : { no, clicks: Number(new URLSearchParams(match[2] ?? '').get('clicks') ?? 0) }
}

/** Each slide's `routeAlias`, with its number. */
export function routeAliases(): Map<string, number> {
  return new Map(loadDeck().filter(slide => slide.frontmatter.routeAlias).map(slide => [String(slide.frontmatter.routeAlias), slide.no]))
}

/** Walks the deck in play mode with ArrowRight and counts the click steps of each slide (index = slide no - 1). */
export async function clickSteps(page: Page, baseUrl: string, total: number): Promise<number[]> {
  const steps = Array.from<number>({ length: total }).fill(0)
  const aliases = routeAliases()
  await gotoSlide(page, baseUrl, 1)
  let url = page.url()
  for (let guard = 0; guard < 1000; guard++) {
    await page.keyboard.press('ArrowRight')
    const moved = await page.waitForURL(next => next.href !== url, { timeout: 3000 }).then(() => true, () => false)
    if (!moved)
      break
    url = page.url()
    const at = slideNoOf(url, aliases)
    if (!at)
      throw new Error(`clickSteps: unexpected URL ${url}`)
    const { no } = at
    // A slide registers its click steps when it mounts: press again only once it has.
    await page.locator(`${slideFrame(no)}`).first().waitFor({ state: 'visible' })
    // A function, not a string: the deck's Content-Security-Policy refuses the eval that polling a string needs.
    await page.waitForFunction(loading => !document.querySelector(loading), `.${SLIDEV_DOM.slideLoading}`)
    await page.evaluate(`new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))`)
    steps[no - 1] = Math.max(steps[no - 1] ?? 0, at.clicks)
  }
  if (slideNoOf(url, aliases)?.no !== total)
    throw new Error(`clickSteps: ArrowRight stopped at ${url}, before slide ${total}`)
  return steps
}

export interface DeckLink {
  no: number
  href: string
}

/** The print view on `page`, once it is as complete as the exporter waits for it to be. */
async function openPrintView(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}?print=true#/print`, { waitUntil: 'domcontentloaded' })
  // Polled with evaluate, not waitForFunction: a string predicate there is eval'd in the page, which the deck's
  // Content-Security-Policy refuses (no 'unsafe-eval').
  const ready = printViewReady(loadDeck().length)
  const deadline = Date.now() + 120_000
  while (!(await page.evaluate(ready))) {
    if (Date.now() > deadline)
      throw new Error('the print view did not get ready within 120 s')
    await page.waitForTimeout(100)
  }
}

/** Every link of every printed slide whose href (as written) matches `pattern`, with its slide. */
async function printedLinks(page: Page, pattern: RegExp): Promise<DeckLink[]> {
  // getAttribute, not .href: an SVG <a> has an object there.
  const all = await page.evaluate(`[...document.querySelectorAll('.${SLIDEV_DOM.printSlide}')].flatMap(box =>
    [...box.querySelectorAll('a')].map(a => ({
      no: Number(box.id.split('-')[0]),
      href: a.getAttribute('href') || a.getAttributeNS('http://www.w3.org/1999/xlink', 'href') || '',
    })))`) as DeckLink[]
  return all.filter(link => pattern.test(link.href))
}

/**
 * Every external link on every slide, read from the print view (all slides mounted at once, all clicks shown), once
 * it is as complete as the exporter waits for it to be: a slide's frame can be there before its content, with no
 * loading sign yet, and would then count no link.
 */
async function externalLinks(page: Page, baseUrl: string): Promise<DeckLink[]> {
  await openPrintView(page, baseUrl)
  return (await printedLinks(page, /^https?:/)).map(link => ({ ...link, href: new URL(link.href).href }))
}

export interface SlideLink {
  /** The slide the link is on. */
  from: number
  /** The slide it opens. */
  to: number
}

/** Every link from a slide to a slide (`#/12`, `#/<routeAlias>`) in the print view open on `page`. */
async function slideLinksShown(page: Page): Promise<SlideLink[]> {
  const aliases = routeAliases()
  return (await printedLinks(page, /#\//)).map((link) => {
    const at = slideNoOf(link.href.slice(link.href.indexOf('#')), aliases)
    if (!at)
      throw new Error(`slide ${link.no} links to ${link.href}, which is no slide of the deck`)
    return { from: link.no, to: at.no }
  })
}

export interface DeckFacts {
  /** Click steps of each slide (index = slide no - 1), walked with ArrowRight. */
  clicks: number[]
  /** Every external link, with its slide. */
  links: DeckLink[]
  /** Every link from a slide to a slide. */
  jumps: SlideLink[]
}

/**
 * The built deck's (dist/) click steps and links, measured in a browser of their own once per test run (oncePerRun)
 * and shared by the files that compare an export or a copy of the deck with it.
 */
export function deckFacts(): Promise<DeckFacts> {
  return oncePerRun('deck-facts', async () => {
    const session = await openDeckSession()
    try {
      const { page } = await watchedPage(session.browser)
      const clicks = await clickSteps(page, session.server.url, loadDeck().length)
      const links = await externalLinks(page, session.server.url)
      return { clicks, links, jumps: await slideLinksShown(page) }
    }
    finally {
      await session.close()
    }
  })
}
