// Does the installed Slidev still have what the deck borrows from it? One check per coupling, each failing with the
// coupling's name, the Slidev file to read, and what breaks: the non-public modules resolve and export what
// seam/client.ts takes, every name of seam/slidev.ts is in the file it mirrors, the print view's ids are built as
// printSlideId builds them, and the run-time style texts are found where seam/runtime-styles.ts looks.
// (tests/browser/seam.browser.test.ts checks the DOM names in the built print view and audience view too.)
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT, readDeck } from '../tools/deck'
import { RUNTIME_STYLE_PLACES, runtimeStyles, slidevClientRoot } from './runtime-styles'
import { NAMED_COUPLINGS, PRINT_SLIDE_ID, printSlideId } from './slidev'

const require = createRequire(import.meta.url)
const clientRoot = slidevClientRoot()
/** The seam's modules that take from Slidev's client modules: the phone view's, and the sync directions on their own. */
const CLIENT_SEAMS = ['seam/client.ts', 'seam/sync.ts']
const clientModules = CLIENT_SEAMS.flatMap(seam => [...readFileSync(join(PROJECT_ROOT, seam), 'utf8').matchAll(/(?:export|import) \{ ([^}]+) \} from '@slidev\/client\/([^']+)'/g)]
  .map(match => ({ seam, names: match[1]!.split(',').map(name => name.trim().split(' as ')[0]!), path: match[2]! })))

/** A file of an installed package, by its path from node_modules ('@slidev/client/logic/dark.ts'). */
function packageFile(source: string): string {
  const [scopeOrName, maybeName, ...rest] = source.split('/')
  const name = scopeOrName!.startsWith('@') ? `${scopeOrName}/${maybeName}` : scopeOrName!
  const inner = scopeOrName!.startsWith('@') ? rest : [maybeName!, ...rest]
  return join(require.resolve(`${name}/package.json`).replace(/package\.json$/, ''), ...inner)
}

describe('non-public modules of the Slidev client (seam/client.ts, seam/sync.ts)', () => {
  it.each(CLIENT_SEAMS)('%s takes some', (seam) => {
    expect(clientModules.filter(module => module.seam === seam).length).toBeGreaterThan(0)
  })

  it.each(clientModules)('@slidev/client/$path resolves and has $names', ({ seam, path, names }) => {
    const file = join(clientRoot, path)
    expect(existsSync(file), `${seam} imports @slidev/client/${path}, which the installed Slidev no longer has`).toBe(true)
    const text = readFileSync(file, 'utf8')
    for (const name of names) {
      const exported = name === 'default' ? path.endsWith('.vue') || /export default/.test(text) : new RegExp(`export (?:async )?(?:function|const|let) ${name}\\b`).test(text)
      expect(exported, `${seam} takes ${name} from @slidev/client/${path}, which no longer exports it`).toBe(true)
    }
  })
})

describe('the names the deck borrows (seam/slidev.ts)', () => {
  it.each(Object.entries(NAMED_COUPLINGS).filter(([key]) => key !== 'printSlideId'))('%s is still in the file it mirrors', (key, coupling) => {
    const file = packageFile(coupling.source)
    expect(existsSync(file), `${key}: ${coupling.source} is gone from the installed package; if it moved, ${coupling.breaks}`).toBe(true)
    expect(readFileSync(file, 'utf8').includes(coupling.value), `${key} ("${coupling.value}") is no longer in ${coupling.source}: ${coupling.breaks}`).toBe(true)
  })

  it('builds the print view\'s ids as PrintSlideClick.vue does', () => {
    const source = readFileSync(packageFile(PRINT_SLIDE_ID.source), 'utf8')
    const template = /`\$\{route\.value\.no\.toString\(\)\.padStart\((\d), '0'\)\}-\$\{\(nav\.clicks\.value \+ (\d)\)\.toString\(\)\.padStart\((\d), '0'\)\}`/.exec(source)
    expect(template, `printSlideId: the id template moved in ${PRINT_SLIDE_ID.source}: ${PRINT_SLIDE_ID.breaks}`).not.toBeNull()
    const [, slideDigits, clickOffset, clickDigits] = template!.map(Number)
    expect(printSlideId(3, 0)).toBe(`${'3'.padStart(slideDigits!, '0')}-${String(0 + clickOffset!).padStart(clickDigits!, '0')}`)
    expect(printSlideId(12, 2)).toBe(`${'12'.padStart(slideDigits!, '0')}-${String(2 + clickOffset!).padStart(clickDigits!, '0')}`)
  })
})

describe('run-time style texts of the Slidev client (seam/runtime-styles.ts)', () => {
  const canvas = readDeck().canvas

  it('finds every one, with the canvas filled in', () => {
    const styles = runtimeStyles(canvas)
    expect(styles).toHaveLength(RUNTIME_STYLE_PLACES.reduce((sum, place) => sum + place.count, 0))
    expect(styles.find(style => style.name === 'print page size' && style.css.includes('@page'))?.css).toContain(`size: ${canvas.width}px ${canvas.height}px;`)
    for (const style of styles.filter(style => style.css))
      expect(readFileSync(join(clientRoot, style.source), 'utf8').replace(/\$\{slideWidth\.value\}/g, String(canvas.width)).replace(/\$\{slideHeight\.value\}/g, String(canvas.height)), `${style.name}: its text is not word for word in @slidev/client/${style.source}`).toContain(style.css)
  })
})

describe('seam/README.md', () => {
  const docs = readFileSync(join(PROJECT_ROOT, 'seam/README.md'), 'utf8')

  it('lists every coupling by name', () => {
    const named = [...Object.keys(NAMED_COUPLINGS), ...clientModules.flatMap(module => module.names.filter(name => name !== 'default')), ...RUNTIME_STYLE_PLACES.map(place => place.name)]
    expect(named.filter(name => !docs.includes(`\`${name}\``))).toEqual([])
  })
})
