// The typed export goes through the same Vite plugin as the deck's build.
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { categoriesUnder, entryCount, findNode, resolveCategory, sectorMap } from './index.ts'
import { loadSectorMapFile } from './load.ts'

describe('import { sectorMap } from "data"', () => {
  it('is the validated file, every category listing counted', () => {
    const file = loadSectorMapFile(fileURLToPath(new URL('./depin.yaml', import.meta.url)))
    expect(sectorMap).toEqual(file)
    const listings = file.networks.flatMap(network => network.groups.flatMap(group => group.categories.map(category => category.projects.length)))
    expect(entryCount(sectorMap)).toBe(listings.reduce((sum, count) => sum + count, 0))
    expect(entryCount(sectorMap)).toBeGreaterThan(0)
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
