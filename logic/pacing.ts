// Pacing: the talk's time plan and the presenter's pace against it. Pure, so that the build check
// (tools/pacing-check.ts), the presenter's indicator (components/PaceIndicator.vue) and the tests share one rule.
//
//   const plan = planTalk('20min', slides.map((s, i) => pacingSlide(i + 1, s.frontmatter, s.title)))
//   plan.slides[4]                                 // { no: 5, seconds: 75, start: 240, end: 315, ... }
//   paceAt(plan, 400, 5)                           // { status: 'behind', seconds: 85 }
//
// The planned length is Slidev's own headmatter key `duration` (default 30min, numbers are seconds). A slide's
// frontmatter `budget: 90s` gives it its own time; `sectionBudget: 5min` on a slide that opens a section (layout
// cover, intro, section or end, as the PDF outline's sections) gives that slide and the slides up to the next
// section that much. Slides with no budget share what is left equally: of their section when it has a budget, else
// of the talk. Times are parsed as Slidev parses `duration` (90s, 2min, 1m30s, 1:30).
import { parseTimeString } from '@slidev/parser/utils'
import { plainTitle } from './plain-title.ts'

/** Layouts that open a section: of the talk's plan here, and of the PDF outline (tools/pdf-finish.ts). */
export const SECTION_LAYOUTS: readonly string[] = ['cover', 'intro', 'section', 'end']

/** Within this many seconds of the slide's planned window, the presenter is on time. */
export const ON_TIME_TOLERANCE_S = 15

/** Slidev's default `duration` (its parser's getDefaultConfig), used when the headmatter sets none. */
export const DEFAULT_DURATION = '30min'

export interface PacingSlideInput {
  /** 1-based, among the slides shown (hidden ones left out). */
  no: number
  title: string
  layout: string
  budget?: unknown
  sectionBudget?: unknown
}

interface PlannedSlide {
  no: number
  title: string
  /** Planned time on this slide, in seconds. */
  seconds: number
  /** Planned start and end, in seconds since the talk began. */
  start: number
  end: number
  /** Where its time comes from: its own budget, its section's budget, or the talk's time left over. */
  from: 'slide' | 'section' | 'talk'
}

export interface TalkPlan {
  /** The planned length of the talk, in seconds. */
  length: number
  slides: PlannedSlide[]
}

type PaceStatus = 'ahead' | 'on-time' | 'behind'

export interface Pace {
  status: PaceStatus
  /** How far ahead or behind, whole seconds (0 when on time). */
  seconds: number
}

/** Slidev's shared timer state (sharedState.timer), as much of it as the pace needs. */
export interface TimerState {
  status: 'stopped' | 'running' | 'paused'
  startedAt: number
  pausedAt: number
}

/** The planning input of one slide, from its frontmatter as Slidev's parser gives it. */
export function pacingSlide(no: number, frontmatter: Record<string, unknown>, title?: string): PacingSlideInput {
  return {
    no,
    title: plainTitle(title ?? ''),
    layout: typeof frontmatter.layout === 'string' ? frontmatter.layout : no === 1 ? 'cover' : 'default',
    budget: frontmatter.budget,
    sectionBudget: frontmatter.sectionBudget,
  }
}

/** `slide 5 "Title"`, as error messages name slides. */
function slideName(slide: Pick<PacingSlideInput, 'no' | 'title'>): string {
  return slide.title ? `slide ${slide.no} "${slide.title}"` : `slide ${slide.no}`
}

/** Seconds as m:ss (or h:mm:ss), rounded to the second; negative values keep their sign. */
export function formatClock(seconds: number): string {
  const whole = Math.round(Math.abs(seconds))
  const h = Math.floor(whole / 3600)
  const m = Math.floor((whole % 3600) / 60)
  const s = String(whole % 60).padStart(2, '0')
  const sign = seconds < 0 && whole > 0 ? '-' : ''
  return h > 0 ? `${sign}${h}:${String(m).padStart(2, '0')}:${s}` : `${sign}${m}:${s}`
}

