// Vite settings that Slidev 52 merges into its own (dev server, `slidev build` and `slidev export`): the deck's
// plugins, one file each in plugins/, each headed by what it does.
//
//   sector-map     validates data/depin.yaml and serves it as typed data; refuses a map that would not fit its slide
//   print-view     keeps Slidev's print view in the built deck (our exporter prints through it)
//   head-meta      writes the description and social tags from the headmatter
//   pacing         refuses time budgets that do not fit the talk's planned length
//   remote-gate    dev server, with DECK_REMOTE_PASSWORD (npm run present): other machines need the password
//   clicker        dev server: relays the phone's intents to the one window that applies them
//   reader         writes reader/index.html, the deck as one accessible text page
//   late-precache  adds the PDF and og-image.png to the service worker's precache list
//   qr             serves `virtual:deck-qr`, the QR code of DECK_URL, computed at build time
//   drawings       serves `virtual:deck-drawings`, every drawing laid out at build time (no font metrics in the browser)
//   csp            (build) writes the Content-Security-Policy <meta> into index.html
//   first-paint    (build, last) copies slide 1 into index.html, painted before any script runs (plugins/first-paint/)
//   twoslash       (seam/) serves TwoSlash's popups empty when no slide has a twoslash code block
//   vue-runtime    (seam/, build) Vue's runtime build instead of Slidev's full build: every template is precompiled
//   single-file    (build, DECK_SINGLE_FILE=1 only) everything inlined into index.html: npm run export:html
import { defineConfig } from 'vite'
import { checkMapSlideFit } from './logic/map-slide.ts'
import { clickerRelay } from './plugins/clicker.ts'
import { csp } from './plugins/csp.ts'
import { drawingsPlugin } from './plugins/drawings.ts'
import { firstPaint } from './plugins/first-paint/index.ts'
import { headMeta } from './plugins/head-meta.ts'
import { latePrecache } from './plugins/late-precache.ts'
import { pacingPlugin } from './plugins/pacing.ts'
import { printView } from './plugins/print-view.ts'
import { deckQr } from './plugins/qr.ts'
import { readerPlugin } from './plugins/reader.ts'
import { remoteGate } from './plugins/remote-gate.ts'
import { sectorMapPlugin } from './plugins/sector-map.ts'
import { singleFile } from './plugins/single-file.ts'
import { THEME_HELPER } from './seam/theme.ts'
import { twoslashWhenUsed } from './seam/twoslash.ts'
import { vueRuntimeOnly } from './seam/vue-runtime.ts'

export default defineConfig({
  // Pre-bundled from the start: the cover layout imports the theme's layoutHelper, which Vite's first scan of the app
  // does not reach. Found on a first visit instead, it made Vite bundle again and reload every open window (at a
  // talk, the audience's); tests/browser/phone.browser.test.ts opens the windows on a fresh bundle to check. (The
  // same helper from @slidev/client's public entry would add four chunks to the first load: 3 to 7 modulepreloads.)
  optimizeDeps: { include: [THEME_HELPER.value] },
  plugins: [sectorMapPlugin({ check: checkMapSlideFit }), printView(), headMeta(), pacingPlugin(), remoteGate(), clickerRelay(), readerPlugin(), latePrecache(), deckQr(), drawingsPlugin(), csp(), twoslashWhenUsed({ deck: 'slides.md' }), vueRuntimeOnly(), firstPaint(), ...singleFile()],
})
