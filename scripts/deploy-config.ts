// `npm run deploy-config [-- --check]`: writes the security headers (tools/csp.ts: the Content-Security-Policy for
// this deck's canvas, nosniff, Referrer-Policy) into netlify.toml and vercel.json. Run it after changing canvasWidth
// or aspectRatio in slides.md, or tools/csp.ts. `--check` writes nothing and exits 1 when a file is not current.
import { readFileSync, writeFileSync } from 'node:fs'
import process from 'node:process'
import { securityHeaders } from '../tools/csp'
import { PROJECT_ROOT, readDeck } from '../tools/deck'
import { withNetlifyHeaders, withVercelHeaders } from '../tools/deploy-config'
import { isMain } from '../tools/main'

const FILES = [
  { name: 'netlify.toml', write: withNetlifyHeaders },
  { name: 'vercel.json', write: withVercelHeaders },
] as const

function main(argv: readonly string[]): number {
  const check = argv.includes('--check')
  const headers = securityHeaders(readDeck().canvas)
  let stale = 0
  for (const file of FILES) {
    const path = `${PROJECT_ROOT}${file.name}`
    const before = readFileSync(path, 'utf8')
    const after = file.write(before, headers)
    if (after === before) {
      console.log(`deploy-config: ${file.name} is current`)
      continue
    }
    stale++
    if (check) {
      console.error(`deploy-config: ${file.name} does not send the current security headers: run npm run deploy-config`)
      continue
    }
    writeFileSync(path, after)
    console.log(`deploy-config: wrote the security headers into ${file.name}`)
  }
  return check && stale ? 1 : 0
}

if (isMain(import.meta.url))
  process.exitCode = main(process.argv.slice(2))
