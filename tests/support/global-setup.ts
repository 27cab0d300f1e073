// Browser tests run against the BUILT deck. Fail early, with the fix, when there is none. Gives the run a folder for
// the work its test files share (tests/support/once-per-run.ts: the hosted-deck variants, the built deck's measured
// facts), and removes it after; and one Chromium that the tests connect to.
import type { TestProject } from 'vitest/node'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-chromium'
import { launchArgs, resolveBrowser } from '../../tools/browser'
import { PROJECT_ROOT } from '../../tools/deck'

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(`${PROJECT_ROOT}dist/index.html`))
    throw new Error('No built deck in dist/. Run `npm run build` first (`npm test` does it for you).')
  // Throws the resolver's how-to message when there is no Chromium.
  const { path } = resolveBrowser()
  // One Chromium for the run: each test's launchChromium() connects to it (tests/support/browser.ts). Its contexts
  // share nothing, and closing a connected browser closes only the contexts it made. A launch costs about 0.6 s and a
  // CPU-second; a connection, a few milliseconds.
  const chromiumServer = await chromium.launchServer({ executablePath: path, args: [...launchArgs] })
  project.provide('chromiumEndpoint', chromiumServer.wsEndpoint())
  const runDir = mkdtempSync(join(tmpdir(), 'depin-test-run-'))
  project.provide('runDir', runDir)
  return async () => {
    await chromiumServer.close()
    rmSync(runDir, { recursive: true, force: true })
  }
}
