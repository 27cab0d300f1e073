import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { layoutArchitecture } from '../../components/architecture/layout'
import { toArchModel } from '../../components/architecture/model'
import { sectorMap } from '../../data'
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

  it('keeps the architecture diagram\'s labels searchable, fully built', () => {
    const slide = slides.find(s => s.source.includes('<ArchitectureDiagram />'))!
    const page = typographic(pages[slide.no - 1] ?? '')
    const labels = layoutArchitecture(toArchModel(sectorMap.architecture)).cells.map(cell => cell.label)
    expect(labels.filter(label => !page.includes(label))).toEqual([])
    expect(page).toContain('rewards and verifies')
  })
})
