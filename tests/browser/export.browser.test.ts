import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDeck, ROOT, typographic } from '../support/deck'

const run = promisify(execFile)
const slides = loadDeck()

describe('npm run export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'depin-export-'))
  const output = join(dir, 'deck.pdf')
  let pages: string[] = []

  beforeAll(async () => {
    await run('npm', ['run', 'export', '--', '--output', output], { cwd: ROOT, timeout: 300_000 })
    const pdf = await getDocumentProxy(new Uint8Array(readFileSync(output)))
    pages = (await extractText(pdf, { mergePages: false })).text
  }, 320_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('writes exactly one page per slide', () => {
    expect(pages.length).toBe(slides.length)
  })

  it('keeps the text extractable, starting with the title', () => {
    expect(pages[0]).toContain('The DePIN Portrait')
  })

  it('puts each slide\'s title on its own page', () => {
    const missing = slides.filter(slide => slide.title && !typographic(pages[slide.no - 1] ?? '').includes(typographic(slide.title)))
    expect(missing.map(slide => `${slide.no}: ${slide.title}`)).toEqual([])
  })
})
