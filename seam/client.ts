// The Slidev client's non-public modules that the deck uses, in one place (see seam/README.md). Slidev 52 exports
// them only through its package's "./*" export, with no promise that they stay: import them from here, never from
// `@slidev/client/...` (the lint rule in eslint.config.js refuses that anywhere else), so that an upgrade that moves
// one breaks one file, and seam/compat.test.ts names it.
//
//   import { NoteDisplay, useTimer } from '../seam/client.ts'
export { createClicksContextBase } from '@slidev/client/composables/useClicks.ts'
export { useTimer } from '@slidev/client/composables/useTimer.ts'
export { useWakeLock } from '@slidev/client/composables/useWakeLock.ts'
export { default as NoteDisplay } from '@slidev/client/internals/NoteDisplay.vue'
