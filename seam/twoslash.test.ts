// TwoSlash served empty for a deck without twoslash code: the couplings are still where Slidev imports them, the
// fence test, and the plugin's hooks.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TWOSLASH_COUPLINGS, twoslashWhenUsed, usesTwoslash } from './twoslash'

const require = createRequire(import.meta.url)
const clientRoot = join(require.resolve('@slidev/client/package.json'), '..')

describe('the couplings to TwoSlash (seam/twoslash.ts)', () => {
  it.each(Object.entries(TWOSLASH_COUPLINGS))('%s: the installed Slidev imports it where the seam says', (name, coupling) => {
    const text = readFileSync(join(clientRoot, coupling.source.replace('@slidev/client/', '')), 'utf8')
    expect(text.includes(`'${coupling.value}'`), `${name} ("${coupling.value}", ${coupling.source}) moved: ${coupling.breaks}`).toBe(true)
    expect(() => require.resolve(coupling.value, { paths: [clientRoot] }), `${coupling.value} no longer resolves from @slidev/client`).not.toThrow()
  })
})

describe('usesTwoslash', () => {
  it('finds a twoslash fence, with backticks or tildes, and nothing else', () => {
    expect(usesTwoslash('# Hi\n\n```ts twoslash\nconst a = 1\n```\n')).toBe(true)
    expect(usesTwoslash('~~~ts {1} twoslash\n~~~')).toBe(true)
    expect(usesTwoslash('```ts\nconst twoslash = 1\n```\nWe do not use twoslash here.')).toBe(false)
    expect(usesTwoslash(readFileSync(join(__dirname, '..', 'slides.md'), 'utf8'))).toBe(false)
  })
})

describe('twoslashWhenUsed', () => {
  type Hook = (this: { addWatchFile: (file: string) => void }, ...args: unknown[]) => unknown
  const deckWith = (text: string) => {
    const file = join(mkdtempSync(join(tmpdir(), 'depin-twoslash-')), 'slides.md')
    writeFileSync(file, text)
    return file
  }
  const context = { addWatchFile: () => {} }

  it('serves both modules empty for a deck without twoslash: a Vue plugin that installs nothing, and no CSS', () => {
    const plugin = twoslashWhenUsed({ deck: deckWith('# Plain\n') })
    ;(plugin.buildStart as Hook).call(context)
    const client = (plugin.resolveId as Hook).call(context, TWOSLASH_COUPLINGS.client.value) as string
    const style = (plugin.resolveId as Hook).call(context, TWOSLASH_COUPLINGS.style.value) as string
    expect((plugin.load as Hook).call(context, client)).toMatch(/export default \{ install\(\) \{\} \}/)
    expect((plugin.load as Hook).call(context, style)).toBe('')
    expect((plugin.resolveId as Hook).call(context, 'vue')).toBeUndefined()
  })

  it('leaves them alone for a deck with twoslash code', () => {
    const plugin = twoslashWhenUsed({ deck: deckWith('```ts twoslash\nlet a = 1\n```\n') })
    ;(plugin.buildStart as Hook).call(context)
    expect((plugin.resolveId as Hook).call(context, TWOSLASH_COUPLINGS.client.value)).toBeUndefined()
    expect((plugin.resolveId as Hook).call(context, TWOSLASH_COUPLINGS.style.value)).toBeUndefined()
  })
})
