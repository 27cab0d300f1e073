// The lint rules that keep dependencies one way (data, then logic, then components, then slides) really fail: an
// import of view code from data/ or logic/, an import of logic/ from data/, and an import cycle.
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../tools/deck'

const eslint = new ESLint({ cwd: PROJECT_ROOT, ignore: false })

async function rulesHit(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${PROJECT_ROOT}${filePath}` })
  return result!.messages.map(message => message.ruleId ?? message.message)
}

describe('eslint.config.js', () => {
  it('refuses view code in data/', async () => {
    const code = 'import { x } from \'../components/thing.ts\'\n\nexport const y = x\n'
    expect(await rulesHit(code, 'data/probe.ts')).toContain('no-restricted-imports')
  })

  it('refuses logic/ in data/, where the config hands checks in instead', async () => {
    const code = 'import { MAP_BOX } from \'../logic/map-slide.ts\'\n\nexport const y = MAP_BOX\n'
    expect(await rulesHit(code, 'data/probe.ts')).toContain('no-restricted-imports')
  })

  it('refuses view code in logic/, and lets logic/ read data/', async () => {
    expect(await rulesHit('import C from \'../components/SectorMap.vue\'\n\nexport const y = C\n', 'logic/probe.ts')).toContain('no-restricted-imports')
    expect(await rulesHit('import { entryCount } from \'../data/model.ts\'\n\nexport const y = entryCount\n', 'logic/probe.ts')).toEqual([])
  })

  it('refuses an import cycle', async () => {
    const [result] = await eslint.lintFiles(['tests/fixtures/lint/cycle-a.ts'])
    expect(result!.messages.map(message => message.ruleId)).toContain('import-x/no-cycle')
  })
}, 60_000)
