// From the shared data file's `architecture:` section to the diagram's model. The only place that knows both shapes.
import type { SectorMap } from '../data/schema.ts'
import type { ArchGroup, ArchModel } from './architecture-layout.ts'

type Section = SectorMap['architecture']
type DataGroup = Section['depin']['deNetworks']

function group(data: DataGroup): ArchGroup {
  return { name: data.name, more: data.more, items: data.items.map(item => ({ label: item.label, target: item.category })) }
}

export function toArchModel(section: Section): ArchModel {
  return {
    services: { name: section.services.name, more: section.services.more, items: section.services.items.map(label => ({ label })) },
    depin: { name: section.depin.name, de: group(section.depin.deNetworks), pin: group(section.depin.pinNetworks) },
  }
}
