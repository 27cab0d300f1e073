// The window's half of the phone as a clicker (logic/clicker.ts says the design; plugins/clicker.ts is the
// server's half). Every window of the deck on the dev server says what it is; the one the server picks as the writer
// applies the phone's intents with Slidev's own navigation (useNav's next, prev and go; useTimer's toggle), one after
// the other, and Slidev's sync carries the result to every window. Nothing here writes Slidev's shared state.
//
//   app.runWithContext(useClickerWindow)   // setup/root.ts, in every window on the dev server
//   const { send, refusal } = useClickerSender()   // components/PhoneControl.vue: send({ kind: 'next' })
//
// Only the writer's position goes to Slidev's shared state. Every window starts without sending it (setup/root.ts
// turns Slidev's "viewer send" sync direction off before the first navigation); the audience window turns it on when
// the server names it the writer, and says where it is. While a presenter window writes, the audience window stays
// quiet: a late echo of its previous step would otherwise move the presenter window back. It sends again as soon as
// no presenter window is open, or the server stops.
import type { Intent, Refusal, WriterKind } from '../logic/clicker.ts'
import { configs, useNav } from '@slidev/client'
import { computed, onScopeDispose, ref, watch } from 'vue'
import { useRoute } from 'vue-router'
import { CLICKER_EVENTS, parseIntent, windowRole } from '../logic/clicker.ts'
import { remotePassword, urlPassword } from '../logic/phone.ts'
import { useTimer } from '../seam/client.ts'
import { setViewerSend } from '../seam/sync.ts'

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
    if (role.value !== 'audience')
      return
    // The setting outlives the window (localStorage), and every window turned it off as it started (setup/root.ts):
    // the server's word on the writer, which every window gets right after its hello, sets it again, as does the
    // server going away. Just named the writer: say where this window is. Slidev sends a window's position after
    // every navigation, and a forced go to where it already is counts as one.
    if (setViewerSend(kind !== 'presenter') && kind !== 'presenter')
      void nav.go(nav.currentSlideNo.value, nav.clicks.value, true)
  })
  hot.on('vite:ws:disconnect', () => {
    if (role.value === 'audience')
      setViewerSend(true)
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
