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

/** Slidev's DOM: classes, ids and attributes the exporter, the first paint, the handout and the tests look for. */
export const DOM_COUPLINGS = {
  printSlide: { value: 'print-slide-container', source: '@slidev/client/internals/PrintSlideClick.vue', breaks: 'the PDF, PNG and handout exports find no slide to print and time out' },
  slidePage: { value: 'slidev-page', source: '@slidev/client/internals/SlideWrapper.vue', breaks: 'the exporter and the first paint cannot tell when a slide is mounted' },
  slideLoading: { value: 'slidev-slide-loading', source: '@slidev/client/internals/SlideLoading.vue', breaks: 'exports could print a slide that is still loading' },
  slideNo: { value: 'data-slidev-no', source: '@slidev/client/internals/SlideWrapper.vue', breaks: 'nothing finds a slide by its number: exports, the first paint and most browser tests wait forever' },
  slideLayout: { value: 'slidev-layout', source: '@slidev/client/layouts/default.vue', breaks: 'nothing can tell that a slide\'s own code has mounted (MOUNTED_SLIDE): exports and tests time out' },
  slideshow: { value: 'slideshow', source: '@slidev/client/internals/SlidesShow.vue', breaks: 'the keyboard test cannot list the slides the audience view keeps mounted' },
  slideContent: { value: 'slide-content', source: '@slidev/client/internals/SlideContainer.vue', breaks: 'the first paint copy is never taken away and cannot be made (plugins/first-paint/)' },
  slideContentClass: { value: 'slidev-slide-content', source: '@slidev/client/internals/SlideContainer.vue', breaks: 'the first paint copy is not scaled like the app\'s slide' },
  slideScaleVar: { value: '--slidev-slide-scale', source: '@slidev/client/internals/SlideContainer.vue', breaks: 'the first paint copy is not scaled like the app\'s slide' },
  slideContainerBackground: { value: '--slidev-slide-container-background', source: '@slidev/client/styles/vars.css', breaks: 'the first paint copy\'s letterbox is not the app\'s colour' },
  notesPageRoot: { value: 'page-root', source: '@slidev/client/pages/presenter/print.vue', breaks: 'the handout cannot read the notes page and stops' },
  note: { value: 'slidev-note', source: '@slidev/client/internals/NoteDisplay.vue', breaks: 'the handout prints slides without their notes' },
  noteWithClicks: { value: 'slidev-note-with-clicks', source: '@slidev/client/internals/NoteDisplay.vue', breaks: 'the notes test cannot tell that the notes follow the click steps' },
  noteFade: { value: 'slidev-note-fade', source: '@slidev/client/internals/NoteDisplay.vue', breaks: 'the notes test cannot tell the notes of past steps from the current one' },
  noteClickMarkActive: { value: 'slidev-note-click-mark-active', source: '@slidev/client/styles/index.css', breaks: 'the notes test cannot find the marker of the current click step' },
  presenter: { value: 'slidev-presenter', source: '@slidev/client/pages/presenter.vue', breaks: 'the tests cannot find the presenter view\'s notes' },
  presenterNext: { value: 'grid-section next', source: '@slidev/client/pages/presenter.vue', breaks: 'the presenter test cannot find the preview of the next slide' },
  presenterBottom: { value: 'grid-section bottom', source: '@slidev/client/pages/presenter.vue', breaks: 'the presenter and pacing tests cannot find the presenter\'s timer' },
  timerStart: { value: 'i-carbon:play', source: '@slidev/client/internals/TimerInlined.vue', breaks: 'the presenter and pacing tests cannot start the timer' },
  vclickHidden: { value: 'slidev-vclick-hidden', source: '@slidev/client/constants.ts', breaks: 'the tests cannot tell which v-click elements a click step still hides' },
  navCounter: { value: 'px2 my-auto', source: '@slidev/client/internals/NavControls.vue', breaks: 'the deck test cannot read the navigation bar\'s slide counter' },
  downloadButton: { value: 'title="Download as PDF"', source: '@slidev/client/internals/NavControls.vue', breaks: 'the hosting and offline tests cannot find the navigation bar\'s download button' },
  gotoDialog: { value: 'slidev-goto-dialog', source: '@slidev/client/internals/Goto.vue', breaks: 'the accessibility scan takes in Slidev\'s hidden "go to slide" box, which is not the deck\'s to fix' },
  quickOverview: { value: 'z-modal', source: '@slidev/client/internals/QuickOverview.vue', breaks: 'the keyboard test cannot tell that the slide overview opened and closed' },
  pwaIndicator: { value: 'slidev-pwa-indicator', source: '@slidev/client/internals/PwaIndicator.vue', breaks: 'styles/offline.css no longer hides Slidev\'s offline note, which lies over the slide again (the offline test, finding no note, cannot tell)' },
} as const satisfies Record<string, Coupling>

