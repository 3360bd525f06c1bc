/**
 * Package infeasibility, exactly: the whole finding (id, parties, issues, since, evidence, explanation, conflict),
 * the reservation utilities and scores that make a package infeasible, conditions that a settlement breaks, the
 * cheapest-constraint suggestion used when the zone's nearest agreement is not asked for, and the error values.
 */
import { describe, expect, it } from 'vitest'
import { either as E } from 'fp-ts'
import * as Deadlock from '../../src/deadlock'
import { deepFreeze } from '../../src/internal/freeze'
import { d, doc, flags, found, linkage, options, pos } from './fixture'
import type { Negotiation, PartyId } from '../../src'

type Fields = Record<string, unknown>

/** A proposal `p` with these terms, tabled on 2025-01-05 and agreed by both principals on 2025-01-10. */
const settledBy = (title: string, terms: Fields) => ({
  proposals: { p: { title, date: '2025-01-05', tabledBy: ['M'], terms, sources: ['s1'] } },
  events: [
    { id: 'e1', kind: 'agreement', date: '2025-01-10', parties: ['A', 'B'], proposal: 'p', sources: ['s2'] },
  ],
})

/** The negotiation with other party records (reservation utilities). */
const withParties = (n: Negotiation, parties: Fields): Negotiation =>
  deepFreeze({ ...n, parties: { ...n.parties, ...parties } })

/**
 * Alpha will not live without a truce (red line: no truce), and a truce only without aid; Beta needs aid. The
 * conflict lists Alpha's red line on the truce before Beta's limit on aid.
 */
const redLine = (extra: Fields[] = [], positions: Fields[] = []): Negotiation =>
  doc({
    positions: [
      pos('A', 'truce', '2025-01-01', {
        redLines: flags(false),
        conditions: [linkage('truce', flags(true), 'aid', flags(false)), ...extra],
        priority: 0.4,
      }),
      pos('B', 'aid', '2025-02-01', { acceptable: flags(true), priority: 0.9 }),
      ...positions,
    ],
    asOf: '2025-03-01',
  })

