// tools/command.ts: a command's options, --help and a bad option.
import process from 'node:process'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readOptions } from '../../tools/command'

const USAGE = 'Usage: npm run thing [-- --from <dir>]'
const OPTIONS = { from: { type: 'string' }, dark: { type: 'boolean' } } as const

describe('readOptions', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('gives the values of the options given', () => {
    const read = readOptions('thing', USAGE, OPTIONS, ['--from', 'dist', '--dark'])
    expect(read).toEqual({ values: { from: 'dist', dark: true } })
  })

  it.each([['--help'], ['-h']])('answers %s with the usage on stdout, and exit 0', (flag) => {
    const out = vi.spyOn(process.stdout, 'write').mockReturnValue(true)
    expect(readOptions('thing', USAGE, OPTIONS, [flag])).toEqual({ exit: 0 })
    expect(out).toHaveBeenCalledWith(`${USAGE}\n`)
  })

  it('refuses an unknown option with the command\'s name, the message and the usage on stderr, and exit 2', () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(readOptions('thing', USAGE, OPTIONS, ['--frobnicate'])).toEqual({ exit: 2 })
    expect(err).toHaveBeenCalledWith(expect.stringMatching(/^thing: Unknown option '--frobnicate'[\s\S]*Usage: npm run thing/))
  })
})
