// deck:head-meta: writes the description and social tags (og:*, twitter:*) from the headmatter (tools/head-meta.ts).
// Set DECK_URL (the public URL of the deck) to make og:image and og:url absolute.
//
//   headMeta()   // vite.config.ts
import type { Plugin } from 'vite'
import process from 'node:process'
import { readDeck } from '../tools/deck.ts'
import { normaliseSiteUrl, rewriteHead, socialMeta } from '../tools/head-meta.ts'

export function headMeta(): Plugin {
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
