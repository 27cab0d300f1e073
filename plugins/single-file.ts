// deck:single-file (build, with DECK_SINGLE_FILE=1): the deck as one HTML file that opens from a USB stick by
// double-click (`npm run export:html`, tools/single-file.ts). vite-plugin-singlefile inlines every script, style, font
// and image; seam/single-file.ts undoes what of Slidev's config stands in the way. In every build, it tells the app
// whether the hosted deck offers the file (`__DECK_HTML_FILE__`: its name in a hosted build, which `npm run build`
// writes beside the PDF; null on the dev server and in the file itself).
//
//   ...singleFile()   // vite.config.ts
import type { Plugin, PluginOption } from 'vite'
import process from 'node:process'
import { viteSingleFile } from 'vite-plugin-singlefile'
import { singleFileSeam } from '../seam/single-file.ts'
import { readDeck } from '../tools/deck.ts'

/** Set to `1` in the environment of `slidev build` for the one-file build. */
export const SINGLE_FILE_ENV = 'DECK_SINGLE_FILE'

export function isSingleFileBuild(): boolean {
  return process.env[SINGLE_FILE_ENV] === '1'
}

/** The one file's name: the deck's exportFilename, `.html`. */
export function singleFileName(exportFilename: string): string {
  return `${exportFilename}.html`
}

function offeredFile(): Plugin {
  return {
    name: 'deck:single-file-offer',
    config: (_, env) => {
      const offered = env.command === 'build' && !isSingleFileBuild() ? singleFileName(readDeck().head.exportFilename) : null
      return { define: { __DECK_HTML_FILE__: JSON.stringify(offered) } }
    },
  }
}

export function singleFile(): PluginOption[] {
  if (!isSingleFileBuild())
    return [offeredFile()]
  return [offeredFile(), viteSingleFile({ removeViteModuleLoader: true }), singleFileSeam()]
}
