// The schema of data/depin.yaml, and the types the deck uses. One file describes the whole sector map: projects once,
// then networks > groups > categories that refer to projects by id, then the labels of the architecture diagram.
// Cross-references (unique ids, known project ids, every project shown) are checked in ./load.ts, which reports every
// problem with its file, entry path, field and reason.
import { z } from 'zod'

/** Stable ids: lower-case letters and digits in dash-separated words, e.g. `io-net`, `4everland`. */
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const id = z.string({ error: 'must be a text id' })
  .regex(ID_PATTERN, { error: 'must be kebab-case: lower-case letters and digits separated by "-", e.g. "my-project"' })

const text = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' })

const httpsUrl = z.string({ error: 'must be a URL as text' }).refine(isHttpsUrl, {
  error: 'must be an https:// URL (http and other schemes are refused)',
})

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' && url.hostname.length > 0
  }
  catch {
    return false
  }
}

const projectSchema = z.strictObject({
  id,
  name: text,
  url: httpsUrl.optional(),
  description: text.optional(),
})

const categorySchema = z.strictObject({
  id,
  name: text,
  /** What the category does: one paragraph, shown on its slide. */
  functions: text,
  projects: z.array(id, { error: 'must be a list of project ids' }).min(1, { error: 'must list at least one project id' }),
})

const groupSchema = z.strictObject({
  id,
  name: text,
  categories: z.array(categorySchema, { error: 'must be a list of categories' }).min(1, { error: 'must list at least one category' }),
})

const networkSchema = z.strictObject({
  id,
  name: text,
  groups: z.array(groupSchema, { error: 'must be a list of groups' }).min(1, { error: 'must list at least one group' }),
})

/** One label of the architecture diagram, optionally tied to a group or category id of `networks`. */
const architectureItemSchema = z.strictObject({
  label: text,
  category: id.optional(),
})

const more = z.boolean({ error: 'must be true or false' }).optional()

const architectureSchema = z.strictObject({
  services: z.strictObject({
    name: text,
    items: z.array(text, { error: 'must be a list of labels' }).min(1, { error: 'must list at least one label' }),
    /** Draw the open-ended "…" after the items. */
    more,
  }),
  depin: z.strictObject({
    name: text,
    deNetworks: z.strictObject({
      name: text,
      items: z.array(architectureItemSchema, { error: 'must be a list of items' }).min(1, { error: 'must list at least one item' }),
      more,
    }),
    pinNetworks: z.strictObject({
      name: text,
      items: z.array(architectureItemSchema, { error: 'must be a list of items' }).min(1, { error: 'must list at least one item' }),
      more,
    }),
  }),
})

export const sectorMapSchema = z.strictObject({
  projects: z.array(projectSchema, { error: 'must be a list of projects' }).min(1, { error: 'must list at least one project' }),
  networks: z.array(networkSchema, { error: 'must be a list of networks' }).min(1, { error: 'must list at least one network' }),
  architecture: architectureSchema,
})

export type Project = z.infer<typeof projectSchema>
export type Category = z.infer<typeof categorySchema>
export type Group = z.infer<typeof groupSchema>
export type Network = z.infer<typeof networkSchema>
export type SectorMap = z.infer<typeof sectorMapSchema>