describe('a package infeasibility, exactly', () => {
  it('states the whole finding: sorted parties and issues, evidence by date, no suggestion when not asked', () => {
    const [f, ...rest] = found(Deadlock.infeasibilities(redLine(), { suggest: false }))
    expect(rest).toEqual([])
    expect(f).toStrictEqual({
      kind: 'package-infeasibility',
      id: 'package-infeasibility:aid,truce:63b87f2e',
      parties: ['A', 'B'],
      issues: ['aid', 'truce'],
      since: '2025-02-01',
      active: true,
      evidence: [
        {
          positionId: 'A-truce-2025-01-01',
          party: 'A',
          date: '2025-01-01',
          what: "Alpha's linkage: if Truce is yes, then Aid is no",
          sources: ['src-A-2025-01-01'],
        },
        {
          positionId: 'A-truce-2025-01-01',
          party: 'A',
          date: '2025-01-01',
          what: "Alpha's red line on Truce (no)",
          sources: ['src-A-2025-01-01'],
        },
        {
          positionId: 'B-aid-2025-02-01',
          party: 'B',
          date: '2025-02-01',
          what: "Beta's limit on Aid (acceptable: yes)",
          sources: ['src-B-2025-02-01'],
        },
      ],
      explanation:
        "No package of the 5 issues that each have a value all principals accept satisfies Alpha and Beta together: Alpha's red line on Truce (no), Beta's limit on Aid (acceptable: yes) and Alpha's linkage: if Truce is yes, then Aid is no cannot all hold, and dropping any one of them would leave a package that satisfies the rest. This has held since 2025-02-01, when the last of them was stated.",
      conflict: [
        {
          party: 'A',
          kind: 'red-line',
          issues: ['truce'],
          weight: 0.4,
          positions: ['A-truce-2025-01-01'],
          text: "Alpha's red line on Truce (no)",
        },
        {
          party: 'B',
          kind: 'acceptable',
          issues: ['aid'],
          weight: 0.9,
          positions: ['B-aid-2025-02-01'],
          text: "Beta's limit on Aid (acceptable: yes)",
        },
        {
          party: 'A',
          kind: 'linkage',
          issues: ['truce', 'aid'],
          weight: 0.4,
          positions: ['A-truce-2025-01-01'],
          text: "Alpha's linkage: if Truce is yes, then Aid is no",
        },
      ],
    })
  })

  it('names a value condition by the issue it constrains, not the issue of the position that states it', () => {
    const n = doc({
      positions: [
        pos('A', 'truce', '2025-01-01', {
          acceptable: flags(true),
          conditions: [linkage('truce', flags(true), 'aid', flags(false))],
        }),
        pos('B', 'border', '2025-02-01', { conditions: [{ kind: 'value', issue: 'aid', in: flags(true) }] }),
      ],
    })
    const [f] = found(Deadlock.infeasibilities(n, { suggest: false }))
    expect(f!.conflict.map((c) => [c.party, c.kind, c.issues, c.positions])).toEqual([
      ['A', 'acceptable', ['truce'], ['A-truce-2025-01-01']],
      ['B', 'condition', ['aid'], ['B-border-2025-02-01']],
      ['A', 'linkage', ['truce', 'aid'], ['A-truce-2025-01-01']],
    ])
    expect(f!.issues).toEqual(['aid', 'truce'])
    expect(f!.id).toBe('package-infeasibility:aid,truce:2f8bf4a3')
  })

  it('speaks of "the 1 issue" when the package has a single issue', () => {
    const n = doc({
      issues: {
        border: {
          label: 'Border',
          category: 'territory',
          domain: {
            kind: 'choice',
            options: [
              { id: 'old', label: 'Old line' },
              { id: 'new', label: 'New line' },
            ],
          },
        },
      },
      positions: [
        pos('A', 'border', '2025-01-01', {
          acceptable: options('old'),
          conditions: [{ kind: 'value', issue: 'border', in: options('new') }],
        }),
        pos('B', 'border', '2025-01-01', { ideal: 'old' }),
      ],
    })
    const [f] = found(Deadlock.infeasibilities(n, { suggest: false }))
    expect(f!.explanation).toBe(
      "No package of the 1 issue that has a value all principals accept satisfies Alpha together: Alpha's limit on Border (acceptable: Old line) and Alpha's condition that Border is New line cannot all hold, and dropping any one of them would leave a package that satisfies the rest. This has held since 2025-01-01, when the last of them was stated.",
    )
  })
})

