// Slidev's sync directions (non-public: `@slidev/client/state/storage.ts`), alone in this module so that the deck's
// root setup can take them without pulling the phone view's Slidev modules (seam/client.ts) into every page's first
// load. Slidev's own root setup already loads this module.
//
//   import { syncDirections } from '../seam/sync.ts'   // setup/root.ts, composables/useClicker.ts
export { syncDirections } from '@slidev/client/state/storage.ts'
