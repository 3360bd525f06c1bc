import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { linkage } from '../../src/chart/linkage'
import type { LinkageGraph } from '../../src/chart/model'
import type { Negotiation } from '../../src/model/negotiation'
import { right } from '../report/fixture'
import { before, flag, negotiation } from './build'

const issues = {
  truce: flag('Truce'),
  harbour: flag('Harbour'),
  troops: flag('Troops'),
  aid: flag('Aid'),
  elections: flag('Elections'),
}

const principals = {
  A: { name: 'Alpha', role: 'principal' },
  B: { name: 'Beta', role: 'principal' },
  M: { name: 'Mediator', role: 'mediator' },
}

const position = (
  id: string,
  party: string,
  issue: string,
  asOf: string,
  conditions?: readonly object[],
) => ({
  id,
  party,
  issue,
  asOf,
  sources: [],
  ...(conditions === undefined ? {} : { conditions }),
})

const proposal = (date: string, tabledBy: readonly string[], more: object) => ({
  title: 'Draft',
  date,
  tabledBy,
  sources: [],
  terms: {},
  ...more,
})

const response = (id: string, date: string, party: string, more: object) => ({
  id,
  kind: 'response',
  date,
  party,
  proposal: 'plan',
  stance: 'accepted',
  sources: [],
  ...more,
})

/** That `issue` takes a value in `values`, a linkage from `issue`. */
const valued = (issue: string, more: object = {}) => ({
  kind: 'value',
  issue,
  in: { kind: 'flags', values: [true] },
  ...more,
})

const arrows = (g: LinkageGraph) => g.edges.map((e) => [e.from, e.to, e.kind, e.holders, e.via, e.cycle])

const graphOf = (n: Negotiation, options?: Parameters<typeof linkage>[1]) => right(linkage(n, options))

