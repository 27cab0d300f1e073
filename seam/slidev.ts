// The names the deck borrows from Slidev 52's insides: DOM classes and ids, a storage key, a build flag, a plugin's
// name. Each is written here once, with the Slidev file it mirrors and what breaks if it moves; code elsewhere
// imports the constant (the lint rule in eslint.config.js refuses the bare strings outside seam/). seam/README.md
// lists them; seam/compat.test.ts checks each against the installed Slidev and names the one that moved.
//
//   import { SLIDEV_DOM } from '../seam/slidev.ts'
//   document.querySelectorAll(`.${SLIDEV_DOM.printSlide}`)
//   printSlideId(3, 0)     // '003-01': the print view's id of slide 3 at its first click step

/** One coupling: its value, the file of @slidev/client (or another package) that holds it, what breaks if it moves. */
export interface Coupling {
  value: string
  /** Path inside node_modules, e.g. '@slidev/client/internals/PrintSlideClick.vue'. */
  source: string
  breaks: string
}

/** Slidev's DOM: classes and ids the exporter, the first paint and setup/main.ts look for. */
export const DOM_COUPLINGS = {
  printSlide: { value: 'print-slide-container', source: '@slidev/client/internals/PrintSlideClick.vue', breaks: 'the PDF, PNG, handout and first-paint exports find no slide to print and time out' },
  slidePage: { value: 'slidev-page', source: '@slidev/client/internals/SlideWrapper.vue', breaks: 'the exporter and the first paint cannot tell when a slide is mounted' },
  slideLoading: { value: 'slidev-slide-loading', source: '@slidev/client/internals/SlideLoading.vue', breaks: 'exports could print a slide that is still loading' },
  slideContent: { value: 'slide-content', source: '@slidev/client/internals/SlideContainer.vue', breaks: 'the first paint copy is never taken away (setup/main.ts) and cannot be made (tools/first-paint.ts)' },
  slideContentClass: { value: 'slidev-slide-content', source: '@slidev/client/internals/SlideContainer.vue', breaks: 'the first paint copy is not scaled like the app\'s slide' },
  slideScaleVar: { value: '--slidev-slide-scale', source: '@slidev/client/internals/SlideContainer.vue', breaks: 'the first paint copy is not scaled like the app\'s slide' },
  slideContainerBackground: { value: '--slidev-slide-container-background', source: '@slidev/client/styles/vars.css', breaks: 'the first paint copy\'s letterbox is not the app\'s colour' },
  notesPageRoot: { value: 'page-root', source: '@slidev/client/pages/presenter/print.vue', breaks: 'the handout cannot read the notes page and stops' },
  note: { value: 'slidev-note', source: '@slidev/client/internals/NoteDisplay.vue', breaks: 'the handout prints slides without their notes' },
} as const satisfies Record<string, Coupling>

/** The class names and ids, by role. */
export const SLIDEV_DOM = Object.fromEntries(Object.entries(DOM_COUPLINGS).map(([key, coupling]) => [key, coupling.value])) as { [K in keyof typeof DOM_COUPLINGS]: (typeof DOM_COUPLINGS)[K]['value'] }

/** A slide and its layout are mounted: `.slidev-page .slidev-layout` (the layout class is the theme's and ours). */
export const MOUNTED_SLIDE = `.${SLIDEV_DOM.slidePage} .slidev-layout`

/** Slidev's notes page (`#/presenter/print`): one h2 per slide with notes, "3/23 Title". */
export const NOTES_PAGE_HEADINGS = `#${SLIDEV_DOM.notesPageRoot} h2`

/** The audience view's slide `no`, mounted, in Slidev's slide container. */
export function mountedSlide(no: number): string {
  return `#${SLIDEV_DOM.slideContent} .${SLIDEV_DOM.slidePage}[data-slidev-no="${no}"] .slidev-layout`
}

/** The print view's id of a slide at a click step (0 = before the first click): `003-01`. Mirrors PrintSlideClick.vue. */
export function printSlideId(no: number, clicks: number): string {
  return `${String(no).padStart(3, '0')}-${String(clicks + 1).padStart(2, '0')}`
}

export const PRINT_SLIDE_ID: Coupling = { value: 'printSlideId', source: '@slidev/client/internals/PrintSlideClick.vue', breaks: 'links between slides in the PDF and the visuals print test miss their targets' }

/** localStorage key of the colour scheme ('dark', 'light' or 'auto'). */
export const COLOR_SCHEME_KEY: Coupling = { value: 'slidev-color-schema', source: '@slidev/client/logic/dark.ts', breaks: 'the first paint shows slide 1 in the wrong scheme for a reader who chose the other' }

/** The build flag that compiles the print view in (Slidev sets it from `download`). */
export const PRINT_FEATURE_FLAG: Coupling = { value: '__SLIDEV_FEATURE_PRINT__', source: '@slidev/client/setup/routes.ts', breaks: 'the built deck has no #/print, so no PDF, handout or first paint can be made from it' }

/** vite-plugin-pwa's plugin name, by which vite.config.ts finds its API to add the late precache entries. */
export const PWA_PLUGIN_NAME: Coupling = { value: 'vite-plugin-pwa', source: 'vite-plugin-pwa/dist/index.js', breaks: 'the PDF, og-image.png and first-paint.css are not cached for offline use' }

/** Every coupling that is a name, for the docs and the compatibility test. */
export const NAMED_COUPLINGS: Record<string, Coupling> = {
  ...DOM_COUPLINGS,
  printSlideId: PRINT_SLIDE_ID,
  colorSchemeKey: COLOR_SCHEME_KEY,
  printFeatureFlag: PRINT_FEATURE_FLAG,
  pwaPluginName: PWA_PLUGIN_NAME,
}
