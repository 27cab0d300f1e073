// The pure parts of export and hosting: the outline by section, PDF finishing, meta tags, command lines, and the
// headmatter settings they depend on.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { SECTION_LAYOUTS } from '../../logic/pacing'
import { normaliseBase, parseBuildArgs } from '../../scripts/build'
import { parseExportArgs, parseRange, UsageError } from '../../scripts/export'
import { loadDeck, parseAspectRatio, plainTitle, readDeck } from '../../tools/deck'
import { detectBase, ExportError, within } from '../../tools/exporter'
import { normaliseSiteUrl, OG_IMAGE_FILE, rewriteHead, socialMeta } from '../../tools/head-meta'
import { dateFromEpoch, finishPdf, outlineSize, outlineTree, readOutline } from '../../tools/pdf-finish'

const deck = readDeck()

describe('readDeck', () => {
  it('shows the slides that loadDeck reads, minus hidden ones, with plain titles', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-'))
    try {
      const file = join(dir, 'slides.md')
      writeFileSync(file, '---\ninfo: I\n---\n\n# One *a*\n\n<!-- n1 -->\n\n---\nhide: true\n---\n\n# Two\n\n---\n\n# Three &amp; <b>b</b>\n')
      expect(loadDeck(file).map(slide => slide.title)).toEqual(['One *a*', 'Two', 'Three &amp; <b>b</b>'])
      const shown = readDeck(file).slides
      expect(shown.map(slide => [slide.no, slide.title])).toEqual([[1, 'One a'], [2, 'Three & b']])
      expect(shown[0]!.note).toBe('n1')
    }
    finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('folds the multi-line info into a one-line description', () => {
    expect(deck.head.description.length).toBeGreaterThan(0)
    expect(deck.head.description).not.toMatch(/\n|\s{2}/)
  })

  it('offers as download the very file that npm run build prints (a file name, so Slidev does not export)', async () => {
    const { parseSync } = await import('@slidev/parser')
    const { readFileSync } = await import('node:fs')
    const { SLIDES_FILE } = await import('../../tools/deck')
    const head = parseSync(readFileSync(SLIDES_FILE, 'utf8'), SLIDES_FILE).slides[0]!.frontmatter
    expect(head.download).toBe(`${deck.head.exportFilename}.pdf`)
    expect(head.routerMode).toBe('hash')
  })

  it('reads aspect ratios as Slidev does, and rejects nonsense', () => {
    expect(parseAspectRatio('16/9')).toBeCloseTo(16 / 9)
    expect(parseAspectRatio('4:3')).toBeCloseTo(4 / 3)
    expect(parseAspectRatio(undefined)).toBeCloseTo(16 / 9)
    expect(() => parseAspectRatio('wide')).toThrow(/aspectRatio.*"wide"/)
  })

  it('makes plain titles from markup', () => {
    expect(plainTitle('The <span class="x">**web\'s**</span> [evolution](https://x.y)')).toBe('The web\'s evolution')
  })
})

describe('outlineTree', () => {
  const s = (no: number, title: string, layout = 'default') => ({ no, title, layout })

  it('nests slides under the section that opens them, and skips untitled slides', () => {
    const tree = outlineTree([s(1, 'Talk', 'cover'), s(2, 'Intro'), s(3, ''), s(4, 'Part 1', 'section'), s(5, 'A'), s(6, 'Bye', 'end')])
    expect(tree).toEqual([
      { title: 'Talk', no: 1, children: [{ title: 'Intro', no: 2, children: [] }] },
      { title: 'Part 1', no: 4, children: [{ title: 'A', no: 5, children: [] }] },
      { title: 'Bye', no: 6, children: [] },
    ])
    expect(outlineSize(tree)).toBe(5)
  })

  it('starts a top-level entry when the deck does not open with a section', () => {
    expect(outlineTree([s(1, 'A'), s(2, 'B')])).toEqual([{ title: 'A', no: 1, children: [{ title: 'B', no: 2, children: [] }] }])
  })

  it('covers every titled slide of our deck once, with one top-level entry per section slide', () => {
    const tree = outlineTree(deck.slides)
    const titled = deck.slides.filter(slide => slide.title)
    expect(outlineSize(tree)).toBe(titled.length)
    expect(tree.map(node => node.no)).toEqual(titled.filter(slide => SECTION_LAYOUTS.includes(slide.layout)).map(slide => slide.no))
  })
})

describe('finishPdf', () => {
  async function blank(pages: number): Promise<Uint8Array> {
    const doc = await PDFDocument.create()
    for (let i = 0; i < pages; i++)
      doc.addPage([735, 414])
    return doc.save()
  }
  const meta = { title: 'T', author: 'A', subject: 'S', keywords: ['k1', 'k two'], lang: 'en' }

  it('writes metadata and an outline that points at the right pages', async () => {
    const tree = outlineTree([{ no: 1, title: 'Cover', layout: 'cover' }, { no: 2, title: 'Ünïcode ’quote’', layout: 'default' }, { no: 3, title: 'Part', layout: 'section' }])
    // Slide 2 has two click steps: slide 3 starts on page index 3.
    const firstPage = [0, 1, 3]
    const bytes = await finishPdf(await blank(4), { meta, tree, firstPageOf: no => firstPage[no - 1]!, expectedPages: 4 })
    const doc = await PDFDocument.load(bytes)
    expect([doc.getTitle(), doc.getAuthor(), doc.getSubject(), doc.getKeywords()]).toEqual(['T', 'A', 'S', 'k1, k two'])
    expect(readOutline(doc)).toEqual([
      { title: 'Cover', page: 0, children: [{ title: 'Ünïcode ’quote’', page: 1, children: [] }] },
      { title: 'Part', page: 3, children: [] },
    ])
  })

  it('dates the PDF from SOURCE_DATE_EPOCH when given, and refuses a value that is not seconds', async () => {
    const date = dateFromEpoch('1764028800')!
    expect(date.toISOString()).toBe('2025-11-25T00:00:00.000Z')
    const doc = await PDFDocument.load(await finishPdf(await blank(1), { meta, tree: [], firstPageOf: () => 0, date }), { updateMetadata: false })
    expect([doc.getCreationDate()?.toISOString(), doc.getModificationDate()?.toISOString()]).toEqual([date.toISOString(), date.toISOString()])
    expect(dateFromEpoch(undefined)).toBeUndefined()
    expect(dateFromEpoch('')).toBeUndefined()
    expect(() => dateFromEpoch('yesterday')).toThrow(/SOURCE_DATE_EPOCH is "yesterday"; expected whole seconds/)
    expect(() => dateFromEpoch('1.5')).toThrow(/SOURCE_DATE_EPOCH/)
  })

  it('refuses a PDF whose page count is not the expected one', async () => {
    await expect(finishPdf(await blank(3), { meta, tree: [], firstPageOf: () => 0, expectedPages: 2 })).rejects.toThrow(/3 PDF pages for 2 slides/)
  })

  it('says which slide has no page', async () => {
    const tree = outlineTree([{ no: 1, title: 'Cover', layout: 'cover' }])
    await expect(finishPdf(await blank(1), { meta, tree, firstPageOf: () => 5 })).rejects.toThrow(/slide 1 has no page/)
  })
})

describe('head meta', () => {
  const broken = '<html><head><title>T</title>\n<meta name="description" content="&quot;A\\nB&quot;">\n<meta property="og:image" content="x.png">\n<meta name="viewport" content="w">\n</head><body></body></html>'

  it('replaces Slidev\'s quoted description and keeps unrelated tags', () => {
    const html = rewriteHead(broken, socialMeta(deck.head))
    expect(html.match(/name="description"/g)).toHaveLength(1)
    expect(html).toContain(`<meta name="description" content="${deck.head.description.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`)
    expect(html).not.toContain('&quot;A\\nB')
    expect(html).toContain('<meta name="viewport" content="w">')
    expect(html).toContain(`<meta property="og:image" content="${OG_IMAGE_FILE}">`)
  })

  it('makes og:image and og:url absolute when DECK_URL is set', () => {
    const site = normaliseSiteUrl('https://user.github.io/deck')
    expect(site).toBe('https://user.github.io/deck/')
    const tags = socialMeta(deck.head, { siteUrl: site, canvas: deck.canvas })
    expect(tags.find(tag => tag.id === 'og:image')?.content).toBe(`https://user.github.io/deck/${OG_IMAGE_FILE}`)
    expect(tags.find(tag => tag.id === 'og:url')?.content).toBe('https://user.github.io/deck/')
    expect(tags.find(tag => tag.id === 'og:image:height')?.content).toBe(String(Math.round(1200 * deck.canvas.height / deck.canvas.width)))
  })

  it('escapes attribute values and rejects a bad DECK_URL', () => {
    const html = rewriteHead('<head></head>', [{ key: 'name', id: 'description', content: 'a "b" <c> & d' }])
    expect(html).toContain('content="a &quot;b&quot; &lt;c&gt; &amp; d"')
    expect(() => normaliseSiteUrl('not a url')).toThrow(/DECK_URL/)
    expect(() => normaliseSiteUrl('ftp://x.y/')).toThrow(/http/)
    expect(normaliseSiteUrl('  ')).toBeUndefined()
  })
})

describe('command lines', () => {
  it('the README\'s commands table names every npm script', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    const { scripts } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }
    const table = readme.split('\n').filter(line => line.startsWith('| `npm '))
    const named = new Set(table.flatMap(line => [...line.matchAll(/`npm (?:run )?([\w:-]+)`/g)].map(match => match[1])))
    expect(Object.keys(scripts).filter(name => !named.has(name))).toEqual([])
  })

  it('export: defaults follow exportFilename; flags map to jobs', () => {
    const name = { name: 'talk', slides: 23 }
    expect(parseExportArgs([], name).job).toEqual({ kind: 'pdf', output: 'talk.pdf' })
    expect(parseExportArgs(['--with-clicks'], name).job).toEqual({ kind: 'clicks', output: 'talk-clicks.pdf' })
    expect(parseExportArgs(['--format', 'png'], name).job).toEqual({ kind: 'png', output: 'talk-png' })
    expect(parseExportArgs(['--format', 'notes', '-o', 'n.pdf'], name).job).toEqual({ kind: 'notes', output: 'n.pdf' })
    expect(parseExportArgs(['--format', 'handout'], name).job).toEqual({ kind: 'handout', output: 'talk-handout.pdf' })
    expect(parseExportArgs(['--format', 'html'], name).job).toEqual({ kind: 'html', output: 'talk.html' })
    expect(parseExportArgs(['--format', 'pptx', '--range', '2-3'], name)).toMatchObject({ job: { kind: 'pptx', output: 'talk.pptx' }, settings: { range: [2, 3] } })
    expect(parseExportArgs(['--format', 'handout', '--range', '3-4'], name).settings.range).toEqual([3, 4])
    expect(parseExportArgs(['--from', 'dist', '--dark', '--timeout', '5000', '--scale', '1'], name).settings)
      .toEqual({ from: 'dist', dark: true, timeoutMs: 5000, scale: 1 })
    expect(parseExportArgs(['--range', '2,10-11', '--format', 'png'], name).settings.range).toEqual([2, 10, 11])
  })

  it('export: bad options fail with the reason', () => {
    const x = { name: 'x', slides: 5 }
    expect(() => parseExportArgs(['--format', 'gif'], x)).toThrow(UsageError)
    expect(() => parseExportArgs(['--format', 'png', '--with-clicks'], x)).toThrow(/pdf only/)
    expect(() => parseExportArgs(['--timeout', 'soon'], x)).toThrow(/--timeout is "soon"/)
    expect(() => parseExportArgs(['--nope'], x)).toThrow(UsageError)
    expect(() => parseExportArgs(['--format', 'notes', '--range', '1'], x)).toThrow(/--range works with pdf, handout, png and pptx/)
    expect(() => parseExportArgs(['--range', '6'], x)).toThrow(/slide 6 does not exist; the deck has slides 1 to 5/)
    expect(() => parseExportArgs(['--format', 'html', '--dark'], x)).toThrow(/--dark does not apply to --format html/)
    expect(() => parseExportArgs(['--format', 'html', '--from', 'dist', '--range', '1'], x)).toThrow(/--from, --range do not apply/)
  })

  it('export: --range picks slides in order, once each, and refuses what it cannot mean', () => {
    expect(parseRange('3', 5)).toEqual([3])
    expect(parseRange('4-5, 1,2-3,2', 5)).toEqual([1, 2, 3, 4, 5])
    expect(parseRange('3-', 5)).toEqual([3, 4, 5])
    expect(parseRange('2-2', 5)).toEqual([2])
    expect(() => parseRange('0', 5)).toThrow(/slide 0 does not exist/)
    expect(() => parseRange('2-9', 5)).toThrow(/slide 9 does not exist/)
    expect(() => parseRange('4-2', 5)).toThrow(/"4-2" runs backwards; write 2-4/)
    expect(() => parseRange('1,,2', 5)).toThrow(/"" is not a slide number/)
    expect(() => parseRange('one', 5)).toThrow(UsageError)
    expect(() => parseRange('-3', 5)).toThrow(/"-3" is not a slide number/)
  })

  it('build: base from --base or DECK_BASE, normalised; other options pass through', () => {
    expect(parseBuildArgs([], {}).base).toBe('/')
    expect(parseBuildArgs([], { DECK_BASE: 'deck' }).base).toBe('/deck/')
    expect(parseBuildArgs(['--base', '/a/b'], { DECK_BASE: '/x/' }).base).toBe('/a/b/')
    expect(parseBuildArgs(['--base=/c/', '-o', 'site', '--without-notes', '--no-pdf'], {}))
      .toEqual({ help: false, base: '/c/', out: 'site', pdf: false, html: true, passThrough: ['--without-notes'] })
    expect(parseBuildArgs(['--no-html'], {}).html).toBe(false)
    expect(() => normaliseBase('https://x.y/')).toThrow(/not a full URL/)
    expect(() => parseBuildArgs(['--base'], {})).toThrow(/--base needs a value/)
    expect(() => parseBuildArgs(['--base', '--no-pdf'], {})).toThrow(/--base needs a value/)
    expect(() => parseBuildArgs(['-o'], {})).toThrow(/-o needs a value/)
    expect(() => parseBuildArgs(['--no-pdf=yes'], {})).toThrow(/--no-pdf takes no value/)
    expect(parseBuildArgs(['-h'], {}).help).toBe(true)
    // slidev build's own options, with their values, keep their order.
    expect(parseBuildArgs(['--theme', 'seriph', '--out', 'x', '--without-notes', 'slides.md'], {}).passThrough)
      .toEqual(['--theme', 'seriph', '--without-notes', 'slides.md'])
  })

  it('detects the base a deck was built for', () => {
    expect(detectBase('<script type="module" crossorigin src="/the-depin-portrait/assets/index-x.js"></script>')).toBe('/the-depin-portrait/')
    expect(detectBase('<script type="module" crossorigin src="/assets/index-x.js"></script>')).toBe('/')
    expect(() => detectBase('<html></html>')).toThrow(ExportError)
  })

  it('within() turns a step that never ends into an error with the message', async () => {
    await expect(within(new Promise(() => {}), 20, 'step X hung')).rejects.toThrow('step X hung')
    await expect(within(Promise.resolve(7), 1000, 'no')).resolves.toBe(7)
  })
})
