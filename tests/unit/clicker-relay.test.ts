// The dev server's relay for the phone's taps (plugins/clicker.ts), driven through a stand-in for Vite's
// WebSocket server: who receives an intent, who is refused and why, and what every window is told about the writer.
import type { NormalizedHotChannelClient, ViteDevServer } from 'vite'
import { describe, expect, it } from 'vitest'
import { CLICKER_EVENTS } from '../../logic/clicker'
import { clickerRelay } from '../../plugins/clicker'

type Listener = (data: unknown, client: NormalizedHotChannelClient) => void

function relay(password?: string) {
  const listeners = new Map<string, Listener>()
  const server = { ws: { on: (event: string, listener: Listener) => listeners.set(event, listener) } }
  const configure = clickerRelay(password).configureServer as unknown as (server: ViteDevServer) => void
  configure(server as unknown as ViteDevServer)
  const emit = (event: string, data: unknown, client: NormalizedHotChannelClient) => listeners.get(event)!(data, client)
  return {
    window(name: string, received: [string, string, unknown][]) {
      const send = (event: string, payload?: unknown) => {
        received.push([name, event, payload])
      }
      const client = { send } as unknown as NormalizedHotChannelClient
      return {
        hello: (role: string, given?: string) => emit(CLICKER_EVENTS.hello, { role, password: given }, client),
        intent: (intent: unknown) => emit(CLICKER_EVENTS.intent, intent, client),
        close: () => emit('vite:client:disconnect', undefined, client),
      }
    },
  }
}

const applied = (received: [string, string, unknown][]) => received.filter(([, event]) => event === CLICKER_EVENTS.apply)
const refusals = (received: [string, string, unknown][]) => received.filter(([, event]) => event === CLICKER_EVENTS.refused).map(([, , payload]) => (payload as { reason: string }).reason)

describe('the clicker relay', () => {
  it('hands each intent to the presenter window alone, and to the audience once no presenter window is open', () => {
    const received: [string, string, unknown][] = []
    const server = relay('the-password')
    const audience = server.window('audience', received)
    const presenter = server.window('presenter', received)
    const phone = server.window('phone', received)
    audience.hello('audience')
    presenter.hello('presenter', 'the-password')
    phone.hello('phone', 'the-password')
    phone.intent({ kind: 'next' })
    phone.intent({ kind: 'go', no: 12, clicks: 1 })
    expect(applied(received)).toEqual([['presenter', CLICKER_EVENTS.apply, { kind: 'next' }], ['presenter', CLICKER_EVENTS.apply, { kind: 'go', no: 12, clicks: 1 }]])
    presenter.close()
    phone.intent({ kind: 'prev' })
    expect(applied(received).at(-1)).toEqual(['audience', CLICKER_EVENTS.apply, { kind: 'prev' }])
    expect(refusals(received)).toEqual([])
  })

  it('tells every window which kind of window writes, when that changes', () => {
    const received: [string, string, unknown][] = []
    const server = relay()
    const audience = server.window('audience', received)
    const presenter = server.window('presenter', received)
    audience.hello('audience')
    presenter.hello('presenter')
    presenter.close()
    const told = received.filter(([name, event]) => name === 'audience' && event === CLICKER_EVENTS.writer).map(([, , kind]) => kind)
    expect(told.at(0)).toBe('audience')
    expect(told).toContain('presenter')
    expect(told.at(-1)).toBe('audience')
  })

  it('refuses, with the reason, a sender without the password, a malformed intent, and an intent with no window to apply it', () => {
    const received: [string, string, unknown][] = []
    const server = relay('the-password')
    const stranger = server.window('stranger', received)
    stranger.hello('phone', 'wrong-password')
    stranger.intent({ kind: 'next' })
    const silent = server.window('silent', received)
    silent.intent({ kind: 'next' })
    const phone = server.window('phone', received)
    phone.hello('phone', 'the-password')
    phone.intent({ kind: 'next' })
    phone.intent({ kind: 'go', no: -1 })
    expect(refusals(received)).toEqual([
      expect.stringContaining('not allowed'),
      expect.stringContaining('not allowed'),
      expect.stringContaining('no deck window is open'),
      expect.stringContaining('intent.no is -1'),
    ])
    expect(applied(received)).toEqual([])
  })

  it('never makes a window that claims to be the presenter without the password the writer', () => {
    const received: [string, string, unknown][] = []
    const server = relay('the-password')
    const audience = server.window('audience', received)
    const impostor = server.window('impostor', received)
    const phone = server.window('phone', received)
    audience.hello('audience')
    impostor.hello('presenter')
    phone.hello('phone', 'the-password')
    phone.intent({ kind: 'next' })
    expect(applied(received).map(([name]) => name)).toEqual(['audience'])
  })
})
