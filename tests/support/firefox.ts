// Debian's firefox-esr, headless, driven over WebDriver BiDi (Playwright drives only its own patched Firefox, which
// cannot be downloaded here). Just what the one-file deck's test needs: open a URL at a size, wait for a condition,
// take a picture.
//
//   const firefox = firefoxPath()                       // undefined where firefox-esr is not installed
//   const session = await openFirefox(firefox!)
//   const png = await session.screenshot('file:///…/deck.html#/12', { width: 1280, height: 720 }, 'document.fonts.status === "loaded"')
//   await session.close()
import type { ChildProcess } from 'node:child_process'
import { Buffer } from 'node:buffer'
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import WebSocket from 'ws'

/** firefox-esr (or firefox) on the PATH, or FIREFOX_PATH; undefined when there is none. */
export function firefoxPath(): string | undefined {
  if (process.env.FIREFOX_PATH)
    return process.env.FIREFOX_PATH
  for (const name of ['firefox-esr', 'firefox']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined
    }
    catch {}
  }
  return undefined
}

export interface FirefoxSession {
  /** Opens `url` in a fresh tab of `viewport`, waits until `ready` (a page expression) is true, returns a PNG. */
  screenshot: (url: string, viewport: { width: number, height: number }, ready: string) => Promise<Buffer>
  close: () => Promise<void>
}

// Offline and quiet: no update checks, no remote settings, no first-run pages.
const PREFS = {
  'app.update.disabledForTesting': true,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'datareporting.policy.dataSubmissionEnabled': false,
  'network.connectivity-service.enabled': false,
  'services.settings.server': 'data:,',
  'toolkit.telemetry.enabled': false,
}

export async function openFirefox(executable: string, timeoutMs = 60_000): Promise<FirefoxSession> {
  const profile = mkdtempSync(join(tmpdir(), 'depin-firefox-'))
  writeFileSync(join(profile, 'user.js'), Object.entries(PREFS).map(([key, value]) => `user_pref(${JSON.stringify(key)}, ${JSON.stringify(value)});`).join('\n'))
  const child: ChildProcess = spawn(executable, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0', 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] })
  const cleanup = () => {
    child.kill('SIGKILL')
    rmSync(profile, { recursive: true, force: true })
  }
  try {
    const endpoint = await new Promise<string>((found, fail) => {
      let seen = ''
      const timer = setTimeout(() => fail(new Error(`firefox (${executable}) did not start its WebDriver BiDi server within ${timeoutMs} ms:\n${seen}`)), timeoutMs)
      child.stderr!.on('data', (chunk: Buffer) => {
        seen += chunk.toString()
        const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(seen)
        if (match) {
          clearTimeout(timer)
          found(match[1]!)
        }
      })
      child.on('exit', code => fail(new Error(`firefox (${executable}) exited with ${code} before it listened:\n${seen}`)))
    })
    const socket = new WebSocket(`${endpoint}/session`)
    await new Promise((open, fail) => {
      socket.once('open', open)
      socket.once('error', fail)
    })
    let id = 0
    const waiting = new Map<number, { done: (value: any) => void, fail: (error: Error) => void }>()
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id?: number, type: string, result?: unknown, error?: string, message?: string }
      const call = message.id === undefined ? undefined : waiting.get(message.id)
      if (!call)
        return
      waiting.delete(message.id!)
      if (message.type === 'error')
        call.fail(new Error(`firefox: ${message.error}: ${message.message}`))
      else
        call.done(message.result)
    })
    const send = (method: string, params: object): Promise<any> => new Promise((done, fail) => {
      const call = ++id
      waiting.set(call, { done, fail })
      socket.send(JSON.stringify({ id: call, method, params }))
    })
    await send('session.new', { capabilities: {} })
    return {
      async screenshot(url, viewport, ready) {
        const { context } = await send('browsingContext.create', { type: 'tab' }) as { context: string }
        try {
          await send('browsingContext.setViewport', { context, viewport })
          await send('browsingContext.navigate', { context, url, wait: 'complete' })
          const deadline = Date.now() + timeoutMs
          for (;;) {
            const result = await send('script.evaluate', { expression: `Boolean(${ready})`, target: { context }, awaitPromise: false }) as { result?: { value?: unknown } }
            if (result.result?.value === true)
              break
            if (Date.now() > deadline)
              throw new Error(`firefox: ${url} was not ready (${ready}) within ${timeoutMs} ms`)
            await new Promise(resolve => setTimeout(resolve, 100))
          }
          // Two frames, so that what the condition saw is painted.
          await send('script.evaluate', { expression: 'new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))', target: { context }, awaitPromise: true })
          const { data } = await send('browsingContext.captureScreenshot', { context }) as { data: string }
          return Buffer.from(data, 'base64')
        }
        finally {
          await send('browsingContext.close', { context }).catch(() => {})
        }
      },
      async close() {
        await send('session.end', {}).catch(() => {})
        socket.close()
        cleanup()
      },
    }
  }
  catch (error) {
    cleanup()
    throw error
  }
}
