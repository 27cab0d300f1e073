// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { sectorMap } from '../../data'
import { describeArchitecture, layoutArchitecture } from '../../logic/architecture-layout'
import { toArchModel } from '../../logic/architecture-model'
import { layersAt, REVEAL_ORDER } from '../../logic/architecture-view'
import ArchitectureDrawing from './ArchitectureDrawing.vue'

const model = toArchModel(sectorMap.architecture)
const layout = layoutArchitecture(model)

function render(clicks: number) {
  return mount(ArchitectureDrawing, {
    props: { layout, shown: layersAt(clicks), title: 'Core components of DePIN', description: describeArchitecture(model) },
  })
}

function cellText(wrapper: ReturnType<typeof render>, selector: string) {
  return wrapper.findAll(selector).map(cell => cell.findAll('.cell-label').map(line => line.text()).join(' '))
}

describe('architectureDrawing', () => {
  it('draws one labelled cell per item of the data file, plus the open-ended "…"', () => {
    const wrapper = render(3)
    const { services, depin } = sectorMap.architecture
    const expected = [
      ...depin.pinNetworks.items.map(item => item.label),
      ...(depin.pinNetworks.more ? ['…'] : []),
      ...depin.deNetworks.items.map(item => item.label),
      ...(depin.deNetworks.more ? ['…'] : []),
      ...services.items,
      ...(services.more ? ['…'] : []),
    ]
    expect(cellText(wrapper, '.cell')).toEqual(expected)
  })

  it('names the diagram for assistive technology', () => {
    const svg = render(3).find('svg')
    expect(svg.attributes('role')).toBe('img')
    expect(svg.attributes('viewBox')).toBe(`0 0 ${layout.width} ${layout.height}`)
    const [titleId, descId] = svg.attributes('aria-labelledby')!.split(' ')
    expect(svg.find(`title#${titleId}`).text()).toBe('Core components of DePIN')
    expect(svg.find(`desc#${descId}`).text()).toContain(sectorMap.architecture.depin.pinNetworks.name)
  })

  it('reveals the layers in speaking order, one per click', () => {
    const visibleLayers = (clicks: number) => {
      const wrapper = render(clicks)
      const layers = wrapper.findAll('.cell:not(.hidden)').map(cell => cell.attributes('data-layer'))
      return [...new Set(layers)]
    }
    expect(visibleLayers(0)).toEqual([])
    for (let step = 1; step <= REVEAL_ORDER.length; step++)
      expect(visibleLayers(step)).toEqual(REVEAL_ORDER.slice(0, step))
  })

  it('shows each relation with the layer that introduces it', () => {
    const visibleRelations = (clicks: number) => render(clicks).findAll('.relation:not(.hidden) .relation-label').map(label => label.text()).join(' ')
    expect(visibleRelations(1)).toBe('')
    expect(visibleRelations(2)).toBe('rewards and verifies')
    expect(visibleRelations(3)).toContain('runs on')
  })

  it('marks the highlighted cell', () => {
    const id = layout.cells.find(cell => cell.label === 'Storage')!.id
    const wrapper = mount(ArchitectureDrawing, { props: { layout, shown: layersAt(3), highlighted: id, title: 't', description: 'd' } })
    expect(wrapper.findAll('.cell.highlighted').map(cell => cell.attributes('data-cell'))).toEqual([id])
  })
})
