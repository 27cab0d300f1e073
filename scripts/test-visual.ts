// `npm run test:visual [-- --update]`: the visual regression tests alone (tests/visual/), against dist/ (run
// `npm run build` first). With --update, they write the baselines instead, with the Chromium version they were made
// with: look at them (git diff shows which changed) before committing.
import process from 'node:process'
import { readOptions } from '../tools/command'
import { isMain } from '../tools/main'
import { run } from '../tools/run'

export const TEST_VISUAL_USAGE = `Usage: npm run test:visual [-- --update]

  Compares every slide (light and dark, at its last click step), the presenter view, the phone view (npm run
  present) and the reader view at 360 px with the baselines in tests/visual/baselines/. Needs a built deck
  (npm run build) and a Chromium.
  --update     write the baselines from this build and this Chromium instead of comparing
  -h, --help   this text`

async function main(): Promise<number> {
  const read = readOptions('test:visual', TEST_VISUAL_USAGE, { update: { type: 'boolean' } })
  if ('exit' in read)
    return read.exit
  const { values } = read
  try {
    await run('npx', ['vitest', 'run', '--project', 'browser', 'tests/visual'], { inherit: true, timeoutMs: 30 * 60_000, env: values.update ? { VISUAL_UPDATE: '1' } : {} })
    return 0
  }
  catch {
    return 1
  }
}

if (isMain(import.meta.url))
  process.exitCode = await main()
