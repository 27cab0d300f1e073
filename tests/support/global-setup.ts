// Browser tests run against the BUILT deck. Fail early, with the fix, when there is none.
import { existsSync } from 'node:fs'
import { resolveBrowser } from '../../tools/browser'
import { PROJECT_ROOT } from '../../tools/deck'

export default function setup(): void {
  if (!existsSync(`${PROJECT_ROOT}dist/index.html`))
    throw new Error('No built deck in dist/. Run `npm run build` first (`npm test` does it for you).')
  // Throws the resolver's how-to message when there is no Chromium.
  resolveBrowser()
}
