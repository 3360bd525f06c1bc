import { describe, expect, it } from 'vitest'
import { KIND_COLORS, KIND_LABELS, PARTY_COLORS, partyKeys } from '../../src/chart/palette'
import { deepFreeze } from '../../src/internal/freeze'

const parties = (list: readonly (readonly [string, string, string])[]) =>
  deepFreeze({ parties: Object.fromEntries(list.map(([id, name, role]) => [id, { name, role }])) }) as never

describe('partyKeys: the parties in chart order, each with its colour', () => {
  it('lists principals, mediators, guarantors and observers in that order, by id within a role', () => {
    const keys = partyKeys(
      parties([
        ['w', 'Watcher', 'observer'],
        ['x', 'Guarantor', 'guarantor'],
        ['y', 'Mediator', 'mediator'],
        ['z', 'Zeta', 'principal'],
        ['b', 'Beta', 'principal'],
        ['a', 'Alpha', 'principal'],
        ['v', 'Second mediator', 'mediator'],
      ]),
    )
    expect(keys).toEqual([
      { id: 'a', name: 'Alpha', role: 'principal', color: '#d62728' },
      { id: 'b', name: 'Beta', role: 'principal', color: '#1f77b4' },
      { id: 'z', name: 'Zeta', role: 'principal', color: '#2ca02c' },
      { id: 'v', name: 'Second mediator', role: 'mediator', color: '#ff7f0e' },
      { id: 'y', name: 'Mediator', role: 'mediator', color: '#9467bd' },
      { id: 'x', name: 'Guarantor', role: 'guarantor', color: '#8c564b' },
      { id: 'w', name: 'Watcher', role: 'observer', color: '#e377c2' },
    ])
  })

  it('orders ids within a role the same whatever order the document lists them in', () => {
    const ids = (list: readonly string[]) =>
      partyKeys(parties(list.map((id) => [id, id.toUpperCase(), 'principal'] as const))).map((k) => k.id)
    expect(ids(['c', 'a', 'b'])).toEqual(['a', 'b', 'c'])
    expect(ids(['b', 'c', 'a'])).toEqual(['a', 'b', 'c'])
    expect(ids(['a', 'b', 'c'])).toEqual(['a', 'b', 'c'])
    expect(ids(['B', 'a', 'A', 'b'])).toEqual(['A', 'B', 'a', 'b'])
  })

  it('orders roles the same whatever order the document lists them in', () => {
    const roles = (list: readonly string[]) =>
      partyKeys(parties(list.map((role, i) => [`p${String(i)}`, role, role] as const))).map((k) => k.role)
    const expected = ['principal', 'mediator', 'guarantor', 'observer']
    expect(roles(['observer', 'guarantor', 'mediator', 'principal'])).toEqual(expected)
    expect(roles(['mediator', 'observer', 'principal', 'guarantor'])).toEqual(expected)
    expect(roles(['principal', 'mediator', 'guarantor', 'observer'])).toEqual(expected)
  })

  it('starts the colours over after the fourteenth party', () => {
    const many = Array.from(
      { length: 16 },
      (_, i) => [`p${String(i).padStart(2, '0')}`, 'P', 'principal'] as const,
    )
    const keys = partyKeys(parties(many))
    expect(keys.map((k) => k.color)).toEqual([...PARTY_COLORS, PARTY_COLORS[0], PARTY_COLORS[1]])
    expect(new Set(PARTY_COLORS).size).toBe(14)
  })

  it('gives no colour or party for a negotiation without parties', () => {
    expect(partyKeys(parties([]))).toEqual([])
  })
})

describe('the colours and words of the kinds of deadlock', () => {
  it('has a distinct colour and a label in words for every kind', () => {
    expect(KIND_LABELS).toEqual({
      'red-line-clash': 'Red-line clash',
      'package-infeasibility': 'No package for all',
      'sequencing-cycle': 'Sequencing cycle',
      stalemate: 'Stalemate',
      oscillation: 'Oscillation',
      'broken-commitment': 'Broken commitment',
    })
    expect(Object.keys(KIND_COLORS)).toEqual(Object.keys(KIND_LABELS))
    expect(new Set(Object.values(KIND_COLORS)).size).toBe(6)
  })
})
