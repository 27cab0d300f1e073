// What a category slide lists, from the data: one row per category with its projects (a group's slide), one row of
// projects with no label (a single category's slide), or one row per group with its categories (a network's slide),
// and the step of the type scale the rows are set in.
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

/** The most names a slide sets at the lead size (30 px); more are set at body size (24 px). */
export const LEAD_MAX_ITEMS = 6

/** The type-scale step of the rows: `lead` when few names fill the slide, `body` otherwise. */
export function rowsSize(rows: CategoryRow[]): 'lead' | 'body' {
  return rows.reduce((sum, row) => sum + row.items.length, 0) <= LEAD_MAX_ITEMS ? 'lead' : 'body'
}
