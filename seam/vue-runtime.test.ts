// Vue's runtime build for the built deck (seam/vue-runtime.ts): Slidev still aliases `vue` to the full build, and the
// plugin turns exactly that path into the runtime build.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { VUE_FULL_BUILD, vueRuntimeOnly } from './vue-runtime'

const require = createRequire(import.meta.url)
const cliDist = join(require.resolve('@slidev/cli/package.json'), '..', 'dist')

describe('the Vue build of the built deck', () => {
  it('is the one Slidev aliases `vue` to', () => {
    const files = readdirSync(cliDist).filter(name => /^serve-.*\.mjs$/.test(name))
    const aliased = files.filter(name => readFileSync(join(cliDist, name), 'utf8').includes(`resolveImportPath("${VUE_FULL_BUILD.value}"`))
    expect(aliased, `VUE_FULL_BUILD ("${VUE_FULL_BUILD.value}", ${VUE_FULL_BUILD.source}): Slidev no longer aliases vue to it; ${VUE_FULL_BUILD.breaks}`).toHaveLength(1)
  })

  it('swaps the full build for the runtime build, and nothing else', () => {
    const plugin = vueRuntimeOnly()
    const resolveId = plugin.resolveId as (id: string) => string | undefined
    expect(resolveId(require.resolve(VUE_FULL_BUILD.value))).toBe(require.resolve('vue/dist/vue.runtime.esm-bundler.js'))
    expect(resolveId('vue')).toBeUndefined()
    expect(resolveId(require.resolve('vue/dist/vue.runtime.esm-bundler.js'))).toBeUndefined()
    expect(plugin.apply).toBe('build')
  })
})
