// `npm run present`: its options, the URLs it prints, and the gate's rule (who gets in without being on this machine).
import { describe, expect, it } from 'vitest'
import { parsePresentArgs, PRESENT_USAGE, PresentUsageError } from '../../scripts/present'
import { gateCookie, gateVerdict, generatePassword, isLoopback, lanAddresses, passwordProblem, presentUrls, REMOTE_PASSWORD_ENV } from '../../tools/remote'

describe('parsePresentArgs', () => {
  it('takes the password from the environment, or generates one and says so', () => {
    expect(parsePresentArgs([], { [REMOTE_PASSWORD_ENV]: 'a-good-password' })).toEqual({ help: false, port: undefined, force: false, password: 'a-good-password', generated: false })
    expect(parsePresentArgs(['--port', '4000'], {}, () => 'generated-pw')).toEqual({ help: false, port: 4000, force: false, password: 'generated-pw', generated: true })
    expect(parsePresentArgs(['--force'], {}, () => 'generated-pw').force).toBe(true)
  })

  it('refuses bad options and weak or URL-unsafe passwords, with the reason', () => {
    expect(() => parsePresentArgs(['--port', 'x'], {})).toThrow(PresentUsageError)
    expect(() => parsePresentArgs(['--port', '70000'], {})).toThrow(/--port is "70000"/)
    expect(() => parsePresentArgs(['--remote', 'x'], {})).toThrow(PresentUsageError)
    expect(() => parsePresentArgs([], { [REMOTE_PASSWORD_ENV]: 'short' })).toThrow(/DECK_REMOTE_PASSWORD is 5 characters long/)
    expect(() => parsePresentArgs([], { [REMOTE_PASSWORD_ENV]: 'has space in it' })).toThrow(/may hold only/)
  })

  it('has --help, which names the env variable', () => {
    expect(parsePresentArgs(['-h'], {}).help).toBe(true)
    expect(PRESENT_USAGE).toContain(REMOTE_PASSWORD_ENV)
  })
})

describe('passwords and URLs', () => {
  it('generates passwords it accepts, different each time', () => {
    const passwords = new Set(Array.from({ length: 20 }, generatePassword))
    expect(passwords.size).toBe(20)
    for (const password of passwords)
      expect(passwordProblem(password)).toBeUndefined()
  })

  it('prints the phone URL for each network address, with the password before and (via #/phone) after the hash', () => {
    const urls = presentUrls({ port: 3030, password: 'secret-pw', addresses: ['192.168.1.20', '10.0.0.5'] })
    expect(urls.phone).toEqual(['http://192.168.1.20:3030/?password=secret-pw#/phone', 'http://10.0.0.5:3030/?password=secret-pw#/phone'])
    expect(urls.presenter).toBe('http://localhost:3030/#/presenter/1?password=secret-pw')
    expect(urls.audience).toBe('http://localhost:3030/#/1')
  })

  it('finds the machine\'s IPv4 network addresses, leaving out loopback and IPv6', () => {
    const info = { netmask: '', mac: '', cidr: null }
    expect(lanAddresses({
      lo: [{ ...info, address: '127.0.0.1', family: 'IPv4', internal: true }],
      wlan0: [{ ...info, address: '192.168.1.20', family: 'IPv4', internal: false }, { ...info, address: 'fe80::1', family: 'IPv6', internal: false, scopeid: 1 }],
    })).toEqual(['192.168.1.20'])
  })
})

describe('the remote gate', () => {
  const password = 'secret-pw'
  const lan = { remoteAddress: '192.168.1.30', port: 3030 }

  it('lets this machine in, as npm run dev does', () => {
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1'])
      expect(gateVerdict({ remoteAddress: address, url: '/' }, password)).toBe('pass')
    expect(isLoopback('192.168.1.30')).toBe(false)
    expect(isLoopback(undefined)).toBe(false)
  })

  it('refuses another machine without the password, or with a wrong one', () => {
    expect(gateVerdict({ ...lan, url: '/' }, password)).toBe('refuse')
    expect(gateVerdict({ ...lan, url: '/@vite/client' }, password)).toBe('refuse')
    expect(gateVerdict({ ...lan, url: '/?password=secret-pX' }, password)).toBe('refuse')
    expect(gateVerdict({ ...lan, url: '/', cookie: 'deck_remote_3030=forged' }, password)).toBe('refuse')
  })

  it('lets in the URL with the password and remembers the browser by a cookie for this port', () => {
    expect(gateVerdict({ ...lan, url: '/?password=secret-pw' }, password)).toBe('pass-and-remember')
    const cookie = gateCookie(password, 3030).split(';')[0]!
    expect(gateCookie(password, 3030)).toMatch(/HttpOnly; SameSite=Strict/)
    expect(cookie).not.toContain(password)
    expect(gateVerdict({ ...lan, url: '/src/main.ts', cookie: `other=1; ${cookie}` }, password)).toBe('pass')
    // Another deck on another port of the same host does not share it.
    expect(gateVerdict({ ...lan, port: 3031, url: '/', cookie }, password)).toBe('refuse')
  })
})
