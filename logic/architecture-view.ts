// What the architecture diagram shows at each click step, and where its HTML overlay sits, from its layout (laid
// out at build time by logic/architecture-layout.ts, served by plugins/drawings.ts).
// Light on purpose: the browser imports this, never the layout code or the font metrics.
//
//   layersAt(clicks)          // which layers a click step shows
import type { ArchitectureLayout, Rect } from './architecture-layout.ts'
import type { InterWeight } from './text.ts'

/** The layers in the order the presenter speaks them: one click reveals one layer. */
export const REVEAL_ORDER = ['pin', 'de', 'services'] as const
export type LayerId = typeof REVEAL_ORDER[number]
/** Click steps the diagram declares: one per layer. */
export const ARCHITECTURE_CLICKS = REVEAL_ORDER.length

/**
 * The weight each kind of text is drawn at (ArchitectureDrawing.vue binds them). A highlighted cell's label turns
 * extra bold, so cell labels are fitted at that weight: they fit whether highlighted or not. Relation labels are
 * italic, which the deck draws as a slanted regular (no italic face is loaded): same widths as regular.
 */
export const ARCH_FONT_WEIGHTS = { title: 600, label: 400, highlighted: 800, relation: 400 } as const satisfies Record<string, InterWeight>

/** The layers shown at click step `clicks`. */
export function layersAt(clicks: number): LayerId[] {
  return REVEAL_ORDER.slice(0, Math.max(0, Math.min(clicks, REVEAL_ORDER.length)))
}

/** Where an overlay element goes, in percent of the drawing, so HTML can sit exactly over an SVG box. */
export function percentBox(box: Rect, layout: Pick<ArchitectureLayout, 'width' | 'height'>): Record<'left' | 'top' | 'width' | 'height', string> {
  const pct = (value: number, of: number) => `${((value / of) * 100).toFixed(3)}%`
  return { left: pct(box.x, layout.width), top: pct(box.y, layout.height), width: pct(box.width, layout.width), height: pct(box.height, layout.height) }
}
