// The pure loader of the sector-map file: text in, typed data out, or one error that lists EVERY problem with its
// file, line, entry path (e.g. `networks[1].groups[0].categories[2].projects[3]`), field and reason.
// No Vite, no fs here (see plugins/sector-map.ts and loadSectorMapFile below), so unit tests call it directly.
import type { Document } from 'yaml'
import type { SectorMap } from './schema.ts'
import { readFileSync } from 'node:fs'
import { LineCounter, parseDocument } from 'yaml'
import { sectorMapSchema } from './schema.ts'

type PathKey = string | number

export interface SectorMapIssue {
  /** Path of the entry that is wrong, e.g. `projects[3]` or `networks[1].groups[0].categories[2].projects[3]`. */
  entry: string
  /** The field of that entry, when the problem is one field (`name`, `url`...). */
  field?: string
  reason: string
  /** 1-based position in the file, when it can be found. */
  line?: number
  column?: number
}

export class SectorMapError extends Error {
  readonly file: string
  readonly issues: SectorMapIssue[]
  constructor(file: string, issues: SectorMapIssue[]) {
    const lines = issues.map(issue => `  - ${formatIssue(file, issue)}`)
    super(`${file} is not a valid sector map (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`)
    this.name = 'SectorMapError'
    this.file = file
    this.issues = issues
  }
}

function formatIssue(file: string, issue: SectorMapIssue): string {
  const where = issue.line ? `${file}:${issue.line}:${issue.column ?? 1}` : file
  const field = issue.field ? ` field "${issue.field}"` : ''
  return `${where} ${issue.entry || '(top level)'}${field}: ${issue.reason}`
}

/** `['networks', 1, 'groups', 0]` -> `networks[1].groups[0]` */
export function formatPath(path: readonly PathKey[]): string {
  return path.reduce<string>((out, key) => typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key, '')
}

/** Splits a path into the entry and its field: a path that ends with a key names a field of the entry before it. */
function issueAt(path: readonly PathKey[], reason: string): Omit<SectorMapIssue, 'line' | 'column'> {
  const last = path[path.length - 1]
  if (typeof last === 'string')
    return { entry: formatPath(path.slice(0, -1)), field: last, reason }
  return { entry: formatPath(path), reason }
}

function describe(value: unknown): string {
  if (value === null)
    return 'null'
  if (Array.isArray(value))
    return 'a list'
  if (typeof value === 'object')
    return 'a mapping'
  return `${typeof value} ${JSON.stringify(value)}`
}

interface RawIssue { path: PathKey[], reason: string }

function schemaIssues(data: unknown): RawIssue[] {
  const result = sectorMapSchema.safeParse(data, { reportInput: true })
  if (result.success)
    return []
  const out: RawIssue[] = []
  for (const issue of result.error.issues) {
    const path = issue.path.filter((key): key is PathKey => typeof key !== 'symbol')
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        out.push({ path: [...path, key], reason: 'unknown field (a typo?); allowed fields are listed in data/schema.ts' })
    }
    else if (issue.code === 'invalid_type' && issue.input === undefined) {
      out.push({ path, reason: 'is required but missing' })
    }
    else if (issue.code === 'invalid_type') {
      out.push({ path, reason: `${issue.message}, got ${describe(issue.input)}` })
    }
    else {
      out.push({ path, reason: issue.message })
    }
  }
  return out
}

const asList = (value: unknown): unknown[] => Array.isArray(value) ? value : []
function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, unknown> : {}
}

