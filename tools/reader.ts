// The reader view: slides.md as one static, accessible HTML page (reader/index.html in the build), for phones, screen
// readers and search engines. Every shown slide in order, with its title, its content as plain HTML, its speaker
// notes as a transcript and a link to the slide in the deck; a table of contents; inline CSS, no script, no request.
//
//   import { readerHtml, readReaderInput } from './tools/reader'
//   readerHtml(readReaderInput())       // the page; plugins/reader.ts emits it in `slidev build` and serves it in dev
//   readerHtml(readReaderInput())      // the page as a string (pure: readerHtml takes everything it needs)
//
// Slide content is rendered with markdown-it, as Slidev does. Vue components never reach the page as tags: the
// diagrams become their text (the sector map and the architecture as nested lists from data/depin.yaml), the
// project lists and category cards their text, icons and other decoration are dropped, wrappers such as <v-clicks>
// are unwrapped, and any other component becomes a sentence pointing to its slide. The page links to the deck with
// relative URLs (`../#/N`), so it works under any base path.
import type { SectorMap } from '../data/schema.ts'
import { readFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import process from 'node:process'
import { Parser } from 'htmlparser2'
import MarkdownIt from 'markdown-it'
import { loadSectorMapFile } from '../data/load.ts'
import { categoriesUnder, projectIndex } from '../data/model.ts'
import { hashSource } from './csp-hash.ts'
import { loadDeck, plainTitle, PROJECT_ROOT, readDeck } from './deck.ts'
import { escapeHtml } from './escape.ts'
import { normaliseSiteUrl } from './head-meta.ts'

/** Where the page goes in the build output, relative to the base. */
export const READER_PATH = 'reader/index.html'

interface ReaderSlide {
  /** 1-based, as in the deck's URL. */
  no: number
  /** The slide's title as written (markdown/HTML allowed), '' when none. */
  title: string
  /** The slide's markdown, without frontmatter. */
  source: string
  /** The speaker notes (markdown). */
  note: string
}

export interface ReaderInput {
  title: string
  description: string
  author: string
  lang: string
  /** The deck's favicon as a path from the base (e.g. `favicon.svg`), if any. */
  favicon?: string
  /** The public URL of the deck (`DECK_URL`, normalised, ending in `/`), for the page's canonical URL. */
  siteUrl?: string
  slides: ReaderSlide[]
  map: SectorMap
  /** Route aliases (`routeAlias` frontmatter) -> slide no, to link diagram entries to their slides. */
  aliases: ReadonlyMap<string, number>
  /** The text of a `<<< @/path` snippet, by its path from the project root. */
  snippet: (path: string) => string
}

/** Everything the page is made of, read from slides.md, data/depin.yaml and the snippets folder. */
export function readReaderInput(root = PROJECT_ROOT, siteUrl = normaliseSiteUrl(process.env.DECK_URL)): ReaderInput {
  const slidesFile = join(root, 'slides.md')
  const { head } = readDeck(slidesFile)
  const all = loadDeck(slidesFile)
  const shown = all.filter(slide => !slide.frontmatter.hide && !slide.frontmatter.disabled)
  const slides = shown.map((slide, index) => ({ no: index + 1, title: slide.title, source: slide.source, note: slide.note }))
  const aliases = new Map(shown.flatMap((slide, index) =>
    slide.frontmatter.routeAlias ? [[String(slide.frontmatter.routeAlias), index + 1] as const] : []))
  const favicon = all[0]?.frontmatter.favicon
  return {
    title: head.title,
    description: head.description,
    author: head.author,
    lang: head.lang,
    favicon: typeof favicon === 'string' && favicon.startsWith('/') && !favicon.startsWith('//') ? favicon.slice(1) : undefined,
    siteUrl,
    slides,
    map: loadSectorMapFile(join(root, 'data/depin.yaml'), 'data/depin.yaml'),
    aliases,
    snippet: path => readFileSync(join(root, path), 'utf8'),
  }
}

// --- components as text -------------------------------------------------------------------------------------------

type Attributes = Record<string, string>

function deckHref(target: string | number): string {
  return `../#/${encodeURI(String(target))}`
}

function projectLinks(input: ReaderInput, ids: readonly string[]): string {
  const index = projectIndex(input.map)
  return [...new Set(ids)].map((id) => {
    const project = index.get(id)
    if (!project)
      return escapeHtml(id)
    const name = escapeHtml(project.name)
    return project.url ? `<a href="${escapeHtml(project.url)}">${name}</a>` : name
  }).join(', ')
}

function categoryLabel(input: ReaderInput, label: string, category: string | undefined): string {
  const no = category ? input.aliases.get(category) : undefined
  return no ? `<a href="${deckHref(no)}">${escapeHtml(label)}</a>` : escapeHtml(label)
}

function architectureHtml(input: ReaderInput): string {
  const { services, depin } = input.map.architecture
  const more = (flag: boolean | undefined) => flag ? '<li>and more</li>' : ''
  const items = (list: { label: string, category?: string }[], flag: boolean | undefined) =>
    `<ul>${list.map(item => `<li>${categoryLabel(input, item.label, item.category)}</li>`).join('')}${more(flag)}</ul>`
  return `<figure class="diagram"><figcaption>Diagram: the core components of ${escapeHtml(depin.name)}, in three layers, from the top</figcaption><ol>`
    + `<li>${escapeHtml(services.name)}, which run on ${escapeHtml(depin.name)}:<ul>${services.items.map(item => `<li>${escapeHtml(item)}</li>`).join('')}${more(services.more)}</ul></li>`
    + `<li>${escapeHtml(depin.deNetworks.name)}:${items(depin.deNetworks.items, depin.deNetworks.more)}</li>`
    + `<li>${escapeHtml(depin.pinNetworks.name)}:${items(depin.pinNetworks.items, depin.pinNetworks.more)}</li>`
    + `</ol></figure>`
}

function sectorMapHtml(input: ReaderInput): string {
  const networks = input.map.networks.map(network => `<li>${escapeHtml(network.name)}<ul>${network.groups.map(group =>
    `<li>${escapeHtml(group.name)}<ul>${group.categories.map(category =>
      `<li>${categoryLabel(input, category.name, category.id)}: ${projectLinks(input, category.projects)}</li>`).join('')}</ul></li>`).join('')}</ul></li>`)
  return `<figure class="diagram"><figcaption>Diagram: the DePIN sector map, networks, groups, categories and their projects</figcaption><ul>${networks.join('')}</ul></figure>`
}

function categoryCardsHtml(input: ReaderInput, of: string, level: number): string {
  return categoriesUnder(input.map, of).map(category =>
    `<h${level}>${escapeHtml(category.name)}</h${level}><p>${escapeHtml(category.functions)}</p><p>Projects: ${projectLinks(input, category.projects)}</p>`).join('')
}

/** The text of a component, or undefined when it has none (decoration, or unknown: see `renderComponent`). */
function renderComponent(input: ReaderInput, name: string, attributes: Attributes, level: number): string | undefined {
  switch (name) {
    case 'ArchitectureDiagram': return architectureHtml(input)
    case 'SectorMap':
    case 'SectorMapSlide': return sectorMapHtml(input)
    case 'CategoryCards': return attributes.of ? categoryCardsHtml(input, attributes.of, level) : undefined
    case 'ProjectList': return attributes.of ? projectLinks(input, categoriesUnder(input.map, attributes.of).flatMap(c => c.projects)) : undefined
    default: return undefined
  }
}

// --- slide HTML ----------------------------------------------------------------------------------------------------

/** HTML elements kept (without their attributes, but for the ones below); every other tag is unwrapped or replaced. */
const KEPT = new Set((
  'a abbr b blockquote br code dd del div dl dt em figcaption figure h1 h2 h3 h4 h5 h6 hr i kbd li mark ol p pre s '
  + 'section small span strong sub sup table tbody td tfoot th thead tr u ul'
).split(' '))
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])
const KEPT_ATTRIBUTES: Record<string, string[]> = { a: ['href', 'title'], abbr: ['title'], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan', 'scope'] }

function isComponent(name: string): boolean {
  return /^[A-Z]/.test(name) || name.includes('-') || !KEPT.has(name.toLowerCase())
}

function safeHref(href: string): string | undefined {
  if (href.startsWith('#/'))
    return `../${href}`
  if (/^(?:https?:|mailto:)/i.test(href) || href.startsWith('#'))
    return href
  return undefined
}

/**
 * Rendered slide HTML made safe for the page: headings one level down (the slide's title is the section's h2), the
 * title heading itself dropped, components replaced by their text or unwrapped, attributes reduced to a few.
 * Tokenized by htmlparser2 (tag names and attributes as written, entities left as they are); comments go.
 */
function cleanSlideHtml(input: ReaderInput, html: string, no: number): string {
  let out = ''
  let titleDropped = false
  let level = 3
  /** For each open element, what its end tag writes ('' for nothing). */
  const open: string[] = []
  /** While an element and its content are dropped: the depth of `open` at which dropping ends. */
  let skipUntil: number | undefined
  const parser = new Parser({
    ontext(text) {
      if (skipUntil === undefined)
        out += text
    },
    onopentag(rawName, attributes) {
      const name = rawName.toLowerCase()
      const empty = VOID.has(name) || /\/\s*>$/.test(html.slice(parser.startIndex, parser.endIndex + 1))
      open.push('')
      if (skipUntil !== undefined)
        return
      // The slide's title is the section heading; decoration goes, with its content.
      if ((name === 'h1' && !titleDropped) || attributes['aria-hidden'] === 'true') {
        titleDropped ||= name === 'h1'
        skipUntil = open.length - 1
        return
      }
      if (isComponent(rawName)) {
        const rendered = renderComponent(input, rawName, attributes, level)
        if (rendered !== undefined)
          out += rendered
        else if (name === 'img' && attributes.alt)
          out += escapeHtml(attributes.alt)
        else if (empty && /^[A-Z]/.test(rawName))
          out += ` <a class="more" href="${deckHref(no)}">(${escapeHtml(rawName.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase())}: shown on slide ${no})</a> `
        return
      }
      const heading = name.match(/^h([1-6])$/)
      const tag = heading ? `h${Math.min(6, Number(heading[1]) + 1)}` : name
      if (heading)
        level = Math.min(6, Number(heading[1]) + 2)
      const kept = (KEPT_ATTRIBUTES[name] ?? []).flatMap((key) => {
        const value = attributes[key]
        if (value === undefined)
          return []
        const safe = key === 'href' ? safeHref(value) : value
        return safe === undefined ? [] : [` ${key}="${escapeHtml(safe).replace(/&amp;(\w+;|#\d+;)/g, '&$1')}"`]
      })
      out += `<${tag}${kept.join('')}>`
      open[open.length - 1] = empty ? '' : `</${tag}>`
    },
    onclosetag() {
      const end = open.pop() ?? ''
      if (skipUntil === undefined)
        out += end
      else if (open.length === skipUntil)
        skipUntil = undefined
    },
  }, { lowerCaseTags: false, lowerCaseAttributeNames: false, recognizeSelfClosing: true, decodeEntities: false })
  parser.write(html)
  parser.end()
  return out
}

const SNIPPET = /^<<<\s*@\/(\S+)(?:\s+\[[^\]]*\])?(?:\s+\{[^}]*\})?\s*$/gm

