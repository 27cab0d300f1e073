// Reads and writes the security headers (tools/csp.ts) in the hosts' configs, so that both send exactly one policy:
//
//   netlifyHeaders(readFileSync('netlify.toml', 'utf8'))        // { 'Content-Security-Policy': ..., ... } for "/*"
//   vercelHeaders(readFileSync('vercel.json', 'utf8'))          // the same for "/(.*)"
//   withNetlifyHeaders(toml, headers), withVercelHeaders(json, headers)   // the file with these headers in it
//
// scripts/deploy-config.ts writes them; tests/unit/deploy-config.test.ts checks they are current; the CSP browser
// test serves the deck with what these read.
import { getStaticTOMLValue, parseTOML } from 'toml-eslint-parser'

const NETLIFY_ALL = '/*'
const VERCEL_ALL = '/(.*)'
const BEGIN = '# BEGIN security headers'
const END = '# END security headers'

interface NetlifyConfig {
  headers?: { for: string, values?: Record<string, string> }[]
}

interface VercelConfig {
  headers?: { source: string, headers: { key: string, value: string }[] }[]
  [key: string]: unknown
}

/** The headers netlify.toml sends with every file (its `[[headers]]` for "/*"); {} when there is none. */
export function netlifyHeaders(toml: string): Record<string, string> {
  const config = getStaticTOMLValue(parseTOML(toml)) as NetlifyConfig
  return { ...config.headers?.find(rule => rule.for === NETLIFY_ALL)?.values }
}

/** The headers vercel.json sends with every file (its `headers` entry for "/(.*)"); {} when there is none. */
export function vercelHeaders(json: string): Record<string, string> {
  const config = JSON.parse(json) as VercelConfig
  const rule = config.headers?.find(entry => entry.source === VERCEL_ALL)
  return Object.fromEntries(rule?.headers.map(header => [header.key, header.value]) ?? [])
}

/** netlify.toml with its generated block (between the BEGIN and END comments, appended if missing) for `headers`. */
export function withNetlifyHeaders(toml: string, headers: Record<string, string>): string {
  const block = [
    `${BEGIN}: written by \`npm run deploy-config\` from tools/csp.ts; do not edit by hand.`,
    `[[headers]]`,
    `for = ${JSON.stringify(NETLIFY_ALL)}`,
    '',
    '[headers.values]',
    ...Object.entries(headers).map(([key, value]) => `${key} = ${JSON.stringify(value)}`),
    END,
  ].join('\n')
  const start = toml.indexOf(BEGIN)
  const end = toml.indexOf(END)
  if (start === -1 && end === -1)
    return `${toml.trimEnd()}\n\n${block}\n`
  if (start === -1 || end < start)
    throw new Error(`netlify.toml: the lines "${BEGIN}" and "${END}" must both be there, in this order`)
  return `${toml.slice(0, start)}${block}${toml.slice(end + END.length)}`
}

/** vercel.json with its "/(.*)" headers entry set to `headers` (added last if missing), other entries kept. */
export function withVercelHeaders(json: string, headers: Record<string, string>): string {
  const config = JSON.parse(json) as VercelConfig
  const rule = { source: VERCEL_ALL, headers: Object.entries(headers).map(([key, value]) => ({ key, value })) }
  const rules = config.headers ?? []
  const at = rules.findIndex(entry => entry.source === VERCEL_ALL)
  config.headers = at === -1 ? [...rules, rule] : rules.map((entry, index) => (index === at ? rule : entry))
  return `${JSON.stringify(config, null, 2)}\n`
}