describe('linkage: where the arrows come from', () => {
  it('gathers one arrow per condition from the parties’ stances, with every holder and source of it', () => {
    const n = negotiation({
      parties: principals,
      issues,
      positions: [
        position('b1', 'B', 'harbour', '2025-01-02', [before('truce', 'harbour')]),
        position('a1', 'A', 'truce', '2025-01-01', [before('truce', 'harbour'), before('truce', 'truce')]),
      ],
      proposals: { 'a-plan': proposal('2025-01-03', ['M'], { sequencing: [before('truce', 'harbour')] }) },
    })
    const g = graphOf(n)
    expect(arrows(g)).toEqual([
      ['truce', 'harbour', 'sequence', ['A', 'B', 'M'], ['a-plan', 'a1', 'b1'], false],
    ])
    expect(g.nodes).toEqual([
      { id: 'truce', label: 'Truce', category: 'other', layer: 0, order: 0 },
      { id: 'harbour', label: 'Harbour', category: 'other', layer: 1, order: 0 },
    ])
    expect(g).toMatchObject({ _tag: 'linkage', title: 'Linkage and sequencing', asOf: '2025-01-03' })
  })

  it('names the record a condition comes from, not a later record that changed something else', () => {
    const n = negotiation({
      parties: principals,
      issues,
      positions: [
        position('a1', 'A', 'truce', '2025-01-01', [before('harbour', 'truce')]),
        { ...position('a2', 'A', 'truce', '2025-02-01'), ideal: true },
      ],
    })
    expect(arrows(graphOf(n))).toEqual([['harbour', 'truce', 'sequence', ['A'], ['a1'], false]])
  })

  it('draws a linkage from the issue a value condition depends on to the issue of the stance, or to the issues it names', () => {
    const n = negotiation({
      parties: principals,
      issues,
      positions: [
        position('a1', 'A', 'troops', '2025-01-01', [valued('harbour')]),
        position('b1', 'B', 'aid', '2025-01-01', [
          valued('truce', {
            appliesTo: ['elections'],
            when: { issue: 'troops', in: { kind: 'flags', values: [true] } },
          }),
        ]),
      ],
    })
    expect(arrows(graphOf(n))).toEqual([
      ['harbour', 'troops', 'linkage', ['A'], ['a1'], false],
      ['troops', 'truce', 'linkage', ['B'], ['b1'], false],
      ['truce', 'elections', 'linkage', ['B'], ['b1'], false],
    ])
  })

  it('takes the conditions of drafts tabled up to the date, a linkage only toward the issues it names', () => {
    const n = negotiation({
      parties: principals,
      issues,
      positions: [position('a1', 'A', 'aid', '2025-01-01')],
      proposals: {
        early: proposal('2025-02-01', ['M'], { sequencing: [before('truce', 'troops')] }),
        same: proposal('2025-03-01', ['A', 'B'], {
          conditions: [valued('harbour', { appliesTo: ['aid'] }), valued('elections')],
        }),
        late: proposal('2025-03-02', ['B'], { sequencing: [before('elections', 'aid')] }),
      },
    })
    expect(arrows(graphOf(n, { asOf: '2025-03-01' }))).toEqual([
      ['harbour', 'aid', 'linkage', ['A', 'B'], ['same'], false],
      ['truce', 'troops', 'sequence', ['M'], ['early'], false],
    ])
    expect(arrows(graphOf(n, { asOf: '2025-02-28' }))).toEqual([
      ['truce', 'troops', 'sequence', ['M'], ['early'], false],
    ])
    expect(arrows(graphOf(n))).toEqual([
      ['harbour', 'aid', 'linkage', ['A', 'B'], ['same'], false],
      ['elections', 'aid', 'sequence', ['B'], ['late'], false],
      ['truce', 'troops', 'sequence', ['M'], ['early'], false],
    ])
  })

  it('takes the conditions of responses up to the date, a linkage toward the terms they answer', () => {
    const n = negotiation({
      parties: principals,
      issues,
      proposals: { plan: proposal('2025-01-01', ['M'], {}) },
      events: [
        response('e1', '2025-02-01', 'A', { terms: ['troops'], conditions: [valued('harbour')] }),
        response('e2', '2025-02-01', 'B', { conditions: [valued('aid')] }),
        response('e3', '2025-03-01', 'B', { conditions: [before('elections', 'truce')] }),
        response('e4', '2025-03-02', 'A', { conditions: [before('aid', 'truce')] }),
        {
          id: 'e5',
          kind: 'agreement',
          date: '2025-02-01',
          parties: ['A', 'B'],
          proposal: 'plan',
          sources: [],
        },
      ],
    })
    expect(arrows(graphOf(n, { asOf: '2025-03-01' }))).toEqual([
      ['harbour', 'troops', 'linkage', ['A'], ['e1'], false],
      ['elections', 'truce', 'sequence', ['B'], ['e3'], false],
    ])
    expect(arrows(graphOf(n, { asOf: '2025-02-28' }))).toEqual([
      ['harbour', 'troops', 'linkage', ['A'], ['e1'], false],
    ])
    expect(arrows(graphOf(n))).toEqual([
      ['harbour', 'troops', 'linkage', ['A'], ['e1'], false],
      ['aid', 'truce', 'sequence', ['A'], ['e4'], false],
      ['elections', 'truce', 'sequence', ['B'], ['e3'], false],
    ])
  })

  it('keeps an arrow some of the parties asked for hold, with all its holders', () => {
    const n = negotiation({
      parties: principals,
      issues,
      positions: [position('a1', 'A', 'aid', '2025-01-01', [before('truce', 'aid')])],
      proposals: { joint: proposal('2025-01-02', ['A', 'B'], { sequencing: [before('truce', 'harbour')] }) },
    })
    expect(arrows(graphOf(n, { parties: ['B'] }))).toEqual([
      ['truce', 'harbour', 'sequence', ['A', 'B'], ['joint'], false],
    ])
  })

  it('lists the holders principals first, then mediators, guarantors and observers', () => {
    const n = negotiation({
      parties: {
        w: { name: 'Watcher', role: 'observer' },
        x: { name: 'Guarantor', role: 'guarantor' },
        y: { name: 'Mediator', role: 'mediator' },
        z: { name: 'Zeta', role: 'principal' },
        a: { name: 'Alpha', role: 'principal' },
      },
      issues,
      proposals: {
        all: proposal('2025-01-02', ['w', 'x', 'y', 'z', 'a'], { sequencing: [before('truce', 'harbour')] }),
        some: proposal('2025-01-02', ['y', 'w', 'x'], { sequencing: [before('truce', 'troops')] }),
      },
    })
    expect(graphOf(n).edges.map((e) => e.holders)).toEqual([
      ['a', 'z', 'y', 'x', 'w'],
      ['y', 'x', 'w'],
    ])
  })
})

