// `npm run present [-- options]`: the deck for a talk, with the phone as the clicker. Starts Slidev's dev server with
// remote control on (`slidev --remote <password>`), reachable from this machine's networks but only with the password
// (tools/remote.ts), and prints the URL to open on the phone, with the password in it. `--help` for options.
//
//   npm run present                                        -> a new password, printed with the URLs
//   DECK_REMOTE_PASSWORD=choose-one npm run present -- --port 4000
import type { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { getPort } from 'get-port-please'
import { PROJECT_ROOT } from '../tools/deck'
import { isMain } from '../tools/main'
import { generatePassword, lanAddresses, passwordProblem, presentUrls, REMOTE_PASSWORD_ENV } from '../tools/remote'

export const PRESENT_USAGE = `Usage: npm run present [-- options]

  Presents the deck with the phone as the clicker: Slidev's dev server with remote control on
  (slidev --remote <password>), on this machine's networks. Prints the URL to open on the phone (same Wi-Fi or
  hotspot as this machine): big Next and Previous, the current and next slide, the notes of the current click
  step, and the pace. The phone never moves the deck itself: each tap is sent to one window on this machine (the
  presenter view, or the audience view when no presenter view is open), which moves every window. Other machines
  get nothing without the password (not the deck, not its WebSocket, not a tap).

Options:
  --port <n>        port to serve on (default: the first free one from 3030)
  --force           bundle the dependencies anew, as in a fresh clone (Slidev's --force), e.g. after an update
  -h, --help        this text

Env:
  ${REMOTE_PASSWORD_ENV}  the password (letters, digits, - _ . ~; 8 characters or more). Without it, a new one
                        is generated and printed.

Stop with Ctrl+C. Exit codes: Slidev's; 2 bad option or password.`

export class PresentUsageError extends Error {
  override name = 'PresentUsageError'
}

export interface PresentCommand {
  help: boolean
  port?: number
  force: boolean
  password: string
  generated: boolean
}

export function parsePresentArgs(argv: readonly string[], env: Record<string, string | undefined>, generate = generatePassword): PresentCommand {
  let values: { port?: string, help?: boolean, force?: boolean }
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { port: { type: 'string' }, help: { type: 'boolean', short: 'h' }, force: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    }))
  }
  catch (error) {
    throw new PresentUsageError((error as Error).message)
  }
  let port: number | undefined
  if (values.port !== undefined) {
    port = Number(values.port)
    if (!Number.isInteger(port) || port < 1 || port > 65535)
      throw new PresentUsageError(`--port is "${values.port}"; expected a port number from 1 to 65535`)
  }
  const given = env[REMOTE_PASSWORD_ENV]
  if (given !== undefined && given !== '') {
    const problem = passwordProblem(given)
    if (problem)
      throw new PresentUsageError(`${REMOTE_PASSWORD_ENV} ${problem}`)
  }
  const password = given || generate()
  return { help: values.help ?? false, port, force: values.force ?? false, password, generated: !given }
}

/** Slidev's `--remote` listens on every IPv4 network of the machine. */
const BIND = '0.0.0.0'

/** True once `url` answers, false if the server process ends first. */
async function waitForServer(url: string, ended: () => boolean): Promise<boolean> {
  while (!ended()) {
    if (await fetch(url).then(res => res.ok, () => false))
      return true
    await new Promise(resolve => setTimeout(resolve, 500))
  }
  return false
}

function banner(command: PresentCommand, port: number): string {
  const urls = presentUrls({ port, password: command.password, addresses: lanAddresses() })
  const phone = urls.phone.length > 0
    ? ['  On the phone (same Wi-Fi or hotspot as this machine), open:', ...urls.phone.map(url => `    ${url}`)]
    : ['  No network address found: join the phone\'s Wi-Fi or hotspot, then run again. On this machine, the phone view is:', `    ${urls.phoneHere}`]
  return [
    '',
    `present: the deck is up, with remote control. Password: ${command.password}${command.generated ? ` (new; set ${REMOTE_PASSWORD_ENV} to choose one)` : ''}`,
    ...phone,
    `  Presenter view on this machine:  ${urls.presenter}`,
    `  Audience view on this machine:   ${urls.audience}`,
    '  (Slidev\'s own "remote control" URL and QR code carry the password after the #, where the server cannot see it:',
    '  other machines are refused with them. Use the URL above.)',
    '',
  ].join('\n')
}

async function main(): Promise<number> {
  let command: PresentCommand
  try {
    command = parsePresentArgs(process.argv.slice(2), process.env)
  }
  catch (error) {
    if (!(error instanceof PresentUsageError))
      throw error
    console.error(`present: ${error.message}\n\n${PRESENT_USAGE}`)
    return 2
  }
  if (command.help) {
    console.log(PRESENT_USAGE)
    return 0
  }
  const port = command.port ?? await getPort({ port: 3030, portRange: [3030, 3129], host: BIND })
  const child = spawn(process.execPath, [
    `${PROJECT_ROOT}node_modules/@slidev/cli/bin/slidev.mjs`,
    'slides.md',
    '--port',
    String(port),
    '--open',
    'false',
    '--bind',
    BIND,
    `--remote=${command.password}`,
    ...(command.force ? ['--force'] : []),
  ], {
    cwd: PROJECT_ROOT,
    // The gate (tools/remote.ts, in vite.config.ts) reads the password from here.
    env: { ...process.env, [REMOTE_PASSWORD_ENV]: command.password },
    stdio: ['inherit', 'pipe', 'inherit'],
  })
  // Slidev's output as it comes, and ours after each of its banners (it prints one again on a restart); and once the
  // server answers, if Slidev's banner is slow (it first looks up the public IP address, which can take 30 s offline).
  let printed = false
  const print = () => {
    printed = true
    process.stdout.write(`${banner(command, port)}\n`)
  }
  void waitForServer(`http://127.0.0.1:${port}/`, () => child.exitCode !== null).then((up) => {
    if (up)
      setTimeout(() => printed || print(), 5000).unref()
  })
  let pending = ''
  child.stdout!.on('data', (chunk: Buffer) => {
    pending += chunk.toString()
    const lines = pending.split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) {
      process.stdout.write(`${line}\n`)
      if (/shortcuts\s/.test(line))
        print()
    }
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => child.kill(signal))
  return new Promise(resolve => child.on('exit', code => resolve(code ?? 0)))
}

if (isMain(import.meta.url))
  process.exitCode = await main()
