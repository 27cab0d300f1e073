// deck:pacing: refuses time budgets (frontmatter `budget`, `sectionBudget`) that do not fit the talk's planned length
// (headmatter `duration`), naming the slides; the rule is logic/pacing.ts, read by tools/pacing-check.ts.
//
//   pacingPlugin()   // vite.config.ts
import type { Plugin } from 'vite'
import { SLIDES_FILE } from '../tools/deck.ts'
import { readTalkPlan } from '../tools/pacing-check.ts'

export function pacingPlugin(file = SLIDES_FILE): Plugin {
  return {
    name: 'deck:pacing',
    buildStart() {
      readTalkPlan(file)
    },
  }
}
