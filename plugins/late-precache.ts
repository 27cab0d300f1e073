// deck:late-precache: adds placeholder entries for the PDF and og-image.png to the service worker's precache list
// (Slidev's `pwa` option, vite-plugin-pwa): scripts/build.ts prints those files after `slidev build` and then gives
// them their revisions (seam/sw-precache.ts), so that a deck opened once has them offline.
//
//   latePrecache()   // vite.config.ts
import type { Plugin } from 'vite'
import { addPrecachePlaceholders } from '../seam/sw-precache.ts'
import { readDeck } from '../tools/deck.ts'
import { printedFiles } from '../tools/head-meta.ts'

export function latePrecache(): Plugin {
  return {
    name: 'deck:late-precache',
    apply: 'build',
    buildStart() {
      addPrecachePlaceholders(this, printedFiles(readDeck().head))
    },
  }
}
