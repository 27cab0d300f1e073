// `node --import tsx scripts/browser.ts`: prints the Chromium that export and the browser tests would use, or the
// reason none was found (exit 1). See tools/browser.ts for the order in which it looks.
import process from 'node:process'
import { resolveBrowser } from '../tools/browser'

try {
  console.log(resolveBrowser().path)
}
catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
