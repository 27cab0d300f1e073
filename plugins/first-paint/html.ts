// The title slide painted from HTML: the build copies slide 1, as Chromium renders it, into dist/index.html, so that a
// visitor sees it before any script has run; the page's own script takes the copy away once the app shows slide 1.
// The plugin (./index.ts) runs it at the end of `slidev build`; this file is what goes into the page.
//
//   const capture = await page.evaluate(CAPTURE_FIRST_SLIDE) as FirstSlideCapture   // on `#/1`, once it is shown
//   html = withFirstPaint(html, capture, base)
//   writeFileSync(join(dist, FIRST_PAINT_CSS), firstPaintCss(capture))
//
// What index.html gets (the page loads nothing more before its first paint than it did; see docs/hosting.md, Slide 1 painted from HTML):
// - `<div id="dp-first-paint">` after `<div id="app">`: slide 1's markup (ids and inline styles taken out), scaled to
//   fit the window as Slidev's SlideContainer does (min of width and height ratios, centred, black around it).
// - its CSS in a small external file, first-paint.css (an external file, not a <style>: a strict
//   Content-Security-Policy then needs no hash for it): the rules that match the slide or its ancestors, in light and
//   dark, the @font-face rules of the fonts it shows (those fonts preloaded), and the positioning below.
// - on a narrow portrait screen, on a slide's route, the reader offer's bar (logic/reader-offer.ts) after the copy, with
//   the app's look for it (styles/reader-offer.css): a phone that opens any slide sees it before any script has run.
//   The app's own bar (global-bottom.vue) replaces it; FIRST_PAINT_SCRIPT dismisses it before then.
// - FIRST_PAINT_SCRIPT, inline in <head> (static text, so one CSP hash covers every build: FIRST_PAINT_SCRIPT_SHA256):
//   sets `dark`/`light` on <html> as Slidev will, and `dp-deep` when the URL names another route than slide 1
//   (`#/12`, `#/presenter/1`, `#/print`), which hides the copy before it is ever painted.
// - the app's own tags (its module script, module preloads and stylesheets) are held back: made inert (`data-dp-app`
//   keeps what they were; a script of an unknown type and a link of an unknown rel fetch nothing), so that on slide 1
//   nothing but the copy's CSS and fonts is fetched before the copy is painted. FIRST_PAINT_SCRIPT then starts them:
//   on slide 1 once the page has loaded, its first contentful paint is reported and the fonts its text uses are in
//   (`document.fonts.ready`: the load event does not wait for preloaded fonts, and on a busy machine the first paint
//   can be the copy's drawing before its text), on any other route as soon as the document is parsed. Preloads and
//   stylesheets first; the module script once the stylesheets have loaded (or failed), so that the app never shows
//   unstyled.
// - and it takes the copy out: at once on any other route (or when the route changes); on slide 1 once the app shows
//   it mounted, no longer loading, with its fonts loaded, and one more frame painted under the copy.
import { readFileSync } from 'node:fs'
import { READER_OFFER, readerHref, STATIC_READER_OFFER_ID } from '../../logic/reader-offer.ts'
import { COLOR_SCHEME_KEY, mountedSlide, slideFrame, slideScaleCss, SLIDEV_DOM } from '../../seam/slidev.ts'
import { hashSource } from '../../tools/csp-hash.ts'
import { escapeHtml } from '../../tools/escape.ts'

export const FIRST_PAINT_ID = 'dp-first-paint'
/** The class FIRST_PAINT_SCRIPT puts on <html> when the URL names another route than slide 1. */
const DEEP_LINK_CLASS = 'dp-deep'
/**
 * The class FIRST_PAINT_SCRIPT puts on <html> when the static reader offer must not show: not a slide's route, an
 * embedded or print view, or dismissed in this visit.
 */
export const NO_OFFER_CLASS = 'dp-no-offer'

/** Marks the app's held-back tags; its value is the script's type or the link's rel that they get back. */
export const APP_TAG = 'data-dp-app'

/** A performance mark FIRST_PAINT_SCRIPT sets when it starts the app's tags. */
const APP_START_MARK = 'dp-app-start'

/** On slide 1, the app starts this long after the load event if no first contentful paint was reported by then. */
const APP_START_FALLBACK_MS = 3000

