// Slidev's Vite config points every `import 'vue'` at Vue's full build, template compiler included
// (VUE_FULL_BUILD below). Every template of this deck is compiled ahead of time (slides, layouts, components, and
// Slidev's own), so the built deck needs only the runtime: this plugin swaps the build for the runtime build, about
// 30 KiB gzip less in the first load and less to parse before the first slide. The dev server keeps Slidev's choice.
//
//   vueRuntimeOnly()   // vite.config.ts
//
// Coupling (seam/README.md): the alias Slidev sets, checked by seam/vue-runtime.test.ts. A component with a
// `template:` string would render nothing under the runtime build: the browser tests check every slide's text.
import type { Plugin } from 'vite'
import type { Coupling } from './slidev.ts'
import { createRequire } from 'node:module'

export const VUE_FULL_BUILD: Coupling = { value: 'vue/dist/vue.esm-bundler.js', source: '@slidev/cli/dist/serve-*.mjs', breaks: 'nothing: the template compiler is in the first load again (about 30 KiB gzip)' }

const RUNTIME_BUILD = 'vue/dist/vue.runtime.esm-bundler.js'

export function vueRuntimeOnly(): Plugin {
  const require = createRequire(import.meta.url)
  const full = require.resolve(VUE_FULL_BUILD.value)
  const runtime = require.resolve(RUNTIME_BUILD)
  return {
    name: 'deck:vue-runtime-only',
    apply: 'build',
    enforce: 'pre',
    // After Slidev's alias has turned `vue` into the full build's path.
    resolveId: id => (id === full ? runtime : undefined),
  }
}
