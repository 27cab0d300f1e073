// Browser tests run against the BUILT deck. Fail early, with the fix, when there is none. Gives the run a folder for
// the work its test files share (tests/support/once-per-run.ts: the hosted-deck variants, the built deck's measured
// facts), and removes it after.
import type { TestProject } from 'vitest/node'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { resolveBrowser } from '../../tools/browser'
import { PROJECT_ROOT } from '../../tools/deck'

export default function setup(project: TestProject): () => void {
  if (!existsSync(`${PROJECT_ROOT}dist/index.html`))
    throw new Error('No built deck in dist/. Run `npm run build` first (`npm test` does it for you).')
  // Throws the resolver's how-to message when there is no Chromium.
  resolveBrowser()
  const runDir = mkdtempSync(join(tmpdir(), 'depin-test-run-'))
  project.provide('runDir', runDir)
  return () => rmSync(runDir, { recursive: true, force: true })
}