/** The class names and ids, by role. */
export const SLIDEV_DOM = Object.fromEntries(Object.entries(DOM_COUPLINGS).map(([key, coupling]) => [key, coupling.value])) as { [K in keyof typeof DOM_COUPLINGS]: (typeof DOM_COUPLINGS)[K]['value'] }

/** A slide and its layout are mounted: `.slidev-page .slidev-layout` (the layout class is the theme's and ours). */
export const MOUNTED_SLIDE = `.${SLIDEV_DOM.slidePage} .${SLIDEV_DOM.slideLayout}`

/** The frame of slide `no`, wherever it is shown (audience, presenter, previews, print view). */
export function slideFrame(no: number): string {
  return `.${SLIDEV_DOM.slidePage}[${SLIDEV_DOM.slideNo}="${no}"]`
}

/** Slide `no` with its layout mounted, wherever it is shown. */
export function slideMounted(no: number): string {
  return `${slideFrame(no)} .${SLIDEV_DOM.slideLayout}`
}

/** The presenter view's notes. */
export const PRESENTER_NOTES = `.${SLIDEV_DOM.presenter} .${SLIDEV_DOM.note}`

/** A selector for an element with every class of `value` ('grid-section next' -> '.grid-section.next'). */
function allClasses(value: string): string {
  return value.split(' ').map(name => `.${name.replace(':', '\\:')}`).join('')
}

/** The presenter view's preview of the next slide. */
export const PRESENTER_NEXT = `.${SLIDEV_DOM.presenter} ${allClasses(SLIDEV_DOM.presenterNext)}`

/** The presenter view's timer: its clock (TimerInlined's `font-mono` digits) and its start button. */
export const PRESENTER_TIMER = `.${SLIDEV_DOM.presenter} ${allClasses(SLIDEV_DOM.presenterBottom)} .font-mono`
export const PRESENTER_TIMER_START = `.${SLIDEV_DOM.presenter} ${allClasses(SLIDEV_DOM.presenterBottom)} ${allClasses(SLIDEV_DOM.timerStart)}`

/** The navigation bar's slide counter ("3 / 23") and its "Download as PDF" button. */
export const NAV_COUNTER = `nav ${allClasses(SLIDEV_DOM.navCounter)}`
export const DOWNLOAD_BUTTON = `button[${SLIDEV_DOM.downloadButton}]`

/** The slide overview (`o`): QuickOverview's full-screen layer. */
export const QUICK_OVERVIEW = `div.fixed.${SLIDEV_DOM.quickOverview}.overflow-y-auto`

/** Slidev's notes page (`#/presenter/print`): one h2 per slide with notes, "3/23 Title". */
export const NOTES_PAGE_HEADINGS = `#${SLIDEV_DOM.notesPageRoot} h2`

/** The audience view's slide `no`, mounted, in Slidev's slide container. */
export function mountedSlide(no: number): string {
  return `#${SLIDEV_DOM.slideContent} ${slideMounted(no)}`
}

/** The print view's id of a slide at a click step (0 = before the first click): `003-01`. Mirrors PrintSlideClick.vue. */
export function printSlideId(no: number, clicks: number): string {
  return `${String(no).padStart(3, '0')}-${String(clicks + 1).padStart(2, '0')}`
}

/** Slide `no` in the print view, at whichever click step it is printed: `.print-slide-container[id^="003-"]`. */
export function printedSlide(no: number): string {
  return `.${SLIDEV_DOM.printSlide}[id^="${printSlideId(no, 0).split('-')[0]}-"]`
}

export const PRINT_SLIDE_ID: Coupling = { value: 'printSlideId', source: '@slidev/client/internals/PrintSlideClick.vue', breaks: 'links between slides in the PDF and the visuals print test miss their targets' }

/**
 * How SlideContainer scales the slide to its container: the smaller of the width and height ratios. The first paint
 * does the same in CSS, with container units (`slideScaleCss`); the compatibility test finds the formula in the file.
 */
const SLIDE_SCALE: Coupling = { value: 'Math.min(width.value / slideWidth.value, height.value / slideHeight.value)', source: '@slidev/client/internals/SlideContainer.vue', breaks: 'the first paint copy is scaled unlike the app\'s slide, and jumps when the app takes over' }

/** SLIDE_SCALE as CSS, for a container that is a size container (`container-type: size`) and a slide of `width` x `height` px. */
export function slideScaleCss(width: number | string, height: number | string): string {
  return `min(tan(atan2(100cqw, ${width}px)), tan(atan2(100cqh, ${height}px)))`
}

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
  slideScale: SLIDE_SCALE,
  colorSchemeKey: COLOR_SCHEME_KEY,
  printFeatureFlag: PRINT_FEATURE_FLAG,
  pwaPluginName: PWA_PLUGIN_NAME,
}