describe('reservations', () => {
  const base = doc({
    positions: [
      pos('A', 'border', '2025-01-01', { ideal: 'old', acceptable: options('old', 'contact'), priority: 1 }),
      pos('B', 'border', '2025-02-01', { ideal: 'new', acceptable: options('contact', 'new'), priority: 1 }),
    ],
    asOf: '2025-03-01',
  })
  /** Both principals have a reservation utility; only Alpha's (0.9) binds. */
  const demanding = withParties(base, {
    A: { name: 'Alpha', role: 'principal', reservation: 0.9 },
    B: { name: 'Beta', role: 'principal', reservation: 0.1 },
  })

  it('reports a reservation utility with the party record as evidence, dated at the first date of the document', () => {
    const [f, ...rest] = found(Deadlock.infeasibilities(demanding, { suggest: false }))
    expect(rest).toEqual([])
    expect(f!.id).toBe('package-infeasibility:border:e447fe98')
    expect(f!.parties).toEqual(['A', 'B'])
    expect(f!.issues).toEqual(['border'])
    expect(f!.since).toBe('2025-02-01')
    expect(f!.conflict).toStrictEqual([
      {
        party: 'B',
        kind: 'acceptable',
        issues: ['border'],
        weight: 1,
        positions: ['B-border-2025-02-01'],
        text: "Beta's limit on Border (acceptable: Contact line or New line)",
      },
      {
        party: 'A',
        kind: 'reservation',
        issues: [],
        weight: 0.9,
        positions: [],
        text: "Alpha's reservation utility of 0.9 (what it gets with no deal)",
      },
    ])
    expect(f!.evidence).toStrictEqual([
      {
        party: 'A',
        date: '2025-01-01',
        what: "Alpha's reservation utility of 0.9 (what it gets with no deal), set on the party record",
        sources: [],
      },
      {
        positionId: 'B-border-2025-02-01',
        party: 'B',
        date: '2025-02-01',
        what: "Beta's limit on Border (acceptable: Contact line or New line)",
        sources: ['src-B-2025-02-01'],
      },
    ])
  })

  it('reads the positions as of the date asked', () => {
    // before Beta stated its limit, Alpha's reservation utility can be met
    expect(found(Deadlock.infeasibilities(demanding, { asOf: d('2025-01-15') }))).toEqual([])
    expect(found(Deadlock.infeasibilities(demanding, { asOf: d('2025-02-01') })).length).toBe(1)
  })

  it('reports a reservation utility alongside a linkage', () => {
    const linked = doc({
      positions: [
        pos('A', 'border', '2025-01-01', {
          ideal: 'old',
          acceptable: options('old', 'contact'),
          priority: 1,
          conditions: [linkage('border', options('contact'), 'truce', flags(true))],
        }),
        pos('B', 'border', '2025-02-01', {
          ideal: 'new',
          acceptable: options('contact', 'new'),
          priority: 1,
        }),
      ],
    })
    const n = withParties(linked, { A: { name: 'Alpha', role: 'principal', reservation: 0.9 } })
    const [f] = found(Deadlock.infeasibilities(n, { suggest: false }))
    expect(f!.conflict.map((c) => [c.party, c.kind, c.text])).toEqual([
      ['B', 'acceptable', "Beta's limit on Border (acceptable: Contact line or New line)"],
      ['A', 'reservation', "Alpha's reservation utility of 0.9 (what it gets with no deal)"],
    ])
  })

  it('counts reservation scores on an issue, when every principal states one', () => {
    const n = doc({
      positions: [
        pos('A', 'border', '2025-01-01', {
          ideal: 'old',
          acceptable: options('old', 'contact'),
          reservation: 0.9,
        }),
        pos('B', 'border', '2025-02-01', {
          ideal: 'new',
          acceptable: options('contact', 'new'),
          reservation: 0.1,
        }),
      ],
    })
    const [f, ...rest] = found(Deadlock.infeasibilities(n, { suggest: false }))
    expect(rest).toEqual([])
    expect(f!.conflict.map((c) => [c.party, c.kind, c.issues])).toEqual([
      ['B', 'acceptable', ['border']],
      ['A', 'issue-reservation', ['border']],
    ])
  })

  it('passes on, as a value, a package space the zone analysis cannot build', () => {
    const members = Array.from({ length: 17 }, (_, k) => ({
      id: `m${String(k)}`,
      label: `Member ${String(k)}`,
    }))
    const n = withParties(
      doc({
        issues: {
          members: { label: 'Members', category: 'security', domain: { kind: 'subset', universe: members } },
        },
        positions: [pos('A', 'members', '2025-01-01', { priority: 1 })],
      }),
      { A: { name: 'Alpha', role: 'principal', reservation: 0.5 } },
    )
    expect(Deadlock.infeasibilities(n)).toEqual(
      E.left([
        {
          _tag: 'zone',
          message:
            "package feasibility with the reservations of Alpha needs the zone's package space: issue `members` is a subset of 17 elements (131072 subsets); the zone enumerates subsets of at most 16 elements; turn off this kind (`kinds`), or leave out that party (`parties`)",
        },
      ]),
    )
  })
})

describe('conditions a settlement breaks', () => {
  /** Aid was settled (yes) on 2025-01-10 by both principals. */
  const settledAid = (positions: Fields[]): Negotiation =>
    doc({
      positions,
      ...settledBy('Aid deal', { aid: { value: true } }),
      asOf: '2025-02-01',
    })

  it('reports a condition on a settled issue that the settlement breaks, under the issue of its position', () => {
    const n = settledAid([
      pos('A', 'truce', '2025-01-01', {
        acceptable: flags(true),
        conditions: [{ kind: 'value', issue: 'aid', in: flags(false) }],
      }),
    ])
    const [f, ...rest] = found(Deadlock.infeasibilities(n, { suggest: false }))
    expect(rest).toEqual([])
    expect(f).toMatchObject({ id: 'package-infeasibility:truce:26d7c3cc', parties: ['A'], issues: ['truce'] })
    expect(f!.conflict).toEqual([
      {
        party: 'A',
        kind: 'condition',
        issues: ['truce'],
        weight: 0.5,
        positions: ['A-truce-2025-01-01'],
        text: "Alpha's condition that Aid is no (already settled otherwise)",
      },
    ])
  })

  it('reports a linkage whose trigger a settlement fixed', () => {
    const n = settledAid([
      pos('A', 'truce', '2025-01-01', { conditions: [linkage('aid', flags(true), 'truce', flags(false))] }),
      pos('B', 'truce', '2025-01-01', { acceptable: flags(true) }),
    ])
    const [f] = found(Deadlock.infeasibilities(n, { suggest: false }))
    expect(f!.conflict.map((c) => [c.party, c.kind, c.text])).toEqual([
      ['B', 'acceptable', "Beta's limit on Truce (acceptable: yes)"],
      ['A', 'condition', "Alpha's linkage: if Aid is yes, then Truce is no"],
    ])
  })
})