describe('linkage: cycles and layout', () => {
  it('marks as a cycle only sequence arrows on a cycle of sequence conditions', () => {
    const n = negotiation({
      parties: principals,
      issues,
      positions: [
        position('a1', 'A', 'truce', '2025-01-01', [before('truce', 'harbour'), valued('troops')]),
        position('b1', 'B', 'harbour', '2025-01-01', [before('harbour', 'truce'), valued('truce')]),
        position('b2', 'B', 'aid', '2025-01-01', [before('aid', 'elections')]),
        position('a2', 'A', 'elections', '2025-01-01', [valued('elections', { appliesTo: ['aid'] })]),
      ],
    })
    expect(graphOf(n).edges.map((e) => [e.from, e.to, e.kind, e.cycle])).toEqual([
      ['elections', 'aid', 'linkage', false],
      ['troops', 'truce', 'linkage', false],
      ['truce', 'harbour', 'linkage', false],
      ['aid', 'elections', 'sequence', false],
      ['harbour', 'truce', 'sequence', true],
      ['truce', 'harbour', 'sequence', true],
    ])
  })

  it('gives an arrow between neighbouring layers no bends at all, and orders the issues by layer and place', () => {
    const n = negotiation({
      parties: principals,
      issues,
      positions: [
        position('a1', 'A', 'truce', '2025-01-01', [before('aid', 'truce'), before('elections', 'harbour')]),
      ],
    })
    const g = graphOf(n)
    expect(g.edges).toStrictEqual([
      { from: 'aid', to: 'truce', kind: 'sequence', holders: ['A'], via: ['a1'], cycle: false },
      { from: 'elections', to: 'harbour', kind: 'sequence', holders: ['A'], via: ['a1'], cycle: false },
    ])
    expect(g.nodes.map((x) => [x.id, x.layer, x.order])).toEqual([
      ['aid', 0, 0],
      ['elections', 0, 1],
      ['truce', 1, 0],
      ['harbour', 1, 1],
    ])
  })

  it('labels an issue the document does not declare by its id, without a category', () => {
    const n = negotiation({
      parties: principals,
      issues,
      positions: [position('a1', 'A', 'truce', '2025-01-01', [before('ghost', 'truce')])],
    })
    expect(graphOf(n).nodes).toEqual([
      { id: 'ghost', label: 'ghost', category: null, layer: 0, order: 0 },
      { id: 'truce', label: 'Truce', category: 'other', layer: 1, order: 0 },
    ])
  })
})

describe('linkage: options and errors', () => {
  const n = negotiation({
    parties: principals,
    issues,
    asOf: '2025-06-30',
    positions: [position('a1', 'A', 'truce', '2025-01-01', [before('harbour', 'truce')])],
  })

  it('reads the negotiation as of its own date, or the date and title asked for', () => {
    expect(graphOf(n)).toMatchObject({ title: 'Linkage and sequencing', asOf: '2025-06-30' })
    expect(graphOf(n, { asOf: '2025-01-01', title: 'Who waits for whom' })).toMatchObject({
      title: 'Who waits for whom',
      asOf: '2025-01-01',
      edges: [{ from: 'harbour', to: 'truce' }],
    })
    expect(graphOf(n, { asOf: '2024-12-31' })).toMatchObject({ asOf: '2024-12-31', nodes: [], edges: [] })
    expect(graphOf(negotiation({}))).toEqual({
      _tag: 'linkage',
      title: 'Linkage and sequencing',
      asOf: null,
      nodes: [],
      edges: [],
    })
  })

  it('is the same data-first and data-last, with or without options', () => {
    expect(linkage()(n)).toEqual(linkage(n))
    expect(linkage(null as never)(n)).toEqual(linkage(n))
    expect(linkage({ asOf: '2025-01-01' })(n)).toEqual(linkage(n, { asOf: '2025-01-01' }))
  })

  it('names every unknown party and a date that is not a date', () => {
    expect(linkage(n, { parties: ['X', 'A', 'Y'], asOf: '2025-02-30' })).toEqual(
      E.left([
        { _tag: 'unknown-party', message: 'there is no party `X`; parties are: A, B, M' },
        { _tag: 'unknown-party', message: 'there is no party `Y`; parties are: A, B, M' },
        { _tag: 'bad-date', message: '`asOf` must be a date written YYYY-MM-DD, not "2025-02-30"' },
      ]),
    )
  })
})