/** What the schema alone cannot see: duplicate ids, unknown references, projects no category shows. */
function crossIssues(data: unknown): RawIssue[] {
  const out: RawIssue[] = []
  const root = asRecord(data)
  const projectAt = new Map<string, number>()
  asList(root.projects).forEach((project, index) => {
    const id = asRecord(project).id
    if (typeof id !== 'string')
      return
    const first = projectAt.get(id)
    if (first !== undefined)
      out.push({ path: ['projects', index, 'id'], reason: `duplicate project id "${id}": projects[${first}] already uses it` })
    else projectAt.set(id, index)
  })

  const nodeAt = new Map<string, string>()
  const claim = (path: PathKey[], value: unknown): void => {
    if (typeof value !== 'string')
      return
    const first = nodeAt.get(value)
    if (first !== undefined)
      out.push({ path: [...path, 'id'], reason: `duplicate id "${value}": ${first} already uses it (network, group and category ids share one namespace)` })
    else nodeAt.set(value, formatPath(path))
  }
  const shown = new Set<string>()
  asList(root.networks).forEach((network, n) => {
    claim(['networks', n], asRecord(network).id)
    asList(asRecord(network).groups).forEach((group, g) => {
      claim(['networks', n, 'groups', g], asRecord(group).id)
      asList(asRecord(group).categories).forEach((category, c) => {
        const at: PathKey[] = ['networks', n, 'groups', g, 'categories', c]
        claim(at, asRecord(category).id)
        const seen = new Set<string>()
        asList(asRecord(category).projects).forEach((ref, p) => {
          if (typeof ref !== 'string')
            return
          if (!projectAt.has(ref))
            out.push({ path: [...at, 'projects', p], reason: `unknown project "${ref}": no entry under projects: has this id` })
          if (seen.has(ref))
            out.push({ path: [...at, 'projects', p], reason: `project "${ref}" is listed twice in this category` })
          seen.add(ref)
          shown.add(ref)
        })
      })
    })
  })

  for (const [id, index] of projectAt) {
    if (!shown.has(id))
      out.push({ path: ['projects', index], reason: `project "${id}" is in no category, so the map would not show it; add its id to a category's projects` })
  }

  const depin = asRecord(asRecord(root.architecture).depin)
  for (const box of ['deNetworks', 'pinNetworks'] as const) {
    asList(asRecord(depin[box]).items).forEach((item, i) => {
      const ref = asRecord(item).category
      if (typeof ref === 'string' && !nodeAt.has(ref))
        out.push({ path: ['architecture', 'depin', box, 'items', i, 'category'], reason: `unknown group or category "${ref}": no network, group or category under networks: has this id` })
    })
  }
  return out
}

/** Line and column of the YAML node at `path`, or of its nearest ancestor that exists (for missing fields). */
function locate(doc: Document, counter: LineCounter, path: PathKey[]): { line?: number, column?: number } {
  for (let length = path.length; length >= 0; length--) {
    const prefix = path.slice(0, length)
    const parent = length > 0 ? doc.getIn(prefix.slice(0, -1), true) : undefined
    // For a field, point at its key (`nmae:`), which is where a reader looks.
    const last = prefix[prefix.length - 1]
    let node: unknown = length === 0 ? doc.contents : doc.getIn(prefix, true)
    if (typeof last === 'string' && parent && typeof parent === 'object' && 'items' in parent) {
      const pair = (parent.items as { key?: { value?: unknown, range?: number[] } }[]).find(item => item.key?.value === last)
      if (pair?.key)
        node = pair.key
    }
    const range = (node as { range?: number[] } | null | undefined)?.range
    if (range && typeof range[0] === 'number') {
      const { line, col } = counter.linePos(range[0])
      return { line, column: col }
    }
  }
  return {}
}

/**
 * Parses and validates the sector-map YAML. Returns the typed data, or throws a SectorMapError that lists every
 * problem found (syntax errors first; schema and cross-reference problems otherwise).
 */
export function parseSectorMap(source: string, file = 'data/depin.yaml'): SectorMap {
  const counter = new LineCounter()
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: true, uniqueKeys: true })
  if (doc.errors.length > 0) {
    // The first syntax error is the cause; the ones after it usually follow from it.
    const [first] = doc.errors
    const position = first?.linePos?.[0]
    const more = doc.errors.length > 1 ? ` (fix this first: ${doc.errors.length - 1} later syntax error(s) may follow from it)` : ''
    throw new SectorMapError(file, [{
      entry: '',
      reason: `invalid YAML: ${(first?.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}${more}`,
      line: position?.line,
      column: position?.col,
    }])
  }
  const data: unknown = doc.toJS()
  if (data === null || data === undefined) {
    throw new SectorMapError(file, [{ entry: '', reason: 'the file is empty; it must hold projects:, networks: and architecture: (see the comment at the top of data/depin.yaml)' }])
  }
  const raw = [...schemaIssues(data), ...crossIssues(data)]
  if (raw.length > 0) {
    const issues = raw.map(issue => ({ ...issueAt(issue.path, issue.reason), ...locate(doc, counter, issue.path) }))
    issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    throw new SectorMapError(file, issues)
  }
  return sectorMapSchema.parse(data)
}

/** Reads and parses a sector-map file from disk (Node only). `label` is the name used in messages. */
export function loadSectorMapFile(path: string, label = path): SectorMap {
  return parseSectorMap(readFileSync(path, 'utf8'), label)
}
