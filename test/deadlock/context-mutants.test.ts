/**
 * The prepared negotiation, read fresh in every test (the context is cached per negotiation object): the value sets
 * of value conditions that a hand-built negotiation gets wrong, the order of the domain errors, and the dates on
 * which the settled issues can change.
 */
import { describe, expect, it } from 'vitest'
import { either as E } from 'fp-ts'
import { contextOf, historyOf } from '../../src/deadlock/context'
import * as Deadlock from '../../src/deadlock'
import type { IsoDate, IssueId, Negotiation, PartyId } from '../../src'
import { DEAL, doc, flags, ISSUES, options, pos, SETTLING_EVENTS } from './fixture'

type Fields = Record<string, unknown>

/** The errors `detect` reports, as `tag: message`. */
const errors = (n: Negotiation): string[] => {
  const r = Deadlock.detect(n)
  return E.isLeft(r) ? r.left.map((e) => `${e._tag}: ${e.message}`) : []
}

/** Alpha's position on the truce with these conditions. */
const withConditions = (...conditions: Fields[]): Negotiation =>
  doc({ positions: [pos('A', 'truce', '2025-01-01', { ideal: true, conditions })] })

describe('value conditions in a negotiation built by hand', () => {
  it('names a condition whose set is of the wrong kind for its issue', () => {
    const n = withConditions(
      { kind: 'acceptance', party: 'B' },
      { kind: 'value', issue: 'aid', in: options('x') },
    )
    const [e, ...rest] = errors(n)
    expect(rest).toEqual([])
    expect(e).toMatch(
      /^bad-document: position `A-truce-2025-01-01` \(positions\[0\]\): `conditions\[1\]\.in`: /,
    )
  })

  it("names a condition whose trigger's set is of the wrong kind for its issue", () => {
    const n = withConditions({
      kind: 'value',
      issue: 'aid',
      in: flags(true),
      when: { issue: 'border', in: flags(true) },
    })
    const [e, ...rest] = errors(n)
    expect(rest).toEqual([])
    expect(e).toMatch(
      /^bad-document: position `A-truce-2025-01-01` \(positions\[0\]\): `conditions\[0\]\.when\.in`: /,
    )
  })

  it('leaves a condition on an issue the negotiation does not have to the other checks, without throwing', () => {
    const n = withConditions({ kind: 'value', issue: 'nowhere', in: flags(true) })
    expect(() => errors(n)).not.toThrow()
    expect(errors(n).filter((m) => m.includes('conditions[0].in'))).toEqual([])
  })
})

describe('ill-formed issues in a negotiation built by hand', () => {
  const bent = (): Negotiation =>
    doc({
      issues: {
        ...ISSUES,
        zone: { label: 'Zone', category: 'territory', domain: { kind: 'choice', options: [] } },
        cap: {
          label: 'Troop cap',
          category: 'military',
          domain: { kind: 'quantity', unit: 'troops', min: 9, max: 1 },
        },
      },
      positions: [
        pos('A', 'cap', '2025-01-05', { acceptable: options('x') }),
        pos('B', 'truce', '2025-01-06', { ideal: true }),
      ],
      events: [{ id: 'e1', kind: 'meeting', date: '2025-01-25', parties: ['A', 'B'], sources: [] }],
    })

  it('names each ill-formed issue in id order, and not the sets stated on them', () => {
    expect(errors(bent())).toEqual([
      'bad-domain: issue `cap` has min 9 above max 1; swap them',
      'bad-domain: issue `zone` is a choice with no options; list its options',
    ])
  })

  it('reads no position, event or date from it', () => {
    const ctx = contextOf(bent())
    expect(ctx.dates).toEqual([])
    expect(ctx.records.size).toBe(0)
    expect(historyOf(ctx, 'B' as PartyId, 'truce' as IssueId)).toEqual([])
  })
})

describe('the dates on which the settled issues can change', () => {
  const deal = DEAL
  const dates = (...xs: string[]): IsoDate[] => xs as IsoDate[]

  it('are the agreements, their expiries and the expired terms, in order', () => {
    const n = doc({
      proposals: { deal },
      events: SETTLING_EVENTS,
    })
    expect(contextOf(n).settlementDates).toEqual(
      dates('2025-02-01', '2025-03-01', '2025-05-01', '2025-06-01'),
    )
  })

  it('ignore an expiry written on an event that is not an agreement', () => {
    const n = doc({
      proposals: { deal },
      events: [
        {
          id: 'e5',
          kind: 'meeting',
          date: '2025-01-25',
          parties: ['A', 'B'],
          expires: '2025-09-01',
          sources: [],
        },
      ],
    })
    expect(contextOf(n).problems).toEqual([])
    expect(contextOf(n).settlementDates).toEqual([])
    expect(contextOf(n).dates).toEqual(dates('2025-01-15', '2025-01-25'))
  })
})
