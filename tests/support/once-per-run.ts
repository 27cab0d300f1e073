// Work that several browser test files need, done once per run by the first file that asks and shared with the rest
// through the run's folder (tests/support/global-setup.ts makes it and removes it at the end):
//
//   const facts = await oncePerRun('deck-facts', () => measure())       // any JSON value
//   const dir = await oncePerRun('site', async (folder) => { await build(folder); return folder })
//
// A lock folder says which file computes; the others wait for its result file, or its failure, which they report
// with the key. A run of one unrelated file computes nothing.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { inject } from 'vitest'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The browser project's folder for work shared within one run (tests/support/global-setup.ts). */
    runDir: string
  }
}

/**
 * The value of `compute` for `key`, computed once per run. `compute` gets a folder of its own (`<runDir>/<key>`, not
 * yet made) for anything it writes, and returns a JSON value.
 */
export async function oncePerRun<T>(key: string, compute: (folder: string) => Promise<T>, timeoutMs = 600_000): Promise<T> {
  if (!/^[\w-]+$/.test(key))
    throw new Error(`oncePerRun: the key "${key}" must be letters, digits, - or _`)
  const dir = inject('runDir')
  const result = join(dir, `${key}.json`)
  const failed = join(dir, `${key}.failed`)
  try {
    mkdirSync(join(dir, `${key}.lock`))
  }
  catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
      throw error
    const deadline = Date.now() + timeoutMs
    while (!existsSync(result)) {
      if (existsSync(failed))
        throw new Error(`"${key}" failed in another test file of this run:\n${readFileSync(failed, 'utf8')}`)
      if (Date.now() > deadline)
        throw new Error(`"${key}" was not ready within ${timeoutMs / 1000} s (${dir})`)
      await new Promise(resolve => setTimeout(resolve, 250))
    }
    return JSON.parse(readFileSync(result, 'utf8')) as T
  }
  try {
    const value = await compute(join(dir, key))
    // Written whole, then renamed into place: a waiting file never reads half of it.
    writeFileSync(`${result}.part`, JSON.stringify(value))
    renameSync(`${result}.part`, result)
    return value
  }
  catch (error) {
    writeFileSync(failed, (error as Error).stack ?? String(error))
    throw error
  }
}
