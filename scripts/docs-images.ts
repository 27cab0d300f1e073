// `npm run docs:images [-- --from dist]`: the README's picture of the deck, docs/images/contact-sheet.png: every slide,
// light, in a grid (tools/contact-sheet.ts), printed by the exporter (PNG) in the Chromium that tools/browser.ts
// resolves. Without --from, slides.md is built into a temp folder first. Run it after changing how slides look.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { PNG } from 'pngjs'
import { readOptions } from '../tools/command'
import { contactSheet } from '../tools/contact-sheet'
import { PROJECT_ROOT } from '../tools/deck'
import { writeOutput } from '../tools/export/session'
import { runExports } from '../tools/exporter'
import { isMain } from '../tools/main'

export const DOCS_IMAGES_USAGE = `Usage: npm run docs:images [-- --from <dir>]

  Writes docs/images/contact-sheet.png: every slide of the deck, light, 4 to a row, for the README.
  --from <dir>   print a deck already built there (e.g. dist) instead of building slides.md first
  -h, --help     this text`

/** Each slide's picture: a third of the canvas, enough to recognise it on the front page. */
const SCALE = 0.35
const COLUMNS = 4
const OUTPUT = join(PROJECT_ROOT, 'docs', 'images', 'contact-sheet.png')

async function main(): Promise<number> {
  const read = readOptions('docs:images', DOCS_IMAGES_USAGE, { from: { type: 'string' } })
  if ('exit' in read)
    return read.exit
  const { values } = read
  const work = mkdtempSync(join(tmpdir(), 'depin-docs-images-'))
  try {
    await runExports([{ kind: 'png', output: work }], { from: values.from, dark: false, scale: SCALE, timeoutMs: 120_000, log: line => console.log(`docs:images: ${line}`) })
    const pictures = readdirSync(work).filter(name => name.endsWith('.png')).sort().map(name => PNG.sync.read(readFileSync(join(work, name))))
    const sheet = contactSheet(pictures, { columns: COLUMNS, gap: 12, background: [15, 23, 42] })
    writeOutput(OUTPUT, PNG.sync.write(sheet, { colorType: 2 }))
    console.log(`docs:images: ${OUTPUT} (${pictures.length} slides, ${sheet.width}x${sheet.height})`)
    return 0
  }
  finally {
    rmSync(work, { recursive: true, force: true })
  }
}

if (isMain(import.meta.url))
  process.exitCode = await main()
