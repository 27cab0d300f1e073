// The lint rule that keeps Slidev's internals in seam/ (eslint.config.js): every name seam/slidev.ts holds, and every
// import of a non-public @slidev/client module, is refused outside seam/ and allowed inside it.
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { NAMED_COUPLINGS } from '../../seam/slidev'
import { PROJECT_ROOT } from '../../tools/deck'

const eslint = new ESLint({ cwd: PROJECT_ROOT })
// Names only: printSlideId and slideScale are a format and a formula, checked by seam/compat.test.ts.
const names = Object.entries(NAMED_COUPLINGS).filter(([key]) => !['printSlideId', 'slideScale'].includes(key))

async function refusals(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${PROJECT_ROOT}${file}` })
  return result!.messages.filter(message => message.ruleId === 'no-restricted-syntax').map(message => message.message)
}

describe('the seam\'s lint rule', () => {
  it.each(names)('refuses %s outside seam/, as a string and in a template', async (_key, coupling) => {
    const code = `export const a = '${coupling.value}'\nexport const b = \`x \${a} ${coupling.value}\`\n`
    expect(await refusals(code, 'tools/seam-probe.ts'), coupling.value).toHaveLength(2)
    expect(await refusals(code, 'seam/seam-probe.ts'), coupling.value).toEqual([])
  }, 30_000)

  it('refuses Slidev\'s non-public modules outside seam/, and lets the public entry and other packages through', async () => {
    const code = `import { useTimer } from '@slidev/client/composables/useTimer.ts'\nexport { default as N } from '@slidev/client/internals/NoteDisplay.vue'\nexport const t = useTimer\n`
    expect(await refusals(code, 'components/seam-probe.ts')).toEqual([expect.stringContaining('non-public module'), expect.stringContaining('non-public module')])
    expect(await refusals(code, 'seam/seam-probe.ts')).toEqual([])
    // eslint-disable-next-line no-restricted-syntax -- probe code for the rule itself
    expect(await refusals(`import { handleBackground } from '@slidev/theme-default/layoutHelper'\nexport const h = handleBackground\n`, 'layouts/seam-probe.ts')).toEqual([expect.stringContaining('non-public module')])
    // eslint-disable-next-line no-restricted-syntax -- probe code for the rule itself: the public entry goes through
    expect(await refusals(`import { useNav } from '@slidev/client'\nimport type { VitePluginPWAAPI } from 'vite-plugin-pwa'\nexport const u: VitePluginPWAAPI | typeof useNav = useNav\n`, 'tools/seam-probe.ts')).toEqual([])
  }, 30_000)
})
