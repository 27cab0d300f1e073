// The index.html rewrite of the first paint (plugins/first-paint/html.ts): where each piece goes, and what it refuses.
import { describe, expect, it } from 'vitest'
import { APP_TAG, FIRST_PAINT_CSS, FIRST_PAINT_ID, FIRST_PAINT_SCRIPT, FIRST_PAINT_SCRIPT_SHA256, hasFirstPaint, withFirstPaint } from '../../plugins/first-paint/html'
import { preloadedAssets } from '../../tools/bench-lib'

const SLIDEV_INDEX = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Deck</title>
  <script type="module" crossorigin src="/b/assets/index-1.js"></script>
  <link rel="modulepreload" crossorigin href="/b/assets/vue-3.js">
  <link rel="stylesheet" crossorigin href="/b/assets/index-2.css">
</head>
<body>
  <div id="app"></div>
</body>
</html>`
const CAPTURE = { markup: `<div id="${FIRST_PAINT_ID}"><h1>Title</h1></div>`, css: 'h1{color:red}', fonts: ['/b/assets/inter.woff2'] }

describe('withFirstPaint', () => {
  const html = withFirstPaint(SLIDEV_INDEX, CAPTURE, '/b/assets/first-paint-x.css')

  it('puts the script, the copy\'s CSS and font preloads after the charset, before the app\'s script', () => {
    const at = (text: string) => html.indexOf(text)
    expect(at('<meta charset')).toBeLessThan(at(FIRST_PAINT_SCRIPT))
    expect(at(FIRST_PAINT_SCRIPT)).toBeLessThan(at('href="/b/assets/first-paint-x.css"'))
    expect(at('href="/b/assets/first-paint-x.css"')).toBeLessThan(at('src="/b/assets/index-1.js"'))
    expect(html).toContain('<link rel="preload" as="font" type="font/woff2" crossorigin href="/b/assets/inter.woff2">')
  })

  it('puts the copy right after the app\'s mount point', () => {
    expect(html).toContain(`<div id="app"></div>\n${CAPTURE.markup}`)
    expect(hasFirstPaint(html)).toBe(true)
  })

  it('holds the app\'s own tags back, each marked with what it becomes, still counted as first-load bytes', () => {
    // Nothing left that fetches: no module script, no module preload, no app stylesheet.
    expect(html).not.toMatch(/type="module"|rel="modulepreload"|rel="stylesheet" crossorigin|rel="preload" as="style"/)
    expect(html).toContain(`<script type="text/x-dp-app" ${APP_TAG}="module" crossorigin src="/b/assets/index-1.js"></script>`)
    expect(html).toContain(`<link rel="x-dp-app" ${APP_TAG}="modulepreload" crossorigin href="/b/assets/vue-3.js">`)
    // The stylesheets come back as stylesheets when the script starts the app.
    expect(html).toContain(`<link rel="x-dp-app" ${APP_TAG}="stylesheet" crossorigin href="/b/assets/index-2.css">`)
    expect(preloadedAssets(html)).toEqual(['/b/assets/first-paint-x.css', '/b/assets/index-1.js', '/b/assets/vue-3.js', '/b/assets/index-2.css'])
  })

  it('refuses a page that has the copy already, or is not a Slidev index.html', () => {
    expect(() => withFirstPaint(html, CAPTURE, '/x.css')).toThrow(/already has/)
    expect(() => withFirstPaint('<html><body></body></html>', CAPTURE, '/x.css')).toThrow(/Slidev build/)
    expect(() => withFirstPaint('<html><head></head><body><div id="app"></div></body></html>', CAPTURE, '/x.css')).toThrow(/has 0 <script type="module"/)
    // The inline script starts one module script: a second would never run.
    const two = SLIDEV_INDEX.replace('</head>', '<script type="module" src="/b/assets/other.js"></script>\n</head>')
    expect(() => withFirstPaint(two, CAPTURE, '/x.css')).toThrow(/has 2 <script type="module"/)
  })
})

describe('the first-paint script', () => {
  it('is one static text with a stable CSP hash, and names slide 1 routes as not deep', () => {
    expect(FIRST_PAINT_SCRIPT_SHA256).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/)
    const pattern = new RegExp(FIRST_PAINT_SCRIPT.match(/var one=\/(.+?)\/,/)![1]!)
    for (const hash of ['#/', '#/1', '#/1?clicks=0', '#'])
      expect(pattern.test(hash), hash).toBe(true)
    for (const hash of ['#/12', '#/10', '#/presenter/1', '#/print', '#/overview', '#/storage'])
      expect(pattern.test(hash), hash).toBe(false)
  })

  it('puts the CSS in a file of a fixed name (the service worker precaches it by name)', () => {
    expect(FIRST_PAINT_CSS).toMatch(/^[\w-]+\.css$/)
  })
})
