// deck:csp (build only): writes the Content-Security-Policy <meta> into index.html (tools/csp.ts), the fallback for
// hosts that send no headers (GitHub Pages); netlify.toml and vercel.json send the same policy.
//
//   csp()   // vite.config.ts
import type { Plugin } from 'vite'
import { withCspMeta } from '../tools/csp.ts'
import { readDeck } from '../tools/deck.ts'

export function csp(): Plugin {
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
