// What a category slide lists, for every network, group and category of the data (and as a contributor changes it).
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadSectorMapFile, parseSectorMap } from '../data/load.ts'
import { dataVariants } from '../tests/support/data-variants.ts'
import { categoryRows, LEAD_MAX_ITEMS, rowsStyle, TILE_MAX_ITEMS } from './category-rows.ts'

const data = loadSectorMapFile(fileURLToPath(new URL('../data/depin.yaml', import.meta.url)))

describe('categoryRows', () => {
  it.each(dataVariants().map(variant => [variant.name, parseSectorMap(variant.text, variant.name)] as const))('gives a row per category, per group, or one row (%s)', (_name, map) => {
    const names = new Map(map.projects.map(project => [project.id, project.name]))
    for (const network of map.networks) {
      const rows = categoryRows(map, network.id)
      expect(rows.map(row => row.id)).toEqual(network.groups.map(group => group.id))
      expect(rows.map(row => row.items)).toEqual(network.groups.map(group => group.categories.map(category => category.name)))
      expect(rows.every(row => row.lists === 'categories')).toBe(true)
      for (const group of network.groups) {
        const groupRows = categoryRows(map, group.id)
        expect(groupRows.map(row => row.id)).toEqual(group.categories.map(category => category.id))
        expect(groupRows.map(row => row.label)).toEqual(group.categories.length === 1 ? [null] : group.categories.map(category => category.name))
        for (const category of group.categories) {
          const [row, ...rest] = categoryRows(map, category.id)
          expect(rest).toEqual([])
          expect(row).toEqual({ id: category.id, label: null, lists: 'projects', items: [...new Set(category.projects)].map(id => names.get(id)), functions: category.functions })
        }
      }
    }
  })
})

describe('rowsStyle', () => {
  const row = (count: number, lists: 'projects' | 'categories' = 'projects') => ({ id: 'x', label: null, lists, items: Array.from({ length: count }, (_, i) => `p${i}`), functions: '' })

  it('shows a few projects as tiles, more names at the lead size, many at body size', () => {
    expect(rowsStyle([row(TILE_MAX_ITEMS)])).toBe('tiles')
    expect(rowsStyle([row(1), row(TILE_MAX_ITEMS - 1)])).toBe('tiles')
    expect(rowsStyle([row(TILE_MAX_ITEMS + 1)])).toBe('lead')
    expect(rowsStyle([row(LEAD_MAX_ITEMS)])).toBe('lead')
    expect(rowsStyle([row(LEAD_MAX_ITEMS + 1)])).toBe('body')
  })

  it('keeps tiles for projects, and not when the slide also shows what the categories do', () => {
    expect(rowsStyle([row(2, 'categories')])).toBe('lead')
    expect(rowsStyle([row(1)], { functions: true })).toBe('lead')
  })

  it('picks body size for the fullest group of the data', () => {
    const groups = data.networks.flatMap(network => network.groups)
    const fullest = groups.reduce((best, group) => (group.categories.flatMap(c => c.projects).length > best.categories.flatMap(c => c.projects).length ? group : best))
    expect(rowsStyle(categoryRows(data, fullest.id))).toBe(fullest.categories.flatMap(c => c.projects).length > LEAD_MAX_ITEMS ? 'body' : 'lead')
  })
})
