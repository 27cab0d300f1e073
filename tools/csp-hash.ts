// The one CSP hash of the project: a source for `script-src` or `style-src` that allows one inline text.
//
//   hashSource('body{margin:0}')   // "'sha256-…'"
import { createHash } from 'node:crypto'

/** A CSP hash source (quoted, as it goes into a policy) for an inline script or style text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}
