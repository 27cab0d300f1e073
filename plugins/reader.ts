// deck:reader: writes reader/index.html, the deck as one accessible text page (tools/reader.ts makes it), in
// `slidev build`; `slidev` (dev) serves it at /reader/. It tells the app where the reader is (`__DECK_READER_URL__`,
// see logic/reader-offer.ts readerLink): beside the deck; in the one-file deck, which has none beside it, the hosted
// deck's (DECK_URL) or none.
//
//   readerPlugin()   // vite.config.ts
import type { Plugin } from 'vite'
import type { ReaderInput } from '../tools/reader.ts'
import process from 'node:process'
import { normaliseSiteUrl } from '../tools/head-meta.ts'
import { READER_PATH, readerHtml, readReaderInput } from '../tools/reader.ts'
import { isSingleFileBuild } from './single-file.ts'

/** `__DECK_READER_URL__`'s value: '' for the reader beside the deck, else its URL, or null for none. */
export function builtReaderUrl(singleFile: boolean, siteUrl: string | undefined): string | null {
  if (!singleFile)
    return ''
  return siteUrl ? `${siteUrl}reader/` : null
}

export function readerPlugin(read: () => ReaderInput = readReaderInput): Plugin {
  return {
    name: 'deck:reader',
    config: () => ({ define: { __DECK_READER_URL__: JSON.stringify(builtReaderUrl(isSingleFileBuild(), normaliseSiteUrl(process.env.DECK_URL))) } }),
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
