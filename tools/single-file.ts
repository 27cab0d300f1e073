// `npm run export:html`: the deck as one HTML file that presents from a USB stick, opened by double-click (file://)
// in Chromium or Firefox with no network. `slidev build` with DECK_SINGLE_FILE=1 inlines every script, style, font and
// image (plugins/single-file.ts); finishSingleFile then makes the page whole for file://.
//
//   const report = await exportSingleFile('the-depin-portrait.html', { timeoutMs: 300_000 })
//   const html = finishSingleFile(builtIndexHtml, { favicon: svgText, canvas })   // pure: what the build leaves
//
// What finishSingleFile does to the built index.html:
// - its policy: nothing may load from anywhere (`default-src 'none'`); the inline scripts and styles by hash, Slidev's
//   run-time style texts by hash (seam/runtime-styles.ts); fonts and images as data: URLs.
// - the favicon as a data: URL, and no web app manifest (neither has a file beside it).
// - the fonts' WOFF fallbacks out: every browser that runs the deck takes the WOFF2 (half the fonts' bytes).
import type { Canvas } from '../seam/runtime-styles.ts'
import { Buffer } from 'node:buffer'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { SINGLE_FILE_ENV } from '../plugins/single-file.ts'
import { runtimeStyles } from '../seam/runtime-styles.ts'
import { hashSource } from './csp-hash.ts'
import { PROJECT_ROOT, readDeck } from './deck.ts'
import { buildDeck, ExportError, writeOutput } from './export/session.ts'

export interface SingleFileReport {
  output: string
  bytes: number
  gzipBytes: number
}

export interface SingleFileInput {
  /** public/favicon.svg's text. */
  favicon: string
  canvas: Canvas
}

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi
const CSP_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/i
const WOFF_FALLBACK = /,\s*url\(data:font\/woff;base64,[\w+/=]+\)\s*format\(["']?woff["']?\)/g

/** The file's policy: nothing from anywhere, its own inline code by hash, data: fonts and images. */
export function singleFilePolicy(html: string, canvas: Canvas): string {
  const scripts = [...html.matchAll(INLINE_SCRIPT)].filter(match => !/\bsrc=/.test(match[1]!)).map(match => hashSource(match[2]!))
  const styles = [...html.matchAll(INLINE_STYLE)].map(match => hashSource(match[1]!))
  const runtime = runtimeStyles(canvas).map(style => hashSource(style.css))
  const directives: [string, string[]][] = [
    ['default-src', [`'none'`]],
    ['script-src', [...new Set(scripts)]],
    ['style-src', [...new Set([...styles, ...runtime])]],
    ['img-src', ['data:', 'blob:']],
    ['font-src', ['data:']],
    ['object-src', [`'none'`]],
    ['base-uri', [`'none'`]],
    ['form-action', [`'none'`]],
  ]
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ')
}

/** The built one-file index.html, made whole for file:// (see the top of this file). Throws on a page it does not know. */
export function finishSingleFile(html: string, input: SingleFileInput): string {
  if (!CSP_META.test(html))
    throw new ExportError('the one-file build has no Content-Security-Policy <meta> (plugins/csp.ts): is it a build of this deck?')
  const external = [...html.matchAll(/<(?:script|link)\s[^>]*?(?:src|href)="(?!data:)([^"]+)"[^>]*>/gi)]
    .map(match => match[1]!)
    .filter(url => !/favicon\.svg$|manifest\.webmanifest$/.test(url))
  if (external.length)
    throw new ExportError(`the one-file build still loads files: ${external.join(', ')} (vite-plugin-singlefile left them out)`)
  const favicon = `data:image/svg+xml;base64,${Buffer.from(input.favicon, 'utf8').toString('base64')}`
  const page = html
    .replace(/<link rel="manifest"[^>]*>/gi, '')
    .replace(/<link rel="icon" href="[^"]*">/i, `<link rel="icon" href="${favicon}">`)
    .replace(WOFF_FALLBACK, '')
  return page.replace(CSP_META, `<meta http-equiv="Content-Security-Policy" content="${singleFilePolicy(page.replace(CSP_META, ''), input.canvas)}">`)
}

/** Builds the deck as one file and writes it to `output`. */
export async function exportSingleFile(output: string, options: { timeoutMs: number }): Promise<SingleFileReport> {
  const temp = mkdtempSync(join(tmpdir(), 'depin-html-'))
  try {
    const outDir = join(temp, 'deck')
    await buildDeck(outDir, { timeoutMs: options.timeoutMs, env: { [SINGLE_FILE_ENV]: '1' } })
    const html = finishSingleFile(readFileSync(join(outDir, 'index.html'), 'utf8'), {
      favicon: readFileSync(join(PROJECT_ROOT, 'public', 'favicon.svg'), 'utf8'),
      canvas: readDeck().canvas,
    })
    const bytes = new TextEncoder().encode(html)
    writeOutput(output, bytes)
    return { output, bytes: bytes.length, gzipBytes: gzipSync(bytes).length }
  }
  finally {
    rmSync(temp, { recursive: true, force: true })
  }
}
