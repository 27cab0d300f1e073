// Which Chromium the project drives: the override, Playwright's own, then a system one, and the how-to when none.
import { describe, expect, it } from 'vitest'
import { BROWSER_ENV, BrowserNotFoundError, HOW_TO_GET_ONE, resolveBrowser, systemCandidates } from '../../tools/browser'

const only = (...files: string[]) => (file: string) => files.includes(file)

describe('resolveBrowser', () => {
  it('prefers the env override over everything else', () => {
    const found = resolveBrowser({
      env: { [BROWSER_ENV]: '/opt/my/chrome', PATH: '/usr/bin' },
      playwrightPath: () => '/pw/chromium',
      isExecutable: only('/opt/my/chrome', '/pw/chromium', '/usr/bin/chromium'),
      platform: 'linux',
    })
    expect(found).toEqual({ path: '/opt/my/chrome', source: 'env' })
  })

  it('fails loudly when the override points at nothing, instead of falling back silently', () => {
    const call = () => resolveBrowser({
      env: { [BROWSER_ENV]: '/nope/chrome' },
      playwrightPath: () => '/pw/chromium',
      isExecutable: only('/pw/chromium'),
      platform: 'linux',
    })
    expect(call).toThrow(BrowserNotFoundError)
    expect(call).toThrow(/CHROMIUM_PATH is set to "\/nope\/chrome"/)
  })

  it('ignores a blank override', () => {
    const found = resolveBrowser({
      env: { [BROWSER_ENV]: '  ' },
      playwrightPath: () => '/pw/chromium',
      isExecutable: only('/pw/chromium'),
      platform: 'linux',
    })
    expect(found.source).toBe('playwright')
  })

  it('uses Playwright\'s own Chromium when it is installed', () => {
    const found = resolveBrowser({
      env: { PATH: '/usr/bin' },
      playwrightPath: () => '/pw/chromium',
      isExecutable: only('/pw/chromium', '/usr/bin/chromium'),
      platform: 'linux',
    })
    expect(found).toEqual({ path: '/pw/chromium', source: 'playwright' })
  })

  it('skips Playwright\'s path when the browser was never downloaded', () => {
    const found = resolveBrowser({
      env: { PATH: '/usr/local/bin:/usr/bin' },
      playwrightPath: () => '/pw/not-downloaded',
      isExecutable: only('/usr/bin/chromium'),
      platform: 'linux',
    })
    expect(found).toEqual({ path: '/usr/bin/chromium', source: 'system' })
  })

  it('finds a system Chromium on the PATH before the usual places', () => {
    const found = resolveBrowser({
      env: { PATH: '/home/me/bin' },
      playwrightPath: () => undefined,
      isExecutable: only('/home/me/bin/google-chrome', '/usr/bin/chromium'),
      platform: 'linux',
    })
    expect(found).toEqual({ path: '/home/me/bin/google-chrome', source: 'system' })
  })

  it('falls back to the usual install places when the PATH has none', () => {
    const found = resolveBrowser({
      env: {},
      playwrightPath: () => undefined,
      isExecutable: only('/Applications/Chromium.app/Contents/MacOS/Chromium'),
      platform: 'darwin',
    })
    expect(found.path).toBe('/Applications/Chromium.app/Contents/MacOS/Chromium')
  })

  it('throws one clear message that says how to get a browser when none is found', () => {
    const call = () => resolveBrowser({ env: { PATH: '/usr/bin' }, playwrightPath: () => undefined, isExecutable: () => false, platform: 'linux' })
    expect(call).toThrow(BrowserNotFoundError)
    expect(call).toThrow(HOW_TO_GET_ONE)
    expect(HOW_TO_GET_ONE).toMatch(/apt-get install -y chromium/)
    expect(HOW_TO_GET_ONE).toMatch(/CHROMIUM_PATH=/)
  })
})

describe('systemCandidates', () => {
  it('lists PATH entries first, without duplicates', () => {
    const list = systemCandidates({ PATH: '/usr/bin' }, 'linux')
    expect(list[0]).toBe('/usr/bin/chromium')
    expect(new Set(list).size).toBe(list.length)
    expect(list).toContain('/snap/bin/chromium')
  })
})
