// Whether a module is the one Node was started with (`node --import tsx scripts/build.ts`), so that a script runs its
// main only then and its tests can import it. Compares real paths: a path with spaces (a file URL escapes them) or a
// symlink (npm's .bin, a linked checkout) still counts.
//
//   if (isMain(import.meta.url)) process.exitCode = await main()
import { realpathSync } from 'node:fs'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

export function isMain(moduleUrl: string, argv1: string | undefined = process.argv[1]): boolean {
  if (!argv1)
    return false
  try {
    return realpathSync(fileURLToPath(moduleUrl)) === realpathSync(argv1)
  }
  catch {
    return false
  }
}
