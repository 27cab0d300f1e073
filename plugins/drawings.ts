// deck:drawings: serves `virtual:deck-drawings`, every drawing of the deck laid out at build time (logic/drawings.ts)
// from data/depin.yaml and data/visuals.ts, as plain JSON. The components only apply click states, so the font
// metrics and the layout code stay out of the client bundle (tests/browser/bundle.browser.test.ts checks the build).
// On the dev server an edit of data/depin.yaml lays the drawings out again and updates the open slides; an edit of
// data/visuals.ts or of the layout code takes a restart of `npm run dev` (they load with vite.config.ts).
//
//   drawingsPlugin()   // vite.config.ts and vitest.config.ts
import type { Plugin } from 'vite'
import { readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import process from 'node:process'
import { parseSectorMap } from '../data/load.ts'
import { timelineText, topology, webEras } from '../data/visuals.ts'
import { layDrawings, roundNumbers } from '../logic/drawings.ts'
import { DATA_FILE } from './sector-map.ts'

export const DRAWINGS_MODULE = 'virtual:deck-drawings'
const RESOLVED = `\0${DRAWINGS_MODULE}`

/** The module's source: the drawings of the map in `file`, numbers rounded to hundredths. */
export function drawingsModule(file: string = DATA_FILE): string {
  const map = parseSectorMap(readFileSync(file, 'utf8'), relative(process.cwd(), file) || file)
  const drawings = roundNumbers(layDrawings(map, { webEras, timelineText, topology }))
  // JSON.parse of a string literal parses faster than the same object as a JavaScript literal.
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(drawings))})\n`
}

export function drawingsPlugin({ file = DATA_FILE }: { file?: string } = {}): Plugin {
  const target = resolve(file)
  return {
    name: 'deck:drawings',
    resolveId: id => (id === DRAWINGS_MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED)
        return undefined
      this.addWatchFile(target)
      return drawingsModule(target)
    },
    handleHotUpdate({ file: changed, server, modules }) {
      if (resolve(changed) !== target)
        return
      const module = server.moduleGraph.getModuleById(RESOLVED)
      if (!module)
        return
      server.moduleGraph.invalidateModule(module)
      return [...modules, module]
    },
  }
}
