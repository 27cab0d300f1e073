// The text measure: its table is the one the font files give today, it covers every character the deck's data draws,
// and its widths are the fonts' own shaped widths (kerning included). Chromium's widths: text-metrics.browser.test.ts.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadSectorMapFile } from '../data/load.ts'
import { INTER_METRICS_FILE, INTER_WEIGHTS, interMetricsSource, openInterFace, shapedWidth } from '../tools/font-metrics.ts'
import { INTER_FACES } from './inter-metrics.ts'
import { fitLabel, missingCharacters, textWidth, UNKNOWN_CHARACTER_EM } from './text.ts'

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url))
const data = loadSectorMapFile(root('data/depin.yaml'), 'data/depin.yaml')

/** Every text the diagrams draw from the data: names, one-liners (the map's tooltip), architecture labels. */
function drawnTexts(): string[] {
  const { services, depin } = data.architecture
  return [
    ...data.projects.flatMap(project => [project.name, project.description ? `${project.name}: ${project.description}` : '']),
    ...data.networks.flatMap(network => [network.name, ...network.groups.flatMap(group => [group.name, ...group.categories.map(category => category.name)])]),
    services.name,
    ...services.items,
    depin.name,
    ...[depin.deNetworks, depin.pinNetworks].flatMap(group => [group.name, ...group.items.map(item => item.label)]),
  ].filter(Boolean)
}

describe('the generated table (logic/inter-metrics.ts)', () => {
  it('is what `npm run fonts:metrics` makes from the installed font files today', () => {
    const committed = readFileSync(root(INTER_METRICS_FILE), 'utf8')
    expect(committed === interMetricsSource(), `${INTER_METRICS_FILE} is out of date: run \`npm run fonts:metrics\``).toBe(true)
  }, 120_000)

  it('has exactly the weights of Inter that the deck loads', () => {
    const loaded = [...readFileSync(root('styles/index.ts'), 'utf8').matchAll(/@fontsource\/inter\/latin-(\d+)\.css/g)].map(match => Number(match[1]))
    expect(loaded).toEqual([...INTER_WEIGHTS])
    expect(Object.keys(INTER_FACES).map(Number)).toEqual([...INTER_WEIGHTS])
  })
})

describe('textWidth', () => {
  it('has every character that the data draws', () => {
    const missing = drawnTexts().flatMap(text => missingCharacters(text).map(char => `"${char}" (U+${char.codePointAt(0)!.toString(16).toUpperCase()}) in "${text}"`))
    expect(missing).toEqual([])
  })

  it('gives the width fontkit shapes for every drawn text, at every weight, kerning included', () => {
    for (const weight of INTER_WEIGHTS) {
      const font = openInterFace(weight)
      for (const text of drawnTexts()) {
        const shaped = shapedWidth(font, text) / font.unitsPerEm * 100
        // Pairs only: Inter's longer contextual forms move a width by far less than this.
        expect(Math.abs(textWidth(text, 100, weight) - shaped) / shaped, `${text} at ${weight}`).toBeLessThan(0.005)
      }
    }
  }, 60_000)

  it('kerns: "AV" is narrower than "A" and "V" apart, as the font says', () => {
    expect(textWidth('AV', 100)).toBeLessThan(textWidth('A', 100) + textWidth('V', 100))
    const font = openInterFace(400)
    expect(textWidth('AV', 100)).toBeCloseTo(shapedWidth(font, 'AV') / font.unitsPerEm * 100, 6)
  })

  it('scales with the size, and bolder is wider', () => {
    expect(textWidth('Akash', 12)).toBeCloseTo(textWidth('Akash', 10) * 1.2)
    expect(textWidth('Files', 10, 600)).toBeGreaterThan(textWidth('Files', 10, 400))
    expect(textWidth('Files', 10, 800)).toBeGreaterThan(textWidth('Files', 10, 600))
    expect(textWidth('', 10)).toBe(0)
  })

  it('counts a character Inter lacks as UNKNOWN_CHARACTER_EM and names it', () => {
    expect(missingCharacters('Filecoin')).toEqual([])
    expect(missingCharacters('Fi漢le漢')).toEqual(['漢'])
    expect(textWidth('漢', 10)).toBe(UNKNOWN_CHARACTER_EM * 10)
    expect(textWidth('a漢', 10)).toBeCloseTo(textWidth('a', 10) + UNKNOWN_CHARACTER_EM * 10)
  })
})

describe('fitLabel', () => {
  it('fits at the given weight: a label that fits regular can be too wide in extra bold', () => {
    const width = textWidth('Infrastructure', 14)
    expect(fitLabel('Infrastructure', width, 20, 14, 11)?.fontSize).toBe(14)
    expect(fitLabel('Infrastructure', width, 20, 14, 11, 800)?.fontSize).toBeLessThan(14)
  })
})
