// Notes that follow the clicks, in presenter mode on the built deck: on every slide that builds with clicks, each
// key press highlights the part of the notes written for that step (Slidev fades the other paragraphs with
// `slidev-note-fade` and marks the step's `[click]` marker `slidev-note-click-mark-active`). Which slides, how many
// steps and which text come from slides.md and the components' data, never from this file.
import type { Page } from 'playwright-chromium'
import { describe, expect, it } from 'vitest'
import { noteClicks, noteSegments } from '../../logic/note-clicks'
import { PRESENTER_NOTES, slideMounted, SLIDEV_DOM } from '../../seam/slidev'
import { loadDeck } from '../../tools/deck'
import { useWatchedDeck } from '../support/browser'
import { squash } from '../support/pdf'
import { NOT_YET_SPLIT, slideClicks } from '../support/slide-clicks'

const slides = loadDeck()
const split = slides.filter(slide => slideClicks(slide) > 0 && !NOT_YET_SPLIT.has(slide.title))

const NOTE = PRESENTER_NOTES

/** Slide and click step of a presenter URL (`#/presenter/12?clicks=1`). */
function presenterAt(url: string): { no: number, clicks: number } | undefined {
  const match = url.match(/#\/presenter\/(\d+)(?:\?clicks=(\d+))?/)
  return match ? { no: Number(match[1]), clicks: Number(match[2] ?? 0) } : undefined
}

/** The presenter's notes as shown: the text of the paragraphs not faded, and the click of the active marker. */
async function highlighted(page: Page): Promise<{ text: string, active: string[] }> {
  return page.evaluate(`(() => {
    const note = document.querySelector(${JSON.stringify(NOTE)})
    const shown = [...note.children].filter(el => !el.classList.contains('${SLIDEV_DOM.noteFade}'))
    return {
      text: shown.map(el => el.textContent).join(' '),
      active: [...note.querySelectorAll('.${SLIDEV_DOM.noteClickMarkActive}')].map(mark => mark.dataset.clicks),
    }
  })()`)
}

describe('presenter notes follow the clicks on the built deck', () => {
  const deck = useWatchedDeck()

  it('has slides to walk: the architecture diagram and the sector map among them', () => {
    expect(split.some(slide => slide.source.includes('<ArchitectureDiagram />'))).toBe(true)
    expect(split.some(slide => slide.source.includes('<SectorMapSlide'))).toBe(true)
  })

  it.each(split.map(slide => [slide.no, slide.title, slide] as const))('slide %i (%s): each step highlights its own paragraph', async (no, _title, slide) => {
    const { page } = deck.watched
    const segments = noteSegments(slide.note)
    const steps = slideClicks(slide)
    expect(noteClicks(slide.note)).toBe(steps)
    await page.goto(`${deck.session.server.url}#/presenter/${no}`, { waitUntil: 'load' })
    await page.locator(`${NOTE}.${SLIDEV_DOM.noteWithClicks}`).waitFor({ state: 'visible' })
    // A component that declares its own click steps registers them when it mounts: press only once the slide has.
    await page.locator(`${slideMounted(no)}`).first().waitFor()
    await page.waitForFunction(loading => !document.querySelector(loading), `.${SLIDEV_DOM.slideLoading}`)
    for (let step = 0; step <= steps; step++) {
      if (step > 0)
        await page.keyboard.press('ArrowRight')
      await expect.poll(() => presenterAt(page.url())).toEqual({ no, clicks: step })
      const expected = segments.filter(segment => segment.click === step).map(segment => segment.text).join(' ')
      expect(expected, `notes of slide ${no} for step ${step}`).not.toBe('')
      await expect.poll(async () => squash((await highlighted(page)).text), { message: `slide ${no}, step ${step}` }).toBe(squash(expected))
      expect((await highlighted(page)).active).toEqual(step === 0 ? [] : [String(step)])
    }
    // The notes have as many steps as the slide: one more press leaves it.
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => presenterAt(page.url())?.no).toBe(no + 1)
  })

  it('logged no console error and threw no page error', () => {
    expect(deck.watched.pageErrors).toEqual([])
    expect(deck.watched.consoleErrors).toEqual([])
    expect(deck.watched.externalRequests).toEqual([])
  })
})
