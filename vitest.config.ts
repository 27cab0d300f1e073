// Two kinds of tests (the kind shows in the file name):
//   unit:    *.test.ts            pure logic, content of slides.md, data validation
//   browser: *.browser.test.ts    the BUILT deck (dist/) served on 127.0.0.1, driven in real Chromium; tests/visual/
//            compares its pictures with committed baselines (npm run test:visual)
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { checkMapSlideFit } from './logic/map-slide.ts'
import { drawingsPlugin } from './plugins/drawings.ts'
import { sectorMapPlugin } from './plugins/sector-map.ts'

export default defineConfig({
  // Validates data/depin.yaml on import, and lays the drawings out, as in the deck's build.
  // Compiles .vue files for component tests (Slidev does this for the deck itself).
  plugins: [sectorMapPlugin({ check: checkMapSlideFit }), drawingsPlugin(), vue()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'components/**/*.test.ts', 'logic/**/*.test.ts', 'data/**/*.test.ts', 'snippets/**/*.test.ts', 'seam/**/*.test.ts', 'plugins/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
          environment: 'node',
          // The files share a worker and its loaded modules: each file in a fresh one took 37 s for the project
          // instead of 17 s. A test that spies on something restores it (vi.restoreAllMocks); none mocks a module.
          isolate: false,
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
          // One browser test file at a time. Two at a time took longer in a fresh clone on CI's two cores (10m34s
          // against 10m02s for the whole run): the browser tests keep the CPU busy, and two at a time only add switching.
          fileParallelism: false,
          // The files share one worker and its loaded modules: 0.65 s less per file (12 small files, 57 -> 49 s). No
          // browser test mocks a module or changes process.env; each file makes its own pages and servers.
          isolate: false,
        },
      },
    ],
  },
})
