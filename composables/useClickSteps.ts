// Click steps that a component declares itself, so the slide needs no `clicks:` in its frontmatter: navigation,
// presenter mode and the notes' [click] markers all know them. Printed without clicks (the PDF) and in the overview,
// the component shows its last step, complete.
//
//   const step = useClickSteps(2)   // 0 before the first click, then 1, then 2 (and 2 in the PDF)
import type { ClicksInfo } from '@slidev/types'
import type { ComputedRef } from 'vue'
import { useNav, useSlideContext } from '@slidev/client'
import { computed, onMounted, onUnmounted, shallowRef, useId } from 'vue'

/** The current step, from 0 to `count`, of `count` click steps that follow whatever the slide declared before. */
export function useClickSteps(count: number): ComputedRef<number> {
  const { $clicksContext: clicks } = useSlideContext()
  const { isPrintMode, isPrintWithClicks } = useNav()
  const id = `click-steps-${useId()}`
  const info = shallowRef<ClicksInfo | null>(null)

  onMounted(() => {
    info.value = clicks.calculateSince('+1', count)
    clicks.register(id, info.value)
  })
  onUnmounted(() => clicks.unregister(id))

  return computed(() => {
    if (isPrintMode.value && !isPrintWithClicks.value)
      return count
    if (!info.value)
      return 0
    return Math.min(count, Math.max(0, info.value.currentOffset.value + 1))
  })
}
