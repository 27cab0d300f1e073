// What the tests compare the deck with, from the article it presents. Committed in the repo (tests/fixtures/ and
// data/sector-map-facts.md), so a clone with nothing beside it tests the same things.
import { readFileSync } from 'node:fs'
import { PROJECT_ROOT } from '../../tools/deck'

const HEADINGS_FILE = `${PROJECT_ROOT}tests/fixtures/article-headings.txt`
const FACTS_FILE = `${PROJECT_ROOT}data/sector-map-facts.md`

/** Every heading of the article (## and deeper), in order, as written. Lines starting with # are comments. */
export function articleHeadings(file = HEADINGS_FILE): string[] {
  return readFileSync(file, 'utf8').split('\n').map(line => line.trim()).filter(line => line && !line.startsWith('#'))
}

/** The facts file's project table: name -> homepage, in file order. */
export function factHomepages(file = FACTS_FILE): Map<string, string> {
  const facts = readFileSync(file, 'utf8')
  const rows = facts.split('\n').map(line => line.split('|').map(cell => cell.trim())).filter(cells => cells.length === 5)
  return new Map(rows.filter(cells => /^https:\/\/\S+$/.test(cells[2]!)).map(cells => [cells[1]!, cells[2]!]))
}

export interface FactCategory {
  /** The category as the facts file names it, e.g. "L1 Chain" ("Energy" for the Energy Networks line). */
  category: string
  /** Its projects as listed, without parenthesised remarks: "Binance (BNB Chain)" is "Binance". */
  projects: string[]
}

/** The finished article's sector map, category by category, from the facts file's "The sector map" section. */
export function factCategories(file = FACTS_FILE): FactCategory[] {
  const text = readFileSync(file, 'utf8')
  const section = text.split(/^## /m).find(part => part.startsWith('The sector map')) ?? ''
  const names = (list: string) => list.split(',').map(name => name.replace(/\([^)]*\)/g, '').trim()).filter(Boolean)
  const found: FactCategory[] = []
  for (const line of section.split('\n')) {
    const category = /^ {4}- ([^:*]+): (.+)$/.exec(line)
    if (category)
      found.push({ category: category[1]!.trim(), projects: names(category[2]!) })
    // A group with no categories of its own: "  - **Energy Networks**: Emerson Ovation. This is ..."
    const single = /^ {2}- \*\*(\w+) Networks\*\*: ([^.]+)\./.exec(line)
    if (single)
      found.push({ category: single[1]!, projects: names(single[2]!) })
  }
  return found
}
