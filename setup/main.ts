// Applies the app's stylesheets, then takes the static copy of slide 1 (`#dp-first-paint`, written into index.html by
// `npm run build`, see tools/first-paint.ts) out of the page once the app shows the same thing: slide 1 mounted with
// its fonts loaded, and painted. On any other route (a deep link, the presenter, the print view) it goes at once: it
// was never shown there.
import { defineAppSetup } from '@slidev/types'
import { mountedSlide, SLIDEV_DOM } from '../seam/slidev.ts'

const COPY_ID = 'dp-first-paint'
/** Set on <html> by the first paint's inline script when the URL names another route than slide 1 (DEEP_LINK_CLASS). */
const DEEP_LINK_CLASS = 'dp-deep'
const MOUNTED = mountedSlide(1)

function slideOneShown(): boolean {
  return Boolean(document.querySelector(MOUNTED))
    && !document.querySelector(`#${SLIDEV_DOM.slideContent} .${SLIDEV_DOM.slideLoading}`)
    && document.fonts.status === 'loaded'
}

/**
 * The app's stylesheets, which the build turned into preloads (`data-dp-style`) so that they do not hold back the
 * copy's first paint: made stylesheets again, and waited for (loaded or failed), before the app mounts.
 */
async function applyDeferredStyles(): Promise<void> {
  const preloads = [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="style"][data-dp-style]')]
  await Promise.all(preloads.map((preload) => {
    const sheet = document.createElement('link')
    sheet.rel = 'stylesheet'
    sheet.href = preload.href
    if (preload.crossOrigin !== null)
      sheet.crossOrigin = preload.crossOrigin
    const done = new Promise<void>((resolve) => {
      sheet.addEventListener('load', () => resolve())
      sheet.addEventListener('error', () => resolve())
    })
    preload.replaceWith(sheet)
    return done
  }))
}

export default defineAppSetup(async ({ router }) => {
  const copy = document.getElementById(COPY_ID)
  // Only a visit to slide 1 waits for the stylesheets before the app mounts (the copy is on screen meanwhile). A deep
  // link does not: delaying the app's setup there lets Slidev's shared navigation state start at slide 1, and the
  // presenter view opened at #/presenter/N went back to slide 1.
  const styles = applyDeferredStyles()
  if (copy && !document.documentElement.classList.contains(DEEP_LINK_CLASS))
    await styles
  if (!copy)
    return
  const remove = () => copy.remove()
  const onSlideOne = () => /^\/1?$/.test(router.currentRoute.value.path)
  router.isReady().then(() => {
    if (!onSlideOne())
      return remove()
    const check = () => {
      if (!onSlideOne())
        return remove()
      // One more frame after the app's slide is there: it has been painted under the copy before the copy goes.
      if (slideOneShown())
        return requestAnimationFrame(() => requestAnimationFrame(remove))
      requestAnimationFrame(check)
    }
    check()
  }, remove)
})