/** A route that is slide 1: `#/1`, `#/`, `#1`, none; with or without a query. */
const SLIDE_ONE_HASH = String.raw`/^#\/?(1)?(\?|$)/`
/** A route that is a slide's, in the audience view: `#/12`, `#/`, none; with or without a query. */
const SLIDE_HASH = String.raw`/^#?\/?\d*(\?|$)/`
/** A query that makes a slide's route an embedded or print view. */
const NOT_AUDIENCE_QUERY = String.raw`/[?&](embedded|print)\b/`

/**
 * Runs before the first paint. Mirrors Slidev 52's logic/dark.ts (localStorage COLOR_SCHEME_KEY, else the OS),
 * marks a deep link, starts the app's held-back tags (see withFirstPaint), and takes the copy out when the app shows
 * slide 1 (or another route). Static text: its CSP hash is a constant of the build.
 */
export const FIRST_PAINT_SCRIPT = `(function(){var d=document.documentElement,s='auto';`
  + `try{s=localStorage.getItem('${COLOR_SCHEME_KEY.value}')||'auto'}catch(e){}`
  + `var dark=s==='auto'?matchMedia('(prefers-color-scheme: dark)').matches:s==='dark';`
  + `d.classList.toggle('dark',dark);d.classList.toggle('light',!dark);`
  + `var one=${SLIDE_ONE_HASH},deep=location.hash&&!one.test(location.hash);if(deep)d.classList.add('${DEEP_LINK_CLASS}');`
  // The static reader offer: only on a slide's route, until dismissed (its button works before the app is there).
  + `var h=location.hash,off=!${SLIDE_HASH}.test(h)||${NOT_AUDIENCE_QUERY}.test(h);`
  + `try{off=off||sessionStorage.getItem('${READER_OFFER.dismissedKey}')==='1'}catch(e){}if(off)d.classList.add('${NO_OFFER_CLASS}');`
  + `document.addEventListener('click',function(e){var b=e.target.closest&&e.target.closest('#${STATIC_READER_OFFER_ID} button');`
  + `if(!b)return;try{sessionStorage.setItem('${READER_OFFER.dismissedKey}','1')}catch(x){}b.parentNode.remove()});`
  // The copy goes once the app has painted slide 1 under it (two frames after it is there), or at once elsewhere.
  + `function shown(){return document.querySelector('${mountedSlide(1)}')&&!document.querySelector('#${SLIDEV_DOM.slideContent} .${SLIDEV_DOM.slideLoading}')&&document.fonts.status==='loaded'}`
  + `function watch(){var c=document.getElementById('${FIRST_PAINT_ID}');if(!c)return;`
  + `if(location.hash&&!one.test(location.hash)){c.remove();return}`
  + `if(shown()){requestAnimationFrame(function(){requestAnimationFrame(function(){c.remove()})});return}`
  + `requestAnimationFrame(watch)}`
  // Preloads and stylesheets at once, the module script once every stylesheet has loaded or failed.
  + `var started=0;function start(){if(started++)return;performance.mark('${APP_START_MARK}');var script,left=0;`
  + `function go(){if(script){script[0].replaceWith(script[1]);script=0;watch()}}`
  + `document.querySelectorAll('[${APP_TAG}]').forEach(function(o){`
  + `var n=document.createElement(o.tagName),k=o.getAttribute('${APP_TAG}');`
  + `for(var i=0;i<o.attributes.length;i++){var a=o.attributes[i];`
  + `if(a.name!=='${APP_TAG}'&&a.name!=='type'&&a.name!=='rel')n.setAttribute(a.name,a.value)}`
  + `if(n.tagName==='SCRIPT'){n.type=k;script=[o,n];return}`
  + `n.rel=k;if(k==='stylesheet'){left++;n.addEventListener('load',done);n.addEventListener('error',done)}o.replaceWith(n)});`
  + `function done(){if(--left===0)go()}if(!left)go()}`
  + `if(deep)document.addEventListener('DOMContentLoaded',start);`
  + `else addEventListener('load',function(){setTimeout(start,${APP_START_FALLBACK_MS});`
  + `try{new PerformanceObserver(function(l){if(l.getEntriesByName('first-contentful-paint').length)document.fonts.ready.then(start)})`
  + `.observe({type:'paint',buffered:true})}catch(e){start()}})})()`

/** For a CSP `script-src`: the hash of FIRST_PAINT_SCRIPT, the only inline script the build adds. */
export const FIRST_PAINT_SCRIPT_SHA256 = hashSource(FIRST_PAINT_SCRIPT)

