// tools/run.ts, the one way to run a command to its end: its output, and an error that names the command and says
// how it ended (exit code, time limit, could not start), with what it printed. Runs real `node -e` children.
import process from 'node:process'
import { describe, expect, it } from 'vitest'
import { CommandError, run } from '../../tools/run'

const node = process.execPath

async function failure(promise: Promise<unknown>): Promise<CommandError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught)
  expect(error).toBeInstanceOf(CommandError)
  return error as CommandError
}

describe('run', () => {
  it('resolves with what the command printed, in its folder and with the extra environment', async () => {
    let pid: number | undefined
    const output = await run(node, ['-e', 'console.log(process.cwd(), process.env.RUN_TEST); console.error("note")'], {
      cwd: '/',
      env: { RUN_TEST: 'yes' },
      onStart: started => (pid = started),
    })
    expect(output.stdout.trim()).toBe('/ yes')
    expect(output.stderr.trim()).toBe('note')
    expect(pid).toBeGreaterThan(0)
  })

  it('rejects on a non-zero exit, naming the command and the code, with its output', async () => {
    const error = await failure(run(node, ['-e', 'console.log("partial"); console.error("it broke"); process.exit(3)']))
    expect(error.exitCode).toBe(3)
    expect(error.timedOut).toBe(false)
    expect(error.message).toMatch(/^`node -e .*` exited with 3:\n/)
    expect(error.message).toContain('partial')
    expect(error.message).toContain('it broke')
    expect(error.stderr.trim()).toBe('it broke')
  })

  it('stops a command at its time limit and says so', async () => {
    // Output captured up to the stop is checked with the exit case above: how much a loaded machine prints in 0.3 s
    // is not this test's business.
    const error = await failure(run(node, ['-e', 'setInterval(() => {}, 1000)'], { timeoutMs: 300 }))
    expect(error.timedOut).toBe(true)
    expect(error.message).toContain('was stopped after 0.3 s')
  })

  it('rejects when the command does not exist', async () => {
    const error = await failure(run('no-such-command-depin', ['x']))
    expect(error.exitCode).toBeUndefined()
    expect(error.message).toMatch(/`no-such-command-depin x` could not run: .*ENOENT/)
  })
})
