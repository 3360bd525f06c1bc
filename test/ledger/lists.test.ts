/**
 * Lists of ids in events built in code: a list with a hole (`['s1', , 's2']`), a statement's `issues` that are not a
 * list, a stated position without its `positions`. Each is refused, in bulk and one event at a time alike, rather
 * than kept as a hole (which JSON writes as `null`) or as an empty list.
 */
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import type { Event } from '../../src'
import * as Ledger from '../../src/ledger'
import { ledgerOf, left, negotiation, response } from './fixture'

const ev = (fields: Record<string, unknown>): Event =>
  ({ id: 'x1', date: '2025-03-20', sources: ['s1'], ...fields }) as unknown as Event

/** The errors, as [tag, field], from a bulk build and from one append (which must agree). */
const refused = (e: Event): ReadonlyArray<readonly [string, string]> => {
  const bulk = left(Ledger.fromNegotiation(negotiation([e]))).map((x) => [x._tag, x.field] as const)
  const one = Ledger.append(ledgerOf(), e)
  expect(E.isLeft(one) && one.left.map((x) => [x._tag, x.field] as const)).toEqual(bulk)
  return bulk
}

describe('lists of ids in events built in code', () => {
  it('refuses sources with a hole, naming the sources', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sources = ['s1', , 's2']
    expect(
      refused({ ...response('r1', '2025-03-20', 'UA', 'energy', 'accepted'), sources } as unknown as Event),
    ).toEqual([['bad-id', 'sources']])
  })

  it('refuses a list of parties or of terms with a hole', () => {
    // eslint-disable-next-line no-sparse-arrays
    const parties = ['RU', , 'UA']
    expect(refused(ev({ kind: 'meeting', parties }))).toEqual([['unknown-kind', 'kind']])
    // eslint-disable-next-line no-sparse-arrays
    const terms = ['sea.navigation', , 'sea.ports']
    expect(
      refused(
        ev({ kind: 'response', party: 'UA', proposal: 'sea', stance: 'accepted', terms, date: '2025-03-25' }),
      ),
    ).toEqual([['unknown-kind', 'kind']])
  })

  it("refuses a statement whose issues are not a list of ids, and keeps a statement's list of issues", () => {
    expect(refused(ev({ kind: 'statement', party: 'UA', issues: 'nato' }))).toEqual([
      ['unknown-kind', 'kind'],
    ])
    const ledger = ledgerOf([ev({ kind: 'statement', party: 'UA', issues: ['nato', 'sanctions'] })])
    const kept = Ledger.event(ledger, 'x1' as Event['id'])
    expect(kept._tag === 'Some' && kept.value.kind === 'statement' && kept.value.issues).toEqual([
      'nato',
      'sanctions',
    ])
  })

  it('refuses a stated position without its list of positions', () => {
    expect(refused(ev({ kind: 'position-stated', party: 'UA' }))).toEqual([['unknown-kind', 'kind']])
    expect(refused(ev({ kind: 'position-stated', party: 'UA', positions: [7] }))).toEqual([
      ['unknown-kind', 'kind'],
    ])
  })
})
