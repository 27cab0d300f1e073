// The typed, validated sector map for components and slides:
//   import { sectorMap } from '../data'         (from components/)
// The YAML is checked at build time by ./vite-plugin.ts (registered in vite.config.ts and vitest.config.ts).
import type { SectorMap } from './schema.ts'
import data from './depin.yaml'

export const sectorMap: SectorMap = data
export type * from './schema.ts'
export * from './model.ts'
