// Copies of data/depin.yaml changed the way the deck invites contributors to change it (snippets/add-project.yaml
// and the file's own header), so that the data and layout tests can run over each and stay green for a contributor.
//
//   for (const variant of dataVariants()) parseSectorMap(variant.text, variant.name)
import { readFileSync } from 'node:fs'
import { parse, stringify } from 'yaml'
import { PROJECT_ROOT } from '../../tools/deck'

const DATA_PATH = `${PROJECT_ROOT}data/depin.yaml`
const SNIPPET_PATH = `${PROJECT_ROOT}snippets/add-project.yaml`

interface RawCategory { id: string, name: string, functions: string, projects: string[] }
interface RawData {
  projects: { id: string, name: string }[]
  networks: { groups: { categories: RawCategory[] }[] }[]
}

export interface DataVariant {
  name: string
  /** The YAML text. */
  text: string
  /** Project names that the change added to the map. */
  added: string[]
}

/** The snippet's one project entry. */
function snippetProject(): { id: string, name: string } {
  const snippet = parse(readFileSync(SNIPPET_PATH, 'utf8')) as { projects: { id: string, name: string }[] }
  return snippet.projects[0]!
}

/** The committed file, plus: a project added per the snippet to the fullest category; and a new category. */
export function dataVariants(): DataVariant[] {
  const text = readFileSync(DATA_PATH, 'utf8')
  const project = snippetProject()

  const withProject = parse(text) as RawData
  withProject.projects.push(project)
  const categories = withProject.networks.flatMap(network => network.groups.flatMap(group => group.categories))
  const fullest = categories.reduce((best, category) => (category.projects.length > best.projects.length ? category : best))
  fullest.projects.push(project.id)

  const withCategory = parse(text) as RawData
  withCategory.projects.push(project)
  withCategory.networks[0]!.groups[0]!.categories.push({
    id: 'my-category',
    name: 'My Category',
    functions: 'What the projects of this new category do for a DePIN, in a sentence or two.',
    projects: [project.id],
  })

  return [
    { name: 'data/depin.yaml', text, added: [] },
    { name: `data/depin.yaml + ${project.id} in ${fullest.id}`, text: stringify(withProject), added: [project.name] },
    { name: 'data/depin.yaml + a new category', text: stringify(withCategory), added: [project.name] },
  ]
}
