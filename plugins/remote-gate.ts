// deck:remote-gate, dev server only, and only when DECK_REMOTE_PASSWORD is set (`npm run present` sets it): other
// machines get a 403 for every request and WebSocket unless they hold the password. The rule is tools/remote.ts.
//
//   remoteGate()   // vite.config.ts
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import type { Connect, Plugin } from 'vite'
import type { GateVerdict } from '../tools/remote.ts'
import process from 'node:process'
import { GATE_REFUSAL, gateCookie, gateVerdict, REMOTE_PASSWORD_ENV } from '../tools/remote.ts'

function verdictFor(req: IncomingMessage, password: string): GateVerdict {
  return gateVerdict({ remoteAddress: req.socket.remoteAddress, url: req.url, cookie: req.headers.cookie, port: req.socket.localPort }, password)
}

export function remoteGate(password = process.env[REMOTE_PASSWORD_ENV]): Plugin {
  return {
    name: 'deck:remote-gate',
    apply: 'serve',
    configureServer(server) {
      if (!password)
        return
      // First in the chain, before Slidev's and Vite's own handlers.
      server.middlewares.stack.unshift({
        route: '',
        handle: ((req, res, next) => {
          const verdict = verdictFor(req, password)
          if (verdict === 'refuse') {
            res.statusCode = 403
            res.setHeader('Content-Type', 'text/plain; charset=utf-8')
            res.end(GATE_REFUSAL)
            return
          }
          if (verdict === 'pass-and-remember')
            res.setHeader('Set-Cookie', gateCookie(password, req.socket.localPort))
          next()
        }) as Connect.NextHandleFunction,
      })
      // The WebSocket (Vite's HMR channel, which also carries Slidev's shared state): refused before Vite sees it.
      server.httpServer?.prependListener('upgrade', (req: IncomingMessage, socket: Duplex) => {
        if (verdictFor(req, password) === 'refuse') {
          socket.on('error', () => {})
          socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
        }
      })
    },
  }
}
