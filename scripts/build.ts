// `npm run build [-- options]`: the hostable web deck. `slidev build`, then the PDF it offers for download and the
// og:image, both printed from the fresh build by scripts/exporter.ts. `--help` for options.
//
//   npm run build                                   -> dist/ for the site root
//   npm run build -- --base /the-depin-portrait/    -> dist/ for https://user.github.io/the-depin-portrait/
import { join } from 'node:path'
import process from 'node:process'
import { BrowserNotFoundError } from '../tools/browser'
import { readDeck } from '../tools/deck'
import { buildDeck, ExportError, runExports } from '../tools/exporter'
import { normaliseSiteUrl, OG_IMAGE_FILE } from '../tools/head-meta'
import { finishPrecache, lateFiles } from '../tools/sw-precache'

export const BUILD_USAGE = `Usage: npm run build [-- options]

  Builds the web deck (slidev build, hash routing: any static host, no rewrites), then prints into it, in the
  Chromium that scripts/browser.ts resolves: NAME.pdf (the deck's "Download as PDF" button) and og-image.png (the
  title slide, 1200 px wide, for og:image / twitter:image).

Options:
  --base <path>     public path the deck is served under, e.g. /the-depin-portrait/ (default: $DECK_BASE or /)
  --out, -o <dir>   output folder (default dist)
  --no-pdf          skip the PDF and og-image.png (no browser needed); the download button then finds no file
  -h, --help        this text
  Any other option goes to slidev build, e.g. --without-notes.

Env:
  DECK_BASE         default for --base
  DECK_URL          public URL of the deck (e.g. https://user.github.io/the-depin-portrait/): makes og:image and
                    og:url absolute, as social sites want them. Without it og:image is relative.
  CHROMIUM_PATH     the browser to use (see README, Browser)
  SOURCE_DATE_EPOCH date the PDF with this time (seconds since 1970) instead of now`

export interface BuildCommand {
  help: boolean
  base: string
  out: string
  pdf: boolean
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

export function parseBuildArgs(argv: readonly string[], env: Record<string, string | undefined>): BuildCommand {
  const command: BuildCommand = { help: false, base: normaliseBase(env.DECK_BASE ?? '/'), out: 'dist', pdf: true, passThrough: [] }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    const value = (): string => {
      const next = inline ?? argv[++i]
      if (next === undefined || next.startsWith('-'))
        throw new Error(`${flag} needs a value`)
      return next
    }
    if (flag === '--base')
      command.base = normaliseBase(value())
    else if (flag === '--out' || flag === '-o')
      command.out = value()
    else if (flag === '--no-pdf')
      command.pdf = false
    else if (flag === '--help' || flag === '-h')
      command.help = true
    else
      command.passThrough.push(arg)
  }
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
    await buildDeck(command.out, { base: command.base, extraArgs: command.passThrough, quiet: false })
    if (command.pdf) {
      await runExports([
        { kind: 'pdf', output: join(command.out, `${head.exportFilename}.pdf`) },
        { kind: 'og', output: join(command.out, OG_IMAGE_FILE) },
      ], { from: command.out, dark: false, timeoutMs: 60_000, log: line => console.log(`build: ${line}`) })
    }
    else {
      console.warn(`build: --no-pdf: ${head.exportFilename}.pdf and ${OG_IMAGE_FILE} not written`)
    }
    const precache = finishPrecache(command.out, lateFiles(head))
    if (precache)
      console.log(`build: offline copy (sw.js) also holds: ${precache.added.map(entry => entry.url).join(', ') || 'nothing more'}`)
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

if (import.meta.url === `file://${process.argv[1]}`)
  process.exitCode = await main()
