// Runs in every window of the deck, inside Slidev's root component (Slidev's root setup): on the dev server, the
// window's half of the phone as a clicker, which says what this window is and, when the server picks it as the one
// writer, applies the phone's intents (composables/useClicker.ts). A built deck has no server: the build drops the
// whole body (import.meta.env.DEV is false there), so the clicker adds nothing to the deck's first load.
import { defineRootSetup } from '@slidev/types'
import { getCurrentInstance } from 'vue'

export default defineRootSetup(() => {
  if (!import.meta.env.DEV)
    return
  // Loaded after start-up, and run in the app's context, where Slidev's and the router's injections are at hand.
  const app = getCurrentInstance()!.appContext.app
  void import('../composables/useClicker.ts').then(({ useClickerWindow }) => app.runWithContext(useClickerWindow))
})
