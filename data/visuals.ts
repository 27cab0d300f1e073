// Words and shapes of the drawn visuals on the opening slides: the web's evolution (a timeline), centralized versus
// DePIN (a live topology). Layout code in logic/ turns these into geometry; the components only render.
//
//   import { webEras, topology } from '../data/visuals.ts'
//
// Facts from the article (shared/source/the-depin-portrait.md, "The web's evolution" and "Understanding DePIN") and
// its mesh-transmission example (CESS's CD²N rerouting sensor data through a city mesh).

/** How an era's little picture connects people: one source to readers, users through a platform, peers. */
export type EraMotif = 'broadcast' | 'platform' | 'mesh'

/** One era of the web, as the timeline sets it. */
export interface WebEra {
  id: string
  name: string
  /** The era in one word, set large. */
  keyword: string
  /** A few words under the keyword. */
  detail: string
  motif: EraMotif
}

export const webEras: readonly WebEra[] = [
  { id: 'web1', name: 'Web 1.0', keyword: 'Read-only', detail: 'A few publish, many read', motif: 'broadcast' },
  { id: 'web2', name: 'Web 2.0', keyword: 'Participatory', detail: 'Social media, e-commerce', motif: 'platform' },
  { id: 'web3', name: 'Web 3.0', keyword: 'Owned', detail: 'Data, storage, computing', motif: 'mesh' },
]

/** Words of the timeline drawing itself. */
export const timelineText = {
  title: 'The web\'s evolution',
  /** Marks the era we stand at the brink of. */
  now: 'Today',
  nowEra: 'web3',
} as const

/** A node of the DePIN mesh: position in the unit square of its panel (0..1 both ways, y down). */
interface MeshNodeSpec {
  id: string
  x: number
  y: number
  /** Visible name; relay nodes have none. */
  label?: string
}

/** The two networks of "What DePIN changes": a hub and its clients, and a mesh of independent nodes. */
export interface TopologySpec {
  /** The drawing's accessible name. */
  title: string
  centralized: {
    title: string
    subtitle: string
    hub: string
    clients: number
  }
  mesh: {
    title: string
    subtitle: string
    /** Where the data comes from and where it must arrive (ids of `nodes`). */
    source: string
    target: string
    nodes: readonly MeshNodeSpec[]
    edges: readonly (readonly [string, string])[]
  }
  status: { up: string, down: string, rerouted: string }
}

export const topology: TopologySpec = {
  title: 'Centralized infrastructure versus a DePIN mesh',
  centralized: {
    title: 'Centralized',
    subtitle: 'One point of failure',
    hub: 'Hub',
    clients: 6,
  },
  mesh: {
    title: 'DePIN mesh',
    subtitle: 'No single point of failure',
    source: 'sensor',
    target: 'user',
    nodes: [
      { id: 'sensor', x: 0.03, y: 0.5, label: 'Sensor' },
      { id: 'n1', x: 0.27, y: 0.14 },
      { id: 'n2', x: 0.24, y: 0.84 },
      { id: 'n3', x: 0.5, y: 0.5 },
      { id: 'n4', x: 0.72, y: 0.12 },
      { id: 'n5', x: 0.75, y: 0.86 },
      { id: 'user', x: 0.97, y: 0.5, label: 'User' },
    ],
    edges: [
      ['sensor', 'n1'],
      ['sensor', 'n2'],
      ['sensor', 'n3'],
      ['n1', 'n3'],
      ['n2', 'n3'],
      ['n1', 'n4'],
      ['n2', 'n5'],
      ['n3', 'n4'],
      ['n3', 'n5'],
      ['n3', 'user'],
      ['n4', 'user'],
      ['n5', 'user'],
    ],
  },
  status: { up: 'Service up', down: 'Service down', rerouted: 'Service up, rerouted' },
}
