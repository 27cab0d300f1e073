// The index.html rewrite of the first paint (plugins/first-paint/html.ts): where each piece goes, and what it refuses.
import { describe, expect, it } from 'vitest'
import { READER_OFFER, STATIC_READER_OFFER_ID } from '../../logic/reader-offer'
import { APP_TAG, FIRST_PAINT_CSS, FIRST_PAINT_ID, FIRST_PAINT_SCRIPT, FIRST_PAINT_SCRIPT_SHA256, firstPaintCss, hasFirstPaint, NO_OFFER_CLASS, staticReaderOffer, withFirstPaint } from '../../plugins/first-paint/html'
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
  const html = withFirstPaint(SLIDEV_INDEX, CAPTURE, '/b/')

  it('puts the script, the copy\'s CSS and font preloads after the charset, before the app\'s script', () => {
    const at = (text: string) => html.indexOf(text)
    expect(at('<meta charset')).toBeLessThan(at(FIRST_PAINT_SCRIPT))
    expect(at(FIRST_PAINT_SCRIPT)).toBeLessThan(at('href="/b/first-paint.css"'))
    expect(at('href="/b/first-paint.css"')).toBeLessThan(at('src="/b/assets/index-1.js"'))
    expect(html).toContain('<link rel="preload" as="font" type="font/woff2" crossorigin href="/b/assets/inter.woff2">')
  })

  it('puts the copy right after the app\'s mount point, and the static reader offer after it', () => {
    expect(html).toContain(`<div id="app"></div>\n${CAPTURE.markup}\n${staticReaderOffer('/b/')}`)
    expect(hasFirstPaint(html)).toBe(true)
  })

  it('gives the static reader offer the app\'s words and a link to the reader under the base path', () => {
    const offer = staticReaderOffer('/b/')
    expect(offer).toContain(`id="${STATIC_READER_OFFER_ID}" class="reader-offer" aria-label="${READER_OFFER.label}"`)
    expect(offer).toContain(`<a href="/b/reader/">${READER_OFFER.link}</a>`)
    expect(offer).toContain(`<button type="button" aria-label="${READER_OFFER.dismiss}">`)
    // global-bottom.vue's bar carries the data attribute the tests find it by; the static one must not.
    expect(offer).not.toContain('data-reader-offer')
  })

  it('holds the app\'s own tags back, each marked with what it becomes, still counted as first-load bytes', () => {
    // Nothing left that fetches: no module script, no module preload, no app stylesheet.
    expect(html).not.toMatch(/type="module"|rel="modulepreload"|rel="stylesheet" crossorigin|rel="preload" as="style"/)
    expect(html).toContain(`<script type="text/x-dp-app" ${APP_TAG}="module" crossorigin src="/b/assets/index-1.js"></script>`)
    expect(html).toContain(`<link rel="x-dp-app" ${APP_TAG}="modulepreload" crossorigin href="/b/assets/vue-3.js">`)
    // The stylesheets come back as stylesheets when the script starts the app.
    expect(html).toContain(`<link rel="x-dp-app" ${APP_TAG}="stylesheet" crossorigin href="/b/assets/index-2.css">`)
    expect(preloadedAssets(html)).toEqual(['/b/first-paint.css', '/b/assets/index-1.js', '/b/assets/vue-3.js', '/b/assets/index-2.css'])
  })

  it('refuses a page that has the copy already, or is not a Slidev index.html', () => {
    expect(() => withFirstPaint(html, CAPTURE, '/')).toThrow(/already has/)
    expect(() => withFirstPaint('<html><body></body></html>', CAPTURE, '/')).toThrow(/Slidev build/)
    expect(() => withFirstPaint('<html><head></head><body><div id="app"></div></body></html>', CAPTURE, '/')).toThrow(/has 0 <script type="module"/)
    // The inline script starts one module script: a second would never run.
    const two = SLIDEV_INDEX.replace('</head>', '<script type="module" src="/b/assets/other.js"></script>\n</head>')
    expect(() => withFirstPaint(two, CAPTURE, '/')).toThrow(/has 2 <script type="module"/)
  })
})

describe('the first-paint script', () => {
  it('is one static text with a stable CSP hash, and names slide 1 routes as not deep', () => {
    expect(FIRST_PAINT_SCRIPT_SHA256).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/)
    const pattern = new RegExp(FIRST_PAINT_SCRIPT.match(/var one=\/(.+?)\/,/)![1]!)
    for (const hash of ['#/', '#/1', '#/1?clicks=0', '#'])
      expect(pattern.test(hash), hash).toBe(true)
    for (const hash of ['#/12', '#/10', '#/presenter/1', '#/print', '#/overview', '#/storage'])
      expect(pattern.test(hash), hash).toBe(false)
  })

  it('hides the static reader offer off a slide\'s route, in embedded or print views, and once dismissed', () => {
    const slide = new RegExp(FIRST_PAINT_SCRIPT.match(/off=!\/(.+?)\/\.test/)![1]!)
    const view = new RegExp(FIRST_PAINT_SCRIPT.match(/\|\|\/(\[.+?)\/\.test\(h\)/)![1]!)
    const shown = (hash: string) => slide.test(hash) && !view.test(hash)
    for (const hash of ['', '#/', '#/1', '#/12', '#/12?clicks=2', '#12'])
      expect(shown(hash), hash).toBe(true)
    for (const hash of ['#/presenter/1', '#/notes/1', '#/print', '#/overview', '#/phone', '#/3?embedded=true', '#/1?print=clicks'])
      expect(shown(hash), hash).toBe(false)
    expect(FIRST_PAINT_SCRIPT).toContain(`sessionStorage.getItem('${READER_OFFER.dismissedKey}')==='1'`)
    expect(FIRST_PAINT_SCRIPT).toContain(`d.classList.add('${NO_OFFER_CLASS}')`)
  })

  it('shows the static reader offer on the app\'s screens, in the app\'s look, unless the script hides it', () => {
    const css = firstPaintCss(CAPTURE)
    expect(css.startsWith(CAPTURE.css)).toBe(true)
    expect(css).toContain('.reader-offer {')
    expect(css).toContain(`@media ${READER_OFFER.query}{html:not(.${NO_OFFER_CLASS}) #${STATIC_READER_OFFER_ID}{display:flex}}`)
  })

  it('puts the CSS in a file of a fixed name (the service worker precaches it by name)', () => {
    expect(FIRST_PAINT_CSS).toMatch(/^[\w-]+\.css$/)
  })
})
