// deck:print-view: keeps Slidev's print view (`#/print`, `#/presenter/print`) in the built deck. Slidev compiles it in
// only when `download` is true, and then its build launches Playwright's own browser to export a PDF, which cannot
// work offline. Our exporter (tools/exporter.ts) prints the built deck through this view instead.
//
//   printView()   // vite.config.ts
import type { Plugin } from 'vite'
import { PRINT_FEATURE_FLAG } from '../seam/slidev.ts'

export function printView(): Plugin {
  return {
    name: 'deck:print-view',
    // After Slidev's own config hook, so that this flag wins.
    enforce: 'post',
    config: () => ({ define: { [PRINT_FEATURE_FLAG.value]: 'true' } }),
  }
}
