import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse, stringify } from 'yaml'
import { describe, expect, it } from 'vitest'
import { DATA_FILE, sectorMapPlugin } from './vite-plugin.ts'

const fixture = (name: string) => fileURLToPath(new URL(`../tests/fixtures/sector-map/${name}`, import.meta.url))
const context = { addWatchFile: (_file: string) => {} }
type Hook = (this: typeof context, ...args: unknown[]) => unknown

function hooks(file: string) {
  const plugin = sectorMapPlugin(file)
  return { buildStart: plugin.buildStart as Hook, load: plugin.load as Hook }
}

describe('the sector-map Vite plugin', () => {
  it('stops the build at start-up on a bad file, naming file, entry and field', () => {
    expect(() => hooks(fixture('http-url.yaml')).buildStart.call(context)).toThrow(/http-url\.yaml:5:\d+ projects\[0\] field "url"/)
  })

  it('stops the build when the map would not fit its slide at the readable minimum', () => {
    const data = parse(readFileSync(DATA_FILE, 'utf8')) as { projects: { id: string, name: string }[], networks: { groups: { categories: { projects: string[] }[] }[] }[] }
    // Four times the projects: each category lists its projects and three new copies of them.
    const copies = data.projects.flatMap(project => [1, 2, 3].map(n => ({ ...project, id: `${project.id}-copy-${n}` })))
    data.projects.push(...copies)
    for (const category of data.networks.flatMap(network => network.groups.flatMap(group => group.categories)))
      category.projects = category.projects.flatMap(id => [id, `${id}-copy-1`, `${id}-copy-2`, `${id}-copy-3`])
    const dir = mkdtempSync(join(tmpdir(), 'sector-map-'))
    try {
      const file = join(dir, 'big.yaml')
      writeFileSync(file, stringify(data))
      expect(() => hooks(file).buildStart.call(context)).toThrow(/big\.yaml: The sector map .*does not fit/)
    }
    finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('serves the data file as a module of validated data, and leaves other files alone', () => {
    const { buildStart, load } = hooks(DATA_FILE)
    expect(() => buildStart.call(context)).not.toThrow()
    const module = load.call(context, `${DATA_FILE}?import`) as { code: string }
    const json = module.code.match(/^export default JSON\.parse\((.*)\)$/)?.[1]
    expect(JSON.parse(JSON.parse(json!)).projects.length).toBeGreaterThan(0)
    expect(load.call(context, fixture('valid-minimal.yaml'))).toBeNull()
  })
})
