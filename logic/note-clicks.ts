// Speaker notes split by Slidev's click markers (`[click]`, `[click:2]`), counted the way Slidev counts them, so
// that tests (and any view of "the notes of this click") agree with what presenter mode highlights.
//
//   noteClicks('Intro\n\n[click] One\n\n[click] Two')   // 2: the click step of the last marker
//   noteSegments('Intro\n\n[click] One')              // [{ click: 0, text: 'Intro' }, { click: 1, text: 'One' }]
//
// Slidev (cli, renderNote) turns the n-th marker into a span with data-clicks = the sum of the counts so far; in
// presenter mode the text from a marker up to the next one is highlighted at that click, the text before the first
// marker at click 0.

const MARKER = /\[click(?::(\d+))?\]/gi

export interface NoteSegment {
  /** The click step at which presenter mode highlights this text (0: before the first click). */
  click: number
  /** The text, markers taken out, whitespace folded. */
  text: string
}

/** The click step of the notes' last marker (0 when they have none): the clicks the notes are written for. */
export function noteClicks(note: string): number {
  let clicks = 0
  for (const match of note.matchAll(MARKER))
    clicks += Number(match[1] ?? 1)
  return clicks
}

/** The notes cut at each marker, in order; a segment with no text (e.g. notes that start with a marker) is left out. */
export function noteSegments(note: string): NoteSegment[] {
  const segments: NoteSegment[] = []
  let click = 0
  let from = 0
  const push = (to: number) => {
    const text = note.slice(from, to).replace(/\s+/g, ' ').trim()
    if (text)
      segments.push({ click, text })
  }
  for (const match of note.matchAll(MARKER)) {
    push(match.index)
    click += Number(match[1] ?? 1)
    from = match.index + match[0].length
  }
  push(note.length)
  return segments
}
