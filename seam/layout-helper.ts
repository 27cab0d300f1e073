// The default theme's background helper, for layouts/cover.vue (a fork of the theme's cover layout; see ./theme.ts,
// THEME_HELPER). A file of its own: vite.config.ts reads ./theme.ts, and Node cannot load the theme's TypeScript.
export { handleBackground } from '@slidev/theme-default/layoutHelper'
