// Entry point of `npm run fonts:metrics`: rewrites logic/inter-metrics.ts from the installed @fontsource/inter files.
// The reading and formatting live in tools/font-metrics.ts.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { INTER_METRICS_FILE, interMetricsSource } from '../tools/font-metrics.ts'

const target = fileURLToPath(new URL(`../${INTER_METRICS_FILE}`, import.meta.url))
writeFileSync(target, interMetricsSource())
console.log(`wrote ${INTER_METRICS_FILE}`)
