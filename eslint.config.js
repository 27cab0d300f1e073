// Lint and format: @antfu/eslint-config (TypeScript, Vue, YAML, Markdown), with its Slidev formatter for slides.md.
//   npm run lint        check (part of `npm test`)
//   npm run lint:fix    fix what can be fixed
// It also keeps dependencies pointing one way: data, then logic, then components, then slides (no cycles).
import antfu from '@antfu/eslint-config'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import './tools/node20-lint-shims.js'

// One seam to Slidev's internals (seam/README.md): its non-public modules and the names of its DOM, storage and build
// that the deck relies on are written in seam/ alone. tests/unit/seam-lint.test.ts checks that this list covers
// every name seam/slidev.ts holds.
const SLIDEV_NAMES = 'print-slide-container|slidev-page|slidev-slide-loading|slide-content|page-root|slidev-note|slidev-presenter|slidev-layout|data-slidev-no|#?slideshow\\b|slidev-vclick-hidden|slidev-pwa-indicator|slidev-goto-dialog|z-modal|grid-section[ .](next|bottom)|i-carbon\\\\*:play|px2[ .]my-auto|title="Download as PDF"|--slidev-slide-scale|--slidev-slide-container-background|slidev-color-schema|__SLIDEV_FEATURE_PRINT__|vite-plugin-pwa|@slidev\\u002Ftheme-default\\u002F'
const seamMessage = 'a Slidev internal: take it from seam/ (seam/client.ts, seam/slidev.ts), which lists every coupling'
const seamRules = [
  // antfu's own, kept (a rule set here replaces the whole list).
  'TSEnumDeclaration[const=true]',
  'TSExportAssignment',
  { selector: 'ImportDeclaration[source.value=/^@slidev\\u002F(client|theme-default)\\u002F./]', message: `Slidev's non-public module is ${seamMessage}` },
  { selector: 'ExportNamedDeclaration[source.value=/^@slidev\\u002F(client|theme-default)\\u002F./]', message: `Slidev's non-public module is ${seamMessage}` },
  { selector: 'ImportExpression[source.value=/^@slidev\\u002F(client|theme-default)\\u002F./]', message: `Slidev's non-public module is ${seamMessage}` },
  { selector: `Literal[value=/(${SLIDEV_NAMES})/]:not(ImportDeclaration > Literal, ImportExpression > Literal)`, message: `This name is ${seamMessage}` },
  { selector: `TemplateElement[value.raw=/(${SLIDEV_NAMES})/]`, message: `This name is ${seamMessage}` },
]

const viewCode = ['**/components/**', '**/composables/**', '**/layouts/**', '**/setup/**', '**/styles/**', '**/*.vue']

export default antfu(
  {
    typescript: true,
    vue: true,
    formatters: {
      markdown: 'prettier',
      slidev: { files: ['slides.md'] },
    },
    // data/sector-map-facts.md is a copy of a source, kept as written.
    ignores: ['dist/**', 'dist-*/**', 'tmp/**', 'exports/**', '**/*.pdf', 'tests/fixtures/**', 'data/sector-map-facts.md'],
  },
  {
    // Playwright's locator.innerText() is the rendered text a reader sees, which is what the tests mean.
    files: ['tests/**/*.ts'],
    rules: { 'unicorn/prefer-dom-node-text-content': 'off' },
  },
  {
    // A deck has one h1 per slide, by design.
    files: ['slides.md', 'slides.md/**'],
    rules: { 'markdown/no-multiple-h1': 'off' },
  },
  {
    // data/ is the bottom layer: it imports neither the logic nor any view code.
    files: ['data/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: viewCode, message: 'data/ must not import view code: dependencies go data -> logic -> components -> slides.' },
        { group: ['**/logic/**'], message: 'data/ must not import logic/: hand a check in from vite.config.ts instead.' },
      ] }],
    },
  },
  {
    // logic/ is pure: it may read data/, never the views that use it.
    files: ['logic/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: viewCode, message: 'logic/ must not import view code: dependencies go data -> logic -> components -> slides.' },
      ] }],
    },
  },
  {
    // The browser computes nothing the build can: view code takes the drawings laid out from virtual:deck-drawings
    // (plugins/drawings.ts) and applies click states with logic/*-view.ts; the layout code and Inter's metrics stay
    // in Node. Types are fine. tests/browser/bundle.browser.test.ts checks the built bundle.
    files: viewCode,
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/logic/*-layout', '**/logic/*-layout.ts', '**/logic/text', '**/logic/text.ts', '**/logic/inter-metrics*', '**/logic/drawings*', '**/logic/map-slide*'], allowTypeImports: true, message: 'layout code and font metrics run at build time: import the drawing from virtual:deck-drawings and its states from logic/*-view.ts.' },
      ] }],
    },
  },
  {
    files: ['**/*.ts', '**/*.vue', '**/*.js'],
    ignores: ['seam/**', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': ['error', ...seamRules] },
  },
  {
    // No import cycle anywhere in the project's own code.
    files: ['**/*.ts', '**/*.vue'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.vue', '.js'] })],
      // Follow .ts files too (the plugin reads only .js by default). Components are leaves: .vue is not followed.
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.js'] },
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
)
