// The typed, validated sector map for components and slides:
//   import { sectorMap } from '../data'         (from components/)
// The YAML is checked at build time by plugins/sector-map.ts (registered in vite.config.ts and vitest.config.ts).
import type { SectorMap } from './schema.ts'
import data from './depin.yaml'

export const sectorMap: SectorMap = data
export * from './model.ts'
export type * from './schema.ts'
