// The phone as the clicker, as `npm run present` serves it: Slidev's dev server with `--remote` and a password, on
// this machine's network address, started with a fresh dependency cache (`--force`, as in a fresh clone). The
// audience window opens first, then the laptop's presenter window, then a phone (390x844, touch), each in its own
// browser context; none of them may reload. The phone sends intents and the presenter window applies them
// (composables/useClicker.ts): every window shows the same slide and step, the one the moves imply, through 200
// seeded random moves and through network blips, and every slide shows in the audience window. Without the password
// nothing moves: another machine gets a 403 for the page and the WebSocket, a WebSocket without the password has its
// intents refused, and on this machine `#/phone` shows the audience view where the deck already is. A window opened
// mid-talk (that refused one, or a second audience window on another slide) moves nothing, not even the click count.
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { PresentSession } from '../../tools/present-session'
import type { Position } from '../support/clicker-model'
import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { CLICKER_EVENTS } from '../../logic/clicker'
import { positionLabel } from '../../logic/phone'
import { PRESENTER_NOTES, slideMounted } from '../../seam/slidev'
import { loadDeck, plainText, readDeck, typographic } from '../../tools/deck'
import { startPresent } from '../../tools/present-session'
import { lanAddresses } from '../../tools/remote'
import { launchChromium } from '../support/browser'
import { routeAliases, slideNoOf } from '../support/built-deck'
import { deckModel, seededRandom } from '../support/clicker-model'
import { slideClicks } from '../support/slide-clicks'

const PASSWORD = 'phone-test-password'
const slides = readDeck().slides
const shown = loadDeck().filter(slide => !slide.frontmatter.hide && !slide.frontmatter.disabled)
const deck = deckModel(shown.map(slideClicks))
// The first slide that builds with click steps declared in its frontmatter (the architecture slide).
const stepped = shown.findIndex(slide => Number(slide.frontmatter.clicks) > 0) + 1
const steppedSlides = shown.map((slide, index) => ({ no: index + 1, clicks: slideClicks(slide) })).filter(slide => slide.clicks > 0)
// Slides with a `routeAlias` show it in the URL instead of their number.
const aliases = routeAliases()
const lan = lanAddresses()[0]
const words = (text: string) => typographic(plainText(text)).split(' ').slice(0, 8).join(' ')
const SOAK_MOVES = 200
const SOAK_SEED = 20261204

/** A WebSocket handshake as Vite's client makes it, answered with this status. */
function upgradeStatus(host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host, port, path: '/', headers: { 'Connection': 'Upgrade', 'Upgrade': 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==', 'Sec-WebSocket-Protocol': 'vite-hmr' } })
    req.on('upgrade', (res, socket) => {
      socket.destroy()
      resolve(res.statusCode ?? 0)
    })
    req.on('response', (res) => {
      res.resume()
      resolve(res.statusCode ?? 0)
    })
    req.on('error', reject)
    req.end()
  })
}

/** A raw WebSocket to the dev server that says hello as a phone (with `password`, if given) and sends one intent. */
async function rawIntent(host: string, port: number, password: string | undefined, intent: unknown): Promise<{ opened: boolean, status?: number, events: { event: string, data: unknown }[] }> {
  const socket = new WebSocket(`ws://${host}:${port}/`, 'vite-hmr')
  const events: { event: string, data: unknown }[] = []
  socket.on('message', (raw) => {
    const message = JSON.parse(String(raw)) as { type: string, event?: string, data?: unknown }
    if (message.type === 'custom' && message.event?.startsWith('deck:'))
      events.push({ event: message.event, data: message.data })
  })
  const opened = await new Promise<{ ok: boolean, status?: number }>((resolve) => {
    socket.once('open', () => resolve({ ok: true }))
    socket.once('unexpected-response', (_req, res) => resolve({ ok: false, status: res.statusCode }))
    socket.once('error', () => resolve({ ok: false }))
  })
  if (!opened.ok)
    return { opened: false, status: opened.status, events }
  const send = (event: string, data: unknown) => socket.send(JSON.stringify({ type: 'custom', event, data }))
  send(CLICKER_EVENTS.hello, { role: 'phone', password })
  send(CLICKER_EVENTS.intent, intent)
  await new Promise(resolve => setTimeout(resolve, 1000))
  socket.close()
  return { opened: true, events }
}

