// The typed export goes through the same Vite plugin as the deck's build.
import { describe, expect, it } from 'vitest'
import { categoriesUnder, entryCount, findNode, resolveCategory, sectorMap } from './index.ts'

describe('import { sectorMap } from "data"', () => {
  it('is the validated file', () => {
    expect(entryCount(sectorMap)).toBe(74)
  })

  it('finds networks, groups and categories by id', () => {
    expect(findNode(sectorMap, 'storage')).toMatchObject({ kind: 'group', network: { id: 'physical' } })
    expect(categoriesUnder(sectorMap, 'backbone').map(category => category.name)).toEqual(['Mesh', 'VPN and Privacy', 'AI Data Layer', 'RTC'])
    expect(() => findNode(sectorMap, 'nowhere')).toThrow(/"nowhere"/)
  })

  it('resolves a category\'s project ids to entries', () => {
    const [l1] = categoriesUnder(sectorMap, 'l1-chain')
    expect(resolveCategory(sectorMap, l1!).projects.map(project => project.name)).toEqual(['CESS', 'Ethereum', 'Solana', 'Binance'])
  })
})
