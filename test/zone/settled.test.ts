/**
 * Settled issues: an agreement in force between every principal, on a proposal's terms (all or the listed ones),
 * settles them as of its date until a `term-expired` event or its `expires` date; the zone then leaves them out of
 * the packages and conditions read their agreed value.
 */
import { describe, expect, it } from 'vitest'
import type { IsoDate, Negotiation, PartyId } from '../../src'
import * as Zone from '../../src/zone'
import { ok } from '../algebra/arbitraries'
import { doc, domains, options, type Party } from './docs'

const AB: Record<string, Party> = { A: { name: 'Alpha' }, B: { name: 'Beta' } }

/** p1 = {a: true, b: false}; p2 = {a: false, c: y}. Alpha: if a is true, then d is x. */
const history = (
  events: readonly Record<string, unknown>[],
  parties: Readonly<Record<string, Party>> = AB,
): Negotiation =>
  doc(
    parties,
    { a: domains.flag, b: domains.flag, c: domains.choice('x', 'y', 'z'), d: domains.choice('x', 'y', 'z') },
    [
      {
        party: 'A',
        issue: 'd',
        conditions: [
          {
            kind: 'value',
            issue: 'd',
            in: options('x'),
            when: { issue: 'a', in: { kind: 'flags', values: [true] } },
          },
        ],
      },
    ],
    {
      proposals: {
        p1: {
          title: 'One',
          date: '2025-02-01',
          tabledBy: ['A'],
          terms: { a: { value: true }, b: { value: false } },
          sources: [],
        },
        p2: {
          title: 'Two',
          date: '2025-02-01',
          tabledBy: ['B'],
          terms: { a: { value: false }, c: { value: 'y' } },
          sources: [],
        },
      },
      events: events.map((e) => ({ sources: [], ...e })),
    },
  )

const agreement = (
  id: string,
  date: string,
  proposal: string | undefined,
  more: Record<string, unknown> = {},
) => ({
  id,
  kind: 'agreement',
  date,
  parties: ['A', 'B'],
  ...(proposal === undefined ? {} : { proposal }),
  ...more,
})
const expiry = (id: string, date: string, proposal: string, terms?: string[]) => ({
  id,
  kind: 'term-expired',
  date,
  proposal,
  ...(terms === undefined ? {} : { terms }),
})

const settled = (n: Negotiation, asOf?: string) => ok(Zone.perIssue(n, asOf as IsoDate | undefined)).settled
/** How many values of d Alpha accepts: 1 when a is settled true (its linkage applies), 3 otherwise. */
const dCount = (n: Negotiation, asOf?: string) =>
  ok(Zone.packages(n, { issues: ['d' as never], ...(asOf === undefined ? {} : { asOf: asOf as IsoDate }) }))
    .count

