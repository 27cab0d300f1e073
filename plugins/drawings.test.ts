// The drawings plugin: the module it serves, and a bad data file named.
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { DRAWINGS_MODULE, drawingsModule, drawingsPlugin } from './drawings.ts'
import { DATA_FILE } from './sector-map.ts'

const fixture = (name: string) => fileURLToPath(new URL(`../tests/fixtures/sector-map/${name}`, import.meta.url))
type Hook = (this: { addWatchFile: (file: string) => void }, ...args: unknown[]) => unknown

describe('the drawings Vite plugin', () => {
  it('serves virtual:deck-drawings as JSON of every drawing, and watches the data file', () => {
    const plugin = drawingsPlugin()
    const id = (plugin.resolveId as Hook).call({ addWatchFile: () => {} }, DRAWINGS_MODULE) as string
    expect((plugin.resolveId as Hook).call({ addWatchFile: () => {} }, 'virtual:other')).toBeUndefined()
    const watched: string[] = []
    const code = (plugin.load as Hook).call({ addWatchFile: file => watched.push(file) }, id) as string
    expect(watched).toEqual([DATA_FILE])
    const json = code.match(/^export default JSON\.parse\((.*)\)\n$/)?.[1]
    expect(Object.keys(JSON.parse(JSON.parse(json!))).sort()).toEqual(['architecture', 'locator', 'sectorMap', 'timeline', 'topology'])
  })

  it('names the file, entry and field of bad data', () => {
    expect(() => drawingsModule(fixture('http-url.yaml'))).toThrow(/http-url\.yaml:5:\d+ projects\[0\] field "url"/)
  })
})
