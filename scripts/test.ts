// `npm test [-- <vitest args>]`: what CI runs. The type check, the lint and the build run side by side (each prints
// its output once done, so that it reads in one piece), then Vitest runs every test against the fresh dist/.
import process from 'node:process'
import { isMain } from '../tools/main'
import { CommandError, run } from '../tools/run'

export const TEST_USAGE = `Usage: npm test [-- <vitest arguments>]

  Runs npm run typecheck, npm run lint and npm run build side by side, then, if all three passed, vitest run with
  the arguments given (for example a file name, or --project unit). Exits 1 when any of them fails.
  -h, --help   this text`

/** The checks before the tests: npm scripts, run at the same time. */
export const CHECKS = ['typecheck', 'lint', 'build'] as const

interface Outcome { script: string, ok: boolean, ms: number, output: string }

async function check(script: string): Promise<Outcome> {
  const started = Date.now()
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', script], { timeoutMs: 20 * 60_000 })
    return { script, ok: true, ms: Date.now() - started, output: `${stdout}${stderr}` }
  }
  catch (error) {
    const output = error instanceof CommandError ? `${error.stdout}${error.stderr}\n${error.message.split('\n')[0]}` : String(error)
    return { script, ok: false, ms: Date.now() - started, output }
  }
}

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(TEST_USAGE)
    return 0
  }
  const outcomes = await Promise.all(CHECKS.map(async (script) => {
    const outcome = await check(script)
    console.log(`== npm run ${script}: ${outcome.ok ? 'passed' : 'FAILED'} in ${(outcome.ms / 1000).toFixed(1)} s`)
    if (outcome.output.trim())
      console.log(outcome.output.trimEnd())
    return outcome
  }))
  const failed = outcomes.filter(outcome => !outcome.ok).map(outcome => outcome.script)
  if (failed.length > 0) {
    console.error(`== npm test: ${failed.map(script => `npm run ${script}`).join(', ')} failed; the tests did not run`)
    return 1
  }
  console.log('== vitest run')
  try {
    await run('npx', ['vitest', 'run', ...args], { inherit: true })
    return 0
  }
  catch {
    return 1
  }
}

if (isMain(import.meta.url))
  process.exitCode = await main(process.argv.slice(2))
