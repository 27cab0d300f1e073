// Runs in every window of the deck, inside Slidev's root component (Slidev's root setup): on the dev server, the
// window's half of the phone as a clicker, which says what this window is and, when the server picks it as the one
// writer, applies the phone's intents (composables/useClicker.ts). A built deck has no server: the build drops the
// whole body (import.meta.env.DEV is false there), so the clicker adds nothing to the deck's first load.
//
// One writer from the first moment: every window starts without sending its position (Slidev's "viewer send" sync
// direction; a presenter window sends by its own direction), and useClicker.ts turns sending on in the audience
// window once the server names it the writer. Otherwise a window opened mid-talk (a second audience window, or
// `#/phone` refused on the laptop) would send where it opened before it hears of the presenter: the deck would jump
// there, and the shared click count would read 0 until the next move. This runs before Slidev's root setup watches
// the route, so even the window's first navigation is not sent.
import { defineRootSetup } from '@slidev/types'
import { getCurrentInstance } from 'vue'
import { setViewerSend } from '../seam/sync.ts'

export default defineRootSetup(() => {
  if (!import.meta.env.DEV)
    return
  setViewerSend(false)
  // Loaded after start-up, and run in the app's context, where Slidev's and the router's injections are at hand.
  const app = getCurrentInstance()!.appContext.app
  void import('../composables/useClicker.ts').then(({ useClickerWindow }) => app.runWithContext(useClickerWindow))
})
