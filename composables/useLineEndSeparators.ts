// Hides the separators of a wrapped inline list that end or start a line (logic/line-breaks.ts decides which), as
// laid out now: measured after mount, once the fonts are in, and again whenever the block holding the list changes
// size. Hidden with `visibility`, so the line breaks stay where they are.
//
//   const root = useTemplateRef<HTMLElement>('root')
//   useLineEndSeparators(root, '.project-list__sep', 'project-list__sep--stray')
import type { Ref } from 'vue'
import { onMounted, onUnmounted } from 'vue'
import { strayAt } from '../logic/line-breaks.ts'

export function useLineEndSeparators(root: Readonly<Ref<HTMLElement | null>>, selector: string, strayClass: string): void {
  let observer: ResizeObserver | undefined
  const mark = () => {
    const list = root.value
    if (!list)
      return
    const separators = [...list.querySelectorAll<HTMLElement>(selector)]
    const top = (element: Element | null) => element?.getBoundingClientRect().top ?? Number.NaN
    const stray = new Set(strayAt(separators.map(sep => ({
      before: top(sep.previousElementSibling),
      sep: top(sep),
      after: top(sep.nextElementSibling),
    }))))
    separators.forEach((sep, index) => sep.classList.toggle(strayClass, stray.has(index)))
  }
  onMounted(() => {
    mark()
    document.fonts.ready.then(mark, mark)
    observer = new ResizeObserver(mark)
    // An inline box never reports a size to a ResizeObserver: watch the block that holds the list (it goes from 0 to
    // its size when its slide is shown).
    const block = root.value?.parentElement
    if (block)
      observer.observe(block)
  })
  onUnmounted(() => observer?.disconnect())
}
