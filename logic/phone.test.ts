import { describe, expect, it } from 'vitest'
import { hasNext, hasPrev, isPhoneView, nextLabel, phoneRedirect, phoneTarget, positionLabel, remotePassword, sharedPosition, urlPassword } from './phone.ts'

describe('phoneTarget', () => {
  it('opens Slidev\'s notes route, which only reads the deck\'s position, with the phone flag and the password', () => {
    expect(phoneTarget('pw')).toEqual({ path: '/notes', query: { phone: '1', password: 'pw' } })
    expect(phoneTarget(undefined)).toEqual({ path: '/notes', query: { phone: '1' } })
    expect(phoneTarget('')).toEqual({ path: '/notes', query: { phone: '1' } })
  })
})

describe('phoneRedirect', () => {
  it('opens the control view with the right password, or when the deck has none', () => {
    expect(phoneRedirect({ page: 4, clicks: 2 }, 'pw', 'pw')).toEqual({ path: '/notes', query: { phone: '1', password: 'pw' } })
    expect(phoneRedirect({ page: 4 }, undefined, undefined).path).toBe('/notes')
  })

  it('without it, shows the audience view at the deck\'s own slide and step (so nothing moves), with no password', () => {
    expect(phoneRedirect({ page: 4, clicks: 2 }, 'wrong', 'pw')).toEqual({ path: '/4', query: { clicks: '2' } })
    expect(phoneRedirect({ page: 7, clicks: 0 }, undefined, 'pw')).toEqual({ path: '/7', query: {} })
  })

  it('starts the audience at slide 1 before anything was shown (the dev server\'s state starts at page 0)', () => {
    expect(phoneRedirect({ page: 0, clicks: 0 }, undefined, 'pw')).toEqual({ path: '/1', query: {} })
    expect(phoneRedirect({}, 'x', 'pw')).toEqual({ path: '/1', query: {} })
  })

  it('reads Slidev\'s remote setting: a string is the password, anything else is none', () => {
    expect(remotePassword('pw')).toBe('pw')
    expect(remotePassword(true)).toBeUndefined()
    expect(remotePassword('')).toBeUndefined()
  })
})

describe('sharedPosition', () => {
  it('reads the shared state, as slide 1 step 0 before any window has shown a slide', () => {
    expect(sharedPosition({ page: 12, clicks: 2 })).toEqual({ no: 12, clicks: 2 })
    expect(sharedPosition({ page: 0, clicks: 0 })).toEqual({ no: 1, clicks: 0 })
    expect(sharedPosition({})).toEqual({ no: 1, clicks: 0 })
    expect(sharedPosition({ page: 3, clicks: -1 })).toEqual({ no: 3, clicks: 0 })
  })
})

describe('urlPassword', () => {
  it('reads the hash route\'s query first, then the page\'s own query', () => {
    expect(urlPassword({ password: 'route' }, '?password=page')).toBe('route')
    expect(urlPassword({}, '?password=page')).toBe('page')
    expect(urlPassword({ password: ['a', 'b'] }, '')).toBeUndefined()
    expect(urlPassword({}, '?x=1')).toBeUndefined()
  })
})

describe('labels', () => {
  it('says where the deck is, with the step on a slide that builds with clicks', () => {
    expect(positionLabel({ no: 3, total: 23, clicks: 0, clicksTotal: 0 })).toBe('Slide 3 of 23')
    expect(positionLabel({ no: 10, total: 23, clicks: 1, clicksTotal: 3 })).toBe('Slide 10 of 23, step 2 of 4')
  })

  it('says what Next shows: the next step, the next slide, or the end', () => {
    expect(nextLabel({ no: 10, total: 23, clicks: 1, clicksTotal: 3 }, 'Sector map')).toBe('Step 3 of 4 on this slide')
    expect(nextLabel({ no: 10, total: 23, clicks: 3, clicksTotal: 3 }, 'Sector map')).toBe('11. Sector map')
    expect(nextLabel({ no: 10, total: 23, clicks: 0, clicksTotal: 0 }, '')).toBe('Slide 11')
    expect(nextLabel({ no: 23, total: 23, clicks: 0, clicksTotal: 0 }, undefined)).toBe('End of the talk')
  })

  it('says whether Next and Previous have somewhere to go', () => {
    expect(hasNext({ no: 23, total: 23, clicks: 0, clicksTotal: 0 })).toBe(false)
    expect(hasNext({ no: 23, total: 23, clicks: 1, clicksTotal: 2 })).toBe(true)
    expect(hasNext({ no: 22, total: 23, clicks: 0, clicksTotal: 0 })).toBe(true)
    expect(hasPrev({ no: 1, total: 23, clicks: 0, clicksTotal: 2 })).toBe(false)
    expect(hasPrev({ no: 1, total: 23, clicks: 1, clicksTotal: 2 })).toBe(true)
    expect(hasPrev({ no: 2, total: 23, clicks: 0, clicksTotal: 0 })).toBe(true)
  })

  it('knows the phone view by its flag', () => {
    expect(isPhoneView({ phone: '1' })).toBe(true)
    expect(isPhoneView({ phone: null })).toBe(true)
    expect(isPhoneView({ password: 'x' })).toBe(false)
  })
})
