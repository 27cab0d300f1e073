// The part of @slidev/client that our components use, typed for vue-tsc. The package ships TypeScript sources that
// only typecheck inside Slidev's own build (virtual modules, __DEV__), so tsconfig.json `paths` points the type
// checker here; Vite still resolves the real package at build time.
import type { ClicksContext, RenderContext } from '@slidev/types'
import type { Ref } from 'vue'

export interface SlideContextNav {
  currentSlideNo: number
  /** True while exporting or printing (`?print`). */
  isPrintMode: boolean
  /** True when the export makes a page per click step (`--with-clicks`). */
  isPrintWithClicks: boolean
}

export function useSlideContext(): {
  $clicksContext: ClicksContext
  $clicks: Ref<number>
  $nav: Ref<SlideContextNav>
  $renderContext: Ref<RenderContext>
}
