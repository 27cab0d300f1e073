// The audience on the built deck: a screen reader hears "Slide N of M: title" on every slide change and nothing on
// a click step (components/SlideAnnouncer.vue), and with `prefers-reduced-motion: reduce` nothing moves or fades
// (styles/motion.css) while click steps still step. Slides, titles, steps and layers come from slides.md and the
// components' data.
import type { BrowserContext, Page } from 'playwright-chromium'
import type { DeckSession } from '../support/browser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sectorMap } from '../../data'
import { REVEAL_ORDER } from '../../logic/architecture-view'
import { slideRegionLabel } from '../../logic/slide-region'
import { slideFrame, SLIDEV_DOM } from '../../seam/slidev'
import { loadDeck } from '../../tools/deck'
import { gotoSlide, isLocal, openDeckSession } from '../support/browser'
import { slideNoOf } from '../support/built-deck'
import { builtClicks } from '../support/slide-clicks'

const slides = loadDeck()
const total = slides.length
const label = (no: number) => slideRegionLabel(no, total, slides[no - 1]!.title)
const architecture = slides.find(slide => slide.source.includes('<ArchitectureDiagram />'))!
const map = slides.find(slide => slide.source.includes('<SectorMapSlide'))!
const vclicks = slides.find(slide => slide.source.includes('<v-clicks') && builtClicks(slide.source) > 0)!

// Counts every CSS transition and animation that starts in the page, from its first script on.
const MOTION_COUNTER = `window.__motion = { transitions: [], animations: [] }
  const name = el => el.tagName.toLowerCase() + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
  document.addEventListener('transitionrun', e => window.__motion.transitions.push(name(e.target) + ' ' + e.propertyName), true)
  document.addEventListener('animationstart', e => window.__motion.animations.push(name(e.target) + ' ' + e.animationName), true)`

interface Motion {
  /** Transitions and animations that started since the page loaded. */
  started: string[]
  /** Animations the document runs now (document.getAnimations()). */
  running: number
  /** Elements whose computed style would animate a change: a transition or an animation longer than 0 s. */
  animatable: string[]
}

function motion(page: Page): Promise<Motion> {
  return page.evaluate(`(() => {
    const long = value => value.split(',').some(part => parseFloat(part) > 0)
    const name = el => el.tagName.toLowerCase() + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
    const animatable = [...document.querySelectorAll('*')].filter((el) => {
      const style = getComputedStyle(el)
      return long(style.transitionDuration) || (style.animationName !== 'none' && long(style.animationDuration))
    }).map(name)
    return { started: [...window.__motion.transitions, ...window.__motion.animations], running: document.getAnimations().length, animatable }
  })()`)
}

async function motionContext(session: DeckSession, reducedMotion: 'reduce' | 'no-preference'): Promise<{ context: BrowserContext, page: Page, errors: string[] }> {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion })
  await context.addInitScript(MOTION_COUNTER)
  await context.route('**/*', route => isLocal(route.request().url()) ? route.continue() : route.abort('blockedbyclient'))
  const page = await context.newPage()
  const errors: string[] = []
  page.on('console', message => message.type() === 'error' && errors.push(message.text()))
  page.on('pageerror', error => errors.push(error.message))
  return { context, page, errors }
}

const slideOf = (page: Page, no: number) => page.locator(`${slideFrame(no)}`).first()
async function visibleLayers(page: Page) {
  return [...new Set(await slideOf(page, architecture.no).locator('.architecture-diagram .cell:not(.hidden)').evaluateAll(cells => cells.map(cell => cell.getAttribute('data-layer'))))]
}
const highlightedNetwork = (page: Page) => slideOf(page, map.no).locator('.sector-map__network--on').getAttribute('data-network', { timeout: 2000 }).catch(() => null)
const hiddenVClicks = (page: Page) => slideOf(page, vclicks.no).locator(`.${SLIDEV_DOM.vclickHidden}`).count()

/** Presses ArrowRight `steps` times from click 0 of slide `no`, checking after each press with `check(step)`. */
async function walk(page: Page, no: number, steps: number, check: (step: number) => Promise<void>): Promise<void> {
  for (let step = 1; step <= steps; step++) {
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => slideNoOf(page.url())).toEqual({ no, clicks: step })
    await check(step)
  }
}

