// `npm run build [-- options]`: the hostable web deck. `slidev build`, then the PDF it offers for download and the
// og:image, both printed from the fresh build by tools/exporter.ts, and the deck as one HTML file, also offered for
// download (tools/single-file.ts). `--help` for options.
//
//   npm run build                                   -> dist/ for the site root
//   npm run build -- --base /the-depin-portrait/    -> dist/ for https://user.github.io/the-depin-portrait/
import { join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { FIRST_PAINT_ENV } from '../plugins/first-paint/index.ts'
import { singleFileName } from '../plugins/single-file.ts'
import { finishPrecache, unfinishedPlaceholders } from '../seam/sw-precache'
import { BrowserNotFoundError, resolveBrowser } from '../tools/browser'
import { readDeck } from '../tools/deck'
import { buildDeck, ExportError, runExports } from '../tools/exporter'
import { normaliseSiteUrl, OG_IMAGE_FILE, printedFiles } from '../tools/head-meta'
import { isMain } from '../tools/main'
import { exportSingleFile } from '../tools/single-file'

export const BUILD_USAGE = `Usage: npm run build [-- options]

  Builds the web deck (slidev build, hash routing: any static host, no rewrites), then prints into it, in the
  Chromium that tools/browser.ts resolves: NAME.pdf (the deck's "Download as PDF" button) and og-image.png (the
  title slide, 1200 px wide, for og:image / twitter:image). Then NAME.html, the deck as one file that presents
  offline by double-click (a second build; its button sits beside the PDF's; see npm run export:html).

Options:
  --base <path>     public path the deck is served under, e.g. /the-depin-portrait/ (default: $DECK_BASE or /)
  --out, -o <dir>   output folder (default dist)
  --no-pdf          skip the PDF, og-image.png and slide 1's HTML copy (no browser needed); the download button
                    then finds no file
  --no-html         skip NAME.html, the one-file deck (a second build); its download button then finds no file
  -h, --help        this text
  Any other option goes to slidev build, e.g. --without-notes.

Env:
  DECK_BASE         default for --base
  DECK_URL          public URL of the deck (e.g. https://user.github.io/the-depin-portrait/): makes og:image and
                    og:url absolute, as social sites want them, and puts a QR code to it on the closing slide.
                    Without it og:image is relative and there is no QR code.
  CHROMIUM_PATH     the browser to use (see docs/exporting.md, Browser)
  SOURCE_DATE_EPOCH date the PDF with this time (seconds since 1970) instead of now`

export interface BuildCommand {
  help: boolean
  base: string
  out: string
  pdf: boolean
  html: boolean
  passThrough: string[]
}

/** '/x' or 'x/' or '/x/' -> '/x/'. Throws on a URL or odd characters. */
export function normaliseBase(value: string): string {
  const trimmed = value.trim()
  if (!/^[\w\-./~]*$/.test(trimmed))
    throw new Error(`--base is "${value}"; expected a path such as /the-depin-portrait/ (not a full URL)`)
  const inner = trimmed.replace(/^\/+|\/+$/g, '')
  return inner ? `/${inner}/` : '/'
}

const BUILD_OPTIONS = {
  'base': { type: 'string' },
  'out': { type: 'string', short: 'o' },
  'no-pdf': { type: 'boolean' },
  'no-html': { type: 'boolean' },
  'help': { type: 'boolean', short: 'h' },
} as const

/**
 * Our options, read by `parseArgs`; every other argument goes to `slidev build` unchanged and in order. Not strict,
 * so that parseArgs does not refuse slidev's options, which means it also lets a value be missing or a flag take one:
 * those are checked here, with the option named.
 */
export function parseBuildArgs(argv: readonly string[], env: Record<string, string | undefined>): BuildCommand {
  const command: BuildCommand = { help: false, base: normaliseBase(env.DECK_BASE ?? '/'), out: 'dist', pdf: true, html: true, passThrough: [] }
  const { tokens } = parseArgs({ args: [...argv], options: BUILD_OPTIONS, strict: false, allowPositionals: true, tokens: true })
  const ours = new Set<number>()
  for (const token of tokens) {
    if (token.kind !== 'option' || !Object.hasOwn(BUILD_OPTIONS, token.name))
      continue
    const name = token.name as keyof typeof BUILD_OPTIONS
    ours.add(token.index)
    if (BUILD_OPTIONS[name].type === 'boolean') {
      if (token.value !== undefined)
        throw new Error(`${token.rawName} takes no value`)
      if (name === 'no-pdf')
        command.pdf = false
      else if (name === 'no-html')
        command.html = false
      else
        command.help = true
      continue
    }
    // parseArgs, not strict, takes the next argument as the value even when it is an option (`--base --no-pdf`).
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))
      throw new Error(`${token.rawName} needs a value`)
    if (!token.inlineValue)
      ours.add(token.index + 1)
    if (name === 'base')
      command.base = normaliseBase(token.value)
    else
      command.out = token.value
  }
  command.passThrough = argv.filter((_, index) => !ours.has(index))
  return command
}

