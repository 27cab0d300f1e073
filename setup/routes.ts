// Slidev's routes, plus the phone as the clicker: `#/phone` opens the phone control view (components/PhoneControl.vue)
// at the slide the deck is showing, once the password is right (`slidev --remote <password>`, see scripts/present.ts).
// The view is Slidev's own presenter route with `?phone`: so it keeps the presenter's password check and drives the
// deck exactly as the presenter window does.
import type { RouteComponent, RouteRecordRaw } from 'vue-router'
import { configs, sharedState } from '@slidev/client'
import { defineRoutesSetup } from '@slidev/types'
import { defineAsyncComponent, defineComponent, h } from 'vue'
import { useRoute } from 'vue-router'
import { isPhoneView, phoneRedirect, remotePassword, urlPassword } from '../logic/phone.ts'

export default defineRoutesSetup((routes) => {
  const presenter = routes.find(route => route.name === 'presenter')
  // `presenter: false` in the headmatter: no presenter route, no phone view.
  if (!presenter || !('component' in presenter) || !presenter.component)
    return routes
  const slidevPresenter = defineAsyncComponent(presenter.component as () => Promise<RouteComponent>)
  const phoneControl = defineAsyncComponent(() => import('../components/PhoneControl.vue'))
  const presenterOrPhone = defineComponent({
    name: 'PresenterOrPhone',
    setup() {
      const route = useRoute()
      return () => h(isPhoneView(route.query) ? phoneControl : slidevPresenter)
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
  return [phone, ...routes.map(route => route === presenter ? { ...presenter, component: presenterOrPhone } as RouteRecordRaw : route)]
})
