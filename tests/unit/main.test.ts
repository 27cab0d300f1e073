// isMain (tools/main.ts): a script runs its main when Node was started with it, by any path to the same file.
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { isMain } from '../../tools/main'

const dir = mkdtempSync(join(tmpdir(), 'depin main with spaces '))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('isMain', () => {
  const script = join(dir, 'a script.ts')
  writeFileSync(script, '')
  const link = join(dir, 'linked.ts')
  symlinkSync(script, link)

  it('knows the module from a path with spaces (escaped in its URL) and through a symlink', () => {
    expect(pathToFileURL(script).href).toContain('%20')
    expect(isMain(pathToFileURL(script).href, script)).toBe(true)
    expect(isMain(pathToFileURL(script).href, link)).toBe(true)
  })

  it('is false for another module, or with no script at all', () => {
    expect(isMain(pathToFileURL(script).href, join(dir, 'missing.ts'))).toBe(false)
    expect(isMain(pathToFileURL(script).href, undefined)).toBe(false)
    expect(isMain(import.meta.url, script)).toBe(false)
  })
})
