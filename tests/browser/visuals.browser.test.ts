// The drawn visuals of the opening slides on the built deck: the web's evolution (a timeline built one era per click),
// centralized versus DePIN (click 1 takes the hub down, click 2 a mesh node, and the traffic reroutes) and the four
// advantages (one per click). Expected words and routes come from data/visuals.ts and logic/, never from here.
import type { Page } from 'playwright-chromium'
import { describe, expect, it } from 'vitest'
import { timelineText, topology, webEras } from '../../data/visuals'
import { edgeKey, pathEdges } from '../../logic/graph'
import { layoutTimeline } from '../../logic/timeline-layout'
import { timelineSteps } from '../../logic/timeline-view'
import { layoutTopology } from '../../logic/topology-layout'
import { TOPOLOGY_STEPS } from '../../logic/topology-view'
import { MOUNTED_SLIDE, printedSlide, slideFrame, SLIDEV_DOM } from '../../seam/slidev'
import { loadDeck } from '../../tools/deck'
import { gotoSlide, overflowOf, useWatchedDeck } from '../support/browser'
import { slideNoOf } from '../support/built-deck'

const slides = loadDeck()
const slideWith = (needle: string) => slides.find(slide => slide.source.includes(needle))?.no ?? 0
const TIMELINE = slideWith('<WebTimeline />')
const TOPOLOGY = slideWith('<TopologyCompare />')
const ADVANTAGES = slides.find(slide => slide.title.startsWith('DePIN advantages compared'))?.no ?? 0
const ADVANTAGE_NAMES = ['Security & Privacy', 'Transparency & Trust', 'Resilience & Reliability', 'User Empowerment & Data Sovereignty']
const timeline = layoutTimeline(webEras, timelineText)
const { mesh, centralized } = layoutTopology(topology)

const onSlide = (page: Page, no: number, selector: string) => page.locator(`${slideFrame(no)} ${selector}`)

/** The title and desc of every SVG with role=img on a slide, and its smallest shown text in px of the 980 px canvas. */
async function svgFacts(page: Page, no: number) {
  return page.evaluate(`(() => {
    const slide = document.querySelector('${slideFrame(no)}')
    const canvas = slide.querySelector('#${SLIDEV_DOM.slideContent}') || slide
    const scale = canvas.getBoundingClientRect().width / 980
    return [...slide.querySelectorAll('svg[role="img"]')].map(svg => {
      const [titleId, descId] = (svg.getAttribute('aria-labelledby') || '').split(' ')
      const texts = [...svg.querySelectorAll('text')].filter(t => getComputedStyle(t).visibility !== 'hidden')
      return {
        title: svg.querySelector('title#' + CSS.escape(titleId || '-'))?.textContent.trim() ?? '',
        desc: svg.querySelector('desc#' + CSS.escape(descId || '-'))?.textContent.trim() ?? '',
        fontPx: Math.min(...texts.map(t => parseFloat(t.getAttribute('font-size')) * svg.getScreenCTM().a / scale)),
      }
    })
  })()`) as Promise<{ title: string, desc: string, fontPx: number }[]>
}

