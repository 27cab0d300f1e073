// Vite plugin: `import data from './depin.yaml'` yields the validated sector map. A bad file fails `slidev build`
// and `vitest` (the import throws), and stops `slidev` (dev) at start-up; edits while serving show the error overlay.
//
//   sectorMapPlugin({ check: checkMapSlideFit })   // vite.config.ts: also refuse data that would not fit its slide
//
// `check` is handed in by the config, so that data/ depends on nothing but itself (data, then logic, then views).
import type { Plugin } from 'vite'
import type { SectorMap } from '../data/schema.ts'
import { readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { parseSectorMap } from '../data/load.ts'

export const DATA_FILE = fileURLToPath(new URL('../data/depin.yaml', import.meta.url))

export interface SectorMapPluginOptions {
  /** The data file (default data/depin.yaml). */
  file?: string
  /** A further check of the validated data (e.g. that it fits its slide); throw to refuse the file. */
  check?: (map: SectorMap) => void
}

export function sectorMapPlugin({ file = DATA_FILE, check }: SectorMapPluginOptions = {}): Plugin {
  const target = resolve(file)
  const label = relative(process.cwd(), target) || target
  const load = (): string => {
    const data = parseSectorMap(readFileSync(target, 'utf8'), label)
    // E.g. past the map's documented limit: stop here rather than at render time.
    try {
      check?.(data)
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
