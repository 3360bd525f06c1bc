import { describe, expect, it } from 'vitest'
import * as Deadlock from '../../src/deadlock'
import { BROKEN_TRUCE, d, doc, found, healthy, respond, TRUCE } from './fixture'

const broken = doc({
  proposals: { truce: TRUCE },
  events: [...BROKEN_TRUCE],
})

describe('Deadlock.brokenCommitments', () => {
  it('reports accepted terms that were alleged violated and let lapse, with dated, sourced events', () => {
    const [f, ...rest] = found(Deadlock.brokenCommitments(broken, { asOf: d('2025-05-01') }))
    expect(rest).toEqual([])
    expect(f).toMatchObject({
      kind: 'broken-commitment',
      id: 'broken-commitment:truce',
      proposal: 'truce',
      parties: ['A', 'B'],
      issues: ['aid', 'truce'],
      since: '2025-03-21',
      active: true,
    })
    expect(f!.breaches.map((b) => [b.party, b.term, b.kind, b.committed, b.since])).toEqual([
      ['A', 'truce', 'violated', '2025-03-18', '2025-03-21'],
      ['A', 'aid', 'lapsed', '2025-03-18', '2025-04-17'],
      ['A', 'truce', 'lapsed', '2025-03-18', '2025-04-17'],
      ['B', 'aid', 'lapsed', '2025-03-19', '2025-04-17'],
      ['B', 'truce', 'lapsed', '2025-03-19', '2025-04-17'],
    ])
    expect(f!.evidence.map((e) => [e.eventId, e.party, e.date, e.sources])).toEqual([
      ['a-yes', 'A', '2025-03-18', ['src-a-yes']],
      ['b-yes', 'B', '2025-03-19', ['src-b-yes']],
      ['strike', 'A', '2025-03-21', ['src-strike']],
      ['lapse', 'A', '2025-04-17', ['src-lapse']],
      ['lapse', 'B', '2025-04-17', ['src-lapse']],
    ])
    expect(f!.evidence[2]!.what).toBe('Beta alleged that Alpha broke it: struck a substation')
    expect(f!.explanation).toContain(
      'Alpha committed on 2025-03-18 and was accused of violating it (2025-03-21) and let it lapse (2025-04-17)',
    )
  })

  it('dates findings as of the query: nothing before the first breach', () => {
    expect(found(Deadlock.brokenCommitments(broken, { asOf: d('2025-03-20') }))).toEqual([])
    expect(found(Deadlock.brokenCommitments(broken, { asOf: d('2025-03-21') }))[0]!.breaches.length).toBe(1)
  })

  it('is no longer active once every party has committed again', () => {
    const renewed = doc({
      proposals: { truce: TRUCE },
      events: [
        respond('a-yes', '2025-03-18', 'A', 'accepted', { terms: ['truce'] }),
        respond('a-no', '2025-03-25', 'A', 'withdrawn', { terms: ['truce'] }),
        respond('a-again', '2025-04-02', 'A', 'accepted', { terms: ['truce'] }),
      ],
    })
    expect(found(Deadlock.brokenCommitments(renewed, { asOf: d('2025-03-30') }))[0]!.active).toBe(true)
    const [f] = found(Deadlock.brokenCommitments(renewed, { asOf: d('2025-04-05') }))
    expect(f).toMatchObject({
      active: false,
      breaches: [{ party: 'A', term: 'truce', kind: 'withdrawn', since: '2025-03-25' }],
    })
  })

  it('counts walk-backs and mediators only when asked', () => {
    const rejected = doc({
      proposals: { truce: TRUCE },
      events: [
        respond('a-yes', '2025-03-18', 'A', 'accepted'),
        respond('a-no', '2025-03-20', 'A', 'rejected'),
        respond('m-yes', '2025-03-18', 'M', 'accepted'),
        respond('m-off', '2025-03-22', 'M', 'withdrawn'),
      ],
    })
    expect(found(Deadlock.brokenCommitments(rejected))).toEqual([])
    expect(
      found(Deadlock.brokenCommitments(rejected, { breaches: ['rejected'] })).map((f) => f.parties),
    ).toEqual([['A']])
    expect(
      found(Deadlock.brokenCommitments(rejected, { parties: ['A', 'M'] as never })).map((f) => f.parties),
    ).toEqual([['M']])
  })

  it('finds nothing when commitments are kept', () => {
    expect(found(Deadlock.brokenCommitments(healthy()))).toEqual([])
  })

  it('works data-first and data-last', () => {
    expect(Deadlock.brokenCommitments({ asOf: d('2025-05-01') })(broken)).toEqual(
      Deadlock.brokenCommitments(broken, { asOf: d('2025-05-01') }),
    )
  })
})
