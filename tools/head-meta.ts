// Social and search meta tags for the hosted deck, from the headmatter (one source: slides.md).
//
//   const tags = socialMeta(readDeck().head, { siteUrl: process.env.DECK_URL })
//   html = rewriteHead(html, tags)                 // used by vite.config.ts on index.html, in dev and build
//
// Why: Slidev 52 writes `info` into <meta name="description"> through JSON.stringify, so the page carries literal
// quotes and "\n" (author and keywords get the quotes too). We replace these tags and add the image tags
// (og:image is dist/og-image.png, which `npm run build` renders from the title slide).
import type { DeckHead } from './deck'
import { escapeHtml } from './escape.ts'

/** The file `npm run build` writes next to index.html, rendered from slide 1. */
export const OG_IMAGE_FILE = 'og-image.png'
/** The files `npm run build` prints into the built deck after `slidev build`: the PDF download and og:image. */
export function printedFiles(head: Pick<DeckHead, 'exportFilename'>): string[] {
  return [`${head.exportFilename}.pdf`, OG_IMAGE_FILE]
}

/** og:image size in pixels: 1200 wide, the slide's 16:9 height. */
export const OG_IMAGE_WIDTH = 1200

export interface MetaTag {
  /** `name` for search tags, `property` for Open Graph ones. */
  key: 'name' | 'property'
  id: string
  content: string
}

export interface SocialOptions {
  /** Public URL of the deck, ending in '/' (e.g. https://user.github.io/the-depin-portrait/). */
  siteUrl?: string
  /** Slide canvas, for og:image:height. */
  canvas?: { width: number, height: number }
}

/** Normalises DECK_URL: must be http(s); a trailing '/' is added. Throws with the reason otherwise. */
export function normaliseSiteUrl(value: string | undefined): string | undefined {
  const raw = value?.trim()
  if (!raw)
    return undefined
  let url: URL
  try {
    url = new URL(raw)
  }
  catch {
    throw new Error(`DECK_URL is "${raw}": not a URL. Expected e.g. https://user.github.io/the-depin-portrait/`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`DECK_URL is "${raw}": expected an http(s) URL`)
  return url.href.endsWith('/') ? url.href : `${url.href}/`
}

export function socialMeta(head: DeckHead, options: SocialOptions = {}): MetaTag[] {
  const image = `${options.siteUrl ?? ''}${OG_IMAGE_FILE}`
  const ratio = options.canvas ? options.canvas.height / options.canvas.width : 9 / 16
  const tags: MetaTag[] = [
    { key: 'name', id: 'description', content: head.description },
    { key: 'name', id: 'author', content: head.author },
    { key: 'name', id: 'keywords', content: head.keywords.join(', ') },
    { key: 'property', id: 'og:type', content: 'website' },
    { key: 'property', id: 'og:title', content: head.title },
    { key: 'property', id: 'og:description', content: head.description },
    { key: 'property', id: 'og:image', content: image },
    { key: 'property', id: 'og:image:type', content: 'image/png' },
    { key: 'property', id: 'og:image:width', content: String(OG_IMAGE_WIDTH) },
    { key: 'property', id: 'og:image:height', content: String(Math.round(OG_IMAGE_WIDTH * ratio)) },
    { key: 'property', id: 'og:image:alt', content: `Title slide: ${head.title}` },
    { key: 'name', id: 'twitter:card', content: 'summary_large_image' },
    { key: 'name', id: 'twitter:title', content: head.title },
    { key: 'name', id: 'twitter:description', content: head.description },
    { key: 'name', id: 'twitter:image', content: image },
  ]
  if (options.siteUrl)
    tags.push({ key: 'property', id: 'og:url', content: options.siteUrl })
  return tags.filter(tag => tag.content)
}

/** Drops every <meta> that names one of `tags` (Slidev's broken ones included), then adds `tags` before </head>. */
export function rewriteHead(html: string, tags: readonly MetaTag[]): string {
  if (!html.includes('</head>'))
    throw new Error('rewriteHead: the HTML has no </head>')
  const ids = new Set(tags.map(tag => tag.id))
  const kept = html.replace(/[ \t]*<meta\b[^>]*>\n?/gi, (element) => {
    const id = element.match(/\b(?:name|property)\s*=\s*"([^"]*)"/i)?.[1]
    return id && ids.has(id) ? '' : element
  })
  const lines = tags.map(tag => `<meta ${tag.key}="${tag.id}" content="${escapeHtml(tag.content)}">`)
  return kept.replace('</head>', `${lines.join('\n')}\n</head>`)
}
