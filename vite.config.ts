// Vite settings that Slidev 52 merges into its own (dev server, `slidev build` and `slidev export`).
//
// 0. sector-map       validates data/depin.yaml and serves it as typed data (see data/index.ts); a bad file, or one
//    whose map would not fit its slide (logic/map-slide.ts), stops dev, build and test with file, entry path, field
//    and reason.
// 1. deck:print-view  keeps Slidev's print view (`#/print`, `#/presenter/print`) in the built deck. Slidev compiles it
//    in only when `download` is true, and then its build launches Playwright's own browser to export a PDF, which
//    cannot work offline. Our exporter (tools/exporter.ts) prints the built deck through this view instead.
// 2. deck:head-meta   writes the description and social tags (og:*, twitter:*) from the headmatter; see
//    tools/head-meta.ts. Set DECK_URL (the public URL of the deck) to make og:image and og:url absolute.
// 3. deck:pacing      refuses time budgets (frontmatter `budget`, `sectionBudget`) that do not fit the talk's planned
//    length (headmatter `duration`), naming the slides; see logic/pacing.ts.
// 4. deck:remote-gate dev server only, and only when DECK_REMOTE_PASSWORD is set (`npm run present` sets it): other
//    machines get a 403 for every request and WebSocket unless they hold the password; see tools/remote.ts.
// 5. deck:clicker     dev server only: relays the phone's intents (next, previous, go to, timer) to the one window
//    that applies them, the presenter window or else the audience window; see tools/clicker-relay.ts.
// 6. deck:reader      writes reader/index.html, the deck as one accessible text page (tools/reader.ts); `slidev`
//    (dev) serves it at /reader/.
// 7. deck:late-precache  adds placeholder entries for the PDF, og-image.png and first-paint.css to the service
//    worker's precache list (Slidev's `pwa` option, vite-plugin-pwa): scripts/build.ts writes them after `slidev
//    build` and then gives them their revisions (tools/sw-precache.ts), so that a deck opened once has them offline.
// 8. deck:qr          serves `virtual:deck-qr`: the QR code of DECK_URL (logic/qr.ts), computed here at build time, or
//    null without DECK_URL; components/DeckQrCode.vue draws it on the closing slide.
// 9. deck:csp         (build only) writes the Content-Security-Policy <meta> into index.html (tools/csp.ts), the
//    fallback for hosts that send no headers (GitHub Pages); netlify.toml and vercel.json send the same policy.
import type { Plugin } from 'vite'
import type { VitePluginPWAAPI } from 'vite-plugin-pwa'
import process from 'node:process'
import { defineConfig } from 'vite'
import { sectorMapPlugin } from './data/vite-plugin.ts'
import { checkMapSlideFit } from './logic/map-slide.ts'
import { qrCode } from './logic/qr.ts'
import { PRINT_FEATURE_FLAG, PWA_PLUGIN_NAME } from './seam/slidev.ts'
import { clickerRelay } from './tools/clicker-relay.ts'
import { withCspMeta } from './tools/csp.ts'
import { readDeck } from './tools/deck'
import { normaliseSiteUrl, rewriteHead, socialMeta } from './tools/head-meta'
import { pacingPlugin } from './tools/pacing-check.ts'
import { readerPlugin } from './tools/reader.ts'
import { remoteGate } from './tools/remote.ts'
import { lateEntry, lateFiles } from './tools/sw-precache.ts'

function printView(): Plugin {
  return {
    name: 'deck:print-view',
    // After Slidev's own config hook, so that this flag wins.
    enforce: 'post',
    config: () => ({ define: { [PRINT_FEATURE_FLAG.value]: 'true' } }),
  }
}

function headMeta(): Plugin {
  return {
    name: 'deck:head-meta',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const deck = readDeck()
        return rewriteHead(html, socialMeta(deck.head, { siteUrl: normaliseSiteUrl(process.env.DECK_URL), canvas: deck.canvas }))
      },
    },
  }
}

function latePrecache(): Plugin {
  return {
    name: 'deck:late-precache',
    apply: 'build',
    // Not configResolved: vite-plugin-pwa resolves its options there, and Vite runs those hooks side by side.
    buildStart() {
      const pwa = this.environment.config.plugins.find(plugin => plugin.name === PWA_PLUGIN_NAME.value)
      const api = pwa?.api as VitePluginPWAAPI | undefined
      if (!api || api.disabled)
        return
      const entries = lateFiles(readDeck().head).map(lateEntry)
      api.extendManifestEntries(existing => [...existing.filter(entry => !entries.some(late => typeof entry !== 'string' && entry.url === late.url)), ...entries])
    },
  }
}

function csp(): Plugin {
  return {
    name: 'deck:csp',
    // The dev server injects inline styles and scripts of its own.
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: html => withCspMeta(html, readDeck().canvas),
    },
  }
}

const QR_MODULE = 'virtual:deck-qr'

function deckQr(): Plugin {
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

export default defineConfig({
  plugins: [sectorMapPlugin({ check: checkMapSlideFit }), printView(), headMeta(), pacingPlugin(), remoteGate(), clickerRelay(), readerPlugin(), latePrecache(), deckQr(), csp()],
})
