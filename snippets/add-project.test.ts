// The "Add your project" slide shows snippets/add-project.yaml: it must be a valid part of the data file, and
// following it must put the project on the map.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse, stringify } from 'yaml'
import { parseSectorMap } from '../data/load.ts'
import { sectorMapSchema } from '../data/schema.ts'
import { MAP_BOX } from '../logic/map-slide.ts'
import { layoutSectorMap, mapShape } from '../logic/sector-map-layout.ts'

const snippetText = readFileSync(fileURLToPath(new URL('./add-project.yaml', import.meta.url)), 'utf8')
const dataText = readFileSync(fileURLToPath(new URL('../data/depin.yaml', import.meta.url)), 'utf8')

describe('snippets/add-project.yaml', () => {
  const snippet = parse(snippetText) as unknown

  it('passes the schema of the projects list, with no unknown field', () => {
    const result = sectorMapSchema.pick({ projects: true }).strict().safeParse(snippet)
    expect(result.error?.issues ?? []).toEqual([])
    expect(result.data?.projects).toHaveLength(1)
  })

  it('when followed (entry added, id listed in a category), validates and puts the project on the map', () => {
    const data = parse(dataText) as { projects: unknown[], networks: { groups: { categories: { id: string, projects: string[] }[] }[] }[] }
    const [entry] = (snippet as { projects: { id: string, name: string }[] }).projects
    data.projects.push(entry)
    const files = data.networks.flatMap(n => n.groups.flatMap(g => g.categories)).find(c => c.id === 'files')!
    files.projects.push(entry!.id)
    const map = parseSectorMap(stringify(data), 'data/depin.yaml + snippet')
    const layout = layoutSectorMap(mapShape(map), MAP_BOX)
    const labels = layout.networks.flatMap(n => n.groups.flatMap(g => g.categories.flatMap(c => c.labels)))
    expect(labels.filter(label => label.text === entry!.name)).toHaveLength(1)
  })

  it('is refused when the project is not listed in any category (step 2 forgotten)', () => {
    const data = parse(dataText) as { projects: unknown[] }
    data.projects.push(...(snippet as { projects: unknown[] }).projects)
    expect(() => parseSectorMap(stringify(data))).toThrow(/"my-project" is in no category/)
  })
})
