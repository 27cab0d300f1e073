// The window's half of the phone as a clicker (logic/clicker.ts says the design; plugins/clicker.ts is the
// server's half). Every window of the deck on the dev server says what it is; the one the server picks as the writer
// applies the phone's intents with Slidev's own navigation (useNav's next, prev and go; useTimer's toggle), one after
// the other, and Slidev's sync carries the result to every window. Nothing here writes Slidev's shared state.
//
//   app.runWithContext(useClickerWindow)   // setup/root.ts, in every window on the dev server
//   const { send, refusal } = useClickerSender()   // components/PhoneControl.vue: send({ kind: 'next' })
//
// While a presenter window writes, the audience window stops sending its own position (Slidev's "viewer send" sync
// direction): a late echo of the audience's previous step would otherwise move the presenter window back. It sends
// again as soon as no presenter window is open, or the server stops.
import type { Intent, Refusal, WriterKind } from '../logic/clicker.ts'
import { configs, useNav } from '@slidev/client'
import { computed, onScopeDispose, ref, watch } from 'vue'
import { useRoute } from 'vue-router'
import { CLICKER_EVENTS, parseIntent, windowRole } from '../logic/clicker.ts'
import { remotePassword, urlPassword } from '../logic/phone.ts'
import { syncDirections, useTimer } from '../seam/client.ts'

/**
 * Turns the audience window's sending of its position off (while a presenter window writes) or on. Slidev keeps the
 * setting in localStorage (per origin), so it outlives the window: the server's word on the writer, which every
 * window gets right after its hello, sets it again, and so does the server going away. (Left off by a browser that
 * closed first, it keeps a new audience window from sending its start position until that word comes.)
 */
function quietAudience(quiet: boolean): void {
  if (syncDirections.value.viewerSend === quiet)
    syncDirections.value = { ...syncDirections.value, viewerSend: !quiet }
}

/** Run in the app's context (setup/root.ts loads this module on the dev server and runs it there). */
export function useClickerWindow(): void {
  const hot = import.meta.hot
  if (!hot)
    return
  const route = useRoute()
  const nav = useNav()
  const timer = useTimer()
  const role = computed(() => windowRole(route.name, route.query))
  // The presenter and phone routes were let in by Slidev's own password check, from the URL or its prompt (which
  // leaves the URL without it): those windows show the deck's password.
  const password = computed(() => urlPassword(route.query, location.search) ?? (role.value === 'presenter' || role.value === 'phone' ? remotePassword(configs.remote) : undefined))
  watch([role, password], () => hot.send(CLICKER_EVENTS.hello, { role: role.value, password: password.value }), { immediate: true })

  hot.on(CLICKER_EVENTS.writer, (kind: WriterKind) => {
    if (role.value === 'audience')
      quietAudience(kind === 'presenter')
  })
  hot.on('vite:ws:disconnect', () => {
    if (role.value === 'audience')
      quietAudience(false)
  })

  // One intent at a time, each after the navigation before it has finished.
  let queue = Promise.resolve()
  const apply = async (data: unknown) => {
    const intent = parseIntent(data)
    switch (intent.kind) {
      case 'next':
        return nav.next()
      case 'prev':
        return nav.prev()
      case 'go':
        return nav.go(Math.min(intent.no, nav.total.value), intent.clicks)
      case 'timer':
        return timer.toggle()
    }
  }
  hot.on(CLICKER_EVENTS.apply, (data: unknown) => {
    queue = queue.then(() => apply(data)).catch(error => console.warn('[clicker] could not apply', data, error))
  })
}

export function useClickerSender() {
  const hot = import.meta.hot
  const refusal = ref<string>()
  const refused = (data: Refusal) => refusal.value = data.reason
  hot?.on(CLICKER_EVENTS.refused, refused)
  onScopeDispose(() => hot?.off(CLICKER_EVENTS.refused, refused))
  function send(intent: Intent): void {
    refusal.value = hot ? undefined : 'The phone works with `npm run present` (a built deck has no server to relay taps).'
    hot?.send(CLICKER_EVENTS.intent, intent)
  }
  return { send, refusal }
}