/** A duration as written in the deck (`90s`, `2min`, `1:30`, or a number of seconds), in seconds. */
export function parseDuration(value: unknown, where: string): number {
  let seconds = Number.NaN
  if (typeof value === 'number' || (typeof value === 'string' && value.trim() !== '' && !value.trim().startsWith('+'))) {
    try {
      seconds = parseTimeString(typeof value === 'string' ? value.trim() : value).seconds
    }
    catch {}
  }
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new Error(`${where} is ${JSON.stringify(value)}; expected a positive duration such as 90s, 2min or 1:30`)
  return seconds
}

function listSlides(slides: PacingSlideInput[]): string {
  return slides.map(slideName).join(', ')
}

interface Group {
  opener?: PacingSlideInput
  slides: PacingSlideInput[]
  budget?: number
}

function sectionName(group: Group): string {
  const first = group.slides[0]!.no
  const last = group.slides.at(-1)!.no
  const range = first === last ? `slide ${first}` : `slides ${first}-${last}`
  return group.opener?.title ? `section "${group.opener.title}" (${range})` : `section of ${range}`
}

/** Slides grouped by section: a section-layout slide opens one; the slides before the first form one too. */
function groupsOf(slides: PacingSlideInput[]): Group[] {
  const groups: Group[] = []
  for (const slide of slides) {
    const opens = SECTION_LAYOUTS.includes(slide.layout)
    if (slide.sectionBudget !== undefined && !opens)
      throw new Error(`${slideName(slide)} has "sectionBudget" but does not open a section; put it on a slide with layout ${SECTION_LAYOUTS.join(', ')}, or use "budget" for this slide alone`)
    if (opens || groups.length === 0)
      groups.push({ opener: opens ? slide : undefined, slides: [] })
    const group = groups.at(-1)!
    group.slides.push(slide)
    if (opens && slide.sectionBudget !== undefined)
      group.budget = parseDuration(slide.sectionBudget, `${slideName(slide)}: "sectionBudget"`)
  }
  return groups
}

/**
 * The time plan: each slide's planned seconds, start and end. Throws, naming the slides, when the budgets do not
 * fit: when they add up to more than `duration` (or a section's slides to more than its `sectionBudget`), or leave
 * no time for the slides without a budget.
 */
export function planTalk(duration: unknown, slides: PacingSlideInput[]): TalkPlan {
  const length = parseDuration(duration ?? DEFAULT_DURATION, 'the headmatter\'s "duration" (the planned length of the talk)')
  const seconds = new Map<number, { seconds: number, from: PlannedSlide['from'] }>()
  const own = (slide: PacingSlideInput) => parseDuration(slide.budget, `${slideName(slide)}: "budget"`)

  // Fixed time at the talk's level: budgeted sections, and budgeted slides outside them.
  const fixed: { label: string, seconds: number }[] = []
  const flexible: PacingSlideInput[] = []
  for (const group of groupsOf(slides)) {
    if (group.budget === undefined) {
      for (const slide of group.slides) {
        if (slide.budget === undefined) {
          flexible.push(slide)
          continue
        }
        const time = own(slide)
        seconds.set(slide.no, { seconds: time, from: 'slide' })
        fixed.push({ label: slideName(slide), seconds: time })
      }
      continue
    }
    const budgeted = group.slides.filter(slide => slide.budget !== undefined)
    const rest = group.slides.filter(slide => slide.budget === undefined)
    const taken = budgeted.reduce((sum, slide) => sum + own(slide), 0)
    const name = sectionName(group)
    if (taken > group.budget)
      throw new Error(`the budgets of ${name} add up to ${formatClock(taken)}, more than its sectionBudget of ${formatClock(group.budget)}: ${budgeted.map(slide => `${slideName(slide)} ${formatClock(own(slide))}`).join(', ')}`)
    if (rest.length > 0 && taken === group.budget)
      throw new Error(`the budgets of ${name} use all of its sectionBudget of ${formatClock(group.budget)} and leave no time for ${listSlides(rest)}`)
    if (rest.length === 0 && taken < group.budget)
      throw new Error(`every slide of ${name} has its own budget (${formatClock(taken)} in all), which leaves ${formatClock(group.budget - taken)} of its sectionBudget of ${formatClock(group.budget)} to no slide; make them add up, or drop a slide's budget`)
    for (const slide of budgeted)
      seconds.set(slide.no, { seconds: own(slide), from: 'slide' })
    for (const slide of rest)
      seconds.set(slide.no, { seconds: (group.budget - taken) / rest.length, from: 'section' })
    fixed.push({ label: name, seconds: group.budget })
  }

  const total = fixed.reduce((sum, item) => sum + item.seconds, 0)
  const parts = fixed.map(item => `${item.label} ${formatClock(item.seconds)}`).join(', ')
  if (total > length)
    throw new Error(`the time budgets add up to ${formatClock(total)}, more than the talk's planned length of ${formatClock(length)} (headmatter "duration"): ${parts}. Cut a budget or raise "duration"`)
  if (flexible.length > 0 && total === length)
    throw new Error(`the time budgets (${parts}) use all of the talk's planned length of ${formatClock(length)} and leave no time for ${listSlides(flexible)}`)
  for (const slide of flexible)
    seconds.set(slide.no, { seconds: (length - total) / flexible.length, from: 'talk' })

  let start = 0
  const planned = slides.map((slide) => {
    const time = seconds.get(slide.no)!
    const entry: PlannedSlide = { no: slide.no, title: slide.title, seconds: time.seconds, start, end: start + time.seconds, from: time.from }
    start = entry.end
    return entry
  })
  return { length, slides: planned }
}