describe('settled issues', () => {
  it('an agreement settles every term of its proposal from its date on', () => {
    const n = history([agreement('e1', '2025-02-10', 'p1')])
    expect(settled(n)).toEqual(['a', 'b'])
    expect(settled(n, '2025-02-10')).toEqual(['a', 'b'])
    expect(settled(n, '2025-02-09')).toEqual([])
    expect(ok(Zone.packages(n)).issues).toEqual(['c', 'd'])
    expect(ok(Zone.packages(n, { asOf: '2025-02-09' as IsoDate })).issues).toEqual(['a', 'b', 'c', 'd'])
    expect(ok(Zone.perIssue(n)).explanation).toMatch(/ Already settled: A and B\.$/)
  })

  it('settles only the listed terms, and ignores a listed issue the proposal has no term on', () => {
    expect(settled(history([agreement('e1', '2025-02-10', 'p1', { terms: ['a'] })]))).toEqual(['a'])
    expect(settled(history([agreement('e1', '2025-02-10', 'p1', { terms: ['b', 'c'] })]))).toEqual(['b'])
  })

  it('needs every principal among the parties to the agreement; a mediator need not agree', () => {
    const three = { ...AB, C: { name: 'Gamma' } }
    const n = history([agreement('e1', '2025-02-10', 'p1')], three)
    expect(settled(n)).toEqual([])
    expect(ok(Zone.packages(n)).issues).toEqual(['a', 'b', 'c', 'd'])
    // when only Alpha's and Beta's consent counts, their agreement settles a and b
    expect(ok(Zone.packages(n, { parties: ['A', 'B'] as PartyId[] })).issues).toEqual(['c', 'd'])
    const mediated = history([agreement('e1', '2025-02-10', 'p1')], {
      ...AB,
      M: { name: 'Mu', role: 'mediator' },
    })
    expect(settled(mediated)).toEqual(['a', 'b'])
  })

  it('an agreement in words only, or on a proposal that does not exist, settles nothing', () => {
    expect(settled(history([agreement('e1', '2025-02-10', undefined)]))).toEqual([])
    expect(settled(history([agreement('e1', '2025-02-10', 'p9')]))).toEqual([])
  })

  it('an agreement with an expiry date no longer settles anything on and after that date', () => {
    const n = history([agreement('e1', '2025-02-10', 'p1', { expires: '2025-03-01' })])
    expect(settled(n, '2025-02-28')).toEqual(['a', 'b'])
    expect(settled(n, '2025-03-01')).toEqual([])
    expect(settled(n, '2025-06-01')).toEqual([])
    // without a date the record is read as of its last date: here the agreement itself, before its expiry
    expect(settled(n)).toEqual(['a', 'b'])
    // once the record reaches the expiry date (an event, a position or a proposal dated then), it has lapsed
    const later = history([
      agreement('e1', '2025-02-10', 'p1', { expires: '2025-03-01' }),
      { id: 'm1', kind: 'meeting', date: '2025-03-01', parties: ['A', 'B'] },
    ])
    expect(settled(later)).toEqual([])
    const before = history([
      agreement('e1', '2025-02-10', 'p1', { expires: '2025-03-01' }),
      { id: 'm1', kind: 'meeting', date: '2025-02-28', parties: ['A', 'B'] },
    ])
    expect(settled(before)).toEqual(['a', 'b'])
  })

  it('a term-expired event reopens the listed terms of that proposal, or all of them', () => {
    const some = history([agreement('e1', '2025-02-10', 'p1'), expiry('x1', '2025-03-01', 'p1', ['a'])])
    expect(settled(some, '2025-02-28')).toEqual(['a', 'b'])
    expect(settled(some, '2025-03-01')).toEqual(['b'])
    expect(settled(some)).toEqual(['b'])
    const all = history([agreement('e1', '2025-02-10', 'p1'), expiry('x1', '2025-03-01', 'p1')])
    expect(settled(all)).toEqual([])
  })

  it('a term-expired event of another proposal reopens nothing', () => {
    const n = history([agreement('e1', '2025-02-10', 'p1'), expiry('x1', '2025-03-01', 'p2')])
    expect(settled(n)).toEqual(['a', 'b'])
  })

  it('a later agreement takes over an issue; expiring the earlier proposal then leaves that issue settled', () => {
    const n = history([
      agreement('e1', '2025-02-10', 'p1'),
      agreement('e2', '2025-02-20', 'p2'),
      expiry('x1', '2025-03-01', 'p1'),
    ])
    expect(settled(n, '2025-02-15')).toEqual(['a', 'b'])
    expect(settled(n, '2025-02-20')).toEqual(['a', 'b', 'c'])
    expect(settled(n)).toEqual(['a', 'c'])
    // a is true under p1 (Alpha's linkage then allows only d = x) and false under p2
    expect(dCount(n, '2025-02-15')).toBe('1')
    expect(dCount(n, '2025-02-20')).toBe('3')
    expect(dCount(n)).toBe('3')
  })

  it('reads events in date order, whatever their order in the document', () => {
    const n = history([expiry('x1', '2025-03-01', 'p1'), agreement('e1', '2025-02-10', 'p1')])
    expect(settled(n, '2025-02-20')).toEqual(['a', 'b'])
    expect(settled(n)).toEqual([])
    const swapped = history([agreement('e2', '2025-02-20', 'p2'), agreement('e1', '2025-02-10', 'p1')])
    expect(dCount(swapped)).toBe('3') // p2's a = false is the later word
  })

  it('on the same date, the event listed later is the later word', () => {
    const p1Last = history([agreement('e2', '2025-02-10', 'p2'), agreement('e1', '2025-02-10', 'p1')])
    const p2Last = history([agreement('e1', '2025-02-10', 'p1'), agreement('e2', '2025-02-10', 'p2')])
    expect(settled(p1Last)).toEqual(['a', 'b', 'c'])
    expect(dCount(p1Last)).toBe('1')
    expect(dCount(p2Last)).toBe('3')
  })

  it('the open issues are the unsettled ones, in id order whatever the document order', () => {
    const n = doc(AB, { zeta: domains.flag, beta: domains.flag, alpha: domains.flag }, [], {
      proposals: {
        p: {
          title: 'Deal',
          date: '2025-02-01',
          tabledBy: ['A'],
          terms: { beta: { value: true } },
          sources: [],
        },
      },
      events: [
        { id: 'e', kind: 'agreement', date: '2025-02-10', parties: ['A', 'B'], proposal: 'p', sources: [] },
      ],
    })
    expect(ok(Zone.perIssue(n)).issues.map((i) => i.issue)).toEqual(['alpha', 'zeta'])
    expect(ok(Zone.packages(n)).issues).toEqual(['alpha', 'zeta'])
    expect(ok(Zone.packages(n, { asOf: '2025-02-01' as IsoDate })).issues).toEqual(['alpha', 'beta', 'zeta'])
  })
})
