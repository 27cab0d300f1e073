import type { DeckSession, WatchedPage } from '../support/browser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDeckSession, watchedPage } from '../support/browser'
import { loadDeck, plainText } from '../support/deck'

const slides = loadDeck()
const words = (text: string) => plainText(text).split(' ').slice(0, 8).join(' ')

describe('presenter mode on the built deck', () => {
  let session: DeckSession
  let watched: WatchedPage

  beforeAll(async () => {
    session = await openDeckSession()
    watched = await watchedPage(session.browser)
  })
  afterAll(async () => {
    await session?.close()
  })

  it.each([2, 7, slides.length])('shows the notes of slide %i', async (no) => {
    await watched.page.goto(`${session.server.url}#/presenter/${no}`, { waitUntil: 'load' })
    const note = watched.page.locator('.slidev-note').first()
    await note.waitFor({ state: 'visible' })
    const shown = (await note.innerText()).replace(/\s+/g, ' ')
    expect(shown).toContain(words(slides[no - 1]!.note))
    // Not the neighbour's notes.
    if (no > 1)
      expect(shown).not.toContain(words(slides[no - 2]!.note))
  })
})
