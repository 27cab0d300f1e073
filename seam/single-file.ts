// What the one-file build (`npm run export:html`, plugins/single-file.ts) must undo of Slidev's build config:
// - Slidev's config plugin sets `build.rollupOptions.output.manualChunks` (shiki, icons, the async modules in chunks of
//   their own); one file has no chunks, and Rolldown refuses manualChunks with code splitting off.
// - the PWA flag: Slidev compiles the service worker's registration in when `pwa` is set, and a service worker cannot
//   register from file://. With the flag off, the client leaves the registration and its offline note out.
// - the navigation bar's "Download as PDF" button: it fetches the PDF beside the page, which a file has not (and a
//   file:// page may not fetch). A style hides it (DOWNLOAD_BUTTON, seam/slidev.ts).
//
//   singleFileSeam()   // plugins/single-file.ts, in the one-file build only
//
// Couplings (seam/README.md): MANUAL_CHUNKS_OPTION and PWA_FEATURE_FLAG, checked by seam/single-file.test.ts.
import type { Plugin, UserConfig } from 'vite'
import type { Coupling } from './slidev.ts'
import { DOWNLOAD_BUTTON } from './slidev.ts'

export const MANUAL_CHUNKS_OPTION: Coupling = { value: 'manualChunks(id)', source: '@slidev/cli/dist/serve-*.mjs', breaks: 'npm run export:html fails: Rolldown refuses manualChunks in a build without code splitting' }

export const PWA_FEATURE_FLAG: Coupling = { value: '__SLIDEV_FEATURE_PWA__', source: '@slidev/client/setup/main.ts', breaks: 'the one-file deck tries to register a service worker from file:// and logs an error' }

/** Takes Slidev's manualChunks out of a config (where Slidev puts it), in place. */
export function dropManualChunks(config: UserConfig): void {
  const outputs = config.build?.rollupOptions?.output
  for (const output of Array.isArray(outputs) ? outputs : outputs ? [outputs] : [])
    delete output.manualChunks
}

/** The style the one file gets: no PDF button. */
const SINGLE_FILE_STYLE = `${DOWNLOAD_BUTTON}{display:none!important}`

export function singleFileSeam(): Plugin {
  return {
    name: 'deck:single-file-seam',
    apply: 'build',
    // After Slidev's config hook, which sets both.
    enforce: 'post',
    config(config) {
      dropManualChunks(config)
      return { define: { [PWA_FEATURE_FLAG.value]: 'false' } }
    },
    transformIndexHtml: () => [{ tag: 'style', children: SINGLE_FILE_STYLE, injectTo: 'head' }],
  }
}
