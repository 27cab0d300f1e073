// The build-time pacing check: the deck's own plan is valid, and a plan whose budgets overflow stops the build with
// the file and the slides named.
import type { Plugin } from 'vite'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseDuration } from '../../logic/pacing'
import { pacingPlugin } from '../../plugins/pacing'
import { loadDeck, readDeck } from '../../tools/deck'
import { readTalkPlan } from '../../tools/pacing-check'

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/pacing/${name}`, import.meta.url))
const buildStart = (plugin: Plugin) => () => (plugin.buildStart as (this: unknown) => void).call({})

describe('the talk plan of slides.md', () => {
  const plan = readTalkPlan()
  const head = loadDeck()[0]!.frontmatter

  it('declares its planned length in the headmatter, and plans every shown slide within it', () => {
    expect(head.duration, 'slides.md: set "duration" in the headmatter').toBeDefined()
    expect(plan.length).toBe(parseDuration(head.duration, 'duration'))
    expect(plan.slides).toHaveLength(readDeck().slides.length)
    expect(plan.slides.at(-1)!.end).toBeLessThanOrEqual(plan.length)
    expect(plan.slides.every(slide => slide.seconds > 0)).toBe(true)
  })

  it('has at least one budget of its own (slide or section), as the README shows', () => {
    expect(plan.slides.some(slide => slide.from !== 'talk')).toBe(true)
  })
})

describe('the pacing Vite plugin', () => {
  it('lets the deck build', () => {
    expect(buildStart(pacingPlugin())).not.toThrow()
  })

  it('stops the build on budgets over the planned length, naming the file and each budget', () => {
    const start = buildStart(pacingPlugin(fixture('over-budget.md')))
    expect(start).toThrow(/over-budget\.md: the time budgets add up to 6:00, more than the talk's planned length of 5:00/)
    expect(start).toThrow(/slide 2 "Long slide" 2:00, section "A section" \(slides 3-4\) 4:00/)
  })

  it('leaves hidden slides out of the plan, with their budgets', () => {
    const plan = readTalkPlan(fixture('hidden.md'))
    // Two shown slides share the 3 minutes; the hidden one's 10-minute budget counts for nothing.
    expect(plan.slides.map(slide => slide.seconds)).toEqual([90, 90])
    expect(plan.slides.map(slide => slide.title)).not.toContain('Hidden')
  })
})
