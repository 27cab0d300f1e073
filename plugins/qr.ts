// deck:qr: serves `virtual:deck-qr`, the QR code of DECK_URL (logic/qr.ts) computed at build time, or null without
// DECK_URL; components/DeckQrCode.vue draws it on the closing slide.
//
//   deckQr()   // vite.config.ts
import type { Plugin } from 'vite'
import process from 'node:process'
import { qrCode } from '../logic/qr.ts'
import { normaliseSiteUrl } from '../tools/head-meta.ts'

const QR_MODULE = 'virtual:deck-qr'

export function deckQr(): Plugin {
  return {
    name: 'deck:qr',
    resolveId: id => (id === QR_MODULE ? `\0${QR_MODULE}` : undefined),
    load(id) {
      if (id !== `\0${QR_MODULE}`)
        return undefined
      const url = normaliseSiteUrl(process.env.DECK_URL)
      return `export default ${JSON.stringify(url ? qrCode(url) : null)}\n`
    },
  }
}
