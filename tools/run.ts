// The one way the project runs a command to its end (build, bench, tests): `tinyexec`, plus a time limit and an error
// that names the command, says how it ended (exit code, signal, or stopped at the limit) and carries its output.
//
//   const { stdout } = await run(process.execPath, [slidev, 'build'], { cwd: PROJECT_ROOT, timeoutMs: 300_000 })
//   // throws CommandError: "`node slidev.mjs build` exited with 1:\n<the last lines it printed>"
import type { Output } from 'tinyexec'
import { basename } from 'node:path'
import { x } from 'tinyexec'

export interface RunOptions {
  cwd?: string
  /** Added to this process's environment. */
  env?: Record<string, string | undefined>
  /** Stop the command (SIGTERM) after this long, and fail. No limit when absent. */
  timeoutMs?: number
  /** Show the command's output as it runs instead of keeping it (the error then carries none). */
  inherit?: boolean
  /** Called once the command has started, with its pid (the bench samples its memory). */
  onStart?: (pid: number | undefined) => void
}

export class CommandError extends Error {
  override name = 'CommandError'
  constructor(
    message: string,
    /** The exit code; undefined when it did not start or was ended by a signal. */
    readonly exitCode: number | undefined,
    readonly stdout: string,
    readonly stderr: string,
    readonly timedOut: boolean,
  ) {
    super(message)
  }
}

/** `node /x/y/slidev.mjs build` rather than the full paths: short enough to read in a message. */
function shown(command: string, args: readonly string[]): string {
  return [command, ...args].map(part => (part.startsWith('/') ? basename(part) : part)).join(' ')
}

/** Runs `command` to its end. Resolves with its output on exit code 0; otherwise rejects with a CommandError. */
export async function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<Output> {
  const name = `\`${shown(command, args)}\``
  const proc = x(command, args, {
    throwOnError: false,
    nodeOptions: {
      cwd: options.cwd,
      env: options.env,
      stdio: options.inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    },
  })
  options.onStart?.(proc.pid)
  let timedOut = false
  const stop = () => {
    timedOut = true
    proc.kill('SIGTERM')
  }
  const timer = options.timeoutMs === undefined ? undefined : setTimeout(stop, options.timeoutMs)
  let output: Output
  try {
    output = await proc
  }
  catch (error) {
    throw new CommandError(`${name} could not run: ${(error as Error).message}`, undefined, '', '', false)
  }
  finally {
    clearTimeout(timer)
  }
  if (output.exitCode === 0 && !timedOut)
    return output
  const how = timedOut
    ? `was stopped after ${options.timeoutMs! / 1000} s`
    : output.exitCode === undefined ? `was ended by ${proc.signalCode ?? 'a signal'}` : `exited with ${output.exitCode}`
  const printed = `${output.stdout}${output.stderr}`.trim()
  throw new CommandError(
    `${name}${options.cwd ? ` in ${options.cwd}` : ''} ${how}${printed ? `:\n${printed.slice(-4000)}` : ''}`,
    output.exitCode,
    output.stdout,
    output.stderr,
    timedOut,
  )
}
