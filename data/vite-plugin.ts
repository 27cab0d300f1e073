// Vite plugin: `import data from './depin.yaml'` yields the validated sector map. A bad file fails `slidev build`
// and `vitest` (the import throws), and stops `slidev` (dev) at start-up; edits while serving show the error overlay.
import type { Plugin } from 'vite'
import { readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { layoutSectorMap, MAP_BOX, mapShape } from '../components/sector-map-layout.ts'
import { parseSectorMap } from './load.ts'

export const DATA_FILE = fileURLToPath(new URL('./depin.yaml', import.meta.url))

export function sectorMapPlugin(file = DATA_FILE): Plugin {
  const target = resolve(file)
  const label = relative(process.cwd(), target) || target
  const load = (): string => {
    const data = parseSectorMap(readFileSync(target, 'utf8'), label)
    // Past the map's documented limit, stop here rather than at render time.
    try {
      layoutSectorMap(mapShape(data), MAP_BOX)
    }
    catch (error) {
      throw new Error(`${label}: ${(error as Error).message}`)
    }
    return JSON.stringify(data)
  }
  return {
    name: 'depin:sector-map',
    enforce: 'pre',
    buildStart() {
      // Validate even before anything imports the file, so `slidev` refuses to start on a bad file.
      load()
      this.addWatchFile(target)
    },
    load(id) {
      if (resolve(id.split('?')[0] ?? id) !== target)
        return null
      this.addWatchFile(target)
      return { code: `export default JSON.parse(${JSON.stringify(load())})`, map: null }
    },
  }
}
