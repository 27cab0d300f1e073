// The data plugin with the fit check vite.config.ts hands it: data that would not fit the map slide stops the build.
import type { Plugin } from 'vite'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse, stringify } from 'yaml'
import { checkMapSlideFit } from '../../logic/map-slide.ts'
import { DATA_FILE, sectorMapPlugin } from '../../plugins/sector-map.ts'

const context = { addWatchFile: (_file: string) => {} }
const buildStart = (plugin: Plugin) => (plugin.buildStart as (this: typeof context) => void).call(context)

describe('sectorMapPlugin({ check: checkMapSlideFit })', () => {
  it('accepts today\'s data', () => {
    expect(() => buildStart(sectorMapPlugin({ check: checkMapSlideFit }))).not.toThrow()
  })

  it('stops the build when the map would not fit its slide at the readable minimum', () => {
    const data = parse(readFileSync(DATA_FILE, 'utf8')) as { projects: { id: string, name: string }[], networks: { groups: { categories: { projects: string[] }[] }[] }[] }
    // Five times the projects (past the limit logic/sector-map-layout.ts documents): each category lists its projects
    // and four new copies of them.
    const copies = data.projects.flatMap(project => [1, 2, 3, 4].map(n => ({ ...project, id: `${project.id}-copy-${n}` })))
    data.projects.push(...copies)
    for (const category of data.networks.flatMap(network => network.groups.flatMap(group => group.categories)))
      category.projects = category.projects.flatMap(id => [id, ...[1, 2, 3, 4].map(n => `${id}-copy-${n}`)])
    const dir = mkdtempSync(join(tmpdir(), 'sector-map-'))
    try {
      const file = join(dir, 'big.yaml')
      writeFileSync(file, stringify(data))
      expect(() => buildStart(sectorMapPlugin({ file, check: checkMapSlideFit }))).toThrow(/big\.yaml: The sector map .*does not fit/)
    }
    finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
