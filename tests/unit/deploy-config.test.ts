// The deploy configs cannot run in CI; check what they rely on: the build command, the output folder, the base path.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { PROJECT_ROOT } from '../../tools/deck'

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
    for (const name of ['export', 'export:clicks', 'export:png', 'export:notes'])
      expect(scripts[name]).toMatch(/^node --import tsx scripts\/export\.ts/)
  })
})
