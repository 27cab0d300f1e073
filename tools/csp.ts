// The hosted deck's Content-Security-Policy and security headers: one source for the <meta> fallback that the build
// writes into index.html (vite.config.ts; GitHub Pages sends no headers) and for the headers in netlify.toml and
// vercel.json (written by `npm run deploy-config`; tests/unit/deploy-config.test.ts checks that they are current).
//
//   contentSecurityPolicy(readDeck().canvas, 'meta')     // for <meta http-equiv>: no frame-ancestors there
//   securityHeaders(readDeck().canvas)                   // { 'Content-Security-Policy': ..., ... } for the hosts
//
// Only the deck's own origin: no eval, and no inline script but the first paint's static one, by hash. The one
// exception by kind: images may be data: URLs, as Slidev's controls draw their icons with CSS masks of inline SVG
// (UnoCSS icons). The deck's own <style> elements and the reader page's one <style> are allowed by hash: Slidev inserts
// its own at run time with fixed text (seam/runtime-styles.ts), so a hash of each is enough; anything else inline is
// refused. The texts are read from the installed Slidev (seam/runtime-styles.ts), never copied: when Slidev changes
// one, its hash follows, and when one cannot be found the build stops and names it. tests/browser/csp.browser.test.ts
// serves the built deck with these headers and walks it with zero violations.
import type { Canvas } from '../seam/runtime-styles.ts'
import { FIRST_PAINT_SCRIPT_SHA256 } from '../plugins/first-paint/html.ts'
import { runtimeStyles } from '../seam/runtime-styles.ts'
import { hashSource } from './csp-hash.ts'
import { readerStyleHash } from './reader.ts'

export { hashSource } from './csp-hash.ts'

export type Delivery = 'header' | 'meta'

/** The policy's directives in order; a <meta> policy leaves out what browsers ignore there (frame-ancestors). */
export function cspDirectives(canvas: Canvas, delivery: Delivery): [string, string[]][] {
  // The reader page (reader/index.html, tools/reader.ts) has one static inline <style>: its hash too.
  const styles = [...new Set([...runtimeStyles(canvas).map(style => hashSource(style.css)), readerStyleHash()])]
  const directives: [string, string[]][] = [
    ['default-src', [`'self'`]],
    // The one inline script: the first paint's static <head> script (plugins/first-paint/), by hash.
    ['script-src', [`'self'`, FIRST_PAINT_SCRIPT_SHA256]],
    ['style-src', [`'self'`, ...styles]],
    ['img-src', [`'self'`, 'data:']],
    ['font-src', [`'self'`]],
    ['connect-src', [`'self'`]],
    ['worker-src', [`'self'`]],
    ['manifest-src', [`'self'`]],
    ['object-src', [`'none'`]],
    ['base-uri', [`'self'`]],
    ['form-action', [`'none'`]],
  ]
  if (delivery === 'header')
    directives.push(['frame-ancestors', [`'none'`]])
  return directives
}

export function contentSecurityPolicy(canvas: Canvas, delivery: Delivery): string {
  return cspDirectives(canvas, delivery).map(([name, values]) => `${name} ${values.join(' ')}`).join('; ')
}

/** Every header the hosts send with every file of the deck. */
export function securityHeaders(canvas: Canvas): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(canvas, 'header'),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  }
}

/** index.html with the <meta> policy as the first element after <meta charset> (a policy covers what follows it). */
export function withCspMeta(html: string, canvas: Canvas): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(canvas, 'meta')}">`
  const charset = /<meta\s+charset=[^>]*>\n?/i.exec(html)
  if (!charset)
    throw new Error('withCspMeta: index.html has no <meta charset>')
  if (/http-equiv="Content-Security-Policy"/i.test(html))
    throw new Error('withCspMeta: index.html already has a Content-Security-Policy <meta>')
  const at = charset.index + charset[0].length
  return `${html.slice(0, at)}${meta}\n${html.slice(at)}`
}

export type { Canvas }