export interface FirstSlideCapture {
  /** The static copy: `<div id="dp-first-paint">` with slide 1 inside. */
  markup: string
  /** Every rule it needs, URLs made absolute paths (base included). */
  css: string
  /** woff2 files of the fonts slide 1 shows, as absolute paths, to preload. */
  fonts: string[]
}

/**
 * The copy's stylesheet, beside index.html. A fixed name, so that the service worker's precache list can hold it
 * (./index.ts gives it the revision of its bytes once it is written); hosts revalidate it like
 * index.html (it is not under assets/, which they cache for a year).
 */
export const FIRST_PAINT_CSS = 'first-paint.css'

/** Whether a built index.html already carries the copy (the step must run once per `slidev build`). */
export function hasFirstPaint(html: string): boolean {
  return html.includes(`id="${FIRST_PAINT_ID}"`)
}

/** The static reader offer's bar: the markup of global-bottom.vue's, with an id and no data attribute of its own. */
export function staticReaderOffer(base: string): string {
  return `<aside id="${STATIC_READER_OFFER_ID}" class="reader-offer" aria-label="${escapeHtml(READER_OFFER.label)}">`
    + `<p>${escapeHtml(READER_OFFER.lead)} <a href="${escapeHtml(readerHref(base))}">${escapeHtml(READER_OFFER.link)}</a></p>`
    + `<button type="button" aria-label="${escapeHtml(READER_OFFER.dismiss)}">×</button></aside>`
}

/**
 * first-paint.css: the copy's rules, then the reader offer's look (styles/reader-offer.css, as the app has it) and
 * when its static bar shows: a narrow portrait screen, unless FIRST_PAINT_SCRIPT said otherwise. Its text waits for
 * the copy's own Inter (preloaded, font-display: block), so that it does not reflow when the fonts come.
 */
export function firstPaintCss(capture: FirstSlideCapture): string {
  const look = readFileSync(new URL('../../styles/reader-offer.css', import.meta.url), 'utf8')
  const id = `#${STATIC_READER_OFFER_ID}`
  return [
    capture.css,
    look,
    `${id}{display:none;font-family:"Inter ${FIRST_PAINT_ID}", Inter, system-ui, sans-serif}`,
    `@media ${READER_OFFER.query}{html:not(.${NO_OFFER_CLASS}) ${id}{display:flex}}`,
  ].join('\n')
}

/**
 * index.html with the copy of slide 1: the script, the CSS link and font preloads in <head>, the copy and the static
 * reader offer after `<div id="app"></div>`, and the app's own tags held back (its one module script, module preloads
 * and stylesheets; FIRST_PAINT_SCRIPT starts them). `base` is the deck's base path. Throws when the page is not the
 * Slidev index.html it expects (one module script), or already has the copy.
 */
export function withFirstPaint(html: string, capture: FirstSlideCapture, base: string): string {
  if (hasFirstPaint(html))
    throw new Error('index.html already has the first-paint copy of slide 1: rebuild the deck first')
  const app = '<div id="app"></div>'
  if (!html.includes('</head>') || !html.includes(app))
    throw new Error('index.html has no </head> or <div id="app"></div>: is it a Slidev build?')
  const rest = html
    // The app's stylesheets: applied when FIRST_PAINT_SCRIPT starts the app, so they never block the copy's paint.
    .replace(/<link\s([^>]*)rel="stylesheet"([^>]*)>/gi, (_, before: string, after: string) =>
      `<link ${before}rel="x-dp-app" ${APP_TAG}="stylesheet"${after}>`)
    .replace(/<link\s([^>]*)rel="modulepreload"([^>]*)>/gi, (_, before: string, after: string) =>
      `<link ${before}rel="x-dp-app" ${APP_TAG}="modulepreload"${after}>`)
    .replace(/<script\s([^>]*)type="module"([^>]*)><\/script>/gi, (_, before: string, after: string) =>
      `<script ${before}type="text/x-dp-app" ${APP_TAG}="module"${after}></script>`)
  const scripts = rest.split(`${APP_TAG}="module"`).length - 1
  if (scripts !== 1)
    throw new Error(`index.html has ${scripts} <script type="module" src=...>, not one: is it a Slidev build? (FIRST_PAINT_SCRIPT starts one)`)
  const head = [
    `<script>${FIRST_PAINT_SCRIPT}</script>`,
    `<link rel="stylesheet" href="${base}${FIRST_PAINT_CSS}">`,
    ...capture.fonts.map(font => `<link rel="preload" as="font" type="font/woff2" crossorigin href="${font}">`),
  ]
  return rest
    // After <meta charset> and the viewport, before the app's tags: the browser fetches the copy's CSS and fonts first.
    .replace(/<title>|<\/head>/, match => `${head.join('\n')}\n${match}`)
    .replace(app, `${app}\n${capture.markup}\n${staticReaderOffer(base)}`)
}

