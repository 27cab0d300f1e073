// Runs in every window of the deck, inside Slidev's root component (Slidev's root setup): the window's half of the
// phone as a clicker, which on the dev server says what this window is and, when the server picks it as the one
// writer, applies the phone's intents (composables/useClicker.ts). A built deck has no server: it does nothing there.
import { defineRootSetup } from '@slidev/types'
import { useClickerWindow } from '../composables/useClicker.ts'

export default defineRootSetup(() => {
  useClickerWindow()
})
