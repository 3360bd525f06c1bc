/**
 * What the history checks say about proposals' `basedOn` chains and about each kind of event: loops are reported
 * once each, at the draft that comes first in the document; every id an event names is looked up, and reported at
 * the field that names it; dates on the same day are in order; and absent fields never stand for an id.
 */
import { describe, expect, it } from 'vitest'
import * as Load from '../../src/model/load'
import { type Edit, edited, proposal } from './document'

const problems = (u: unknown): ReadonlyArray<readonly [string, string, string]> => {
  const r = Load.decode(u)
  return r._tag === 'Left' ? r.left.map((i) => [i.path, i.code, i.message] as const) : []
}

const withEvent = (event: Record<string, unknown>, ...more: ReadonlyArray<Edit>): unknown =>
  edited([['events.1', { id: 'e2', date: '2025-03-20', sources: [], ...event }], ...more])

// -------------------------------------------------------------------------------------
// basedOn loops
// -------------------------------------------------------------------------------------

describe('basedOn loops', () => {
  it('are each reported, even when their ids run together', () => {
    // `a`+`bc` and `ab`+`c` spell the same letters; they are still two different loops
    const doc = edited([
      [
        'proposals',
        {
          p1: proposal({}),
          a: proposal({ basedOn: 'bc' }),
          bc: proposal({ basedOn: 'a' }),
          ab: proposal({ basedOn: 'c' }),
          c: proposal({ basedOn: 'ab' }),
        },
      ],
    ])
    expect(problems(doc)).toEqual([
      [
        'proposals.a.basedOn',
        'cycle',
        'proposals are based on each other in a loop: `a` → `bc` → `a`; the first draft of a chain has no `basedOn`',
      ],
      [
        'proposals.ab.basedOn',
        'cycle',
        'proposals are based on each other in a loop: `ab` → `c` → `ab`; the first draft of a chain has no `basedOn`',
      ],
    ])
  })

  it('are reported at the member that comes first in the document, even when reached from a draft outside', () => {
    // p1 revises p3, which sits in a loop with p2; p2 comes before p3 in the document
    const doc = edited([
      ['proposals.p1.basedOn', 'p3'],
      ['proposals.p2', proposal({ basedOn: 'p3' })],
      ['proposals.p3', proposal({ basedOn: 'p2' })],
    ])
    expect(problems(doc)).toEqual([
      [
        'proposals.p2.basedOn',
        'cycle',
        'proposals are based on each other in a loop: `p2` → `p3` → `p2`; the first draft of a chain has no `basedOn`',
      ],
    ])
  })
})

// -------------------------------------------------------------------------------------
// events
// -------------------------------------------------------------------------------------

describe('events that name unknown ids', () => {
  it('a tabling of an unknown proposal', () => {
    expect(problems(withEvent({ kind: 'proposal-tabled', by: ['US'], proposal: 'p2' }))).toEqual([
      [
        'events[1].proposal',
        'unknown-reference',
        'unknown proposal `p2` (not in `proposals`); did you mean `p1`? proposals are: p1',
      ],
    ])
  })

  it('an agreement by an unknown party on an unknown proposal', () => {
    expect(
      problems(withEvent({ kind: 'agreement', parties: ['RU', 'EU'], proposal: 'p2', terms: ['nato'] })),
    ).toEqual([
      [
        'events[1].parties[1]',
        'unknown-reference',
        'unknown party `EU` (not in `parties`); did you mean `RU`? parties are: RU, UA, US',
      ],
      [
        'events[1].proposal',
        'unknown-reference',
        'unknown proposal `p2` (not in `proposals`); did you mean `p1`? proposals are: p1',
      ],
    ])
  })

  it('an alleged violation by an unknown party of an unknown proposal', () => {
    expect(
      problems(withEvent({ kind: 'violation-alleged', by: 'EU', against: 'RU', claim: 'x', proposal: 'p2' })),
    ).toEqual([
      [
        'events[1].by',
        'unknown-reference',
        'unknown party `EU` (not in `parties`); did you mean `RU`? parties are: RU, UA, US',
      ],
      [
        'events[1].proposal',
        'unknown-reference',
        'unknown proposal `p2` (not in `proposals`); did you mean `p1`? proposals are: p1',
      ],
    ])
  })

  it('a statement by an unknown party', () => {
    expect(problems(withEvent({ kind: 'statement', party: 'EU' }))).toEqual([
      [
        'events[1].party',
        'unknown-reference',
        'unknown party `EU` (not in `parties`); did you mean `RU`? parties are: RU, UA, US',
      ],
    ])
  })
})

describe('events that are fine', () => {
  it('an alleged violation that names no proposal', () => {
    expect(problems(withEvent({ kind: 'violation-alleged', by: 'UA', against: 'RU', claim: 'x' }))).toEqual(
      [],
    )
  })

  it('a statement that names no issues', () => {
    expect(problems(withEvent({ kind: 'statement', party: 'UA' }))).toEqual([])
  })

  it('an agreement that expires on the day it is reached', () => {
    expect(
      problems(
        withEvent({ kind: 'agreement', parties: ['RU', 'UA'], proposal: 'p1', expires: '2025-03-20' }),
      ),
    ).toEqual([])
  })

  it('an event that ends on the day it starts', () => {
    expect(problems(withEvent({ kind: 'meeting', parties: ['RU', 'US'], endDate: '2025-03-20' }))).toEqual([])
  })
})

describe('an id spelled `undefined`', () => {
  it('is an id like any other: a field left out never refers to it', () => {
    // a later draft named `undefined`, revising p1; an agreement and an alleged violation that name no proposal,
    // dated between the two drafts, the agreement listing a term that only p1 has
    const doc = edited([
      [
        'proposals.undefined',
        proposal({ date: '2025-04-01', basedOn: 'p1', terms: { nato: { value: 'path' } } }),
      ],
      [
        'events.1',
        {
          id: 'e2',
          kind: 'agreement',
          date: '2025-03-20',
          parties: ['RU', 'UA'],
          terms: ['days'],
          sources: [],
        },
      ],
      [
        'events.2',
        {
          id: 'e3',
          kind: 'violation-alleged',
          date: '2025-03-21',
          by: 'UA',
          against: 'RU',
          claim: 'x',
          sources: [],
        },
      ],
    ])
    expect(problems(doc)).toEqual([])
  })
})

// -------------------------------------------------------------------------------------
// conditions
// -------------------------------------------------------------------------------------

describe('conditions on an issue whose domain is broken', () => {
  it('report the domain only; the condition is not checked against it', () => {
    const doc = edited([
      ['issues.nato.domain.options', []],
      [
        'positions',
        [
          {
            id: 'ua-days',
            party: 'UA',
            issue: 'days',
            asOf: '2025-03-11',
            sources: [],
            ideal: 30,
            conditions: [{ kind: 'value', issue: 'nato', in: { kind: 'options', options: ['member'] } }],
          },
        ],
      ],
    ])
    expect(problems(doc)).toEqual([
      [
        'issues.nato.domain.options',
        'bad-domain',
        'issue `nato` is a choice with no options; list its options',
      ],
    ])
  })
})
