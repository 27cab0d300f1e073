// The talk's time plan read from slides.md, and the Vite plugin that refuses a plan that does not fit: `slidev build`
// and `slidev` (dev) stop at start-up with the file and the slides named (rule: logic/pacing.ts).
//
//   const plan = readTalkPlan()        // the plan the presenter's pace indicator follows
import type { TalkPlan } from '../logic/pacing.ts'
import { relative, resolve } from 'node:path'
import process from 'node:process'
import { pacingSlide, planTalk } from '../logic/pacing.ts'
import { loadDeck, SLIDES_FILE } from './deck.ts'

/** The plan of `file`'s shown slides (hidden and disabled ones left out, as in the deck), or an error naming them. */
export function readTalkPlan(file = SLIDES_FILE): TalkPlan {
  const all = loadDeck(file)
  const head = all[0]?.frontmatter ?? {}
  // The headmatter's `defaults` apply to every slide, as in Slidev.
  const defaults = (typeof head.defaults === 'object' && head.defaults !== null ? head.defaults : {}) as Record<string, unknown>
  const shown = all
    .map(slide => ({ ...slide, frontmatter: { ...defaults, ...slide.frontmatter } }))
    .filter(slide => !slide.frontmatter.hide && !slide.frontmatter.disabled)
  try {
    return planTalk(head.duration, shown.map((slide, index) => pacingSlide(index + 1, slide.frontmatter, slide.title)))
  }
  catch (error) {
    const label = relative(process.cwd(), resolve(file)) || file
    throw new Error(`${label}: ${(error as Error).message}`)
  }
}
