// Slidev's routes, plus the phone as the clicker: `#/phone` opens the phone control view (components/PhoneControl.vue)
// once the password is right (`slidev --remote <password>`, see scripts/present.ts). The view is Slidev's own notes
// route with `?phone`: it keeps that route's password check, and like Slidev's notes view it only reads where the
// deck is and never writes it (its taps are intents that a laptop window applies: composables/useClicker.ts).
import type { RouteComponent, RouteRecordRaw } from 'vue-router'
import { configs, sharedState } from '@slidev/client'
import { defineRoutesSetup } from '@slidev/types'
import { defineAsyncComponent, defineComponent, h } from 'vue'
import { useRoute } from 'vue-router'
import { isPhoneView, phoneRedirect, remotePassword, urlPassword } from '../logic/phone.ts'

export default defineRoutesSetup((routes) => {
  const notes = routes.find(route => route.name === 'notes')
  // `presenter: false` in the headmatter: no notes route, no phone view.
  if (!notes || !('component' in notes) || !notes.component)
    return routes
  const slidevNotes = defineAsyncComponent(notes.component as () => Promise<RouteComponent>)
  const phoneControl = defineAsyncComponent(() => import('../components/PhoneControl.vue'))
  const notesOrPhone = defineComponent({
    name: 'NotesOrPhone',
    setup() {
      const route = useRoute()
      return () => h(isPhoneView(route.query) ? phoneControl : slidevNotes)
    },
  })
  const phone: RouteRecordRaw = {
    path: '/phone',
    redirect: (to) => {
      const remote = remotePassword(configs.remote)
      let password = urlPassword(to.query, location.search)
      // Typed in by hand, without the password: ask once. Refused, the phone shows the audience view where the deck is.
      if (remote && password !== remote)
        // eslint-disable-next-line no-alert
        password = window.prompt('Password for the phone control view') ?? undefined
      return phoneRedirect(sharedState, password, remote)
    },
  }
  return [phone, ...routes.map(route => route === notes ? { ...notes, component: notesOrPhone } as RouteRecordRaw : route)]
})
