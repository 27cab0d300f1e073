// The data plugin: validation at start-up and on load, the check the config hands in, and the module it serves.
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { DATA_FILE, sectorMapPlugin } from './sector-map.ts'

const fixture = (name: string) => fileURLToPath(new URL(`../tests/fixtures/sector-map/${name}`, import.meta.url))
const context = { addWatchFile: (_file: string) => {} }
type Hook = (this: typeof context, ...args: unknown[]) => unknown

function hooks(file: string) {
  const plugin = sectorMapPlugin({ file })
  return { buildStart: plugin.buildStart as Hook, load: plugin.load as Hook }
}

describe('the sector-map Vite plugin', () => {
  it('stops the build at start-up on a bad file, naming file, entry and field', () => {
    expect(() => hooks(fixture('http-url.yaml')).buildStart.call(context)).toThrow(/http-url\.yaml:5:\d+ projects\[0\] field "url"/)
  })

  it('runs the check it is handed on the validated data, and stops the build with the file name when it throws', () => {
    const seen: number[] = []
    const plugin = sectorMapPlugin({ check: map => seen.push(map.projects.length) })
    ;(plugin.buildStart as Hook).call(context)
    expect(seen).toHaveLength(1)
    expect(seen[0]).toBeGreaterThan(0)
    const refusing = sectorMapPlugin({ check: () => {
      throw new Error('too big for its slide')
    } })
    expect(() => (refusing.buildStart as Hook).call(context)).toThrow(/depin\.yaml: too big for its slide/)
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