describe('npm run present: the phone as the clicker', () => {
  let session: PresentSession
  let port: number
  let phoneUrl: string
  let browser: Browser
  let audienceContext: BrowserContext
  let presenterContext: BrowserContext
  let phoneContext: BrowserContext
  let audience: Page
  let presenter: Page
  let phone: Page
  const loads = new Map<Page, number>()
  const errors: string[] = []
  const external: string[] = []
  /** Where the moves so far leave the deck. */
  let at: Position = { no: 1, clicks: 0 }

  async function watch(context: BrowserContext): Promise<Page> {
    const page = await context.newPage()
    await page.route('**/*', (route) => {
      const { hostname } = new URL(route.request().url())
      if (['localhost', '127.0.0.1', lan].includes(hostname) || route.request().url().startsWith('data:'))
        return route.continue()
      external.push(route.request().url())
      return route.abort('blockedbyclient')
    })
    page.on('console', message => message.type() === 'error' && !message.text().includes('403') && errors.push(message.text()))
    page.on('pageerror', error => errors.push(error.message))
    page.on('load', () => loads.set(page, (loads.get(page) ?? 0) + 1))
    return page
  }

  const here = (hash: string) => `http://localhost:${port}/${hash}`
  const phoneLabel = (position: Position) => positionLabel({ no: position.no, total: deck.total, clicks: position.clicks, clicksTotal: deck.clicksOf(position.no) })

  /** What each window shows: the audience's and the presenter's slide and step, and the phone's position line. */
  async function shownEverywhere(): Promise<{ audience?: Position, presenter?: Position, phone: string }> {
    return { audience: slideNoOf(audience.url(), aliases), presenter: slideNoOf(presenter.url(), aliases), phone: await phone.locator('.dp-phone-where').innerText() }
  }

  /** Waits up to `ms` until the audience, the presenter and the phone all show `expected`; throws with what they show. */
  async function expectEverywhere(expected: Position, ms: number, what: string): Promise<void> {
    const deadline = Date.now() + ms
    let seen = await shownEverywhere()
    const agrees = () => seen.audience?.no === expected.no && seen.audience.clicks === expected.clicks
      && seen.presenter?.no === expected.no && seen.presenter.clicks === expected.clicks
      && seen.phone === phoneLabel(expected)
    while (!agrees()) {
      if (Date.now() > deadline)
        throw new Error(`${what}: expected slide ${expected.no} step ${expected.clicks} everywhere within ${ms} ms, saw ${JSON.stringify(seen)} (audience at ${audience.url()}, presenter at ${presenter.url()})`)
      await new Promise(resolve => setTimeout(resolve, 20))
      seen = await shownEverywhere()
    }
  }

  /** The expected stacking of the phone view's parts, top to bottom, each whole and none over the next or off screen. */
  async function expectStacked(page: Page): Promise<void> {
    const parts = ['.dp-phone-top', '.dp-phone-now', '.dp-phone-notes', '.dp-phone-next', '.dp-phone-buttons']
    const boxes = await Promise.all(parts.map(async part => (await page.locator(part).boundingBox())!))
    boxes.forEach((box, index) => {
      expect(box.height, parts[index]).toBeGreaterThanOrEqual(20)
      if (index > 0)
        expect(box.y, `${parts[index]} starts below ${parts[index - 1]}`).toBeGreaterThanOrEqual(boxes[index - 1]!.y + boxes[index - 1]!.height - 0.5)
    })
    expect(boxes.at(-1)!.y + boxes.at(-1)!.height).toBeLessThanOrEqual(844)
  }
  const title = (page: Page) => page.locator('.dp-phone-title').innerText()
  const tap = (name: 'Next' | 'Previous') => phone.getByRole('button', { name, exact: true }).tap()
  const jump = (to: Position) => presenter.evaluate(hash => void (location.hash = hash), `#/presenter/${to.no}?password=${PASSWORD}${to.clicks ? `&clicks=${to.clicks}` : ''}`)

  /** Every window at `position`, whatever an earlier test left: each test starts from where it says. */
  async function startAt(position: Position, what: string, ms = 30_000): Promise<void> {
    at = position
    await jump(at)
    await expectEverywhere(at, ms, what)
  }

  /** Back to slide 1 unless `steps` moves forward are left before the end of the talk. */
  async function roomAhead(steps: number, what: string): Promise<void> {
    let ahead = at
    for (let step = 0; step < steps; step++) {
      const next = deck.next(ahead)
      if (next === ahead) {
        await startAt({ no: 1, clicks: 0 }, what, 3000)
        return
      }
      ahead = next
    }
  }

  beforeAll(async () => {
    // --force: a fresh dependency cache, as in a fresh clone, where a late-found dependency would reload every window.
    session = await startPresent({ password: PASSWORD, force: true })
    ;({ port, phoneUrl } = session)
    browser = await launchChromium()
    audienceContext = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    presenterContext = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 })
    audience = await watch(audienceContext)
    presenter = await watch(presenterContext)
    phone = await watch(phoneContext)
    // In the order of a talk: the audience window, then the presenter, then the phone. No warm-up before them.
    await audience.goto(here('#/1'))
    await audience.locator(slideMounted(1)).first().waitFor({ timeout: 90_000 })
    await presenter.goto(here(`#/presenter/1?password=${PASSWORD}`))
    await presenter.locator(PRESENTER_NOTES).first().waitFor({ timeout: 90_000 })
    await phone.goto(phoneUrl)
    await phone.getByRole('button', { name: 'Next', exact: true }).waitFor({ timeout: 90_000 })
  }, 480_000)

  // Checked once every test has run, whatever their order: over the whole session, with every window it opened.
  afterAll(async () => {
    try {
      expect([loads.get(audience), loads.get(presenter), loads.get(phone)], 'a window reloaded: the audience opened first on a fresh dependency cache, the presenter or the phone').toEqual([1, 1, 1])
      expect(errors, 'console errors or page errors').toEqual([])
      expect(external, 'requests outside this machine').toEqual([])
    }
    finally {
      await browser?.close()
      await session?.stop()
    }
  })

  it('prints the URL to open on the phone: the network address, with the password', () => {
    expect(phoneUrl).toBe(`http://${lan ?? 'localhost'}:${port}/?password=${PASSWORD}#/phone`)
  })

  it('shows a 390x844 phone big Previous and Next, the current and next slide, the notes and the pace', async () => {
    await startAt({ no: 1, clicks: 0 }, 'back at slide 1')
    for (const button of [phone.getByRole('button', { name: 'Next', exact: true }), phone.getByRole('button', { name: 'Previous', exact: true })]) {
      const box = (await button.boundingBox())!
      expect(box.height).toBeGreaterThanOrEqual(88)
      expect(box.width).toBeGreaterThanOrEqual(120)
      expect(box.y + box.height).toBeLessThanOrEqual(844)
    }
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390)
    await expectStacked(phone)
    expect(typographic(await title(phone))).toBe(typographic(slides[0]!.title))
    expect(typographic(await phone.locator('.dp-phone-next').innerText())).toContain(typographic(slides[1]!.title))
    expect(typographic(await phone.locator('.dp-phone-notes').innerText())).toContain(words(slides[0]!.note))
    expect(await phone.locator('.dp-pace').innerText()).toMatch(/This slide \d+:\d\d\s+Talk left \d+:\d\d/)
  })

  it('moves the audience window and the laptop\'s presenter view when the phone taps Next', async () => {
    await startAt({ no: 1, clicks: 0 }, 'back at slide 1')
    await tap('Next')
    at = deck.next(at)
    await expectEverywhere(at, 30_000, 'after the phone\'s first Next')
    expect(typographic(await title(phone))).toBe(typographic(slides[at.no - 1]!.title))
  })

  it('follows the laptop\'s presenter view', async () => {
    await startAt({ no: 1, clicks: 0 }, 'back at slide 1')
    await presenter.keyboard.press('ArrowRight')
    at = deck.next(at)
    await expectEverywhere(at, 30_000, 'after the presenter\'s arrow key')
    expect(typographic(await title(phone))).toBe(typographic(slides[at.no - 1]!.title))
  })

  it('steps through a slide\'s click steps, and shows which step', async () => {
    expect(stepped, 'no slide declares click steps in its frontmatter').toBeGreaterThan(0)
    await startAt({ no: stepped, clicks: 0 }, 'after the laptop\'s jump to the click-step slide')
    await tap('Next')
    at = deck.next(at)
    expect(at).toEqual({ no: stepped, clicks: 1 })
    await expectEverywhere(at, 30_000, 'after the phone\'s Next on the click-step slide')
    // Still there once the audience has drawn the slide (the dev server compiles it on this first visit).
    await audience.locator(`${slideMounted(stepped)}`).first().waitFor({ timeout: 60_000 })
    await expectEverywhere(at, 1000, 'once the audience has drawn the slide')
    // Long notes scroll inside their box: the rest of the view stays whole.
    await expectStacked(phone)
  })

  it(`keeps every window on the same slide and step through ${SOAK_MOVES} seeded random moves (seed ${SOAK_SEED})`, async () => {
    const random = seededRandom(SOAK_SEED)
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
    const counts: Record<string, number> = {}
    for (let move = 1; move <= SOAK_MOVES; move++) {
      let kind = pick(['phone next', 'phone next', 'phone previous', 'key right', 'key right', 'key left', 'jump', 'jump to steps'] as const)
      // A button that is disabled at either end of the talk cannot be tapped: jump instead.
      if ((kind === 'phone next' && deck.next(at) === at) || (kind === 'phone previous' && deck.prev(at) === at))
        kind = 'jump'
      counts[kind] = (counts[kind] ?? 0) + 1
      const from = at
      switch (kind) {
        case 'phone next':
          await tap('Next')
          at = deck.next(at)
          break
        case 'phone previous':
          await tap('Previous')
          at = deck.prev(at)
          break
        case 'key right':
          await presenter.keyboard.press('ArrowRight')
          at = deck.next(at)
          break
        case 'key left':
          await presenter.keyboard.press('ArrowLeft')
          at = deck.prev(at)
          break
        case 'jump':
          at = { no: 1 + Math.floor(random() * deck.total), clicks: 0 }
          await jump(at)
          break
        case 'jump to steps': {
          const target = pick(steppedSlides)
          at = { no: target.no, clicks: Math.floor(random() * (target.clicks + 1)) }
          await jump(at)
          break
        }
      }
      await expectEverywhere(at, 1000, `move ${move} (${kind} from slide ${from.no} step ${from.clicks})`)
    }
    // The mix the issue asks for, each kind made at least once.
    expect(Object.keys(counts).sort()).toEqual(['jump', 'jump to steps', 'key left', 'key right', 'phone next', 'phone previous'])
  }, 600_000)

  it('shows every slide in the audience window, with its title, as the presenter jumps to it (each compiled by the dev server on its first visit)', async () => {
    const missing: string[] = []
    for (const slide of shown) {
      const no = shown.indexOf(slide) + 1
      await startAt({ no, clicks: 0 }, `the presenter's jump to slide ${no}`, 60_000)
      const frame = audience.locator(slideMounted(no)).first()
      await frame.waitFor({ state: 'visible', timeout: 60_000 })
      if (slide.title && !typographic(await frame.innerText()).includes(typographic(slide.title)))
        missing.push(`slide ${no}: "${slide.title}"`)
    }
    expect(missing).toEqual([])
  }, 300_000)

  it('a phone whose network drops for 5 s shows the deck\'s position within 3 s of coming back, and its next tap works', async () => {
    await roomAhead(3, 'before the phone\'s blip')
    await phoneContext.setOffline(true)
    await presenter.keyboard.press('ArrowRight')
    at = deck.next(at)
    await presenter.keyboard.press('ArrowRight')
    at = deck.next(at)
    await phone.waitForTimeout(5000)
    await phoneContext.setOffline(false)
    await expectEverywhere(at, 3000, 'the phone, back online')
    await tap('Next')
    at = deck.next(at)
    await expectEverywhere(at, 1000, 'the phone\'s first tap after the blip')
  })

  it('a presenter window whose network drops for 5 s applies the tap made meanwhile once it is back, within 3 s, and the next tap works', async () => {
    await roomAhead(2, 'before the presenter\'s blip')
    await presenterContext.setOffline(true)
    // The tap reaches the server, which sends it to the presenter window, the deck's one writer: it arrives once the
    // window is back. Until then nothing moves.
    await tap('Next')
    await phone.waitForTimeout(5000)
    expect(await shownEverywhere(), 'nothing moves while the writer is offline').toEqual({ audience: at, presenter: at, phone: phoneLabel(at) })
    await presenterContext.setOffline(false)
    at = deck.next(at)
    await expectEverywhere(at, 3000, 'the presenter, back online, with the tap made during the blip')
    await tap('Next')
    at = deck.next(at)
    await expectEverywhere(at, 1000, 'the first tap after the presenter\'s blip')
  })

  it.skipIf(!lan)('gives another machine without the password nothing: no page, no WebSocket, no move', async () => {
    const before = audience.url()
    const stranger = await watch(await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }))
    for (const url of [`http://${lan}:${port}/#/phone`, `http://${lan}:${port}/?password=not-the-password#/phone`]) {
      const response = await stranger.goto(url)
      expect(response?.status()).toBe(403)
      expect(await stranger.locator('body').innerText()).toContain('npm run present')
      expect(await stranger.getByRole('button', { name: 'Next' }).count()).toBe(0)
    }
    expect(await upgradeStatus(lan!, port)).toBe(403)
    // A raw WebSocket from the network address that tries to send an intent, with the password even: refused at the door.
    const raw = await rawIntent(lan!, port, PASSWORD, { kind: 'next' })
    expect(raw).toEqual({ opened: false, status: 403, events: [] })
    // This machine may connect: the gate lets loopback in, as npm run dev does.
    expect(await upgradeStatus('127.0.0.1', port)).toBe(101)
    expect(audience.url()).toBe(before)
    await stranger.context().close()
  })

  it('refuses the intents of a WebSocket on this machine that has not shown the password; with it, the same intent moves the deck', async () => {
    const before = await shownEverywhere()
    const refused = await rawIntent('127.0.0.1', port, 'not-the-password', { kind: 'next' })
    expect(refused.opened).toBe(true)
    expect(refused.events.find(event => event.event === CLICKER_EVENTS.refused)?.data).toEqual({ reason: expect.stringContaining('not allowed') })
    expect(await shownEverywhere()).toEqual(before)
    // Somewhere else than where the deck is, so that a move shows.
    const target = { no: before.audience?.no === 1 ? 2 : 1, clicks: 0 }
    const allowed = await rawIntent('127.0.0.1', port, PASSWORD, { kind: 'go', ...target })
    expect(allowed.events.filter(event => event.event === CLICKER_EVENTS.refused)).toEqual([])
    at = target
    await expectEverywhere(at, 1000, 'after a raw intent with the password')
  })

  it('on this machine, asks for the password, and refused, shows the deck where it is and moves nothing, not even the click count', async () => {
    // At a click step: a window that sent its own start (step 0 of a slide it has not drawn yet) would show here.
    await startAt({ no: stepped, clicks: 1 }, 'at the click-step slide\'s first step')
    const local = await watch(await browser.newContext({ viewport: { width: 390, height: 844 } }))
    const asked: string[] = []
    local.on('dialog', (dialog) => {
      asked.push(dialog.message())
      void dialog.dismiss()
    })
    await local.goto(here('#/phone'))
    // Refused, it shows the audience view at the deck's own slide and step.
    await local.locator(`${slideMounted(at.no)}`).first().waitFor({ timeout: 60_000 })
    expect(asked).toEqual(['Password for the phone control view'])
    expect(slideNoOf(local.url(), aliases)).toEqual(at)
    expect(await local.getByRole('button', { name: 'Next', exact: true }).count()).toBe(0)
    // The other windows receive any move within a round trip; give them one before looking.
    await presenter.waitForTimeout(1000)
    await expectEverywhere(at, 1000, 'with the refused window open')
    await local.context().close()
    await tap('Next')
    at = deck.next(at)
    await expectEverywhere(at, 1000, 'the phone\'s tap after the refused window closed')
  })

  it('a second audience window opened mid-talk on another slide moves nothing, then follows the talk', async () => {
    await roomAhead(1, 'before the second audience window')
    const elsewhere = at.no === deck.total ? 1 : deck.total
    const second = await watch(await browser.newContext({ viewport: { width: 1280, height: 720 } }))
    await second.goto(here(`#/${elsewhere}`))
    await second.locator(slideMounted(elsewhere)).first().waitFor({ timeout: 60_000 })
    await presenter.waitForTimeout(1000)
    await expectEverywhere(at, 1000, `with a second audience window open on slide ${elsewhere}`)
    await tap('Next')
    at = deck.next(at)
    await expectEverywhere(at, 1000, 'the phone\'s tap with a second audience window open')
    await expect.poll(() => slideNoOf(second.url(), aliases), { timeout: 3000 }).toEqual(at)
    await second.context().close()
  })
})
