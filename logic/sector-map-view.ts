// What the sector map needs in the browser, from its layout (laid out at build time by logic/sector-map-layout.ts,
// served by plugins/drawings.ts): the weight each kind of text is drawn at, a project's one-liner, and where the
// hover tip goes. Light on purpose: the browser imports this, never the layout code or the font metrics.
//
//   tipBox(label, tipWidth, layout)     // the tip of a hovered project, kept inside the map
import type { Project } from '../data/schema.ts'
import type { Fonts, PlacedLabel, SectorMapLayout } from './sector-map-layout.ts'
import type { InterWeight } from './text.ts'

/** The weight each kind of text is drawn at (SectorMap.vue binds them); the layout measures at the same weights. */
export const MAP_FONT_WEIGHTS = { label: 400, category: 600, group: 600, network: 800 } as const satisfies Record<keyof Fonts, InterWeight>

/** A project's one-liner, "Name: description", for its tip and accessible name; its name alone without one. */
export function projectSummary(project: Pick<Project, 'name' | 'description'>): string {
  return project.description ? `${project.name}: ${project.description}` : project.name
}

export interface TipBox { text: string, x: number, y: number, width: number, height: number, font: number }

/**
 * The tip of `label`, whose text is `textWidth` wide at the label font (measured at build time): above the label,
 * below it when there is no room above, and never past the map's sides.
 */
export function tipBox(label: PlacedLabel, text: string, textWidth: number, layout: Pick<SectorMapLayout, 'width' | 'fonts'>): TipBox {
  const font = layout.fonts.label
  const width = Math.min(textWidth + font, layout.width)
  const height = font * 1.7
  const x = Math.max(0, Math.min(label.x + label.width / 2 - width / 2, layout.width - width))
  const y = label.y - height - 2 >= 0 ? label.y - height - 2 : label.y + label.height + 2
  return { text, x, y, width, height, font }
}
