// `npm run present` started from code, for the phone's browser test and the bench's tap latency: on a free port,
// with a given password, resolved once it has printed its URLs.
//
//   const session = await startPresent({ password: 'a-password', force: true })
//   session.phoneUrl      // the network address's phone URL, or this machine's where there is no network
//   await session.stop()
import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import process from 'node:process'
import { getRandomPort } from 'get-port-please'
import { PROJECT_ROOT } from './deck'
import { REMOTE_PASSWORD_ENV } from './remote'

export interface PresentSession {
  port: number
  /** The phone URL that `npm run present` printed. */
  phoneUrl: string
  /** Everything it printed so far, stdout and stderr. */
  output: () => string
  stop: () => Promise<void>
}

/** A port nobody listens on now, on any network of the machine (`npm run present` listens on all of them). */
export function freePort(): Promise<number> {
  return getRandomPort('0.0.0.0')
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null ? Promise.resolve() : new Promise(resolve => child.once('exit', () => resolve()))
}

/** Starts `npm run present` and waits for its URLs; throws with what it printed if it exits or stays silent. */
export async function startPresent({ password, force = false, timeoutMs = 120_000 }: { password: string, force?: boolean, timeoutMs?: number }): Promise<PresentSession> {
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/present.ts', '--port', String(port), ...(force ? ['--force'] : [])], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, [REMOTE_PASSWORD_ENV]: password },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let printed = ''
  child.stdout!.on('data', (chunk: Buffer) => printed += chunk.toString())
  child.stderr!.on('data', (chunk: Buffer) => printed += chunk.toString())
  const stop = async () => {
    child.kill('SIGTERM')
    await exited(child)
  }
  const deadline = Date.now() + timeoutMs
  while (!printed.includes('present: the deck is up')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop()
      throw new Error(`npm run present ${child.exitCode === null ? `printed no URL within ${timeoutMs} ms` : `exited with code ${child.exitCode}`}:\n${printed}`)
    }
    await new Promise(resolve => setTimeout(resolve, 250))
  }
  const phoneUrl = printed.match(/^\s+(http:\/\/\S+#\/phone)$/m)?.[1]
  if (!phoneUrl) {
    await stop()
    throw new Error(`npm run present printed no phone URL:\n${printed}`)
  }
  return { port, phoneUrl, output: () => printed, stop }
}
