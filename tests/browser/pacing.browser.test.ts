// Pacing in presenter mode on the built deck, with Playwright's clock: Slidev's timer started, N minutes on slide K,
// and the indicator beside the timer says ahead, on time or behind by what logic/pacing.ts computes from slides.md.
import type { Page } from 'playwright-chromium'
import { describe, expect, it } from 'vitest'
import { formatClock, ON_TIME_TOLERANCE_S, paceReport } from '../../logic/pacing'
import { PRESENTER_NOTES, PRESENTER_TIMER, PRESENTER_TIMER_START, SLIDEV_DOM } from '../../seam/slidev'
import { readTalkPlan } from '../../tools/pacing-check'
import { useWatchedDeck } from '../support/browser'

const plan = readTalkPlan()
// A slide in the middle of the talk, planned to start later than the tolerance: it can be reached early.
const slide = plan.slides.find(entry => entry.no >= plan.slides.length / 2 && entry.start > 2 * 60 + ON_TIME_TOLERANCE_S)!
const T0 = new Date('2026-03-02T09:00:00Z').getTime()

async function indicator(page: Page) {
  const pace = page.locator(`.${SLIDEV_DOM.presenter} .dp-pace`)
  return {
    status: await pace.getAttribute('data-pace'),
    seconds: Number(await pace.getAttribute('data-pace-seconds')),
    text: (await pace.innerText()).replace(/\s+/g, ' '),
  }
}

describe('the pace indicator in presenter mode', () => {
  const deck = useWatchedDeck()
  const seen: string[] = []

  it(`follows Slidev's timer on slide ${slide?.no}: ahead, on time, then behind by the planned amounts`, async ({ annotate }) => {
    expect(slide, 'no slide in the second half of the deck starts late enough to test "ahead"').toBeDefined()
    const { page } = deck.watched
    await page.clock.install({ time: T0 })
    await page.goto(`${deck.session.server.url}#/presenter/1`, { waitUntil: 'load' })
    await page.locator(PRESENTER_NOTES).first().waitFor({ state: 'visible' })
    await page.locator(`.${SLIDEV_DOM.presenter} .dp-pace`).waitFor({ state: 'visible' })

    // Before the timer runs: this slide's plan and the whole talk left.
    const idle = paceReport(plan, 1, { started: false, seconds: 0 })
    expect(await indicator(page)).toMatchObject({ status: 'not-started' })
    expect((await indicator(page)).text).toBe(`This slide ${idle.slide} Talk left ${idle.left} ${idle.pace}`)

    // Time stands still from here: Slidev's timer starts at a known instant, and moves only when the test says.
    await page.clock.pauseAt(T0 + 60_000)
    const timer = page.locator(PRESENTER_TIMER).first()
    await timer.hover()
    await page.locator(PRESENTER_TIMER_START).first().click()
    for (let no = 2; no <= slide.no; no++) {
      await page.keyboard.press('ArrowDown')
      await page.waitForURL(new RegExp(`#/presenter/${no}(\\?|$)`))
    }

    // Minutes on the timer, chosen from the plan: early (ahead), inside the slide's window, and late (behind).
    const early = Math.floor((slide.start - ON_TIME_TOLERANCE_S - 1) / 60) * 60
    const inside = Math.round((slide.start + slide.end) / 2)
    const late = (Math.ceil((slide.end + ON_TIME_TOLERANCE_S) / 60) + 2) * 60
    let elapsed = 0
    for (const [at, status] of [[early, 'ahead'], [inside, 'on-time'], [late, 'behind']] as const) {
      await page.clock.fastForward((at - elapsed) * 1000)
      elapsed = at
      const expected = paceReport(plan, slide.no, { started: true, seconds: at })
      expect(expected.status).toBe(status)
      await expect.poll(async () => (await indicator(page)).text).toBe(`This slide ${expected.slide} Talk left ${expected.left} ${expected.pace}`)
      expect(await indicator(page)).toMatchObject({ status, seconds: expected.seconds })
      // The same elapsed time as Slidev's own timer shows.
      expect((await timer.innerText()).replace(/\s+/g, '')).toBe(formatClock(at))
      seen.push(`${formatClock(at)} on slide ${slide.no}: ${expected.pace}`)
    }
    await annotate(`pace indicator (slide ${slide.no} planned ${formatClock(slide.start)}-${formatClock(slide.end)}): ${seen.join('; ')}`)
  })

  it('logged no console error, threw no page error and asked for nothing outside localhost', () => {
    expect(deck.watched.pageErrors).toEqual([])
    expect(deck.watched.consoleErrors).toEqual([])
    expect(deck.watched.externalRequests).toEqual([])
  })
})
