// What a category slide lists, from the data: one row per category with its projects (a group's slide), one row of
// projects with no label (a single category's slide), or one row per group with its categories (a network's slide),
// and how they are set: a few projects as tiles with their one-liners, more as names at the lead or body size.
import type { SectorMap } from '../data/schema.ts'
import { findNode } from '../data/model.ts'

export interface CategoryRow {
  /** The category id (projects) or group id (categories) the row stands for. */
  id: string
  /** Shown before the items; null when the slide has one row, whose label would repeat the title. */
  label: string | null
  /** `projects`: the items are the projects of category `id`; `categories`: the categories of group `id`. */
  lists: 'projects' | 'categories'
  /** Names of the items, in file order (a project listed twice in a row shows once). */
  items: string[]
  /** What the category does (a category row), or '' (a group row). */
  functions: string
}

/** The rows of the slide for network, group or category `id`. */
export function categoryRows(map: SectorMap, id: string): CategoryRow[] {
  const names = new Map(map.projects.map(project => [project.id, project.name]))
  const node = findNode(map, id)
  const rows: CategoryRow[] = node.kind === 'network'
    ? node.network.groups.map(group => ({ id: group.id, label: group.name, lists: 'categories', items: group.categories.map(c => c.name), functions: '' }))
    : (node.kind === 'group' ? node.group.categories : [node.category]).map(category => ({
        id: category.id,
        label: category.name,
        lists: 'projects',
        items: [...new Set(category.projects)].map(pid => names.get(pid) ?? pid),
        functions: category.functions,
      }))
  return rows.length === 1 ? [{ ...rows[0]!, label: null }] : rows
}

/** Up to this many projects, a slide shows each as a tile with its one-liner (the words still fit 45 per slide). */
export const TILE_MAX_ITEMS = 6
/** Up to this many names, a slide sets them at the lead size (30 px); more at body size (24 px). */
export const LEAD_MAX_ITEMS = 16

/** How the rows are set: project tiles, or names at the lead or body size, whichever fills the slide without crowding. */
export type RowsStyle = 'tiles' | 'lead' | 'body'

/**
 * The style of `rows`. Tiles only for projects, and not when the slide also shows each category's `functions` (the
 * one-liners would push it past the word budget).
 */
export function rowsStyle(rows: CategoryRow[], options: { functions?: boolean } = {}): RowsStyle {
  const count = rows.reduce((sum, row) => sum + row.items.length, 0)
  if (count <= TILE_MAX_ITEMS && !options.functions && rows.every(row => row.lists === 'projects'))
    return 'tiles'
  return count <= LEAD_MAX_ITEMS ? 'lead' : 'body'
}
