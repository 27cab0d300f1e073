// The strict Content-Security-Policy: the built deck (dist/) served with exactly the headers that netlify.toml and
// vercel.json declare (read from them), walked through every slide, a switch to dark mode, the presenter view, the
// overview, both print views and an offline reload, with zero `securitypolicyviolation` events. (The walk of
// tests/browser/slides.browser.test.ts cannot hear these: axe-core adds <style> elements that the policy refuses.)
import type { Page } from 'playwright-chromium'
import type { StaticServer } from '../../tools/serve'
import type { WatchedPage } from '../support/browser'
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { FIRST_PAINT_SCRIPT_SHA256 } from '../../plugins/first-paint/html'
import { NOTES_PAGE_HEADINGS, SLIDEV_DOM } from '../../seam/slidev'
import { contentSecurityPolicy } from '../../tools/csp'
import { loadDeck, PROJECT_ROOT, readDeck } from '../../tools/deck'
import { netlifyHeaders, vercelHeaders } from '../../tools/deploy-config'
import { serveStatic } from '../../tools/serve'
import { gotoSlide, launchChromium, watchedPage } from '../support/browser'
import { waitForOfflineCopy } from '../support/hosted'

const slides = loadDeck()
const { canvas } = readDeck()
const read = (file: string) => readFileSync(`${PROJECT_ROOT}${file}`, 'utf8')
const headers = netlifyHeaders(read('netlify.toml'))

interface Violation {
  directive: string
  blocked: string
  sample: string
  at: string
}

/** Every CSP violation any page of the context reports, across navigations and reloads. */
async function recordViolations(page: Page): Promise<Violation[]> {
  const violations: Violation[] = []
  await page.context().exposeBinding('__deckCspViolation', (_source, violation: Violation) => void violations.push(violation))
  await page.context().addInitScript(`document.addEventListener('securitypolicyviolation', (event) => {
    window.__deckCspViolation({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample, at: location.href })
  })`)
  return violations
}

describe('the deck served with the headers of netlify.toml and vercel.json', () => {
  let browser: Awaited<ReturnType<typeof launchChromium>>
  let server: StaticServer
  let watched: WatchedPage
  let violations: Violation[]

  beforeAll(async () => {
    server = await serveStatic({ root: `${PROJECT_ROOT}dist`, headers })
    browser = await launchChromium()
    watched = await watchedPage(browser)
    violations = await recordViolations(watched.page)
  })
  // Each test hears only its own violations and errors (one of them causes two on purpose), in any order.
  beforeEach(() => {
    violations.length = 0
    watched.consoleErrors.length = 0
    watched.pageErrors.length = 0
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('both hosts declare one policy: self only, no eval, no inline script, no framing', () => {
    expect(vercelHeaders(read('vercel.json'))).toEqual(headers)
    const policy = headers['Content-Security-Policy']!
    expect(policy).toMatch(/(?:^|; )default-src 'self'(?:;|$)/)
    // The one inline script allowed: the first paint's static <head> script, by its hash (plugins/first-paint/html.ts).
    expect(policy.split('; ')).toContain(`script-src 'self' ${FIRST_PAINT_SCRIPT_SHA256}`)
    expect(policy).toMatch(/(?:^|; )frame-ancestors 'none'(?:;|$)/)
    expect(policy).not.toMatch(/unsafe-(?:eval|inline)/)
    expect(headers['X-Content-Type-Options']).toBe('nosniff')
    expect(headers['Referrer-Policy']).toBeTruthy()
  })

  it('index.html carries the same policy as a <meta> (for GitHub Pages), less what a <meta> cannot hold', async () => {
    const response = await watched.page.goto(server.url)
    expect(response?.headers()['content-security-policy']).toBe(headers['Content-Security-Policy'])
    const meta = await watched.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(meta).toBe(contentSecurityPolicy(canvas, 'meta'))
    expect(`${meta}; frame-ancestors 'none'`).toBe(headers['Content-Security-Policy'])
  })

  it('shows every slide, dark mode, the presenter view, the overview and both print views with no violation', async () => {
    const { page } = watched
    for (const slide of slides)
      await gotoSlide(page, server.url, slide.no)
    // Slidev switches the colour scheme with an inline <style> of its own.
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.waitForFunction(() => document.documentElement.classList.contains('dark'))
    await page.emulateMedia({ colorScheme: 'light' })
    await page.waitForFunction(() => !document.documentElement.classList.contains('dark'))
    await page.goto(`${server.url}#/presenter/1`)
    await page.locator(`.${SLIDEV_DOM.note}`).first().waitFor()
    await page.goto(`${server.url}#/overview`)
    await page.locator(`.${SLIDEV_DOM.slidePage}`).first().waitFor()
    await page.goto(`${server.url}?print=true#/print`)
    await page.locator(`.${SLIDEV_DOM.printSlide}`).nth(slides.length - 1).waitFor()
    await page.goto(`${server.url}#/presenter/print`)
    await page.locator(NOTES_PAGE_HEADINGS).first().waitFor()
    expect(violations).toEqual([])
    expect(watched.consoleErrors).toEqual([])
    expect(watched.pageErrors).toEqual([])
  })

  it('shows the reader view with no violation, its style allowed by hash and applied', async () => {
    const { page } = watched
    const response = await page.goto(`${server.url}reader/`, { waitUntil: 'load' })
    expect(response?.headers()['content-security-policy']).toBe(headers['Content-Security-Policy'])
    await page.locator('nav.toc a').first().waitFor()
    // Applied: its one <style> lays the contents out (a refused style would leave the browser's default margin).
    expect(await page.evaluate(() => getComputedStyle(document.body).margin)).not.toBe('8px')
    expect(violations).toEqual([])
  })

  it('reloads offline from its service worker, still under the policy, with no violation', async () => {
    const { page } = watched
    await gotoSlide(page, server.url, 1)
    await waitForOfflineCopy(page)
    await page.context().setOffline(true)
    try {
      const response = await page.reload({ waitUntil: 'load' })
      expect(response?.fromServiceWorker()).toBe(true)
      expect(response?.headers()['content-security-policy']).toBe(headers['Content-Security-Policy'])
      for (const slide of slides)
        await gotoSlide(page, server.url, slide.no)
      await page.goto(`${server.url}#/presenter/1`)
      await page.locator(`.${SLIDEV_DOM.note}`).first().waitFor()
      expect(violations).toEqual([])
    }
    finally {
      await page.context().setOffline(false)
    }
  })

  it('does refuse what it does not list (the listener hears it)', async () => {
    const { page } = watched
    await gotoSlide(page, server.url, 1)
    await page.evaluate(`document.head.appendChild(Object.assign(document.createElement('style'), { textContent: 'body { color: red }' }))`)
    // One report for each policy that refuses it: the header's and the <meta>'s.
    await expect.poll(() => violations.length).toBe(2)
    expect(violations.map(({ directive, blocked }) => `${directive} ${blocked}`)).toEqual(['style-src-elem inline', 'style-src-elem inline'])
  })
})
