// The one place that decides which Chromium the project drives: export, bench and the browser tests all call it.
//
//   import { resolveBrowser, launchArgs } from './browser'
//   const { path, source } = resolveBrowser()      // throws BrowserNotFoundError with a how-to message
//
// CLI: `node --import tsx scripts/browser.ts` prints the resolved path (exit 1 with the message when none is found).
// Order: 1) $CHROMIUM_PATH (an override must exist, or it is an error), 2) Playwright's own Chromium when installed,
// 3) a system Chromium on the PATH or in the usual places.
import { accessSync, constants } from 'node:fs'
import { createRequire } from 'node:module'
import { delimiter, join } from 'node:path'
import process from 'node:process'

type BrowserSource = 'env' | 'playwright' | 'system'

export interface ResolvedBrowser {
  path: string
  source: BrowserSource
}

export interface ResolveOptions {
  env?: Record<string, string | undefined>
  /** Where Playwright would keep its own Chromium, or undefined when Playwright is not installed. */
  playwrightPath?: () => string | undefined
  isExecutable?: (file: string) => boolean
  platform?: NodeJS.Platform
}

/** The env variable that overrides every other choice. */
export const BROWSER_ENV = 'CHROMIUM_PATH'

/** Flags for a headless Chromium on a closed network: its background calls would be refused and logged. */
export const launchArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome']
const SYSTEM_PATHS: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
}

export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError'
}

export const HOW_TO_GET_ONE = [
  'No Chromium found for export and browser tests. Get one of these:',
  '  - Debian/Ubuntu: apt-get install -y chromium   (gives /usr/bin/chromium)',
  '  - Playwright:    npx playwright install chromium   (needs internet)',
  `  - Any Chromium:  set ${BROWSER_ENV}=/path/to/chromium`,
].join('\n')

function defaultIsExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK)
    return true
  }
  catch {
    return false
  }
}

function defaultPlaywrightPath(): string | undefined {
  try {
    const require = createRequire(import.meta.url)
    const { chromium } = require('playwright-chromium') as { chromium: { executablePath: () => string } }
    return chromium.executablePath()
  }
  catch {
    return undefined
  }
}

/** Candidate system paths, in order: names on the PATH first, then the usual install places. */
export function systemCandidates(env: Record<string, string | undefined>, platform: NodeJS.Platform): string[] {
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean)
  const suffix = platform === 'win32' ? '.exe' : ''
  const onPath = dirs.flatMap(dir => SYSTEM_NAMES.map(name => join(dir, name + suffix)))
  return [...new Set([...onPath, ...(SYSTEM_PATHS[platform] ?? [])])]
}

export function resolveBrowser(options: ResolveOptions = {}): ResolvedBrowser {
  const env = options.env ?? process.env
  const isExecutable = options.isExecutable ?? defaultIsExecutable
  const playwrightPath = options.playwrightPath ?? defaultPlaywrightPath
  const platform = options.platform ?? process.platform

  const override = env[BROWSER_ENV]?.trim()
  if (override) {
    if (isExecutable(override))
      return { path: override, source: 'env' }
    throw new BrowserNotFoundError(`${BROWSER_ENV} is set to "${override}", but no executable is there.\n${HOW_TO_GET_ONE}`)
  }

  const own = playwrightPath()
  if (own && isExecutable(own))
    return { path: own, source: 'playwright' }

  const system = systemCandidates(env, platform).find(isExecutable)
  if (system)
    return { path: system, source: 'system' }

  throw new BrowserNotFoundError(HOW_TO_GET_ONE)
}