describe('the audience on the built deck', () => {
  let session: DeckSession
  beforeAll(async () => {
    session = await openDeckSession()
  })
  afterAll(async () => {
    await session?.close()
  })

  describe('a polite live region names each slide as it comes', () => {
    let page: Page
    let context: BrowserContext
    let errors: string[]
    const region = () => page.locator('[aria-live]')
    beforeAll(async () => {
      ({ page, context, errors } = await motionContext(session, 'no-preference'))
    })
    afterAll(async () => {
      await context?.close()
    })

    it('is one polite, atomic status region, visually hidden, holding the current slide', async () => {
      await gotoSlide(page, session.server.url, 1)
      expect(await region().count()).toBe(1)
      expect(await region().getAttribute('aria-live')).toBe('polite')
      expect(await region().getAttribute('role')).toBe('status')
      expect(await region().getAttribute('aria-atomic')).toBe('true')
      expect((await region().textContent())?.trim()).toBe(label(1))
      // 1 px of the canvas, scaled with the slide to the window.
      const box = await region().boundingBox()
      expect(Math.max(box!.width, box!.height)).toBeLessThanOrEqual(2)
    })

    it('announces the next slide on ArrowRight and on ArrowDown', async () => {
      await gotoSlide(page, session.server.url, 1)
      const first = slides.findIndex(slide => builtClicks(slide.source) === 0 && !slide.frontmatter.clicks) + 1
      await gotoSlide(page, session.server.url, first)
      await page.keyboard.press('ArrowRight')
      await expect.poll(async () => (await region().textContent())?.trim()).toBe(label(first + 1))
      await page.keyboard.press('ArrowDown')
      await expect.poll(async () => (await region().textContent())?.trim()).toBe(label(first + 2))
      await page.keyboard.press('ArrowUp')
      await expect.poll(async () => (await region().textContent())?.trim()).toBe(label(first + 1))
    })

    it('says nothing new on a click step, and announces the slide after the last step', async () => {
      await gotoSlide(page, session.server.url, architecture.no, 0)
      await expect.poll(async () => (await region().textContent())?.trim()).toBe(label(architecture.no))
      // Mutations of the region are what a screen reader announces: count them from here.
      await page.evaluate(`window.__announced = []; new MutationObserver(() => window.__announced.push(document.querySelector('[aria-live]').textContent.trim()))
        .observe(document.querySelector('[aria-live]'), { childList: true, subtree: true, characterData: true })`)
      await walk(page, architecture.no, REVEAL_ORDER.length, async () => {
        expect((await region().textContent())?.trim()).toBe(label(architecture.no))
      })
      expect(await page.evaluate('window.__announced')).toEqual([])
      await page.keyboard.press('ArrowRight')
      await expect.poll(async () => (await region().textContent())?.trim()).toBe(label(architecture.no + 1))
      expect(await page.evaluate('window.__announced')).toEqual([label(architecture.no + 1)])
    })

    it('is left out of the print view, so PDFs and images carry no extra text', async () => {
      await page.goto(`${session.server.url}?print=true#/print`, { waitUntil: 'domcontentloaded' })
      await page.locator(`.${SLIDEV_DOM.printSlide}`).nth(total - 1).waitFor({ state: 'attached' })
      expect(await page.locator(`.${SLIDEV_DOM.printSlide} [aria-live]`).count()).toBe(0)
      expect(await page.locator('[aria-live]').count()).toBe(0)
    })

    it('logged no console error and threw no page error', () => {
      expect(errors).toEqual([])
    })
  })

  describe('with prefers-reduced-motion: reduce', () => {
    let page: Page
    let context: BrowserContext
    let errors: string[]
    beforeAll(async () => {
      ({ page, context, errors } = await motionContext(session, 'reduce'))
    })
    afterAll(async () => {
      await context?.close()
    })

    const still = async (where: string) => {
      const now = await motion(page)
      expect(now.running, `${where}: running animations`).toBe(0)
      expect(now.animatable, `${where}: elements with a transition or animation`).toEqual([])
      expect(now.started, `${where}: transitions or animations started`).toEqual([])
    }

    it('builds the architecture diagram layer by layer, with nothing fading', async () => {
      await gotoSlide(page, session.server.url, architecture.no, 0)
      await still('architecture, step 0')
      await walk(page, architecture.no, REVEAL_ORDER.length, async (step) => {
        await expect.poll(() => visibleLayers(page)).toEqual(REVEAL_ORDER.slice(0, step))
        await still(`architecture, step ${step}`)
      })
    })

    it('highlights one network of the sector map per step, with no animated highlight', async () => {
      await gotoSlide(page, session.server.url, map.no, 0)
      await walk(page, map.no, sectorMap.networks.length, async (step) => {
        await expect.poll(() => highlightedNetwork(page)).toBe(sectorMap.networks[step - 1]!.id)
        await still(`sector map, step ${step}`)
      })
    })

    it('reveals v-clicks items one per step, with no fade', async () => {
      const steps = builtClicks(vclicks.source)
      await gotoSlide(page, session.server.url, vclicks.no, 0)
      await expect.poll(() => hiddenVClicks(page)).toBe(steps)
      await walk(page, vclicks.no, steps, async (step) => {
        await expect.poll(() => hiddenVClicks(page)).toBe(steps - step)
        await still(`v-clicks, step ${step}`)
      })
    })

    it('changes slides with no transition, forwards and back', async () => {
      await gotoSlide(page, session.server.url, 1)
      for (const key of ['ArrowDown', 'ArrowDown', 'ArrowUp']) {
        const from = slideNoOf(page.url())!.no
        await page.keyboard.press(key)
        const to = key === 'ArrowDown' ? from + 1 : from - 1
        await expect.poll(() => slideNoOf(page.url())?.no).toBe(to)
        await slideOf(page, to).waitFor({ state: 'visible' })
        await still(`slide ${from} to ${to}`)
      }
    })

    it('logged no console error and threw no page error', () => {
      expect(errors).toEqual([])
    })
  })

  // The control: without the preference the same steps do animate, so the checks above can fail.
  it('without the preference, the diagram, the map and v-clicks do transition', async () => {
    const { page, context } = await motionContext(session, 'no-preference')
    try {
      for (const slide of [architecture, map, vclicks]) {
        await gotoSlide(page, session.server.url, slide.no, 0)
        await page.keyboard.press('ArrowRight')
        await expect.poll(() => slideNoOf(page.url())).toEqual({ no: slide.no, clicks: 1 })
        await expect.poll(async () => (await motion(page)).started.length, { message: slide.title }).toBeGreaterThan(0)
        expect((await motion(page)).animatable.length).toBeGreaterThan(0)
      }
    }
    finally {
      await context.close()
    }
  })
})
