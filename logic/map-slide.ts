// The sector map's place on its slide: the box it is laid out in, and the check that the data fits it at the
// readable minimum. vite.config.ts hands `checkMapSlideFit` to the data plugin, so a file that would not fit stops
// dev, build and test; data/ itself knows nothing of the layout.
import type { SectorMap } from '../data/schema.ts'
import { layoutSectorMap, mapShape } from './sector-map-layout.ts'

/** The map's box on the map slide, in px of the 980 px canvas (the slide's padding taken off). */
export const MAP_BOX = { width: 932, height: 470 } as const

/** Throws a SectorMapLayoutError, saying what did not fit, when `map` does not fit MAP_BOX. */
export function checkMapSlideFit(map: SectorMap): void {
  layoutSectorMap(mapShape(map), MAP_BOX)
}
