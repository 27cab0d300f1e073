// The phone control view's pure parts (setup/routes.ts, components/PhoneControl.vue): where `#/phone` takes the
// phone, where the password is read from, and what the view says about the current and the next step.
//
//   phoneTarget('pw')                                        // { path: '/notes', query: { phone: '1', password: 'pw' } }
//   phoneRedirect({ page: 4, clicks: 1 }, undefined, 'pw')   // { path: '/4', query: { clicks: '1' } }: the audience view

/** The query flag that turns Slidev's notes route into the phone control view. */
const PHONE_FLAG = 'phone'

export interface PhoneTarget {
  path: string
  query: Record<string, string>
}

/**
 * The route the phone opens: Slidev's notes route, which only reads where the deck is (it never moves it), with the
 * phone flag and the password, which the route asks for when the deck runs with `--remote`.
 */
export function phoneTarget(password: string | undefined): PhoneTarget {
  const query: Record<string, string> = { [PHONE_FLAG]: '1' }
  if (password)
    query.password = password
  return { path: '/notes', query }
}

/**
 * Where the deck is, from Slidev's shared state: slide 1 at step 0 until a window has shown anything (the dev
 * server's state starts at page 0).
 */
export function sharedPosition(shared: { page?: number, clicks?: number }): { no: number, clicks: number } {
  return { no: Math.max(1, Math.floor(Number(shared.page) || 1)), clicks: Math.max(0, Math.floor(Number(shared.clicks) || 0)) }
}

/** The audience view at the slide and click step the deck is showing (Slidev's shared state). */
function audienceTarget(shared: { page?: number, clicks?: number }): PhoneTarget {
  const { no, clicks } = sharedPosition(shared)
  return { path: `/${no}`, query: clicks > 0 ? { clicks: String(clicks) } : {} }
}

/** The deck's remote-control password, when it runs with one (`slidev --remote <password>`; Slidev's `configs.remote`). */
export function remotePassword(remote: unknown): string | undefined {
  return typeof remote === 'string' && remote ? remote : undefined
}

/**
 * Where `#/phone` goes: the phone control view when the deck needs no password or `password` is right; else the
 * audience view at the deck's slide and step, so that opening it moves nothing.
 */
export function phoneRedirect(shared: { page?: number, clicks?: number }, password: string | undefined, remote: string | undefined): PhoneTarget {
  return !remote || password === remote ? phoneTarget(password) : audienceTarget(shared)
}

/**
 * The password in the URL: in the hash route's query (where Slidev reads it), else in the page's own query (the one
 * the server sees: `http://host:port/?password=...#/phone`, as `npm run present` prints it).
 */
export function urlPassword(routeQuery: Record<string, unknown>, search: string): string | undefined {
  const fromRoute = routeQuery.password
  if (typeof fromRoute === 'string' && fromRoute)
    return fromRoute
  return new URLSearchParams(search).get('password') || undefined
}

export function isPhoneView(query: Record<string, unknown>): boolean {
  return query[PHONE_FLAG] !== undefined
}

export interface StepState {
  no: number
  total: number
  clicks: number
  clicksTotal: number
}

/** "Slide 3 of 23", with ", step 2 of 4" on a slide that builds with clicks. */
export function positionLabel({ no, total, clicks, clicksTotal }: StepState): string {
  const where = `Slide ${no} of ${total}`
  return clicksTotal > 0 ? `${where}, step ${Math.min(clicks, clicksTotal) + 1} of ${clicksTotal + 1}` : where
}

/** Whether Next has somewhere to go: a further step of this slide, or a next slide. */
export function hasNext(state: StepState): boolean {
  return state.clicks < state.clicksTotal || state.no < state.total
}

/** Whether Previous has somewhere to go: an earlier step of this slide, or a slide before it. */
export function hasPrev(state: StepState): boolean {
  return state.clicks > 0 || state.no > 1
}

/** What Next shows: the next step of this slide, the next slide by title, or the end. */
export function nextLabel(state: StepState, nextTitle: string | undefined): string {
  if (state.clicks < state.clicksTotal)
    return `Step ${state.clicks + 2} of ${state.clicksTotal + 1} on this slide`
  if (hasNext(state))
    return nextTitle ? `${state.no + 1}. ${nextTitle}` : `Slide ${state.no + 1}`
  return 'End of the talk'
}