describe('the visuals on the built deck', () => {
  const deck = useWatchedDeck()
  const page = () => deck.watched.page
  const url = () => deck.session.server.url

  it('finds the three slides', () => {
    expect([TIMELINE, TOPOLOGY, ADVANTAGES].every(no => no > 0)).toBe(true)
  })

  describe('the web\'s evolution', () => {
    const shownEras = () => onSlide(page(), TIMELINE, '.era').evaluateAll(nodes =>
      nodes.filter(node => getComputedStyle(node).visibility !== 'hidden').map(node => node.getAttribute('data-era')))

    it('adds one era per click, oldest first, then moves on', async () => {
      await gotoSlide(page(), url(), TIMELINE, 0)
      const steps = timelineSteps(timeline)
      for (let step = 0; step <= steps; step++) {
        if (step)
          await page().keyboard.press('ArrowRight')
        await expect.poll(shownEras).toEqual(webEras.slice(0, step + 1).map(era => era.id))
      }
      await page().keyboard.press('ArrowRight')
      await expect.poll(() => slideNoOf(page().url())?.no).toBe(TIMELINE + 1)
    })

    it('sets the three eras as real SVG text', async () => {
      await gotoSlide(page(), url(), TIMELINE, timelineSteps(timeline))
      const words = await onSlide(page(), TIMELINE, 'svg text').allTextContents()
      for (const era of webEras)
        expect(words.map(word => word.trim())).toEqual(expect.arrayContaining([era.name, era.keyword]))
    })
  })

  describe('centralized versus DePIN', () => {
    const states = (selector: string) => onSlide(page(), TOPOLOGY, selector).evaluateAll(nodes =>
      Object.fromEntries(nodes.map(node => [node.getAttribute('data-node') ?? node.getAttribute('data-link'), node.getAttribute('data-state')])))
    const status = (panel: string) => onSlide(page(), TOPOLOGY, `[data-panel="${panel}"] .status`).evaluate(node =>
      ({ text: node.textContent!.trim(), state: node.getAttribute('data-status') }))
    const desc = () => onSlide(page(), TOPOLOGY, 'svg desc').textContent()

    it('serves every client, then click 1 takes the hub down with every client', async () => {
      await gotoSlide(page(), url(), TOPOLOGY, 0)
      const before = await states('[data-panel="centralized"] [data-node]')
      expect(Object.values(before).every(state => state === 'up')).toBe(true)
      expect(await status('centralized')).toEqual({ text: topology.status.up, state: 'up' })

      await page().keyboard.press('ArrowRight')
      await expect.poll(() => onSlide(page(), TOPOLOGY, 'svg').getAttribute('data-step')).toBe('1')
      const nodes = await states('[data-panel="centralized"] [data-node]')
      expect(Object.keys(nodes).sort()).toEqual([centralized.hub, ...centralized.clients].sort())
      expect(Object.values(nodes).every(state => state === 'down')).toBe(true)
      const links = await states('[data-panel="centralized"] [data-link]')
      expect(Object.values(links)).toEqual(centralized.clients.map(() => 'broken'))
      expect(await status('centralized')).toEqual({ text: topology.status.down, state: 'down' })
      expect(await desc()).toContain(`all ${centralized.clients.length} clients have lost service`)
      // The mesh still serves.
      expect(await status('mesh')).toEqual({ text: topology.status.up, state: 'up' })
    })

    it('click 2 takes a mesh node down and draws the reroute; the service stays up; then the slide moves on', async () => {
      await gotoSlide(page(), url(), TOPOLOGY, 1)
      await page().keyboard.press('ArrowRight')
      await expect.poll(() => onSlide(page(), TOPOLOGY, 'svg').getAttribute('data-step')).toBe(String(TOPOLOGY_STEPS))
      const nodes = await states('[data-panel="mesh"] [data-node]')
      expect(Object.entries(nodes).filter(([, state]) => state === 'down').map(([id]) => id)).toEqual([mesh.failed])
      const links = await states('[data-panel="mesh"] [data-link]')
      const routed = Object.entries(links).filter(([, state]) => state === 'route').map(([key]) => key)
      expect(new Set(routed)).toEqual(pathEdges(mesh.routeAfter))
      expect(routed.some(key => key.split('|').includes(mesh.failed))).toBe(false)
      expect(links[edgeKey(mesh.routeBefore[0]!, mesh.routeBefore[1]!)]).not.toBe('route')
      expect(await status('mesh')).toEqual({ text: topology.status.rerouted, state: 'up' })
      expect(await desc()).toContain(topology.status.rerouted)
      expect(await overflowOf(page(), TOPOLOGY)).toEqual({ outside: [], clipped: [] })

      await page().keyboard.press('ArrowRight')
      await expect.poll(() => slideNoOf(page().url())?.no).toBe(TOPOLOGY + 1)
    })
  })

  describe('the four advantages', () => {
    const shown = () => onSlide(page(), ADVANTAGES, '.advantage').evaluateAll((nodes, hidden) =>
      nodes.filter(node => !node.classList.contains(hidden) && getComputedStyle(node).opacity === '1')
        .map(node => node.querySelector('h2')!.textContent!.trim()), SLIDEV_DOM.vclickHidden)

    it('builds one advantage per click, each with its icon hidden from assistive technology', async () => {
      await gotoSlide(page(), url(), ADVANTAGES, 0)
      await expect.poll(shown).toEqual([])
      for (let step = 1; step <= ADVANTAGE_NAMES.length; step++) {
        await page().keyboard.press('ArrowRight')
        await expect.poll(shown).toEqual(ADVANTAGE_NAMES.slice(0, step))
      }
      const icons = await onSlide(page(), ADVANTAGES, '.advantage svg').evaluateAll(nodes => nodes.map(node => node.getAttribute('aria-hidden')))
      expect(icons).toEqual(ADVANTAGE_NAMES.map(() => 'true'))
      expect(await overflowOf(page(), ADVANTAGES)).toEqual({ outside: [], clipped: [] })
    })
  })

  it('names every drawing (role=img, title, desc) and sets its text at 20 px of the canvas or more', async () => {
    for (const [no, clicks] of [[TIMELINE, timelineSteps(timeline)], [TOPOLOGY, TOPOLOGY_STEPS]] as const) {
      await gotoSlide(page(), url(), no, clicks)
      const svgs = await svgFacts(page(), no)
      expect(svgs).toHaveLength(1)
      for (const svg of svgs) {
        expect(svg.title.length).toBeGreaterThan(5)
        expect(svg.desc.length).toBeGreaterThan(20)
        expect(svg.fontPx).toBeGreaterThanOrEqual(20)
      }
    }
  })

  it('prints every visual complete (the PDF has no clicks)', async () => {
    await page().goto(`${url()}?print=true#/print`, { waitUntil: 'domcontentloaded' })
    // Every slide mounted in the print view, not only the first one's frame.
    await page().waitForFunction(({ count, mounted, loading }) => document.querySelectorAll(mounted).length >= count && !document.querySelector(loading), { count: slides.length, mounted: `.${SLIDEV_DOM.printSlide} ${MOUNTED_SLIDE}`, loading: `.${SLIDEV_DOM.slideLoading}` })
    const printed = (no: number, selector: string) => page().locator(`${printedSlide(no)} ${selector}`)
    await expect.poll(() => printed(TIMELINE, '.era.hidden').count()).toBe(0)
    expect(await printed(TIMELINE, '.era').count()).toBe(webEras.length)
    await expect.poll(() => printed(TOPOLOGY, 'svg').getAttribute('data-step')).toBe(String(TOPOLOGY_STEPS))
    await expect.poll(() => printed(TOPOLOGY, `[data-node="${mesh.failed}"]`).getAttribute('data-state')).toBe('down')
    expect(await printed(ADVANTAGES, `.advantage.${SLIDEV_DOM.vclickHidden}`).count()).toBe(0)
    expect(await printed(ADVANTAGES, '.advantage').count()).toBe(ADVANTAGE_NAMES.length)
  })

  it('logged no console error and made no external request', () => {
    expect(deck.watched.consoleErrors).toEqual([])
    expect(deck.watched.pageErrors).toEqual([])
    expect(deck.watched.externalRequests).toEqual([])
  })
})
