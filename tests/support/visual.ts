// Pictures compared with committed baselines (tests/visual/): pixelmatch at a stated tolerance, with the expected,
// actual and diff pictures written under test-results/visual/ when they differ. `npm run test:visual -- --update`
// (VISUAL_UPDATE=1) writes the baselines instead, with the Chromium version they were made with.
//
//   const check = await visualCheck(name, png)   // { ok, message }; message names the picture and where to look
import type { Buffer } from 'node:buffer'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'
import { PROJECT_ROOT } from '../../tools/deck'

const BASELINES = join(PROJECT_ROOT, 'tests', 'visual', 'baselines')
const RESULTS = join(PROJECT_ROOT, 'test-results', 'visual')
const META = join(BASELINES, 'chromium.json')
/**
 * pixelmatch's per-pixel threshold (0..1, in YIQ colour distance): low, so that a colour token moved by a few
 * steps shows (anti-aliased pixels are told apart by pixelmatch itself, and Chromium draws the same build the same).
 */
const PIXEL_THRESHOLD = 0.02
/** The share of a picture's pixels that may differ beyond it: 0.05%, fewer than a word's worth of pixels. */
const MAX_DIFFERENT = 0.0005

export function updating(): boolean {
  return process.env.VISUAL_UPDATE === '1'
}

/** The Chromium version the baselines were made with, or undefined when there are none. */
function baselineChromium(): string | undefined {
  return existsSync(META) ? (JSON.parse(readFileSync(META, 'utf8')) as { chromium: string }).chromium : undefined
}

export function recordChromium(version: string): void {
  mkdirSync(BASELINES, { recursive: true })
  writeFileSync(META, `${JSON.stringify({ chromium: version }, null, 2)}\n`)
}

/** Why the baselines cannot be compared in this browser, or undefined when they can. */
export function mismatch(version: string): string | undefined {
  const made = baselineChromium()
  if (!made)
    return 'there are no visual baselines: run `npm run test:visual -- --update` and commit tests/visual/baselines/'
  if (made.split('.')[0] !== version.split('.')[0])
    return `the visual baselines were made with Chromium ${made}, this is Chromium ${version}: fonts and anti-aliasing differ between versions. Regenerate them with \`npm run test:visual -- --update\`, look at the pictures, and commit them`
  return undefined
}

export interface VisualCheck {
  ok: boolean
  message: string
}

/** Compares `actual` (a PNG) with the baseline `name`.png, or writes it when updating. */
export function visualCheck(name: string, actual: Buffer): VisualCheck {
  const file = join(BASELINES, `${name}.png`)
  if (updating()) {
    mkdirSync(BASELINES, { recursive: true })
    writeFileSync(file, actual)
    return { ok: true, message: `${name}: baseline written` }
  }
  if (!existsSync(file))
    return { ok: false, message: `${name}: no baseline (${file}); run \`npm run test:visual -- --update\`` }
  const expected = PNG.sync.read(readFileSync(file))
  const got = PNG.sync.read(actual)
  const write = (diff?: PNG) => {
    mkdirSync(RESULTS, { recursive: true })
    writeFileSync(join(RESULTS, `${name}-expected.png`), PNG.sync.write(expected))
    writeFileSync(join(RESULTS, `${name}-actual.png`), actual)
    if (diff)
      writeFileSync(join(RESULTS, `${name}-diff.png`), PNG.sync.write(diff))
  }
  if (expected.width !== got.width || expected.height !== got.height) {
    write()
    return { ok: false, message: `${name}: ${got.width}x${got.height}, the baseline is ${expected.width}x${expected.height} (pictures in ${RESULTS})` }
  }
  const diff = new PNG({ width: got.width, height: got.height })
  const different = pixelmatch(expected.data, got.data, diff.data, got.width, got.height, { threshold: PIXEL_THRESHOLD })
  const share = different / (got.width * got.height)
  if (share <= MAX_DIFFERENT)
    return { ok: true, message: `${name}: ${different} pixels differ` }
  write(diff)
  return { ok: false, message: `${name}: ${different} pixels (${(share * 100).toFixed(2)}%) differ from the baseline, more than ${(MAX_DIFFERENT * 100).toFixed(2)}%; expected, actual and diff in ${RESULTS}` }
}
