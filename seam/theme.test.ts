// Forks of Slidev's layouts (seam/theme.ts): each original is still what the fork follows; every layout of the deck
// is declared a fork or its own; the theme's helper resolves and exports what the cover layout takes.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../tools/deck'
import { LAYOUT_FORKS, OWN_LAYOUTS, THEME_HELPER } from './theme'

const require = createRequire(join(PROJECT_ROOT, 'package.json'))
function installed(path: string) {
  const [scope, name, ...rest] = path.split('/')
  return join(require.resolve(`${scope}/${name}/package.json`), '..', ...rest)
}

describe('layouts forked from Slidev (seam/theme.ts)', () => {
  it.each(LAYOUT_FORKS)('layouts/$layout follows $upstream as installed', ({ layout, upstream, sha256, change }) => {
    const actual = createHash('sha256').update(readFileSync(installed(upstream))).digest('hex')
    expect(actual, `${upstream} changed since layouts/${layout} was forked from it (${change}): compare the two, carry the change over, then record the new SHA-256 in seam/theme.ts`).toBe(sha256)
  })

  it('declares every layout of the deck as a fork or its own', () => {
    const layouts = readdirSync(join(PROJECT_ROOT, 'layouts')).filter(name => name.endsWith('.vue')).sort()
    expect(layouts, 'a layout in layouts/ is neither in LAYOUT_FORKS nor in OWN_LAYOUTS (seam/theme.ts)').toEqual([...LAYOUT_FORKS.map(fork => fork.layout), ...OWN_LAYOUTS].sort())
  })

  it('takes the background helper from the default theme, where it still is', () => {
    const text = readFileSync(installed(THEME_HELPER.source), 'utf8')
    expect(/export function handleBackground\b/.test(text), `${THEME_HELPER.value} (${THEME_HELPER.source}) no longer exports handleBackground: ${THEME_HELPER.breaks}`).toBe(true)
  })
})
