import type { PacingSlideInput } from './pacing.ts'
import { getDefaultConfig } from '@slidev/parser'
import { describe, expect, it } from 'vitest'
import { DEFAULT_DURATION, formatClock, paceAt, paceReport, pacingSlide, parseDuration, planTalk, SECTION_LAYOUTS, timerElapsed } from './pacing.ts'

/** A deck: cover, two plain slides, a section with two slides, and a closing slide. */
function deck(extra: Record<number, Partial<PacingSlideInput>> = {}): PacingSlideInput[] {
  const layouts = ['cover', 'default', 'default', 'section', 'default', 'default']
  return layouts.map((layout, index) => ({ no: index + 1, title: `Slide ${index + 1}`, layout, ...extra[index + 1] }))
}

describe('planTalk', () => {
  it('shares the talk equally when no slide has a budget, back to back from 0', () => {
    const plan = planTalk('12min', deck())
    expect(plan.length).toBe(720)
    expect(plan.slides.map(slide => slide.seconds)).toEqual([120, 120, 120, 120, 120, 120])
    expect(plan.slides.map(slide => slide.start)).toEqual([0, 120, 240, 360, 480, 600])
    expect(plan.slides.at(-1)!.end).toBe(720)
    expect(plan.slides.every(slide => slide.from === 'talk')).toBe(true)
  })

  it('gives a budgeted slide its budget and the others what is left', () => {
    const plan = planTalk('10min', deck({ 2: { budget: '3min' }, 3: { budget: 60 } }))
    expect(plan.slides.map(slide => slide.seconds)).toEqual([90, 180, 60, 90, 90, 90])
    expect(plan.slides[1]!.from).toBe('slide')
    expect(plan.slides[0]!.from).toBe('talk')
  })

  it('gives a budgeted section its time, shared by its slides without their own budget', () => {
    // Section: slides 4-6, 6 min, slide 5 takes 2 min of it; the talk's other 4 min go to slides 1-3.
    const plan = planTalk('10min', deck({ 4: { sectionBudget: '6min' }, 5: { budget: '2min' } }))
    expect(plan.slides.map(slide => slide.seconds)).toEqual([80, 80, 80, 120, 120, 120])
    expect(plan.slides.map(slide => slide.from)).toEqual(['talk', 'talk', 'talk', 'section', 'slide', 'section'])
  })

  it('reads durations as Slidev does: 1:30, 1m30s, 90s and numbers of seconds are the same', () => {
    for (const budget of ['1:30', '1m30s', '90s', 90])
      expect(planTalk('5min', deck({ 2: { budget } })).slides[1]!.seconds).toBe(90)
    expect(planTalk(undefined, deck()).length).toBe(parseDuration(DEFAULT_DURATION, 'default'))
  })

  it('refuses budgets that add up to more than the planned length, naming the slides and sections', () => {
    const plan = () => planTalk('10min', deck({ 2: { budget: '3min' }, 4: { sectionBudget: '8min' } }))
    expect(plan).toThrow(/add up to 11:00, more than the talk's planned length of 10:00 \(headmatter "duration"\)/)
    expect(plan).toThrow(/slide 2 "Slide 2" 3:00/)
    expect(plan).toThrow(/section "Slide 4" \(slides 4-6\) 8:00/)
  })

  it('refuses budgets that use the whole talk and leave nothing for the slides without one', () => {
    expect(() => planTalk('4min', deck({ 1: { budget: '2min' }, 4: { sectionBudget: '2min' } })))
      .toThrow(/leave no time for slide 2 "Slide 2", slide 3 "Slide 3"/)
  })

  it('refuses a section whose slides ask for more than its budget, or leave it unused', () => {
    expect(() => planTalk('20min', deck({ 4: { sectionBudget: '3min' }, 5: { budget: '2min' }, 6: { budget: '2min' } })))
      .toThrow(/budgets of section "Slide 4" \(slides 4-6\) add up to 4:00, more than its sectionBudget of 3:00: slide 5 "Slide 5" 2:00, slide 6 "Slide 6" 2:00/)
    expect(() => planTalk('20min', deck({ 4: { sectionBudget: '4min' }, 5: { budget: '2min' }, 6: { budget: '2min' } })))
      .toThrow(/leave no time for slide 4 "Slide 4"/)
    expect(() => planTalk('20min', deck({ 4: { sectionBudget: '9min', budget: '1min' }, 5: { budget: '2min' }, 6: { budget: '2min' } })))
      .toThrow(/to no slide/)
  })

  it('refuses a sectionBudget on a slide that opens no section, and durations it cannot read', () => {
    expect(() => planTalk('20min', deck({ 2: { sectionBudget: '3min' } }))).toThrow(/slide 2 "Slide 2" has "sectionBudget" but does not open a section/)
    expect(() => planTalk('20min', deck({ 3: { budget: 'soon' } }))).toThrow(/slide 3 "Slide 3": "budget" is "soon"; expected a positive duration/)
    expect(() => planTalk('20min', deck({ 3: { budget: 0 } }))).toThrow(/"budget" is 0/)
    expect(() => planTalk('+5min', deck())).toThrow(/"duration"/)
  })
})

describe('paceAt', () => {
  const plan = planTalk('12min', deck()) // every slide 2 min: slide 3 is planned for 4:00-6:00

  it('is on time inside the slide\'s window, and within the tolerance either side', () => {
    expect(paceAt(plan, 300, 3)).toEqual({ status: 'on-time', seconds: 0 })
    expect(paceAt(plan, 240 - 10, 3, 15)).toEqual({ status: 'on-time', seconds: 0 })
    expect(paceAt(plan, 360 + 10, 3, 15)).toEqual({ status: 'on-time', seconds: 0 })
  })

  it('is ahead by the time until the slide\'s planned start, behind by the time since its planned end', () => {
    expect(paceAt(plan, 100, 3)).toEqual({ status: 'ahead', seconds: 140 })
    expect(paceAt(plan, 425, 3)).toEqual({ status: 'behind', seconds: 65 })
    expect(paceAt(plan, 0, 1)).toEqual({ status: 'on-time', seconds: 0 })
  })

  it('refuses a slide the plan does not have', () => {
    expect(() => paceAt(plan, 0, 7)).toThrow(RangeError)
  })
})

describe('the pace report and the timer', () => {
  const plan = planTalk('12min', deck())

  it('says the slide\'s planned time, the time left and the pace', () => {
    expect(paceReport(plan, 3, { started: true, seconds: 425 })).toEqual({
      slide: '2:00',
      window: '4:00-6:00',
      left: '4:55',
      pace: 'Behind by 1:05',
      status: 'behind',
      seconds: 65,
    })
    expect(paceReport(plan, 6, { started: true, seconds: 30 }).pace).toBe('Ahead by 9:30')
    expect(paceReport(plan, 6, { started: true, seconds: 800 }).left).toBe('over by 1:20')
    expect(paceReport(plan, 2, { started: false, seconds: 0 })).toMatchObject({ status: 'not-started', pace: 'Timer not started', left: '12:00' })
  })

  it('reads Slidev\'s timer: running counts to now, paused stops at the pause, stopped is not started', () => {
    expect(timerElapsed({ status: 'running', startedAt: 10_000, pausedAt: 0 }, 70_500)).toEqual({ started: true, seconds: 60.5 })
    expect(timerElapsed({ status: 'paused', startedAt: 10_000, pausedAt: 40_000 }, 99_000)).toEqual({ started: true, seconds: 30 })
    expect(timerElapsed({ status: 'stopped', startedAt: 0, pausedAt: 0 }, 99_000)).toEqual({ started: false, seconds: 0 })
    expect(timerElapsed(undefined, 99_000).started).toBe(false)
  })

  it('formats clocks as m:ss and h:mm:ss', () => {
    expect(formatClock(0)).toBe('0:00')
    expect(formatClock(65.4)).toBe('1:05')
    expect(formatClock(3725)).toBe('1:02:05')
    expect(formatClock(-40)).toBe('-0:40')
  })
})

describe('pacingSlide and its defaults', () => {
  it('reads budget, sectionBudget and layout from frontmatter; the first slide is a cover by default', () => {
    expect(pacingSlide(1, {}, 'The <em>DePIN</em> Portrait')).toEqual({ no: 1, title: 'The DePIN Portrait', layout: 'cover', budget: undefined, sectionBudget: undefined })
    expect(pacingSlide(4, { layout: 'section', sectionBudget: '5min', budget: 30 })).toMatchObject({ layout: 'section', sectionBudget: '5min', budget: 30 })
    expect(pacingSlide(2, {}).layout).toBe('default')
  })

  it('uses Slidev\'s own default duration, and opens sections on the outline\'s section layouts', () => {
    expect(DEFAULT_DURATION).toBe(getDefaultConfig().duration)
    expect(SECTION_LAYOUTS).toEqual(['cover', 'intro', 'section', 'end'])
  })
})
