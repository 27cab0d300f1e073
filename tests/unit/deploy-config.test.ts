// The deploy configs cannot run in CI; check what they rely on: the build command, the output folder, the base path,
// and the security headers (tools/csp.ts), which both hosts must send exactly as `npm run deploy-config` writes them.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { FIRST_PAINT_SCRIPT_SHA256 } from '../../plugins/first-paint/html'
import { runtimeStyles } from '../../seam/runtime-styles'
import { contentSecurityPolicy, cspDirectives, hashSource, securityHeaders, withCspMeta } from '../../tools/csp'
import { PROJECT_ROOT, readDeck } from '../../tools/deck'
import { netlifyHeaders, vercelHeaders, withNetlifyHeaders, withVercelHeaders } from '../../tools/deploy-config'

const read = (file: string) => readFileSync(`${PROJECT_ROOT}${file}`, 'utf8')

describe('deploy configs', () => {
  it('gitHub Pages: builds under /<repo>/ with npm run build and publishes dist', () => {
    const workflow = parse(read('.github/workflows/pages.yml')) as { jobs: Record<string, { env?: Record<string, string>, steps: { run?: string, uses?: string, with?: Record<string, string> }[] }> }
    const build = workflow.jobs.build!
    // eslint-disable-next-line no-template-curly-in-string -- a GitHub Actions expression, not a JS template
    expect(build.env?.DECK_BASE).toBe('/${{ github.event.repository.name }}/')
    expect(build.env?.DECK_URL).toMatch(/^https:\/\/.*\/\$\{\{ github\.event\.repository\.name \}\}\/$/)
    expect(build.steps.map(step => step.run)).toContain('npm run build')
    expect(build.steps.find(step => step.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe('dist')
    expect(workflow.jobs.deploy).toBeDefined()
  })

  it('netlify: npm run build, publish dist', () => {
    const toml = read('netlify.toml')
    expect(toml).toMatch(/^\s*command\s*=\s*".*npm run build"/m)
    expect(toml).toMatch(/^\s*publish\s*=\s*"dist"/m)
  })

  it('vercel: npm run build, output dist', () => {
    const config = JSON.parse(read('vercel.json')) as { buildCommand: string, outputDirectory: string }
    expect(config.buildCommand).toBe('npm run build')
    expect(config.outputDirectory).toBe('dist')
  })

  it('package.json: build and every export script go through our scripts', () => {
    const { scripts } = JSON.parse(read('package.json')) as { scripts: Record<string, string> }
    expect(scripts.build).toBe('node --import tsx scripts/build.ts')
    expect(scripts['deploy-config']).toBe('node --import tsx scripts/deploy-config.ts')
    for (const name of ['export', 'export:clicks', 'export:png', 'export:notes'])
      expect(scripts[name]).toMatch(/^node --import tsx scripts\/export\.ts/)
  })
})

const { canvas } = readDeck()
const CURRENT = 'is not current: run `npm run deploy-config` (after a change of canvasWidth, aspectRatio, tools/csp.ts, or of a run-time style text in an updated Slidev: seam/README.md)'

describe('security headers', () => {
  it('netlify.toml sends exactly the current headers with every file', () => {
    expect(netlifyHeaders(read('netlify.toml')), `netlify.toml ${CURRENT}`).toEqual(securityHeaders(canvas))
  })

  it('vercel.json sends exactly the current headers with every file', () => {
    expect(vercelHeaders(read('vercel.json')), `vercel.json ${CURRENT}`).toEqual(securityHeaders(canvas))
  })

  it('the policy allows the deck\'s own origin only: no eval, one inline script (the first paint\'s) and styles inline only by hash', () => {
    for (const delivery of ['header', 'meta'] as const) {
      const directives = new Map(cspDirectives(canvas, delivery))
      expect(directives.get('default-src')).toEqual([`'self'`])
      expect(directives.get('script-src')).toEqual([`'self'`, FIRST_PAINT_SCRIPT_SHA256])
      expect(directives.get('object-src')).toEqual([`'none'`])
      const styles = directives.get('style-src')!
      expect(styles[0]).toBe(`'self'`)
      expect(styles.slice(1).every(source => /^'sha256-[\w+/]+=*'$/.test(source))).toBe(true)
      expect(contentSecurityPolicy(canvas, delivery)).not.toMatch(/unsafe-|\*|https?:|blob:/)
    }
    expect(new Map(cspDirectives(canvas, 'header')).get('frame-ancestors')).toEqual([`'none'`])
    // Browsers ignore frame-ancestors in a <meta> policy, and warn about it.
    expect(contentSecurityPolicy(canvas, 'meta')).not.toContain('frame-ancestors')
    expect(securityHeaders(canvas)['X-Content-Type-Options']).toBe('nosniff')
    expect(securityHeaders(canvas)['Referrer-Policy']).toBeTruthy()
  })

  it('hashes styles as browsers do (SHA-256, base64) and the print page size follows the deck\'s canvas', () => {
    expect(hashSource('')).toBe(`'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='`)
    const print = runtimeStyles(canvas).find(style => style.css.includes('@page') && style.css.includes('px'))!
    expect(print.css).toContain(`size: ${canvas.width}px ${canvas.height}px;`)
    expect(contentSecurityPolicy(canvas, 'meta')).toContain(hashSource(print.css))
    expect(contentSecurityPolicy({ width: 1280, height: 720 }, 'meta')).not.toContain(hashSource(print.css))
  })
})

describe('writing the headers into the configs', () => {
  const headers = { 'Content-Security-Policy': `default-src 'self'`, 'X-Content-Type-Options': 'nosniff' }

  it('netlify.toml: appends a marked block, then rewrites only that block, keeping the rest', () => {
    const base = '# comment\n[build]\ncommand = "npm run build"\npublish = "dist"\n'
    const once = withNetlifyHeaders(base, headers)
    expect(once.startsWith(base.trimEnd())).toBe(true)
    expect(netlifyHeaders(once)).toEqual(headers)
    expect(withNetlifyHeaders(once, headers)).toBe(once)
    const changed = withNetlifyHeaders(once, { ...headers, 'Referrer-Policy': 'no-referrer' })
    expect(netlifyHeaders(changed)).toEqual({ ...headers, 'Referrer-Policy': 'no-referrer' })
    expect(changed.match(/BEGIN security headers/g)).toHaveLength(1)
    expect(() => withNetlifyHeaders(`${base}# END security headers\n`, headers)).toThrow(/must both be there/)
  })

  it('vercel.json: sets the "/(.*)" entry, keeping the others', () => {
    const base = JSON.stringify({ buildCommand: 'npm run build', headers: [{ source: '/assets/(.*)', headers: [{ key: 'Cache-Control', value: 'immutable' }] }] })
    const once = withVercelHeaders(base, headers)
    expect(vercelHeaders(once)).toEqual(headers)
    expect(JSON.parse(once).headers[0]).toEqual(JSON.parse(base).headers[0])
    expect(JSON.parse(once).buildCommand).toBe('npm run build')
    expect(withVercelHeaders(once, headers)).toBe(once)
  })

  it('index.html: the <meta> policy comes right after <meta charset>, before any script or stylesheet', () => {
    const html = '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<script type="module" src="/a.js"></script>\n</head></html>'
    const out = withCspMeta(html, canvas)
    const meta = out.indexOf('http-equiv="Content-Security-Policy"')
    expect(meta).toBeGreaterThan(out.indexOf('<meta charset'))
    expect(meta).toBeLessThan(out.indexOf('<script'))
    expect(out).toContain(`content="${contentSecurityPolicy(canvas, 'meta')}"`)
    expect(() => withCspMeta(out, canvas)).toThrow(/already/)
    expect(() => withCspMeta('<head></head>', canvas)).toThrow(/charset/)
  })
})
