// Pure questions about a validated sector map, shared by the map, the category slides and the lists.
import type { Category, Group, Network, Project, SectorMap } from './schema.ts'

/** A category with its projects resolved from ids to entries. */
export interface ResolvedCategory extends Omit<Category, 'projects'> {
  projects: Project[]
}

export function projectIndex(map: SectorMap): Map<string, Project> {
  return new Map(map.projects.map(project => [project.id, project]))
}

export function resolveCategory(map: SectorMap, category: Category): ResolvedCategory {
  const index = projectIndex(map)
  return {
    ...category,
    projects: category.projects.map((id) => {
      const project = index.get(id)
      if (!project)
        throw new Error(`Category "${category.id}" refers to unknown project "${id}"`)
      return project
    }),
  }
}

export type MapNode =
  | { kind: 'network', network: Network }
  | { kind: 'group', network: Network, group: Group }
  | { kind: 'category', network: Network, group: Group, category: Category }

/** Finds a network, group or category by id (they share one namespace). Throws, naming the id, when absent. */
export function findNode(map: SectorMap, id: string): MapNode {
  for (const network of map.networks) {
    if (network.id === id)
      return { kind: 'network', network }
    for (const group of network.groups) {
      if (group.id === id)
        return { kind: 'group', network, group }
      const category = group.categories.find(item => item.id === id)
      if (category)
        return { kind: 'category', network, group, category }
    }
  }
  throw new Error(`No network, group or category with id "${id}" in data/depin.yaml`)
}

/** The categories under a network, group or category id, in file order. */
export function categoriesUnder(map: SectorMap, id: string): Category[] {
  const node = findNode(map, id)
  if (node.kind === 'category')
    return [node.category]
  if (node.kind === 'group')
    return node.group.categories
  return node.network.groups.flatMap(group => group.categories)
}

/** Map entries: one per (category, project) pair, so a project in three categories counts three times. */
export function entryCount(map: SectorMap): number {
  return map.networks.reduce((sum, network) => sum + network.groups.reduce((s, group) =>
    s + group.categories.reduce((c, category) => c + category.projects.length, 0), 0), 0)
}
