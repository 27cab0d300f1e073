// Two kinds of tests (the kind shows in the file name):
//   unit:    *.test.ts            pure logic, content of slides.md, data validation
//   browser: *.browser.test.ts    the BUILT deck (dist/) served on 127.0.0.1, driven in real Chromium; tests/visual/
//            compares its pictures with committed baselines (npm run test:visual)
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { checkMapSlideFit } from './logic/map-slide.ts'
import { drawingsPlugin } from './plugins/drawings.ts'
import { sectorMapPlugin } from './plugins/sector-map.ts'
import LongestFirst from './tests/support/sequencer.ts'

export default defineConfig({
  // Validates data/depin.yaml on import, and lays the drawings out, as in the deck's build.
  // Compiles .vue files for component tests (Slidev does this for the deck itself).
  plugins: [sectorMapPlugin({ check: checkMapSlideFit }), drawingsPlugin(), vue()],
  test: {
    // Two test files at a time, each with its own Chromium: CI has two cores, and a browser test waits on its pages
    // about half the time (measured: one at a time kept 1 of 2 cores busy; three at a time ran slower than two).
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'components/**/*.test.ts', 'logic/**/*.test.ts', 'data/**/*.test.ts', 'snippets/**/*.test.ts', 'seam/**/*.test.ts', 'plugins/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.browser.test.ts', 'tests/visual/**/*.browser.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})
