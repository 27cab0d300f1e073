// Slidev's client installs TwoSlash's popups (floating-vue, @floating-ui) and loads their stylesheet on every page,
// whether or not a slide has a `twoslash` code block: about 14 KiB gzip of script and 3 KiB of CSS in the first
// load, and their start-up on the main thread. For a deck without one, this Vite plugin serves both modules empty.
// A deck that has one (a code fence with `twoslash` in its info string) keeps them, untouched.
//
//   twoslashWhenUsed({ deck: 'slides.md' })   // vite.config.ts
//
// Couplings (seam/README.md): the two module ids Slidev's client imports (TWOSLASH_COUPLINGS);
// seam/twoslash.test.ts checks that the installed Slidev still imports them where it did.
import type { Plugin } from 'vite'
import type { Coupling } from './slidev.ts'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

export const TWOSLASH_COUPLINGS = {
  client: { value: '@shikijs/vitepress-twoslash/client', source: '@slidev/client/setup/main.ts', breaks: 'nothing breaks; the popups\' script is in the first load again (about 14 KiB gzip)' },
  style: { value: '@shikijs/vitepress-twoslash/style.css', source: '@slidev/client/styles/index.ts', breaks: 'nothing breaks; the popups\' stylesheet is in the first load again (about 3 KiB gzip)' },
} as const satisfies Record<string, Coupling>

const EMPTY_CLIENT = '\0deck:twoslash-client'
const EMPTY_STYLE = '\0deck:twoslash-style.css'

/** Whether markdown `text` has a code fence whose info string names twoslash (```ts twoslash). */
export function usesTwoslash(text: string): boolean {
  return /^ {0,3}(?:`{3}|~{3})[^\n]*\btwoslash\b/m.test(text)
}

export interface TwoslashOptions {
  /**
   * The deck's markdown files (slides.md; add any it includes with `src:`). Read at the start: a fence added while
   * `npm run dev` runs takes a restart.
   */
  deck: string | string[]
}

export function twoslashWhenUsed({ deck }: TwoslashOptions): Plugin {
  let used = true
  return {
    name: 'deck:twoslash-when-used',
    enforce: 'pre',
    buildStart() {
      const files = (Array.isArray(deck) ? deck : [deck]).map(file => resolve(file))
      used = files.some(file => usesTwoslash(readFileSync(file, 'utf8')))
      for (const file of files)
        this.addWatchFile(file)
    },
    resolveId(id) {
      if (used)
        return undefined
      if (id === TWOSLASH_COUPLINGS.client.value)
        return EMPTY_CLIENT
      if (id === TWOSLASH_COUPLINGS.style.value)
        return EMPTY_STYLE
      return undefined
    },
    load(id) {
      // A Vue plugin that installs nothing: Slidev calls app.use() on it.
      if (id === EMPTY_CLIENT)
        return 'export default { install() {} }\n'
      if (id === EMPTY_STYLE)
        return ''
      return undefined
    },
  }
}
