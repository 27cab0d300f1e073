// logic/text.ts against Chromium, in the BUILT deck: every piece of text the two diagrams draw (the sector map's
// titles, project names and each project's tooltip; the architecture diagram's titles, cells, highlighted cells and
// relation labels), measured by the module at the size and weight Chromium renders it, is within 2% of Chromium's own
// width (getComputedTextLength). On failure it lists the worst labels.
import type { InterWeight } from '../../logic/text.ts'
import { describe, expect, it } from 'vitest'
import { sectorMap } from '../../data'
import { entryCount } from '../../data/model.ts'
import { layoutArchitecture } from '../../logic/architecture-layout.ts'
import { toArchModel } from '../../logic/architecture-model.ts'
import { ARCHITECTURE_CLICKS } from '../../logic/architecture-view.ts'
import { INTER_FACES } from '../../logic/inter-metrics.ts'
import { textWidth } from '../../logic/text.ts'
import { slideFrame } from '../../seam/slidev'
import { loadDeck } from '../../tools/deck'
import { gotoSlide, useWatchedDeck } from '../support/browser'

/** The largest difference allowed between the module's width and Chromium's, as a fraction of Chromium's. */
const TOLERANCE = 0.02

interface Drawn { where: string, text: string, size: number, weight: string, chromium: number }

const slides = loadDeck()
const mapSlide = slides.find(slide => slide.source.includes('<SectorMapSlide />'))
const architectureSlide = slides.find(slide => slide.source.includes('<ArchitectureDiagram />'))

// Page code, as strings: the test runner's transpiler would otherwise add helpers the page does not have.
const MEASURE = `
  const nextFrame = () => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))
  const measure = (where, el) => {
    const style = getComputedStyle(el)
    return { where, text: el.textContent.trim(), size: parseFloat(style.fontSize), weight: style.fontWeight, chromium: el.getComputedTextLength() }
  }`

function mapTexts(no: number): string {
  return `(async () => {
    ${MEASURE}
    const svg = document.querySelector('${slideFrame(no)} svg.sector-map')
    const drawn = [...svg.querySelectorAll('text')].map(el => measure('map', el))
    for (const project of svg.querySelectorAll('.sector-map__project')) {
      project.focus()
      await nextFrame()
      const tip = svg.querySelector('.sector-map__tip text')
      if (tip)
        drawn.push(measure('map tooltip', tip))
      project.blur()
    }
    return drawn
  })()`
}

function architectureTexts(no: number): string {
  return `(async () => {
    ${MEASURE}
    const figure = document.querySelector('${slideFrame(no)} .architecture-diagram')
    const drawn = [...figure.querySelectorAll('svg text')].map(el => measure('architecture', el))
    for (const target of figure.querySelectorAll('.target')) {
      target.focus()
      await nextFrame()
      for (const el of figure.querySelectorAll('.cell.highlighted text'))
        drawn.push(measure('architecture highlighted', el))
      target.blur()
    }
    return drawn
  })()`
}

interface Compared extends Drawn { module: number, off: number }

function compare(drawn: Drawn[]): Compared[] {
  return drawn.map((item) => {
    const weight = Number(item.weight)
    if (!(weight in INTER_FACES))
      throw new Error(`"${item.text}" (${item.where}) is drawn at weight ${item.weight}, which the deck does not load`)
    const module = textWidth(item.text, item.size, weight as InterWeight)
    return { ...item, module, off: Math.abs(module - item.chromium) / item.chromium }
  }).sort((a, b) => b.off - a.off)
}

function worst(compared: Compared[], count = 10): string {
  return compared.slice(0, count).map(c => `${(c.off * 100).toFixed(2)}%  "${c.text}" (${c.where}, ${c.size}px/${c.weight}): module ${c.module.toFixed(2)}, Chromium ${c.chromium.toFixed(2)}`).join('\n')
}

describe('text widths from logic/text.ts against Chromium, on the built deck', () => {
  const deck = useWatchedDeck()

  it('finds both diagrams\' slides', () => {
    expect(mapSlide).toBeDefined()
    expect(architectureSlide).toBeDefined()
  })

  it('measures every sector map text, tooltips included, within 2%', async () => {
    await gotoSlide(deck.watched.page, deck.session.server.url, mapSlide!.no)
    const compared = compare(await deck.watched.page.evaluate(mapTexts(mapSlide!.no)) as Drawn[])
    const titles = sectorMap.networks.reduce((sum, network) => sum + 1 + network.groups.reduce((s, group) => s + 1 + group.categories.length, 0), 0)
    expect(compared.filter(c => c.where === 'map')).toHaveLength(titles + entryCount(sectorMap))
    expect(compared.filter(c => c.where === 'map tooltip')).toHaveLength(entryCount(sectorMap))
    expect(compared[0]!.off, `worst widths:\n${worst(compared)}`).toBeLessThanOrEqual(TOLERANCE)
  })

  it('measures every architecture text, highlighted cells included, within 2%', async () => {
    await gotoSlide(deck.watched.page, deck.session.server.url, architectureSlide!.no, ARCHITECTURE_CLICKS)
    const compared = compare(await deck.watched.page.evaluate(architectureTexts(architectureSlide!.no)) as Drawn[])
    const layout = layoutArchitecture(toArchModel(sectorMap.architecture))
    const lines = layout.frames.length + [...layout.cells, ...layout.relations].reduce((sum, item) => sum + item.text.lines.length, 0)
    expect(compared.filter(c => c.where === 'architecture')).toHaveLength(lines)
    expect(compared.filter(c => c.where === 'architecture highlighted').length).toBeGreaterThan(0)
    expect(compared[0]!.off, `worst widths:\n${worst(compared)}`).toBeLessThanOrEqual(TOLERANCE)
  })

  it('logged no console or page error', () => {
    expect(deck.watched.pageErrors).toEqual([])
    expect(deck.watched.consoleErrors).toEqual([])
  })
})
