// deck:clicker, the dev server's half of the phone as a clicker (logic/clicker.ts says the design): it keeps a roster
// of the deck's open windows, takes the phone's intents, and hands each one to the one window that applies it.
//
//   clickerRelay()   // vite.config.ts; dev server only. With DECK_REMOTE_PASSWORD set (npm run present), a window
//                    // counts as a phone or presenter only if its hello carries that password.
//
// Every window says hello with its role when it connects and when its route changes. An intent is refused, with a
// reason sent back to the sender, when the sender has not shown the password, when it is malformed, or when no deck
// window is open; otherwise it goes to the newest presenter window, else the newest audience window, and to no one
// else. Each change of writer is told to every window (the audience sends its moves only while it is the writer).
import type { NormalizedHotChannelClient, Plugin } from 'vite'
import type { Hello, OpenWindow, Refusal, WriterKind } from '../logic/clicker.ts'
import process from 'node:process'
import { chooseWriter, CLICKER_EVENTS, ClickerError, parseHello, parseIntent, writerKind } from '../logic/clicker.ts'
import { REMOTE_PASSWORD_ENV, samePassword } from '../tools/remote.ts'

interface Registered extends OpenWindow<NormalizedHotChannelClient> {
  /** Showed the password (or none is set). */
  trusted: boolean
}

/** Where a window without the password ends up: a phone or presenter window that did not show it writes nothing. */
function admittedRole(hello: Hello, trusted: boolean): Hello['role'] {
  return trusted || hello.role === 'audience' || hello.role === 'other' ? hello.role : 'other'
}

export function clickerRelay(password = process.env[REMOTE_PASSWORD_ENV]): Plugin {
  return {
    name: 'deck:clicker',
    apply: 'serve',
    configureServer(server) {
      const windows = new Map<NormalizedHotChannelClient, Registered>()
      let order = 0
      let told: WriterKind | undefined
      const refuse = (client: NormalizedHotChannelClient, reason: string) => client.send(CLICKER_EVENTS.refused, { reason } satisfies Refusal)
      /** The message, checked; or undefined, once the sender has been told why it was refused. */
      function checked<T>(parse: (raw: unknown) => T, data: unknown, client: NormalizedHotChannelClient): T | undefined {
        try {
          return parse(data)
        }
        catch (error) {
          if (!(error instanceof ClickerError))
            throw error
          refuse(client, error.message)
          return undefined
        }
      }
      /** Tells every window which kind of window writes, when that changed; returns it. */
      const tellWriter = (): WriterKind => {
        const kind = writerKind(chooseWriter(windows.values()))
        if (kind !== told) {
          told = kind
          for (const client of windows.keys())
            client.send(CLICKER_EVENTS.writer, kind)
        }
        return kind
      }

      server.ws.on(CLICKER_EVENTS.hello, (data: unknown, client: NormalizedHotChannelClient) => {
        const hello = checked(parseHello, data, client)
        if (!hello)
          return
        const trusted = !password || (hello.password !== undefined && samePassword(hello.password, password))
        windows.set(client, { client, role: admittedRole(hello, trusted), since: ++order, trusted })
        // The newcomer hears it even when nothing changed (when it changed, everyone heard it).
        const before = told
        const kind = tellWriter()
        if (kind === before)
          client.send(CLICKER_EVENTS.writer, kind)
      })
      server.ws.on('vite:client:disconnect', (_data: unknown, client: NormalizedHotChannelClient) => {
        if (windows.delete(client))
          tellWriter()
      })
      server.ws.on(CLICKER_EVENTS.intent, (data: unknown, client: NormalizedHotChannelClient) => {
        if (!windows.get(client)?.trusted)
          return refuse(client, 'not allowed: open the phone URL that `npm run present` printed (it carries the password)')
        const intent = checked(parseIntent, data, client)
        if (!intent)
          return
        const writer = chooseWriter(windows.values())
        if (!writer)
          return refuse(client, 'no deck window is open: open the audience or the presenter view on the laptop')
        writer.client.send(CLICKER_EVENTS.apply, intent)
      })
    },
  }
}
