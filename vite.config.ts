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
// 5. deck:reader      writes reader/index.html, the deck as one accessible text page (tools/reader.ts); `slidev`
//    (dev) serves it at /reader/.
import type { Plugin } from 'vite'
import process from 'node:process'
import { defineConfig } from 'vite'
import { sectorMapPlugin } from './data/vite-plugin.ts'
import { checkMapSlideFit } from './logic/map-slide.ts'
import { readDeck } from './tools/deck'
import { normaliseSiteUrl, rewriteHead, socialMeta } from './tools/head-meta'
import { pacingPlugin } from './tools/pacing-check.ts'
import { readerPlugin } from './tools/reader.ts'
import { remoteGate } from './tools/remote.ts'

function printView(): Plugin {
  return {
    name: 'deck:print-view',
    // After Slidev's own config hook, so that this flag wins.
    enforce: 'post',
    config: () => ({ define: { __SLIDEV_FEATURE_PRINT__: 'true' } }),
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

export default defineConfig({
  plugins: [sectorMapPlugin({ check: checkMapSlideFit }), printView(), headMeta(), pacingPlugin(), remoteGate(), readerPlugin()],
})
