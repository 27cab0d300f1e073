// The deck's layouts and Slidev's: which of layouts/*.vue are forks, of which file, as it was when forked; and the
// one module of the default theme they take (its background helper, re-exported by ./layout-helper.ts: not here, as
// vite.config.ts reads this file and Node cannot load the theme's TypeScript). seam/theme.test.ts checks each fork
// against the installed file by its SHA-256 and names the fork to review when Slidev changes the original.
//
//   import { handleBackground } from '../seam/layout-helper.ts'     // layouts/cover.vue
import type { Coupling } from './slidev.ts'

export const THEME_HELPER: Coupling = { value: '@slidev/theme-default/layoutHelper', source: '@slidev/theme-default/layoutHelper.ts', breaks: 'the cover layout loses its `background:` (a colour, or an image dimmed for legible text)' }

export interface LayoutFork {
  /** The deck's layout, in layouts/. */
  layout: string
  /** The file it was forked from, under node_modules. */
  upstream: string
  /** SHA-256 (hex) of the upstream file the fork follows. */
  sha256: string
  /** What the fork changes. */
  change: string
}

const REGION = 'its root is a named region landmark (components/SlideRegion.vue) instead of a div'

export const LAYOUT_FORKS: readonly LayoutFork[] = [
  { layout: 'cover.vue', upstream: '@slidev/theme-default/layouts/cover.vue', sha256: '9a69768f17d49ef683fa7ecccabbe8af29401d0347663fe1512c946dd2c38e01', change: `${REGION}; typed props` },
  { layout: 'section.vue', upstream: '@slidev/theme-default/layouts/section.vue', sha256: '30603044401a2cd95346964eb571eda6c27576f10697978626e8df45dfb15289', change: REGION },
  { layout: 'statement.vue', upstream: '@slidev/theme-default/layouts/statement.vue', sha256: '67fb3c06a9e6d263d57adf5661c04189d449c18c568e2f6804f0369c8a872678', change: REGION },
  { layout: 'default.vue', upstream: '@slidev/client/layouts/default.vue', sha256: 'ab40c0f8c0819ff581ba5a2ab7eeeaf8c5c37145a703ee2ded49e1e1b1fa0819', change: REGION },
  { layout: 'center.vue', upstream: '@slidev/client/layouts/center.vue', sha256: '3e6448cbacd6121d521d4ced32b928e2eee813735687fe37f1fdace51baba718', change: REGION },
]

/** The deck's own layouts, forks of nothing. */
export const OWN_LAYOUTS: readonly string[] = ['category.vue']
