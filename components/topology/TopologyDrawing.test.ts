// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { topology } from '../../data/visuals'
import { layoutTopology } from '../../logic/topology-layout'
import { TOPOLOGY_STEPS } from '../../logic/topology-view'
import TopologyDrawing from './TopologyDrawing.vue'

const layout = layoutTopology(topology)
const render = (step: number) => mount(TopologyDrawing, { props: { layout, step, title: topology.title } })

describe('topologyDrawing', () => {
  it('names the drawing and says the state in its description', () => {
    const svg = render(1).find('svg')
    expect(svg.attributes('role')).toBe('img')
    const [titleId, descId] = svg.attributes('aria-labelledby')!.split(' ')
    expect(svg.find(`title#${titleId}`).text()).toBe(topology.title)
    expect(svg.find(`desc#${descId}`).text()).toContain(topology.status.down)
  })

  it('crosses out exactly the nodes that are down, at each step', () => {
    const expected = [0, layout.centralized.clients.length + 1, layout.centralized.clients.length + 2]
    for (let step = 0; step <= TOPOLOGY_STEPS; step++) {
      const wrapper = render(step)
      expect(wrapper.findAll('.node .cross')).toHaveLength(expected[step]!)
      expect(wrapper.findAll('.node[data-state="down"]')).toHaveLength(expected[step]!)
    }
  })

  it('writes each panel\'s status as text', () => {
    const status = (step: number) => render(step).findAll('.status text').map(text => text.text())
    expect(status(0)).toEqual([topology.status.up, topology.status.up])
    expect(status(1)).toEqual([topology.status.down, topology.status.up])
    expect(status(2)).toEqual([topology.status.down, topology.status.rerouted])
  })

  it('draws an arrow on each link of the mesh route, and only there', () => {
    const wrapper = render(TOPOLOGY_STEPS)
    const arrows = wrapper.findAll('[data-panel="mesh"] line[marker-end]').map(line => line.attributes('data-link'))
    expect(arrows).toHaveLength(layout.mesh.routeAfter.length - 1)
    expect(wrapper.findAll('[data-panel="centralized"] line[marker-end]')).toHaveLength(0)
  })
})