describe('the suggestion', () => {
  /** Linkages from a truce to the sequencing that all allow a simultaneous start (so none conflicts). */
  const sequencing = [
    ['simultaneous'],
    ['simultaneous', 'ceasefire-first'],
    ['simultaneous', 'framework-first'],
    ['simultaneous', 'settlement-first'],
    ['simultaneous', 'ceasefire-first', 'framework-first'],
    ['simultaneous', 'ceasefire-first', 'settlement-first'],
    ['simultaneous', 'framework-first', 'settlement-first'],
  ].map((ids) => linkage('truce', flags(true), 'sequencing', options(...ids)))
  const toBorder = linkage('truce', flags(true), 'border', options('old'))
  /** A linkage that cannot bite: its consequence is the whole issue. */
  const loose = linkage('truce', flags(true), 'aid', flags(true, false))

  const suggestions = (n: Negotiation): (string | undefined)[] =>
    found(Deadlock.infeasibilities(n)).map((f) => f.suggestion)

  const CHEAPEST =
    'Cheapest way out of this conflict: Alpha gives up its linkage: if Truce is yes, then Aid is no (weight 0.4).'

  it('names the cheapest constraint (lowest weight, then by text) when the conflict spans too many constraints', () => {
    // 9 linkages that bite: the zone's nearest agreement is not asked for
    expect(suggestions(redLine([...sequencing, toBorder]))).toEqual([CHEAPEST])
  })

  it('turns the party\'s own constraint into "its" whatever its name holds', () => {
    const named = (name: string): Negotiation =>
      withParties(redLine([...sequencing, toBorder]), { A: { name, role: 'principal' } })
    expect(suggestions(named("People's Front"))).toEqual([
      "Cheapest way out of this conflict: People's Front gives up its linkage: if Truce is yes, then Aid is no (weight 0.4).",
    ])
    expect(suggestions(named('Al\npha'))).toEqual([
      'Cheapest way out of this conflict: Al\npha gives up its linkage: if Truce is yes, then Aid is no (weight 0.4).',
    ])
  })

  it('asks the zone for the nearest agreement with up to 8 constraints that span several issues', () => {
    const [s] = suggestions(redLine(sequencing))
    expect(s).toMatch(/^Nearest agreement: /)
    // a linkage that cannot bite does not count
    expect(suggestions(redLine([...sequencing, loose]))[0]).toMatch(/^Nearest agreement: /)
  })

  it('counts a reservation utility among the constraints that span several issues', () => {
    const n = withParties(redLine(sequencing), { A: { name: 'Alpha', role: 'principal', reservation: 0.01 } })
    expect(suggestions(n)).toEqual([CHEAPEST])
  })

  it('counts a condition that a settlement breaks among them', () => {
    const n = doc({
      positions: [
        pos('A', 'truce', '2025-01-01', {
          redLines: flags(false),
          conditions: [linkage('truce', flags(true), 'aid', flags(false)), ...sequencing],
          priority: 0.4,
        }),
        pos('A', 'border', '2025-01-01', {
          conditions: [
            { kind: 'value', issue: 'army', in: { kind: 'intervals', intervals: [{ min: 0, max: 100 }] } },
          ],
          priority: 0.7,
        }),
        pos('B', 'aid', '2025-02-01', { acceptable: flags(true), priority: 0.9 }),
      ],
      ...settledBy('Cap', { army: { value: 500 } }),
      asOf: '2025-03-01',
    })
    expect(suggestions(n)).toEqual([
      'Cheapest way out of this conflict: Alpha gives up its condition that Army cap is from 0 to 100 troops (already settled otherwise) (weight 0.7).',
      CHEAPEST,
    ])
  })
})

