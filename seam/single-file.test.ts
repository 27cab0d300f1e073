// What the one-file build undoes of Slidev's config (seam/single-file.ts): both are still where Slidev sets them.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dropManualChunks, MANUAL_CHUNKS_OPTION, PWA_FEATURE_FLAG, singleFileSeam } from './single-file'

const require = createRequire(import.meta.url)
const cliDist = join(require.resolve('@slidev/cli/package.json'), '..', 'dist')
const clientRoot = join(require.resolve('@slidev/client/package.json'), '..')

describe('the one-file build\'s couplings', () => {
  it('finds Slidev\'s manualChunks in its Vite config', () => {
    const files = readdirSync(cliDist).filter(name => /^serve-.*\.mjs$/.test(name))
    const setting = files.filter(name => readFileSync(join(cliDist, name), 'utf8').includes(MANUAL_CHUNKS_OPTION.value))
    expect(setting, `MANUAL_CHUNKS_OPTION (${MANUAL_CHUNKS_OPTION.source}): ${MANUAL_CHUNKS_OPTION.breaks}`).toHaveLength(1)
  })

  it('finds the PWA flag guarding the service worker\'s registration', () => {
    const main = readFileSync(join(clientRoot, 'setup', 'main.ts'), 'utf8')
    expect(main, `PWA_FEATURE_FLAG (${PWA_FEATURE_FLAG.source}): ${PWA_FEATURE_FLAG.breaks}`).toContain(`if (${PWA_FEATURE_FLAG.value})`)
  })

  it('takes manualChunks out of every output, and nothing else', () => {
    const chunkFileNames = () => 'x.js'
    const config = { build: { rollupOptions: { output: [{ manualChunks: () => 'a', chunkFileNames }, { chunkFileNames }] } } }
    dropManualChunks(config)
    expect(config.build.rollupOptions.output).toEqual([{ chunkFileNames }, { chunkFileNames }])
    const single = { build: { rollupOptions: { output: { manualChunks: () => 'a' } } } }
    dropManualChunks(single)
    expect(single.build.rollupOptions.output).toEqual({})
    expect(() => dropManualChunks({})).not.toThrow()
  })

  it('turns the PWA flag off, after Slidev\'s config', () => {
    const plugin = singleFileSeam()
    expect(plugin.enforce).toBe('post')
    const config = plugin.config as (config: object) => { define: Record<string, string> }
    expect(config({}).define).toEqual({ [PWA_FEATURE_FLAG.value]: 'false' })
  })
})
