// deck:reader: writes reader/index.html, the deck as one accessible text page (tools/reader.ts makes it), in
// `slidev build`; `slidev` (dev) serves it at /reader/.
//
//   readerPlugin()   // vite.config.ts
import type { Plugin } from 'vite'
import type { ReaderInput } from '../tools/reader.ts'
import { READER_PATH, readerHtml, readReaderInput } from '../tools/reader.ts'

export function readerPlugin(read: () => ReaderInput = readReaderInput): Plugin {
  return {
    name: 'deck:reader',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0]
        const base = server.config.base
        if (path !== `${base}reader/` && path !== `${base}${READER_PATH}`)
          return next()
        response.setHeader('Content-Type', 'text/html; charset=utf-8')
        response.end(readerHtml(read()))
      })
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: READER_PATH, source: readerHtml(read()) })
    },
  }
}
