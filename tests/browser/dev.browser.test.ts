// `npm run dev` as a presenter uses it: Slidev's dev server on localhost, its first and last slide opened in Chromium.
// Fails on a slide that does not render, a console or page error, or a request that leaves localhost (the deck must
// work with no network). Every slide on the dev server is the phone test's (tests/browser/phone.browser.test.ts).
import type { Result } from 'tinyexec'
import type { WatchedPage } from '../support/browser'
import process from 'node:process'
import { x } from 'tinyexec'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { slideFrame } from '../../seam/slidev'
import { loadDeck, PROJECT_ROOT, typographic } from '../../tools/deck'
import { freePort } from '../../tools/present-session'
import { gotoSlide, launchChromium, watchedPage } from '../support/browser'

const slides = loadDeck()

/** Polls `url` until it answers 200, or throws with what the server printed. */
async function waitForServer(url: string, child: Result, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== undefined)
      throw new Error(`npm run dev exited with code ${child.exitCode} before serving:\n${output()}`)
    const ok = await fetch(url).then(res => res.ok, () => false)
    if (ok)
      return
    await new Promise(resolve => setTimeout(resolve, 250))
  }
  throw new Error(`npm run dev did not answer on ${url} within ${timeoutMs} ms:\n${output()}`)
}

describe('npm run dev', () => {
  let child: Result
  let url: string
  let watched: WatchedPage
  let close: () => Promise<void>
  let printed = ''

  beforeAll(async () => {
    const port = await freePort()
    url = `http://localhost:${port}/`
    // Runs until afterAll stops it; its output (both streams, line by line) is kept for the checks below.
    child = x(process.execPath, [`${PROJECT_ROOT}node_modules/@slidev/cli/bin/slidev.mjs`, 'slides.md', '--port', String(port), '--open', 'false'], {
      nodeOptions: { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    })
    void (async () => {
      for await (const line of child)
        printed += `${line}\n`
    })().catch((error: Error) => (printed += `could not run slidev: ${error.message}\n`))
    await waitForServer(url, child, () => printed, 90_000)
    const browser = await launchChromium()
    watched = await watchedPage(browser)
    close = () => browser.close()
  }, 120_000)

  afterAll(async () => {
    await close?.()
    child?.kill('SIGTERM')
  })

  // The first and the last slide, each compiled on its first visit. Every slide on Slidev's dev server, through a talk's
  // windows, is tests/browser/phone.browser.test.ts (`npm run present`: this server with remote control on).
  it('serves the first and the last slide, each with its title', async () => {
    const missing: string[] = []
    for (const slide of [slides[0]!, slides.at(-1)!]) {
      // The dev server compiles each slide on first visit: allow it the time a cold start takes.
      await gotoSlide(watched.page, url, slide.no)
      const text = await watched.page.locator(`${slideFrame(slide.no)}`).first().innerText()
      if (slide.title && !typographic(text).includes(typographic(slide.title)))
        missing.push(`slide ${slide.no}: "${slide.title}"`)
    }
    expect(missing).toEqual([])
  }, 180_000)

  it('logged no console error, threw no page error and asked for nothing outside localhost', () => {
    expect(watched.pageErrors).toEqual([])
    expect(watched.consoleErrors).toEqual([])
    expect(watched.externalRequests).toEqual([])
  })

  it('printed no error while serving', () => {
    expect(printed).not.toMatch(/\berror\b/i)
  })
})
