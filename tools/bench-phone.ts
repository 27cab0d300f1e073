// The bench's tap latency (scripts/bench.ts): from a tap on the phone's Next to the audience window painting the new
// step, through `npm run present` on localhost: the phone's intent goes to the server, the presenter window applies
// it, and Slidev's sync carries it to the audience.
//
//   const times = await tapLatencies(browser, 40)   // one figure per tap, in ms
//
// Both ends read one clock (performance.timeOrigin + now, in ms since 1970, same machine). The start is the phone's
// click event; the end is the first audience frame after its URL changed, taken once that frame has been painted.
// Every slide is visited once before measuring, so that the dev server's first compile of a slide does not count.
import type { Browser, Page } from 'playwright-chromium'
import { mountedSlide, SLIDEV_DOM } from '../seam/slidev.ts'
import { startPresent } from './present-session'
import { generatePassword } from './remote'

// Strings, not functions: tsx would transpile a function and may add helpers that the page does not have.
const PHONE_PROBE = `(() => {
  window.__tapAt = 0
  addEventListener('click', (event) => { window.__tapAt = performance.timeOrigin + event.timeStamp }, { capture: true })
})()`
const AUDIENCE_ARM = `(() => {
  const from = location.href
  window.__painted = new Promise((resolve, reject) => {
    const started = performance.now()
    const check = () => {
      if (location.href !== from)
        requestAnimationFrame(() => setTimeout(() => resolve(performance.timeOrigin + performance.now()), 0))
      else if (performance.now() - started > 10000)
        reject(new Error('the audience window did not move within 10 s of the tap'))
      else
        requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  })
  return true
})()`

/** Tap-to-paint times of `taps` taps on Next, in ms, walking the deck from slide 1 (and round again at its end). */
export async function tapLatencies(browser: Browser, taps: number): Promise<number[]> {
  const password = generatePassword()
  const session = await startPresent({ password })
  const pages: Page[] = []
  const open = async (url: string, phone = false) => {
    const context = await browser.newContext(phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : { viewport: { width: 1280, height: 720 } })
    const page = await context.newPage()
    pages.push(page)
    await page.goto(url)
    return page
  }
  try {
    const here = `http://localhost:${session.port}/`
    const audience = await open(`${here}#/1`)
    await audience.locator(mountedSlide(1)).first().waitFor({ timeout: 90_000 })
    const presenter = await open(`${here}#/presenter/1?password=${password}`)
    await presenter.locator(`.${SLIDEV_DOM.note}`).first().waitFor({ timeout: 90_000 })
    const phone = await open(`${here}?password=${password}#/phone`, true)
    const next = phone.getByRole('button', { name: 'Next', exact: true })
    await next.waitFor({ timeout: 90_000 })
    await phone.evaluate(PHONE_PROBE)
    const restart = () => presenter.evaluate(hash => void (location.hash = hash), `#/presenter/1?password=${password}`)
    // Once through every step, unmeasured: each slide compiled and loaded.
    while (await next.isEnabled()) {
      await next.tap()
      await phone.waitForTimeout(150)
    }
    await restart()
    const times: number[] = []
    while (times.length < taps) {
      if (!await next.isEnabled()) {
        await restart()
        await phone.waitForTimeout(500)
        continue
      }
      await audience.evaluate(AUDIENCE_ARM)
      await next.tap()
      const painted = await audience.evaluate('window.__painted') as number
      times.push(painted - (await phone.evaluate('window.__tapAt') as number))
    }
    return times
  }
  finally {
    await Promise.all(pages.map(page => page.context().close()))
    await session.stop()
  }
}
