// deck:late-precache: adds placeholder entries for the PDF, og-image.png and first-paint.css to the service worker's
// precache list (Slidev's `pwa` option, vite-plugin-pwa): scripts/build.ts writes those files after `slidev build`
// and then gives them their revisions (tools/sw-precache.ts), so that a deck opened once has them offline.
//
//   latePrecache()   // vite.config.ts
import type { Plugin } from 'vite'
import type { VitePluginPWAAPI } from 'vite-plugin-pwa'
import { PWA_PLUGIN_NAME } from '../seam/slidev.ts'
import { readDeck } from '../tools/deck.ts'
import { lateEntry, lateFiles } from '../tools/sw-precache.ts'

export function latePrecache(): Plugin {
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
