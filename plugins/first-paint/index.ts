// deck:first-paint (build): the title slide painted from HTML, as one plugin. At the end of `slidev build`, once the
// deck and its service worker are written, it serves the built deck, opens slide 1 in Chromium and copies it into
// index.html (./capture.ts), with the app's tags held back and the inline script that starts them and takes the copy
// away (./html.ts). It owns the pieces that go with it:
//   - the copy's stylesheet, first-paint.css, in the service worker's precache list (seam/sw-precache.ts);
//   - the inline script's CSP hash, FIRST_PAINT_SCRIPT_SHA256 (./html.ts), which tools/csp.ts allows.
// Nothing in setup/ or the exporter knows of it.
//
//   firstPaint()   // vite.config.ts
//   DECK_FIRST_PAINT=off slidev build   // no copy (and no browser needed): `npm run build -- --no-pdf` sets it
import type { Plugin, ResolvedConfig } from 'vite'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { addPrecachePlaceholders, finishPrecache, refreshRevision } from '../../seam/sw-precache.ts'
import { isSingleFileBuild } from '../single-file.ts'
import { captureFirstPaint } from './capture.ts'
import { FIRST_PAINT_CSS } from './html.ts'

/** Set to `off` in the environment of `slidev build` for a build without the copy. */
export const FIRST_PAINT_ENV = 'DECK_FIRST_PAINT'

/** How long the copy may take: Chromium's start, and slide 1 shown with its fonts. */
const CAPTURE_TIMEOUT_MS = 60_000

export function firstPaint(): Plugin {
  let config: ResolvedConfig | undefined
  return {
    name: 'deck:first-paint',
    // Not in the one-file build (plugins/single-file.ts): it has no service worker, and the whole deck is in the file.
    apply: (_, env) => env.command === 'build' && !isSingleFileBuild(),
    configResolved(resolved) {
      config = resolved
    },
    buildStart() {
      addPrecachePlaceholders(this, [FIRST_PAINT_CSS])
    },
    // After vite-plugin-pwa's closeBundle has written sw.js (sequential, and later in the order).
    closeBundle: {
      sequential: true,
      order: 'post',
      async handler(error?: Error) {
        // A failed build has no deck to copy from: let its own error speak.
        if (error || !config || config.build.ssr)
          return
        const outDir = resolve(config.root, config.build.outDir)
        if (process.env[FIRST_PAINT_ENV] !== 'off') {
          try {
            // Loaded here, not with vite.config.ts: the dev server and other commands need no browser library.
            const { withDeckSession } = await import('../../tools/exporter.ts')
            await withDeckSession(outDir, { dark: false, timeoutMs: CAPTURE_TIMEOUT_MS }, session => captureFirstPaint(session, join(outDir, 'index.html')))
          }
          catch (error) {
            throw new Error(`first paint: slide 1 could not be copied into ${join(outDir, 'index.html')} (${FIRST_PAINT_ENV}=off builds without it): ${(error as Error).message}`)
          }
        }
        // Its revision, or (no copy) no entry; and index.html's, which Workbox took before the copy went in.
        finishPrecache(outDir, [FIRST_PAINT_CSS])
        refreshRevision(outDir, 'index.html')
      },
    },
  }
}
