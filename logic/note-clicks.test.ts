import { describe, expect, it } from 'vitest'
import { noteClicks, noteSegments } from './note-clicks.ts'

describe('noteClicks', () => {
  it('counts markers as Slidev does: [click] is one step, [click:n] is n', () => {
    expect(noteClicks('no markers')).toBe(0)
    expect(noteClicks('a\n\n[click] b\n\n[click] c')).toBe(2)
    expect(noteClicks('a [click:2] b [CLICK] c')).toBe(3)
  })
})

describe('noteSegments', () => {
  it('cuts the notes at each marker, with the click step that highlights each part', () => {
    expect(noteSegments('Intro.\n\n[click] First  one.\n\n[click:2] Third.\nStill third.')).toEqual([
      { click: 0, text: 'Intro.' },
      { click: 1, text: 'First one.' },
      { click: 3, text: 'Third. Still third.' },
    ])
  })

  it('leaves out empty parts and keeps notes without markers whole', () => {
    expect(noteSegments('[click] Only.')).toEqual([{ click: 1, text: 'Only.' }])
    expect(noteSegments('Just notes.\n\nTwo paragraphs.')).toEqual([{ click: 0, text: 'Just notes. Two paragraphs.' }])
  })
})
