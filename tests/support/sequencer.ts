// The order of test files: on two workers, the run ends soonest when the longest files start first. Vitest orders by
// the durations it cached on an earlier run; a fresh clone has none and would start with the largest files. These are
// the longest browser files, longest first (measured in a fresh clone on two cores, 2026-12-05); every other file
// keeps Vitest's order after them. A file missing from the list only runs later: nothing fails.
import type { TestSpecification } from 'vitest/node'
import { relative } from 'node:path'
import { BaseSequencer } from 'vitest/node'

const LONGEST_FIRST = [
  'tests/browser/export.browser.test.ts',
  'tests/browser/phone.browser.test.ts',
  'tests/browser/offline.browser.test.ts',
  'tests/browser/slides.browser.test.ts',
  'tests/browser/reader.browser.test.ts',
  'tests/visual/visual.browser.test.ts',
  'tests/browser/single-file.browser.test.ts',
  'tests/browser/handout.browser.test.ts',
  'tests/browser/first-paint.browser.test.ts',
  'tests/browser/pptx.browser.test.ts',
]

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const rank = (file: TestSpecification) => {
      const index = LONGEST_FIRST.indexOf(relative(this.ctx.config.root, file.moduleId))
      return index === -1 ? LONGEST_FIRST.length : index
    }
    // Array.prototype.sort is stable: files of equal rank keep Vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b))
  }
}
