// App setup: keeps Slidev's offline note ("Caching for offline…", bottom right) to the one visit that caches.
//
// Slidev 52 (`pwa` option) sets that note on every load and clears it only when the service worker reports its first
// install. A page that an installed worker already controls (every visit after the first, offline ones included)
// never gets that report, nor does a browser without service workers, and printing (the PDF, og-image and notes
// exports block the worker) would show the note on the page: in all these cases the note is cleared as soon as set.
import { pwaCaching } from '@slidev/client/setup/pwa.ts'
import { defineAppSetup } from '@slidev/types'
import { watch } from 'vue'

export default defineAppSetup(({ router }) => {
  if (!__SLIDEV_FEATURE_PWA__)
    return
  const settled = (): boolean => !('serviceWorker' in navigator)
    || Boolean(navigator.serviceWorker.controller)
    || router.currentRoute.value.path.endsWith('/print')
  watch([pwaCaching, () => router.currentRoute.value.path], ([caching]) => {
    if (caching && settled())
      pwaCaching.value = false
  }, { flush: 'sync', immediate: true })
})
