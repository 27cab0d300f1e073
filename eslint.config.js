import antfu from '@antfu/eslint-config'
// Lint and format: @antfu/eslint-config (TypeScript, Vue, YAML, Markdown), with its Slidev formatter for slides.md.
//   npm run lint        check (part of `npm test`)
//   npm run lint:fix    fix what can be fixed
import './scripts/node20-lint-shims.js'

export default antfu(
  {
    typescript: true,
    vue: true,
    formatters: {
      markdown: 'prettier',
      slidev: { files: ['slides.md'] },
    },
    ignores: ['dist/**', 'dist-*/**', 'tmp/**', 'exports/**', '**/*.pdf', 'tests/fixtures/**'],
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
)
