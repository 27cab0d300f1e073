import { describe, expect, it } from 'vitest'
import { chooseWriter, ClickerError, parseHello, parseIntent, windowRole, writerKind } from './clicker.ts'

describe('parseIntent', () => {
  it('takes next, previous, the timer, and a jump to a slide and step', () => {
    expect(parseIntent({ kind: 'next' })).toEqual({ kind: 'next' })
    expect(parseIntent({ kind: 'prev', extra: 1 })).toEqual({ kind: 'prev' })
    expect(parseIntent({ kind: 'timer' })).toEqual({ kind: 'timer' })
    expect(parseIntent({ kind: 'go', no: 12, clicks: 2 })).toEqual({ kind: 'go', no: 12, clicks: 2 })
    expect(parseIntent({ kind: 'go', no: 3 })).toEqual({ kind: 'go', no: 3, clicks: 0 })
  })

  it('refuses anything else, naming the field and what it expected', () => {
    expect(() => parseIntent({ kind: 'jump' })).toThrow(/intent\.kind is "jump"; expected one of "next", "prev", "go", "timer"/)
    expect(() => parseIntent('next')).toThrow(ClickerError)
    expect(() => parseIntent(null)).toThrow(/expected an object/)
    expect(() => parseIntent({ kind: 'go', no: 0 })).toThrow(/intent\.no is 0; expected a whole number from 1/)
    expect(() => parseIntent({ kind: 'go', no: 2, clicks: -1 })).toThrow(/intent\.clicks is -1/)
    expect(() => parseIntent({ kind: 'go', no: 1.5 })).toThrow(/intent\.no is 1\.5/)
    expect(() => parseIntent({ kind: 'go', no: '2' })).toThrow(/intent\.no is "2"/)
  })
})

describe('parseHello', () => {
  it('takes a role and an optional password', () => {
    expect(parseHello({ role: 'phone', password: 'pw' })).toEqual({ role: 'phone', password: 'pw' })
    expect(parseHello({ role: 'audience' })).toEqual({ role: 'audience' })
  })

  it('refuses an unknown role or a password that is not text', () => {
    expect(() => parseHello({ role: 'boss' })).toThrow(/hello\.role is "boss"/)
    expect(() => parseHello(undefined)).toThrow(ClickerError)
    expect(() => parseHello({ role: 'phone', password: 42 })).toThrow(/hello\.password/)
  })
})

describe('chooseWriter', () => {
  const open = (client: string, role: 'presenter' | 'audience' | 'phone' | 'other', since: number) => ({ client, role, since })

  it('picks the newest presenter window, whatever audience windows are open', () => {
    expect(chooseWriter([open('a', 'audience', 1), open('p1', 'presenter', 2), open('a2', 'audience', 4), open('p2', 'presenter', 3)])?.client).toBe('p2')
  })

  it('falls back to the newest audience window, and to no one: phones and other views never write', () => {
    expect(chooseWriter([open('a1', 'audience', 1), open('a2', 'audience', 2), open('ph', 'phone', 3)])?.client).toBe('a2')
    expect(chooseWriter([open('ph', 'phone', 1), open('o', 'other', 2)])).toBeUndefined()
    expect(chooseWriter([])).toBeUndefined()
  })

  it('names the kind of writer', () => {
    expect(writerKind(open('p', 'presenter', 1))).toBe('presenter')
    expect(writerKind(open('a', 'audience', 1))).toBe('audience')
    expect(writerKind(undefined)).toBe('none')
  })
})

describe('windowRole', () => {
  it('reads the role from Slidev\'s route names and the phone flag', () => {
    expect(windowRole('presenter', {})).toBe('presenter')
    expect(windowRole('play', {})).toBe('audience')
    expect(windowRole('notes', { phone: '1' })).toBe('phone')
    expect(windowRole('notes', {})).toBe('other')
    expect(windowRole('print', {})).toBe('other')
    expect(windowRole(undefined, {})).toBe('other')
  })
})
