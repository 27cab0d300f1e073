// The window's half of the phone as a clicker (logic/clicker.ts says the design; tools/clicker-relay.ts is the
// server's half). Every window of the deck on the dev server says what it is; the one the server picks as the writer
// applies the phone's intents with Slidev's own navigation (useNav's next, prev and go; useTimer's toggle), one after
// the other, and Slidev's sync carries the result to every window. Nothing here writes Slidev's shared state.
//
//   useClickerWindow()                 // setup/root.ts, in every window
//   const { send, refusal } = useClickerSender()   // components/PhoneControl.vue: send({ kind: 'next' })
//
// While a presenter window writes, the audience window stops sending its own position (Slidev's "viewer send" sync
// direction): a late echo of the audience's previous step would otherwise move the presenter window back.
import type { Intent, Refusal, WriterKind } from '../logic/clicker.ts'
import { useNav } from '@slidev/client'
import { computed, ref, watch } from 'vue'
import { useRoute } from 'vue-router'
import { CLICKER_EVENTS, parseIntent, windowRole } from '../logic/clicker.ts'
import { PHONE_FLAG, urlPassword } from '../logic/phone.ts'
import { syncDirections, useTimer } from '../seam/client.ts'

export function useClickerWindow(): void {
  const hot = import.meta.hot
  if (!hot)
    return
  const route = useRoute()
  const nav = useNav()
  const timer = useTimer()
  const role = computed(() => windowRole(route.name, route.query, PHONE_FLAG))
  const password = computed(() => urlPassword(route.query, location.search))
  watch([role, password], () => hot.send(CLICKER_EVENTS.hello, { role: role.value, password: password.value }), { immediate: true })

  hot.on(CLICKER_EVENTS.writer, (kind: WriterKind) => {
    if (role.value !== 'audience')
      return
    const send = kind !== 'presenter'
    if (syncDirections.value.viewerSend !== send)
      syncDirections.value = { ...syncDirections.value, viewerSend: send }
  })

  // One intent at a time, each after the navigation before it has finished.
  let queue = Promise.resolve()
  const apply = async (intent: Intent) => {
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
    const intent = parseIntent(data)
    queue = queue.then(() => apply(intent)).catch(error => console.warn('[clicker] could not apply', intent, error))
  })
}

export function useClickerSender() {
  const hot = import.meta.hot
  const refusal = ref<string>()
  hot?.on(CLICKER_EVENTS.refused, (data: Refusal) => refusal.value = data.reason)
  function send(intent: Intent): void {
    refusal.value = hot ? undefined : 'The phone works with `npm run present` (a built deck has no server to relay taps).'
    hot?.send(CLICKER_EVENTS.intent, intent)
  }
  return { send, refusal }
}
