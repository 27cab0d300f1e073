// The data file's loader and schema: every kind of bad input named by file, entry and field; the committed data;
// the article's content in it; and the data as a contributor changes it.
import type { SectorMapIssue } from './load.ts'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseDocument } from 'yaml'
import { factCategories, factHomepages } from '../tests/support/article.ts'
import { dataVariants } from '../tests/support/data-variants.ts'
import { formatPath, loadSectorMapFile, parseSectorMap, SectorMapError } from './load.ts'
import { entryCount } from './model.ts'

const FIXTURES = fileURLToPath(new URL('../tests/fixtures/sector-map/', import.meta.url))
const DATA = fileURLToPath(new URL('./depin.yaml', import.meta.url))
const fixture = (name: string) => readFileSync(`${FIXTURES}${name}`, 'utf8')

/** The issues a source produces; fails the test when it parses. */
function issuesOf(source: string, file = 'fixture.yaml'): { error: SectorMapError, issues: SectorMapIssue[] } {
  try {
    parseSectorMap(source, file)
  }
  catch (error) {
    expect(error).toBeInstanceOf(SectorMapError)
    return { error: error as SectorMapError, issues: (error as SectorMapError).issues }
  }
  throw new Error('expected the source to be rejected, but it parsed')
}

describe('bad-input fixtures: each fails with its own clear message', () => {
  // name, entry path, field, reason, line
  const cases: [string, string, string | undefined, RegExp, number][] = [
    ['missing-name.yaml', 'projects[1]', 'name', /required but missing/, 7],
    ['unknown-field.yaml', 'projects[1]', 'nmae', /unknown field/, 8],
    ['duplicate-id.yaml', 'projects[2]', 'id', /duplicate project id "alpha": projects\[0\] already uses it/, 9],
    ['unknown-project.yaml', 'networks[1].groups[0].categories[1].projects[1]', undefined, /unknown project "gamma"/, 33],
    ['http-url.yaml', 'projects[0]', 'url', /https:\/\//, 5],
    ['wrong-type.yaml', 'networks[1].groups[0].categories[0]', 'functions', /got a list/, 28],
    ['empty-categories.yaml', 'networks[0].groups[0]', 'categories', /at least one category/, 15],
    ['invalid-yaml.yaml', '', undefined, /invalid YAML/, 30],
  ]
  it.each(cases)('%s names entry "%s", field %s', (name, entry, field, reason, line) => {
    const { error, issues } = issuesOf(fixture(name), `tests/fixtures/sector-map/${name}`)
    expect(issues).toHaveLength(1)
    const [issue] = issues
    expect(issue?.entry).toBe(entry)
    expect(issue?.field).toBe(field)
    expect(issue?.reason).toMatch(reason)
    expect(issue?.line).toBe(line)
    // The message a presenter sees names the file and line, the entry, the field and the reason.
    expect(error.message).toContain(`tests/fixtures/sector-map/${name}:${line}:`)
    if (entry)
      expect(error.message).toContain(entry)
    if (field)
      expect(error.message).toContain(`field "${field}"`)
  })

  it('empty-file.yaml says the file is empty', () => {
    const { error, issues } = issuesOf(fixture('empty-file.yaml'), 'empty-file.yaml')
    expect(issues).toHaveLength(1)
    expect(error.message).toMatch(/empty-file\.yaml.*the file is empty/)
  })

  it('a file of whitespace only is empty too', () => {
    expect(issuesOf('   \n\n').issues[0]?.reason).toMatch(/empty/)
  })

  it('the valid fixture they start from parses', () => {
    const map = parseSectorMap(fixture('valid-minimal.yaml'))
    expect(map.projects.map(project => project.id)).toEqual(['alpha', 'beta'])
    expect(entryCount(map)).toBe(5)
  })
})

describe('the schema', () => {
  const base = () => parseDocument(fixture('valid-minimal.yaml')).toJS() as Record<string, any>
  const reject = (data: unknown) => issuesOf(JSON.stringify(data)).issues

  it('lists every problem at once, not just the first', () => {
    const data = base()
    delete data.projects[0].name
    data.projects[1].url = 'ftp://beta.example'
    data.networks[0].groups[0].categories[0].projects.push('nope')
    expect(reject(data).map(issue => `${issue.entry}|${issue.field ?? ''}`).sort()).toEqual([
      'networks[0].groups[0].categories[0].projects[2]|',
      'projects[0]|name',
      'projects[1]|url',
    ])
  })

  it.each([
    ['Has Caps'],
    ['under_score'],
    ['-leading'],
    ['trailing-'],
    ['double--dash'],
    [''],
  ])('refuses the project id %j', (id) => {
    const data = base()
    data.projects[1].id = id
    expect(reject(data).some(issue => issue.entry === 'projects[1]' && issue.field === 'id')).toBe(true)
  })

  it.each([['http://a.example'], ['javascript:alert(1)'], ['a.example'], ['https://']])('refuses the url %j', (url) => {
    const data = base()
    data.projects[0].url = url
    expect(reject(data)).toEqual([expect.objectContaining({ entry: 'projects[0]', field: 'url' })])
  })

  it('refuses an empty name, an empty functions text and an empty project list', () => {
    const data = base()
    data.projects[0].name = '  '
    data.networks[1].groups[0].categories[0].functions = ''
    data.networks[1].groups[0].categories[1].projects = []
    data.networks[1].groups[0].categories[0].projects = ['alpha', 'beta']
    const found = reject(data).map(issue => `${issue.entry}|${issue.field}`)
    expect(found).toEqual(expect.arrayContaining([
      'projects[0]|name',
      'networks[1].groups[0].categories[0]|functions',
      'networks[1].groups[0].categories[1]|projects',
    ]))
  })

  it('refuses a project that no category shows, rather than dropping it', () => {
    const data = base()
    data.projects.push({ id: 'lonely', name: 'Lonely' })
    expect(reject(data)).toEqual([expect.objectContaining({ entry: 'projects[2]', reason: expect.stringMatching(/in no category/) })])
  })

  it('refuses the same project twice in one category', () => {
    const data = base()
    data.networks[0].groups[0].categories[0].projects.push('alpha')
    expect(reject(data)).toEqual([expect.objectContaining({ entry: 'networks[0].groups[0].categories[0].projects[2]', reason: expect.stringMatching(/twice/) })])
  })

  it('refuses a network, group or category id used twice', () => {
    const data = base()
    data.networks[1].groups[0].id = 'cat-a'
    expect(reject(data)).toEqual([expect.objectContaining({ entry: 'networks[1].groups[0]', field: 'id', reason: expect.stringMatching(/duplicate id "cat-a"/) })])
  })

  it('refuses an architecture item tied to an unknown group or category', () => {
    const data = base()
    data.architecture.depin.pinNetworks.items[0].category = 'nowhere'
    expect(reject(data)).toEqual([expect.objectContaining({ entry: 'architecture.depin.pinNetworks.items[0]', field: 'category' })])
  })

  it('refuses unknown fields at every level', () => {
    const data = base()
    data.extra = 1
    data.networks[0].colour = 'red'
    data.architecture.depin.deNetworks.items[0].lable = 'x'
    expect(reject(data).map(issue => `${issue.entry}|${issue.field}`).sort()).toEqual([
      'architecture.depin.deNetworks.items[0]|lable',
      'networks[0]|colour',
      '|extra',
    ])
  })

  it('reports YAML duplicate keys as a syntax problem with its line', () => {
    const { issues } = issuesOf('projects: []\nprojects: []\n')
    expect(issues[0]).toMatchObject({ line: 2, reason: expect.stringMatching(/invalid YAML/) })
  })

  it('formats paths the way the messages print them', () => {
    expect(formatPath(['networks', 1, 'groups', 0, 'categories', 2, 'projects', 3])).toBe('networks[1].groups[0].categories[2].projects[3]')
    expect(formatPath([])).toBe('')
  })
})

describe('data/depin.yaml', () => {
  const map = loadSectorMapFile(DATA, 'data/depin.yaml')
  const categories = map.networks.flatMap(network => network.groups.flatMap(group => group.categories))
  const nameOf = new Map(map.projects.map(project => [project.id, project.name]))

  it('keeps CESS and Binance as one entry each, referenced from several categories', () => {
    expect(map.projects.filter(project => /^(?:cess|binance)$/i.test(project.name))).toHaveLength(2)
    const inCategories = (id: string) => categories.filter(category => category.projects.includes(id)).map(category => category.id)
    expect(inCategories('cess')).toEqual(expect.arrayContaining(['l1-chain', 'files', 'mesh']))
    expect(inCategories('binance')).toEqual(expect.arrayContaining(['l1-chain', 'staking']))
  })

  it('names Backbone both ways, as the text and the figures do', () => {
    expect(map.networks.flatMap(network => network.groups.map(group => group.name))).toContain('Backbone (Transmission) Networks')
  })

  it('gives every category its functions and every project a one-liner', () => {
    for (const category of categories)
      expect(category.functions.length).toBeGreaterThan(30)
    expect(map.projects.filter(project => !project.description)).toEqual([])
    expect(categories.flatMap(category => category.projects).map(id => nameOf.get(id)).filter(name => !name)).toEqual([])
  })

  it('holds the architecture labels of the article\'s components figure', () => {
    const { services, depin } = map.architecture
    expect(services.items).toEqual(expect.arrayContaining(['Industrial', 'Agriculture', 'Government', 'Financial', 'Health']))
    expect(depin.deNetworks.items.map(item => item.label)).toEqual(expect.arrayContaining(['Blockchain (L1 Chain)', 'X-Hub', 'Wallet', 'Protocols (Primitives)', 'Infra Module']))
    expect(depin.pinNetworks.items.map(item => item.label)).toEqual(expect.arrayContaining(['Compute', 'Storage', 'Backbone (Transmission)', 'Energy']))
    expect([services.more, depin.deNetworks.more, depin.pinNetworks.more]).toEqual([true, true, true])
  })
})

// What pins today's article content. It checks that the article's entries are all there, not that nothing else is:
// a project added the way data/depin.yaml invites keeps it green.
describe('the article\'s sector map (data/sector-map-facts.md) is all in data/depin.yaml', () => {
  const map = loadSectorMapFile(DATA, 'data/depin.yaml')
  const categories = map.networks.flatMap(network => network.groups.flatMap(group => group.categories))
  const nameOf = new Map(map.projects.map(project => [project.id, project.name]))
  const facts = factCategories()
  const homepages = factHomepages()

  it('reads the facts file (its categories and homepages)', () => {
    expect(facts.length).toBeGreaterThanOrEqual(10)
    expect(homepages.size).toBeGreaterThanOrEqual(50)
  })

  it('has every category of the article, in the article\'s order, each with at least the article\'s projects', () => {
    const byName = (name: string) => categories.find(category => category.name.toLowerCase().startsWith(name.toLowerCase()))
    const missing: string[] = []
    for (const fact of facts) {
      const category = byName(fact.category)
      const names = new Set(category?.projects.map(id => nameOf.get(id)))
      missing.push(...fact.projects.filter(name => !names.has(name)).map(name => `${fact.category}: ${name}`))
    }
    expect(missing).toEqual([])
    const order = facts.map(fact => categories.indexOf(byName(fact.category)!))
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  it('links every project of the article to the homepage the facts give it', () => {
    const wrong = [...homepages].filter(([name, url]) => map.projects.find(project => project.name === name)?.url !== url)
    expect(wrong).toEqual([])
  })
})

describe.each(dataVariants())('$name', ({ name, text, added }) => {
  const map = parseSectorMap(text, name)
  const categories = map.networks.flatMap(network => network.groups.flatMap(group => group.categories))

  it('validates, and counts one map entry per category listing', () => {
    expect(entryCount(map)).toBe(categories.reduce((sum, category) => sum + category.projects.length, 0))
    expect(entryCount(map)).toBeGreaterThanOrEqual(map.projects.length)
  })

  it('puts what was added on the map', () => {
    const listed = new Set(categories.flatMap(category => category.projects))
    for (const projectName of added)
      expect(listed.has(map.projects.find(project => project.name === projectName)!.id)).toBe(true)
  })

  it('still holds every entry of the article', () => {
    const nameOf = new Map(map.projects.map(project => [project.id, project.name]))
    const missing = factCategories().flatMap(fact => fact.projects
      .filter(projectName => !categories.some(category => category.name.toLowerCase().startsWith(fact.category.toLowerCase()) && category.projects.some(id => nameOf.get(id) === projectName)))
      .map(projectName => `${fact.category}: ${projectName}`))
    expect(missing).toEqual([])
  })
})
