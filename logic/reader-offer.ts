// The reader offer: on a narrow portrait screen, where a 16:9 slide is too small to read, a bar offers the reader
// view (reader/). Two renderings share what is here: the app's (global-bottom.vue) and the built index.html's, a
// static copy painted before any script (plugins/first-paint/html.ts), which the app's takes over from.
//
//   matchMedia(READER_OFFER.query).matches   // the screens it is offered to

export const READER_OFFER = {
  /** The screens it is offered to. */
  query: '(orientation: portrait) and (max-width: 600px)',
  /** sessionStorage: `1` once dismissed, for the rest of the visit. */
  dismissedKey: 'depin-reader-offer-dismissed',
  /** The bar's accessible name (an <aside>). */
  label: 'Reader view',
  lead: 'Small screen?',
  link: 'Read the talk as text',
  dismiss: 'Dismiss',
} as const

/** The static copy's id in the built index.html; the app removes it once its own bar has decided. */
export const STATIC_READER_OFFER_ID = 'dp-reader-offer'

/** The reader view's address under the deck's base path. */
export function readerHref(base: string): string {
  return `${base}reader/`
}

/**
 * Where the deck's reader link and offer lead, from the build's `__DECK_READER_URL__` (plugins/reader.ts): `''` for
 * the reader beside the deck (readerHref), a URL for a reader elsewhere (the one-file deck with DECK_URL set), or
 * null for none (the one-file deck without it): no link and no offer then.
 */
export function readerLink(base: string, built: string | null): string | null {
  return built === '' ? readerHref(base) : built
}