function markdown(html: boolean): MarkdownIt {
  return new MarkdownIt({ html, linkify: false, typographer: false })
}

/** A slide's content: markdown to HTML (snippets inlined as code), then cleaned. */
function slideHtml(input: ReaderInput, slide: ReaderSlide): string {
  const source = slide.source
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(SNIPPET, (_, path: string) => {
      const file = path.replace(/#.*$/, '')
      const fence = '~~~~'
      return `${fence}${extname(file).slice(1)}\n${input.snippet(file).replace(/\n$/, '')}\n${fence}`
    })
  return cleanSlideHtml(input, markdown(true).render(source), slide.no)
}

/** Speaker notes as transcript paragraphs: markdown without raw HTML, click markers gone. */
export function transcriptHtml(note: string): string {
  const text = note.replace(/\[click(?::\d+)?\]\s*/gi, '').trim()
  return text ? markdown(false).render(text) : ''
}

// --- the page ------------------------------------------------------------------------------------------------------

export const READER_CSS = `
:root{color-scheme:light dark;--ink:#0f172a;--muted:#41506a;--bg:#fff;--surface:#eef2fb;--border:#b8c4dc;--link:#2343c9}
@media (prefers-color-scheme:dark){:root{--ink:#e6ebf5;--muted:#a9b5cc;--bg:#121212;--surface:#1b2338;--border:#3a4766;--link:#8fa8ff}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;overflow-wrap:anywhere}
a{color:var(--link)}
a:focus-visible{outline:2px solid var(--link);outline-offset:2px}
.skip{position:absolute;left:-9999px}.skip:focus{left:1rem;top:1rem;background:var(--bg);padding:.5rem}
header,main,nav.toc,footer{max-width:42rem;margin:0 auto;padding:0 1rem}
header{padding-top:1.5rem}
h1{font-size:1.75rem;line-height:1.2;margin:.5rem 0}
h2{font-size:1.375rem;line-height:1.25;margin:0 0 .5rem}
h3,h4,h5,h6{font-size:1.125rem;margin:1.25rem 0 .25rem}
.lead,.muted,figcaption{color:var(--muted)}
nav.toc{border-block:1px solid var(--border);padding-block:.5rem 1rem}
nav.toc ol{padding-left:2rem;margin:0}
main>section{border-bottom:1px solid var(--border);padding:1.75rem 0}
.no{color:var(--muted);font-weight:400}
.open{margin:0 0 1rem}
figure{margin:1rem 0;padding:.75rem 1rem;background:var(--surface);border-radius:.5rem}
figure ul,figure ol{padding-left:1.25rem}
pre{background:var(--surface);padding:.75rem;border-radius:.5rem;white-space:pre-wrap;font-size:.9375rem}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.transcript{border-left:3px solid var(--border);padding-left:1rem;margin-top:1.25rem}
footer{padding-block:1.5rem 2rem;color:var(--muted)}
`.trim()

/** The CSP source for the page's one inline style (`'sha256-...'`), for a policy that allows no other inline style. */
export function readerStyleHash(): string {
  return hashSource(READER_CSS)
}

export function readerHtml(input: ReaderInput): string {
  const titled = input.slides.map(slide => ({ ...slide, plain: plainTitle(slide.title) || `Slide ${slide.no}` }))
  const toc = titled.map(slide => `<li><a href="#slide-${slide.no}">${escapeHtml(slide.plain)}</a></li>`).join('')
  const sections = titled.map((slide) => {
    const notes = transcriptHtml(slide.note)
    return [
      `<section id="slide-${slide.no}" aria-labelledby="slide-${slide.no}-title">`,
      `<h2 id="slide-${slide.no}-title"><span class="no">${slide.no}.</span> ${escapeHtml(slide.plain)}</h2>`,
      `<p class="open"><a href="${deckHref(slide.no)}" data-slide="${slide.no}">Slide ${slide.no} in the deck</a></p>`,
      slideHtml(input, slide),
      notes ? `<div class="transcript"><h3>Transcript</h3>${notes}</div>` : '',
      '</section>',
    ].join('')
  }).join('\n')
  const icon = input.favicon ? `<link rel="icon" href="../${escapeHtml(input.favicon)}">\n` : ''
  const canonical = input.siteUrl ? `<link rel="canonical" href="${escapeHtml(new URL('reader/', input.siteUrl).href)}">\n` : ''
  return `<!doctype html>
<html lang="${escapeHtml(input.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.title)}: reader view</title>
<meta name="description" content="${escapeHtml(input.description)}">
${input.author ? `<meta name="author" content="${escapeHtml(input.author)}">\n` : ''}${icon}${canonical}<style>${READER_CSS}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the slides</a>
<header>
<h1>${escapeHtml(input.title)}</h1>
<p class="lead">${escapeHtml(input.description)}</p>
<p>The talk as text: every slide with its transcript. <a href="../#/1">Open the slide deck</a>.</p>
</header>
<nav class="toc" aria-labelledby="toc-title">
<h2 id="toc-title">Contents</h2>
<ol>${toc}</ol>
</nav>
<main id="main">
${sections}
</main>
<footer><p>${input.author ? `${escapeHtml(input.author)}. ` : ''}<a href="../#/1">Back to the slide deck</a></p></footer>
</body>
</html>
`
}

/** `slidev build` writes reader/index.html; `slidev` (dev) serves it at `<base>reader/`. */