/**
 * A page expression (a string, so the page gets it as written): on the deck at `#/1`, once slide 1 is shown with its
 * fonts, returns a FirstSlideCapture.
 */
export const CAPTURE_FIRST_SLIDE = `(() => {
  const ID = '${FIRST_PAINT_ID}'
  const content = document.querySelector('#${SLIDEV_DOM.slideContent}')
  const slide = content && content.querySelector('${slideFrame(1)}')
  if (!slide) throw new Error('slide 1 is not shown in #${SLIDEV_DOM.slideContent}')
  const container = content.parentElement
  const ancestors = []
  for (let n = slide.parentElement; n; n = n.parentElement) ancestors.push(n)
  const elements = [slide, ...slide.querySelectorAll('*'), ...ancestors]

  // Which rules apply: a selector list is tested on every element, with user-action pseudo-classes and
  // pseudo-elements taken out (a rule for ::before or :hover of an element of the slide is kept), once as the page
  // is and once with the other colour scheme's class on <html>.
  const html = document.documentElement
  const own = html.className
  const schemes = [own, own.includes('dark') ? own.replace('dark', 'light') : own.replace('light', 'dark')]
  const loose = /(?:::?(?:before|after|marker|placeholder|selection|first-line|first-letter|backdrop|file-selector-button|-webkit-[\\w-]+|-moz-[\\w-]+)|:(?:hover|focus-visible|focus-within|focus|active|visited))/g
  const memo = new Map()
  const applies = (selectorText) => {
    if (memo.has(selectorText)) return memo.get(selectorText)
    // A pseudo that stood alone (\`*, ::before\`) leaves \`*\` behind; one that ended a compound (\`a:hover\`), nothing.
    const plain = selectorText.replace(loose, (_, at, all) => /[\\s,>+~(]/.test(all[at - 1] || ' ') ? '*' : '')
    let hit = false
    for (const scheme of schemes) {
      html.className = scheme
      try { hit = elements.some(el => el.matches(plain)) }
      catch { hit = false }
      if (hit) break
    }
    html.className = own
    memo.set(selectorText, hit)
    return hit
  }
  const animations = new Set(elements.flatMap(el => getComputedStyle(el).animationName.split(',').map(s => s.trim())))
  const faces = [...document.fonts].filter(face => face.status === 'loaded')
  const unquote = s => s.trim().replace(/^["']|["']$/g, '')
  const fonts = []
  const absolute = (cssText, base) => cssText.replace(/url\\((["']?)([^"')]+)\\1\\)/g, (all, q, url) => {
    if (url.startsWith('data:')) return all
    const resolved = new URL(url, base)
    return resolved.origin === location.origin ? 'url(' + resolved.pathname + ')' : all
  })
  const keep = (rules, base) => {
    const out = []
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule) {
        if (applies(rule.selectorText)) out.push(absolute(rule.cssText, base))
      }
      else if (rule instanceof CSSFontFaceRule) {
        const family = unquote(rule.style.getPropertyValue('font-family'))
        const weight = rule.style.getPropertyValue('font-weight') || '400'
        const style = rule.style.getPropertyValue('font-style') || 'normal'
        if (!faces.some(face => unquote(face.family) === family && face.weight === weight && face.style === style)) continue
        // Under a family of its own (the app's stylesheet, loaded later, declares the same faces again, with swap:
        // the copy would then show a fallback until they load, and reflow), and with block, not swap: the copy's text
        // waits (preloaded) for its font rather than reflow when it arrives.
        const text = absolute(rule.cssText, base).replace(/font-display:\\s*[\\w-]+/, 'font-display: block')
          .replace(/font-family:\\s*[^;]+/, 'font-family: "' + family + ' ' + ID + '"')
        out.push(text)
        const woff2 = /url\\(([^)]+)\\)\\s*format\\(["']woff2["']\\)/.exec(text)
        if (woff2) fonts.push(woff2[1].replace(/["']/g, ''))
      }
      else if (rule instanceof CSSKeyframesRule) {
        if (animations.has(rule.name)) out.push(rule.cssText)
      }
      else if (rule.cssRules && (rule instanceof CSSMediaRule || rule instanceof CSSSupportsRule || (window.CSSLayerBlockRule && rule instanceof CSSLayerBlockRule) || (window.CSSContainerRule && rule instanceof CSSContainerRule))) {
        const inner = keep(rule.cssRules, base)
        if (inner.length) out.push(rule.cssText.slice(0, rule.cssText.indexOf('{')) + '{' + inner.join('') + '}')
      }
      else if ((window.CSSLayerStatementRule && rule instanceof CSSLayerStatementRule) || (window.CSSPropertyRule && rule instanceof CSSPropertyRule)) {
        out.push(rule.cssText)
      }
    }
    return out
  }
  const css = []
  for (const sheet of document.styleSheets) {
    if (sheet.ownerNode && sheet.ownerNode.id === ID) continue
    let rules
    try { rules = sheet.cssRules } catch { continue }
    css.push(...keep(rules, sheet.href || location.href))
  }

  // The copy: wrappers with the classes and scoped-style attributes of Slidev's, no ids, no inline styles (a strict
  // CSP would refuse them: each becomes a class of its own).
  const attrs = (el) => [...el.attributes].filter(a => a.name === 'class' || a.name.startsWith('data-v-'))
    .map(a => ' ' + a.name + '="' + a.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;') + '"').join('')
  const copy = slide.cloneNode(true)
  const originals = [slide, ...slide.querySelectorAll('*')]
  const families = new Map()
  const loadedFamilies = new Set(faces.map(face => unquote(face.family)))
  let styled = 0
  for (const [index, el] of [copy, ...copy.querySelectorAll('*')].entries()) {
    // Text in a web font: the copy's own family first (see the @font-face rules above).
    const stack = getComputedStyle(originals[index]).fontFamily
    const first = unquote(stack.split(',')[0])
    if (loadedFamilies.has(first)) {
      if (!families.has(stack)) {
        families.set(stack, 'dp-fp-f' + (families.size + 1))
        css.push('#' + ID + ' .' + families.get(stack) + '{font-family:"' + first + ' ' + ID + '", ' + stack + '}')
      }
      el.classList.add(families.get(stack))
    }
    el.removeAttribute('id')
    el.removeAttribute('frontmatter')
    const style = el.getAttribute('style')
    if (style) {
      const name = 'dp-fp-s' + (++styled)
      el.classList.add(name)
      css.push('#' + ID + ' .' + name + '{' + style + '}')
      el.removeAttribute('style')
    }
  }
  const width = content.offsetWidth
  const height = content.offsetHeight
  // SlideContainer: scale = min(container width / slide width, container height / slide height), slide centred.
  // The container is the copy itself (fixed, the whole window); container units give its size to the scale.
  const scale = ${JSON.stringify(slideScaleCss('WIDTH', 'HEIGHT'))}.replace('WIDTH', width).replace('HEIGHT', height)
  css.push(
    '#' + ID + '{position:fixed;inset:0;z-index:100;overflow:hidden;container-type:size;background:var(${SLIDEV_DOM.slideContainerBackground}, black)}',
    '#' + ID + '>.${SLIDEV_DOM.slideContentClass}{width:' + width + 'px;height:' + height + 'px;${SLIDEV_DOM.slideScaleVar}:' + scale + ';transform:translate(-50%, -50%) scale(var(${SLIDEV_DOM.slideScaleVar}))}',
    'html.${DEEP_LINK_CLASS} #' + ID + '{display:none}',
    // The app lays slide 1 out under the copy, and reflows it when its fonts come: hidden, it shifts nothing visible.
    // So is all else the app puts in <body> until the copy goes, but the reader offer's bar (which waits for its
    // fonts): it takes the static one's place.
    'body:has(> #' + ID + ') > :not(#' + ID + '):not(.reader-offer){visibility:hidden}',
  )
  const markup = '<div id="' + ID + '"' + attrs(container) + '><div' + attrs(content) + '>' + copy.outerHTML + '</div></div>'
  return { markup, css: css.join('\\n'), fonts: [...new Set(fonts)] }
})()`
