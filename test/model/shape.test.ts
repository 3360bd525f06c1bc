/**
 * The shape of a negotiation built in code, as the analyses ask it at their entry: what they cannot read is named
 * with its path, in document order; a whole negotiation has no problem.
 */
/* eslint-disable @typescript-eslint/no-unsafe-member-access --
   each test changes the negotiation as plain data, to make it ill-formed */
import { describe, expect, it } from 'vitest'
import type { Negotiation } from '../../src'
import { shapeProblems, shown } from '../../src/model/shape'
import { base, deepFreeze, withChange } from '../hand-built'

const problems = (n: Negotiation): string[] => shapeProblems(n).map((p) => `${p.path}: ${p.message}`)

describe('shapeProblems', () => {
  it('finds nothing in a whole negotiation', () => {
    expect(problems(deepFreeze(base()) as Negotiation)).toEqual([])
  })

  it('refuses what is not an object at all, and stops at missing collections', () => {
    expect(problems(null as unknown as Negotiation)).toEqual([': the negotiation is `null`, not an object'])
    expect(problems([] as unknown as Negotiation)).toEqual([': the negotiation is a list, not an object'])
    expect(problems(withChange((n) => void (n.parties = 'A, B')))).toEqual([
      'parties: `parties` is `A, B`; give a record (`{}` for none)',
    ])
  })

  it('names parties, issues, proposals and events that are not what they should be', () => {
    expect(
      problems(
        withChange((n) => {
          n.parties.M = 3
          n.parties.B.name = undefined
          n.issues.truce = null
          n.issues.army.label = 7
          n.proposals.d1 = []
          n.proposals.d2.title = undefined
          n.proposals.d2.tabledBy = 'A'
          n.proposals.d2.terms = undefined
          n.events[1] = 'e2'
          n.events[2].kind = undefined
          n.events[2].expires = '2025-13-01'
          n.events[2].sources = {}
        }),
      ),
    ).toEqual([
      'parties.B.name: party `B` has no name',
      'parties.M: party `M` is 3, not a party',
      'issues.truce: issue `truce` is `null`, not an issue',
      'issues.army.label: issue `army` has no label',
      'proposals.d1: proposal `d1` is a list, not a proposal',
      'proposals.d2.title: proposal `d2` has no title',
      'proposals.d2.tabledBy: proposal `d2`: `tabledBy` is `A`, not a list',
      'proposals.d2.terms: proposal `d2`: `terms` is missing, not a record of terms',
      'events[1]: events[1] is `e2`, not an event',
      'events[2].kind: event `e3` (events[2]) has no kind',
      'events[2].expires: event `e3` (events[2]): `expires` is `2025-13-01`, not a date; write it YYYY-MM-DD',
      'events[2].sources: event `e3` (events[2]): `sources` is an object, not a list',
    ])
  })

  it('names a position by its place when it has no id, and a value that is not one by what it is', () => {
    expect(
      problems(
        withChange((n) => {
          n.positions[0].id = undefined
          n.positions[0].asOf = 20250101
          n.positions[1] = true
        }),
      ),
    ).toEqual([
      'positions[0].asOf: positions[0]: `asOf` is 20250101, not a date; write it YYYY-MM-DD',
      'positions[1]: positions[1] is true, not a position',
    ])
    expect([shown(1n), shown(Symbol('s')), shown(() => 1), shown(undefined)]).toEqual([
      '1',
      'a symbol',
      'a function',
      'missing',
    ])
  })
})
