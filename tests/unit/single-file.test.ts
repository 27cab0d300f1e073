// The one-file deck's last step (tools/single-file.ts) and where its reader link leads (plugins/reader.ts,
// logic/reader-offer.ts): on a page shaped like the one-file build's.
import { Buffer } from 'node:buffer'
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { readerLink } from '../../logic/reader-offer'
import { builtReaderUrl } from '../../plugins/reader'
import { singleFileName } from '../../plugins/single-file'
import { runtimeStyles } from '../../seam/runtime-styles'
import { finishSingleFile, singleFilePolicy } from '../../tools/single-file'

const CANVAS = { width: 980, height: 551.25 }
const SCRIPT = 'console.log("deck")'
const STYLE = '@font-face{font-family:Inter;src:url(data:font/woff2;base64,AAAA) format("woff2"), url(data:font/woff;base64,BBBB) format("woff")}'
const BUILT = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'">
<link rel="icon" href="./favicon.svg">
<script type="module" crossorigin>${SCRIPT}</script>
<style rel="stylesheet" crossorigin>${STYLE}</style>
<link rel="manifest" href="/manifest.webmanifest"></head>
<body><div id="app"></div></body>
</html>`
const FAVICON = '<svg xmlns="http://www.w3.org/2000/svg"/>'
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

describe('finishSingleFile', () => {
  const html = finishSingleFile(BUILT, { favicon: FAVICON, canvas: CANVAS })
  const policy = /content="([^"]*)"/.exec(html.match(/<meta http-equiv="Content-Security-Policy"[^>]*>/)![0])![1]!

  it('allows nothing from anywhere: its own inline script and styles by hash, Slidev\'s run-time styles, data: fonts', () => {
    expect(policy).toMatch(/^default-src 'none'; /)
    expect(policy).toContain(`script-src ${sha(SCRIPT)};`)
    const shrunk = STYLE.replace(', url(data:font/woff;base64,BBBB) format("woff")', '')
    expect(policy).toContain(`style-src ${sha(shrunk)} `)
    for (const style of runtimeStyles(CANVAS))
      expect(policy).toContain(sha(style.css))
    expect(policy).toContain('font-src data:;')
    expect(policy).not.toMatch(/'self'|'unsafe-/)
  })

  it('inlines the favicon, drops the manifest and the fonts\' WOFF fallbacks', () => {
    expect(html).toContain(`<link rel="icon" href="data:image/svg+xml;base64,${Buffer.from(FAVICON).toString('base64')}">`)
    expect(html).not.toContain('manifest')
    expect(html).not.toContain('data:font/woff;')
    expect(html).toContain('data:font/woff2;base64,AAAA')
  })

  it('refuses a page that still loads a file, or has no policy to replace', () => {
    expect(() => finishSingleFile(BUILT.replace('</head>', '<script type="module" src="./assets/x.js"></script></head>'), { favicon: FAVICON, canvas: CANVAS }))
      .toThrow(/still loads files: \.\/assets\/x\.js/)
    expect(() => finishSingleFile(BUILT.replace(/<meta http-equiv[^>]*>/, ''), { favicon: FAVICON, canvas: CANVAS })).toThrow(/no Content-Security-Policy/)
  })

  it('hashes every inline script and style it finds, not a fixed list', () => {
    const two = `<script>a()</script><script src="x.js"></script><style>b{}</style><style>c{}</style>`
    const directives = singleFilePolicy(two, CANVAS)
    expect(directives).toContain(`script-src ${sha('a()')};`)
    expect(directives).toContain(`style-src ${sha('b{}')} ${sha('c{}')}`)
  })
})

describe('where the reader link leads', () => {
  it('beside the deck in a hosted build; the hosted deck\'s reader, or none, in the one file', () => {
    expect(builtReaderUrl(false, 'https://example.org/deck/')).toBe('')
    expect(builtReaderUrl(true, 'https://example.org/deck/')).toBe('https://example.org/deck/reader/')
    expect(builtReaderUrl(true, undefined)).toBeNull()
    expect(readerLink('/base/', '')).toBe('/base/reader/')
    expect(readerLink('./', 'https://example.org/deck/reader/')).toBe('https://example.org/deck/reader/')
    expect(readerLink('./', null)).toBeNull()
  })

  it('names the one file after exportFilename', () => {
    expect(singleFileName('the-talk')).toBe('the-talk.html')
  })
})
