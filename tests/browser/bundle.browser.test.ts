// The browser computes nothing the build can (issue 17): the built deck's scripts carry the drawings laid out, and
// neither Inter's metrics table nor the layout code. Reads dist/ as `npm run build` left it.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sectorMap } from '../../data'
import { INTER_FACES } from '../../logic/inter-metrics'
import { PROJECT_ROOT } from '../../tools/deck'

const ASSETS = join(PROJECT_ROOT, 'dist', 'assets')
const scripts = readdirSync(ASSETS).filter(name => name.endsWith('.js')).map(name => ({ name, text: readFileSync(join(ASSETS, name), 'utf8') }))

/** The layout modules, each with a phrase of its own found only in it: the static start of its first thrown message. */
const LAYOUT_MODULES = ['sector-map-layout', 'architecture-layout', 'timeline-layout', 'topology-layout'].map((name) => {
  const source = readFileSync(join(PROJECT_ROOT, 'logic', `${name}.ts`), 'utf8')
  const phrase = /throw new \w+\(['`]([^'`$]{16,})/.exec(source)?.[1]
  if (!phrase)
    throw new Error(`logic/${name}.ts: no thrown message to recognise the module by`)
  return { module: name, phrase }
})

/** The first advance widths of each Inter face as a minified array literal writes them. */
const metricRuns = Object.entries(INTER_FACES).map(([weight, face]) => ({ weight, run: face.advances.slice(0, 16).join(',') }))

describe('the client bundle', () => {
  it('carries the drawings laid out: the map\'s labels and the tips\' widths', () => {
    // The key followed by its object: in the JSON literal, not in the component that reads it.
    const drawings = scripts.filter(script => /tipWidths\\?":\{/.test(script.text))
    expect(drawings.map(script => script.name), 'no script holds virtual:deck-drawings').toHaveLength(1)
    for (const project of sectorMap.projects)
      expect(drawings[0]!.text, `project ${project.id} is not in the laid-out map`).toContain(JSON.stringify(project.id))
  })

  it.each(metricRuns)('has no Inter metrics table (weight $weight)', ({ run }) => {
    expect(run.split(',').length).toBe(16)
    expect(scripts.filter(script => script.text.includes(run)).map(script => script.name)).toEqual([])
  })

  it.each(LAYOUT_MODULES)('has no layout code of logic/$module.ts', ({ phrase }) => {
    expect(scripts.filter(script => script.text.includes(phrase)).map(script => script.name)).toEqual([])
  })
})