describe('asked at several dates', () => {
  it('answers for the positions as of each date', () => {
    const n = doc({
      positions: [
        pos('A', 'truce', '2025-01-01', {
          acceptable: flags(true),
          conditions: [linkage('truce', flags(true), 'aid', flags(false))],
        }),
        pos('B', 'aid', '2025-01-01', { ideal: true }),
        pos('B', 'aid', '2025-02-01', { acceptable: flags(true) }),
      ],
    })
    expect(found(Deadlock.infeasibilities(n, { asOf: d('2025-01-15') }))).toEqual([])
    expect(found(Deadlock.infeasibilities(n, { asOf: d('2025-03-01') })).map((f) => f.since)).toEqual([
      '2025-02-01',
    ])
  })
})

describe('conditions of other kinds', () => {
  it('still counts a linkage stated alongside conditions of another kind', () => {
    const n = doc({
      positions: [
        pos('A', 'truce', '2025-01-01', {
          acceptable: flags(true),
          conditions: [
            linkage('truce', flags(true), 'aid', flags(false)),
            { kind: 'acceptance', party: 'B' },
          ],
        }),
        pos('B', 'aid', '2025-02-01', {
          acceptable: flags(true),
          conditions: [{ kind: 'acceptance', party: 'A' }],
        }),
      ],
    })
    const [f, ...rest] = found(Deadlock.infeasibilities(n, { suggest: false }))
    expect(rest).toEqual([])
    expect(f!.conflict.map((c) => [c.party, c.kind])).toEqual([
      ['B', 'acceptable'],
      ['A', 'acceptable'],
      ['A', 'linkage'],
    ])
  })
})

describe('with no issue left to package', () => {
  it('finds nothing when every open issue clashes on its own', () => {
    const n = doc({
      issues: { aid: { label: 'Aid', category: 'military', domain: { kind: 'flag' } } },
      positions: [
        pos('A', 'aid', '2025-01-01', {
          acceptable: flags(false),
          conditions: [{ kind: 'value', issue: 'aid', in: flags(false) }],
        }),
        pos('B', 'aid', '2025-01-01', { acceptable: flags(true) }),
      ],
    })
    expect(found(Deadlock.infeasibilities(n))).toEqual([])
    expect(found(Deadlock.clashes(n)).map((c) => c.id)).toEqual(['red-line-clash:aid'])
  })
})

describe('package infeasibility: a package space too large to list', () => {
  const universe = Array.from({ length: 17 }, (_, i) => ({ id: `e${String(i)}`, label: `E${String(i)}` }))
  const base = doc({
    issues: { sanctions: { label: 'Sanctions', category: 'economy', domain: { kind: 'subset', universe } } },
    positions: [pos('A', 'sanctions', '2025-01-01', { ideal: ['e1'] }), pos('B', 'sanctions', '2025-01-01')],
  })
  const both = withParties(base, {
    A: { name: 'Alpha', role: 'principal', reservation: 0.6 },
    B: { name: 'Beta', role: 'principal', reservation: 0.2 },
  })

  it('is checked without reservations, whatever the size of the subset', () => {
    expect(found(Deadlock.infeasibilities(base))).toEqual([])
  })

  it('names every party whose reservation needs the package space, and each way to do without it', () => {
    expect(Deadlock.detect(both)).toEqual(
      E.left([
        {
          _tag: 'zone',
          message:
            "package feasibility with the reservations of Alpha and Beta needs the zone's package space: issue `sanctions` is a subset of 17 elements (131072 subsets); the zone enumerates subsets of at most 16 elements; turn off this kind (`kinds`), or leave out those parties (`parties`)",
        },
      ]),
    )
    expect(found(Deadlock.detect(both, { kinds: ['red-line-clash', 'stalemate'] }))).toEqual([])
    const alphaOnly = withParties(base, { A: { name: 'Alpha', role: 'principal', reservation: 0.6 } })
    expect(found(Deadlock.detect(alphaOnly, { parties: ['B' as PartyId] }))).toEqual([])
  })
})
