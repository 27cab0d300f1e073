// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { timelineText, webEras } from '../../data/visuals'
import { layoutTimeline } from '../../logic/timeline-layout'
import { timelineSteps } from '../../logic/timeline-view'
import TimelineDrawing from './TimelineDrawing.vue'

const layout = layoutTimeline(webEras, timelineText)
const render = (step: number) => mount(TimelineDrawing, { props: { layout, step, title: timelineText.title } })

describe('timelineDrawing', () => {
  it('names the drawing for assistive technology, every era in the description', () => {
    const svg = render(0).find('svg')
    expect(svg.attributes('role')).toBe('img')
    const [titleId, descId] = svg.attributes('aria-labelledby')!.split(' ')
    expect(svg.find(`title#${titleId}`).text()).toBe(timelineText.title)
    for (const era of webEras)
      expect(svg.find(`desc#${descId}`).text()).toContain(era.name)
  })

  it('sets each era\'s name, keyword and detail as text', () => {
    const texts = render(timelineSteps(layout)).findAll('text').map(text => text.text())
    for (const era of webEras)
      expect(texts).toEqual(expect.arrayContaining([era.name, era.keyword, ...layout.eras.find(e => e.id === era.id)!.detailLines]))
  })

  it('hides the eras still to come, and shows today only with its era', () => {
    for (let step = 0; step <= timelineSteps(layout); step++) {
      const wrapper = render(step)
      const shown = wrapper.findAll('.era:not(.hidden)').map(era => era.attributes('data-era'))
      expect(shown).toEqual(webEras.slice(0, step + 1).map(era => era.id))
      expect(wrapper.find('.now').classes('hidden')).toBe(!shown.includes(timelineText.nowEra))
    }
  })
})