/** Seconds on Slidev's timer at `now` (ms), and whether it has been started. */
export function timerElapsed(timer: TimerState | undefined, now: number): { started: boolean, seconds: number } {
  if (!timer || timer.status === 'stopped' || !timer.startedAt)
    return { started: false, seconds: 0 }
  const until = timer.status === 'paused' ? timer.pausedAt : now
  return { started: true, seconds: Math.max(0, (until - timer.startedAt) / 1000) }
}

/**
 * The pace on slide `no` after `elapsed` seconds: ahead when the slide's planned start is still to come, behind when
 * its planned end has passed, on time within `tolerance` seconds of its planned window.
 */
export function paceAt(plan: TalkPlan, elapsed: number, no: number, tolerance = ON_TIME_TOLERANCE_S): Pace {
  const slide = plan.slides[no - 1]
  if (!slide)
    throw new RangeError(`paceAt: no slide ${no} in a plan of ${plan.slides.length}`)
  if (elapsed < slide.start - tolerance)
    return { status: 'ahead', seconds: Math.round(slide.start - elapsed) }
  if (elapsed > slide.end + tolerance)
    return { status: 'behind', seconds: Math.round(elapsed - slide.end) }
  return { status: 'on-time', seconds: 0 }
}

export interface PaceReport {
  /** Planned time for this slide, e.g. "1:30". */
  slide: string
  /** Its planned window, e.g. "3:00-4:30". */
  window: string
  /** Time left in the talk, e.g. "16:30", or "over by 0:40". */
  left: string
  /** "Ahead by 0:45", "On time", "Behind by 1:05", or "Timer not started". */
  pace: string
  status: PaceStatus | 'not-started'
  /** Whole seconds ahead or behind (0 when on time or not started). */
  seconds: number
}

/** What the pace indicator says on slide `no` with the timer at `elapsed` seconds. */
export function paceReport(plan: TalkPlan, no: number, elapsed: { started: boolean, seconds: number }): PaceReport {
  const slide = plan.slides[no - 1]
  if (!slide)
    throw new RangeError(`paceReport: no slide ${no} in a plan of ${plan.slides.length}`)
  const left = plan.length - elapsed.seconds
  const base = {
    slide: formatClock(slide.seconds),
    window: `${formatClock(slide.start)}-${formatClock(slide.end)}`,
    left: left >= 0 ? formatClock(left) : `over by ${formatClock(-left)}`,
  }
  if (!elapsed.started)
    return { ...base, pace: 'Timer not started', status: 'not-started', seconds: 0 }
  const pace = paceAt(plan, elapsed.seconds, no)
  const words = { 'ahead': `Ahead by ${formatClock(pace.seconds)}`, 'on-time': 'On time', 'behind': `Behind by ${formatClock(pace.seconds)}` }
  return { ...base, pace: words[pace.status], status: pace.status, seconds: pace.seconds }
}
