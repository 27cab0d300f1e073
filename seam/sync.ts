// Slidev's sync directions (non-public: `@slidev/client/state/storage.ts`), alone in this module so that the deck's
// root setup can take them without pulling the phone view's Slidev modules (seam/client.ts) into every page's first
// load. Slidev's own root setup already loads this module. Nothing outside the seam knows their shape.
//
//   setViewerSend(false)   // setup/root.ts (every window starts quiet), composables/useClicker.ts (the writer sends)
import { syncDirections } from '@slidev/client/state/storage.ts'

/**
 * Turns this window's sending of its position to Slidev's shared state (the "viewer send" direction; a presenter
 * window sends by its own) on or off. Says whether that changed anything. Slidev keeps the directions in
 * localStorage, per origin, so the setting outlives the window.
 */
export function setViewerSend(send: boolean): boolean {
  if (syncDirections.value.viewerSend === send)
    return false
  syncDirections.value = { ...syncDirections.value, viewerSend: send }
  return true
}
