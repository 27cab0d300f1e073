// The CSP's style hashes come from the installed Slidev's own texts: a changed text changes its hash, and a text that
// can no longer be found stops the build with its name and file. Tried on a copy of the three files Slidev keeps
// them in, edited as an upgrade might edit them.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { cspDirectives, hashSource } from '../tools/csp'
import { RUNTIME_STYLE_PLACES, RuntimeStyleError, runtimeStyles, slidevClientRoot } from './runtime-styles'

const canvas = { width: 980, height: 551.25 }
const copies: string[] = []

/** A folder with copies of the files that hold the texts, each edited by `edit` (by its path in @slidev/client). */
function slidevCopy(edit: (source: string, text: string) => string = (_source, text) => text): string {
  const root = mkdtempSync(join(tmpdir(), 'seam-'))
  copies.push(root)
  for (const { source } of RUNTIME_STYLE_PLACES) {
    mkdirSync(dirname(join(root, source)), { recursive: true })
    cpSync(join(slidevClientRoot(), source), join(root, source))
    writeFileSync(join(root, source), edit(source, readFileSync(join(root, source), 'utf8')))
  }
  return root
}

afterEach(() => {
  for (const root of copies.splice(0))
    rmSync(root, { recursive: true, force: true })
})

describe('runtimeStyles', () => {
  it('reads the same texts from a faithful copy as from the installed package', () => {
    expect(runtimeStyles(canvas, slidevCopy())).toEqual(runtimeStyles(canvas))
  })

  it('follows a whitespace change in a text, so that its hash in the policy follows too', () => {
    const edited = runtimeStyles(canvas, slidevCopy((source, text) => source === 'logic/dark.ts' ? text.replace('{-webkit-transition', '{ -webkit-transition') : text))
    const dark = edited.find(style => style.name === 'dark-mode switch')!
    expect(dark.css).toContain('{ -webkit-transition')
    expect(hashSource(dark.css)).not.toBe(hashSource(runtimeStyles(canvas).find(style => style.name === 'dark-mode switch')!.css))
    // And the deck's policy carries the installed text's hash.
    const styleSrc = cspDirectives(canvas, 'meta').find(([name]) => name === 'style-src')![1]
    for (const style of runtimeStyles(canvas))
      expect(styleSrc).toContain(hashSource(style.css))
  })

  it('stops, naming the text and the file, when a text is no longer where it was', () => {
    const renamed = slidevCopy((source, text) => source === 'logic/dark.ts' ? text.replace(/CSS_DISABLE_TRANS/g, 'NO_TRANSITIONS') : text)
    expect(() => runtimeStyles(canvas, renamed)).toThrow(RuntimeStyleError)
    expect(() => runtimeStyles(canvas, renamed)).toThrow(/"dark-mode switch": expected 1 text\(s\) at const CSS_DISABLE_TRANS in @slidev\/client\/logic\/dark\.ts, found 0/)
    const computed = slidevCopy((source, text) => source === 'pages/presenter/print.vue' ? text.replace('useStyleTag(`', 'useStyleTag(css + `') : text)
    expect(() => runtimeStyles(canvas, computed)).toThrow(/"notes print page"/)
  })

  it('stops when a text fills in a value the seam does not know', () => {
    // eslint-disable-next-line no-template-curly-in-string -- the template text Slidev's source would hold
    const root = slidevCopy((source, text) => source === 'composables/usePrintStyles.ts' ? text.replace('margin: 0px;', 'margin: ${margin.value}px;') : text)
    expect(() => runtimeStyles(canvas, root)).toThrow(/"print page size".*`margin\.value`/)
  })
})
