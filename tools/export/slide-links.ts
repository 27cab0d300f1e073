// Links between slides in the PDF and the handout. In Slidev's print view a link to a slide (`#/12`, `#/storage`, the
// architecture diagram's category links, `<Link to="12">`) has no target: the slides' boxes have ids like `012-00`,
// and Chromium keeps a link in the PDF only when its target id is in the page. Before printing, each printed slide
// gets an anchor on its first box (`dp-slide-12`: with clicks, its first page), and each link to a slide points to it.
// A link to a slide that is not printed (`--range`) leads to the hosted deck when DECK_URL is set; otherwise it is no
// longer a link, and the export says so.
//
//   const dropped = await linkSlides(page, deck.slides, pages, normaliseSiteUrl(process.env.DECK_URL))
import type { Page } from 'playwright-chromium'
import type { DeckSlideInfo } from '../deck.ts'
import { SLIDEV_DOM } from '../../seam/slidev.ts'

const PRINT_SLIDE = `.${SLIDEV_DOM.printSlide}`

const ANCHOR_PREFIX = 'dp-slide-'

/** The id of slide `no`'s anchor in the print view. */
export function slideAnchor(no: number): string {
  return `${ANCHOR_PREFIX}${no}`
}

export type SlideLink
  = | { kind: 'page', no: number }
    | { kind: 'url', no: number, url: string }
    | { kind: 'drop', no: number }

/**
 * Where a link with `href` (as written in the page) leads in the PDF: to a printed slide's page, to the hosted deck,
 * or nowhere (dropped); undefined when it is not a link to a slide of this deck.
 */
export function slideLinkTarget(href: string, slides: readonly Pick<DeckSlideInfo, 'no' | 'routeAlias'>[], printed: ReadonlySet<number>, siteUrl: string | undefined): SlideLink | undefined {
  // `#/12`, `#/12?clicks=1`, `/base/#/storage`, `http://host/base/#/12`: the deck's hash route, whatever comes first.
  const match = /^[^#]*#\/([\w-]+)\/?(?:\?.*)?$/.exec(href.trim())
  if (!match)
    return undefined
  const route = match[1]!
  const no = /^\d+$/.test(route) ? Number(route) : slides.find(slide => slide.routeAlias === route)?.no
  if (no === undefined || !slides.some(slide => slide.no === no))
    return undefined
  if (printed.has(no))
    return { kind: 'page', no }
  return siteUrl ? { kind: 'url', no, url: `${siteUrl}#/${no}` } : { kind: 'drop', no }
}

/** The export's warning for links to slides left out of --range that are no longer links (`slide 3 -> slide 12`). */
export function droppedLinksWarning(dropped: readonly string[]): string {
  return `warning: ${dropped.length} link${dropped.length > 1 ? 's' : ''} to slides outside --range dropped (${dropped.join(', ')}); set DECK_URL to link them to the hosted deck instead`
}

interface FoundLink { index: number, href: string, from: number }

/**
 * In the print view on `page`, once it is complete and cut to the printed slides (`pages`: the slide of each box, in
 * order): anchors on each slide's first box, links to slides pointed at them (see above). Returns the links dropped,
 * as `slide 3 -> slide 12`.
 */
export async function linkSlides(page: Page, slides: readonly Pick<DeckSlideInfo, 'no' | 'routeAlias'>[], pages: readonly number[], siteUrl: string | undefined): Promise<string[]> {
  const printed = new Set(pages)
  const found = await page.evaluate(`(() => {
    const boxes = [...document.querySelectorAll('${PRINT_SLIDE}')]
    const slides = ${JSON.stringify(pages)}
    const seen = new Set()
    boxes.forEach((box, index) => {
      const no = slides[index]
      if (seen.has(no)) return
      seen.add(no)
      const anchor = document.createElement('div')
      anchor.id = '${ANCHOR_PREFIX}' + no
      anchor.style.cssText = 'position:absolute;top:0;left:0;width:1px;height:1px;pointer-events:none'
      box.style.position = box.style.position || 'relative'
      box.prepend(anchor)
    })
    return [...document.querySelectorAll('${PRINT_SLIDE} a[href]')].map((a, index) => {
      a.setAttribute('data-dp-link', String(index))
      const box = a.closest('${PRINT_SLIDE}')
      return { index, href: a.getAttribute('href'), from: slides[boxes.indexOf(box)] }
    })
  })()`) as FoundLink[]
  const dropped: string[] = []
  const changes: { index: number, href: string | null }[] = []
  for (const link of found) {
    const target = slideLinkTarget(link.href, slides, printed, siteUrl)
    if (!target)
      continue
    if (target.kind === 'page') {
      changes.push({ index: link.index, href: `#${slideAnchor(target.no)}` })
    }
    else if (target.kind === 'url') {
      changes.push({ index: link.index, href: target.url })
    }
    else {
      dropped.push(`slide ${link.from} -> slide ${target.no}`)
      changes.push({ index: link.index, href: null })
    }
  }
  await page.evaluate(`(() => {
    for (const { index, href } of ${JSON.stringify(changes)}) {
      const a = document.querySelector('[data-dp-link="' + index + '"]')
      if (href === null) a.removeAttribute('href')
      else a.setAttribute('href', href)
    }
  })()`)
  return dropped
}