async function main(): Promise<number> {
  let command: BuildCommand
  try {
    command = parseBuildArgs(process.argv.slice(2), process.env)
    normaliseSiteUrl(process.env.DECK_URL)
  }
  catch (error) {
    console.error(`build: ${(error as Error).message}\n\n${BUILD_USAGE}`)
    return 2
  }
  if (command.help) {
    console.log(BUILD_USAGE)
    return 0
  }
  const { head } = readDeck()
  try {
    console.log(`build: slidev build --out ${command.out} --base ${command.base}`)
    // Without a browser, the build's last step (plugins/first-paint/) makes no copy of slide 1 either.
    // Before the build, which now needs the browser too (the first paint): the hint below, not a build error.
    if (command.pdf)
      resolveBrowser()
    const env: Record<string, string> = command.pdf ? {} : { [FIRST_PAINT_ENV]: 'off' }
    await buildDeck(command.out, { base: command.base, extraArgs: command.passThrough, quiet: false, env })
    if (command.pdf) {
      await runExports([
        { kind: 'pdf', output: join(command.out, `${head.exportFilename}.pdf`) },
        { kind: 'og', output: join(command.out, OG_IMAGE_FILE) },
      ], { from: command.out, dark: false, timeoutMs: 60_000, log: line => console.log(`build: ${line}`) })
    }
    else {
      console.warn(`build: --no-pdf: ${head.exportFilename}.pdf, ${OG_IMAGE_FILE} and slide 1's HTML copy not written`)
    }
    // Not in the offline copy: a megabyte for a file that a visitor downloads at most once.
    if (command.html) {
      const html = await exportSingleFile(join(command.out, singleFileName(head.exportFilename)), { timeoutMs: 5 * 60_000 })
      console.log(`build: html: ${html.output} (${(html.bytes / 1024).toFixed(0)} KiB, ${(html.gzipBytes / 1024).toFixed(0)} KiB gzip)`)
    }
    else {
      console.warn(`build: --no-html: ${singleFileName(head.exportFilename)} not written`)
    }
    const precache = finishPrecache(command.out, printedFiles(head))
    if (precache)
      console.log(`build: offline copy (sw.js) also holds: ${precache.added.map(entry => entry.url).join(', ') || 'nothing more'}`)
    const unfinished = unfinishedPlaceholders(command.out)
    if (unfinished.length)
      throw new Error(`sw.js still has placeholders for ${unfinished.join(', ')}: a build step did not finish them`)
    return 0
  }
  catch (error) {
    if (error instanceof BrowserNotFoundError)
      console.error(`build: the deck is built, but its PDF and og:image need a browser (or pass --no-pdf).\n${error.message}`)
    else if (error instanceof ExportError)
      console.error(`build: ${error.message}`)
    else
      console.error('build: failed:', error)
    return 1
  }
}

if (isMain(import.meta.url))
  process.exitCode = await main()
