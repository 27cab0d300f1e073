// Ambient types for the Slidev client sources that components import (`@slidev/client` ships TypeScript, not d.ts).
/// <reference types="@slidev/types/client" />
/// <reference path="./node_modules/@slidev/client/shim-vue.d.ts" />
/// <reference path="./node_modules/@slidev/client/shim.d.ts" />

declare const __DEV__: boolean
declare const __SLIDEV_CLIENT_ROOT__: string
declare const __SLIDEV_HASH_ROUTE__: boolean
declare const __SLIDEV_MEMORY_ROUTE__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS__: boolean
declare const __SLIDEV_FEATURE_EDITOR__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS_PERSIST__: boolean
declare const __SLIDEV_FEATURE_RECORD__: boolean
declare const __SLIDEV_FEATURE_PRESENTER__: boolean
declare const __SLIDEV_FEATURE_PRINT__: boolean
declare const __SLIDEV_FEATURE_BROWSER_EXPORTER__: boolean
declare const __SLIDEV_FEATURE_WAKE_LOCK__: boolean
declare const __SLIDEV_FEATURE_PWA__: boolean
declare const __SLIDEV_HAS_SERVER__: boolean
// Where the reader view is: '' beside the deck, a URL, or null for none (plugins/reader.ts, logic/reader-offer.ts).
declare const __DECK_READER_URL__: string | null
// The one-file deck's name beside index.html in a hosted build, else null (plugins/single-file.ts).
declare const __DECK_HTML_FILE__: string | null

// Imported by the Slidev client, untyped upstream.
declare module 'file-saver' {
  export function saveAs(data: Blob | string, filename?: string): void
}

// The QR code of DECK_URL, computed at build time (vite.config.ts); null when DECK_URL is not set.
declare module 'virtual:deck-qr' {
  const code: import('./logic/qr').QrCode | null
  export default code
}

// Every drawing of the deck, laid out at build time (plugins/drawings.ts, logic/drawings.ts).
declare module 'virtual:deck-drawings' {
  const drawings: import('./logic/drawings').DeckDrawings
  export default drawings
}
