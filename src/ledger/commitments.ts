/**
 * Broken commitments: acceptances that were later withdrawn, alleged violated, let lapse or walked back, and own
 * proposals alleged violated, each with the evidence of the commitment and of every breach.
 *
 * @since 0.1.0
 */
import { deepFreeze } from '../internal/freeze'
import type { IsoDate } from '../model/date'
import { ledgerDual } from './dual'
import type { Cell, Ledger, Standing, Status } from './model'
import { forEachCell } from './queries'
import { upperBound } from './resolve'
import { historyOf, timelineOf } from './status'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * How a commitment was broken: `withdrawn`, `violated` (alleged), `lapsed` (the term expired), or walked back by a
 * later stance: `rejected`, `countered`, `noncommittal`, `opposed`, `conditioned` (an unconditional acceptance
 * later made conditional), `disputed` (same-day reports disagree on it).
 *
 * @category model
 * @since 0.1.0
 */
export type BreachKind =
  | 'withdrawn'
  | 'violated'
  | 'lapsed'
  | 'rejected'
  | 'countered'
  | 'noncommittal'
  | 'opposed'
  | 'conditioned'
  | 'disputed'

/**
 * One breach of a commitment: its kind, the date it began, and the status that records it (with evidence,
 * sources and, for a violation, who alleged it).
 *
 * @category model
 * @since 0.1.0
 */
export interface Breach {
  readonly kind: BreachKind
  readonly since: IsoDate
  readonly status: Standing
}

/**
 * A commitment (an acceptance, or a party's own proposal) and the breaches that followed it, in order.
 *
 * @category model
 * @since 0.1.0
 */
export interface BrokenCommitment extends Cell {
  readonly commitment: Standing
  readonly breaches: ReadonlyArray<Breach>
}

const BREACHES: Partial<Record<Status['status'], BreachKind>> = {
  withdrawn: 'withdrawn',
  violated: 'violated',
  expired: 'lapsed',
  rejected: 'rejected',
  countered: 'countered',
  noncommittal: 'noncommittal',
  opposed: 'opposed',
  disputed: 'disputed',
}

/** Breaches after which the commitment no longer stands, so later statuses are not breaches of it. */
const FINAL = new Set<BreachKind>(['withdrawn', 'lapsed', 'rejected', 'countered', 'noncommittal', 'opposed'])

const shallow = (s: Status): Standing => {
  if (!('previous' in s) && !('commitment' in s)) return s
  const { previous: _p, commitment: _c, ...rest } = s as Status & { previous?: unknown; commitment?: unknown }
  return rest
}

/** The broken commitments in one history. */
export const brokenIn = (cell: Cell, statuses: ReadonlyArray<Status>): ReadonlyArray<BrokenCommitment> => {
  const out: BrokenCommitment[] = []
  let commitment: Status | undefined
  let breaches: Breach[] = []
  let open = false
  const close = (): void => {
    if (commitment !== undefined && breaches.length > 0)
      out.push({ ...cell, commitment: shallow(commitment), breaches })
    commitment = undefined
    breaches = []
    open = false
  }
  for (const s of statuses) {
    if (s.status === 'unknown') continue
    if (s.status === 'accepted' || s.status === 'proposed' || s.status === 'conditionally-accepted') {
      const conditioned = open && commitment?.status === 'accepted' && s.status === 'conditionally-accepted'
      if (conditioned) breaches.push({ kind: 'conditioned', since: s.since, status: shallow(s) })
      close()
      commitment = s
      open = true
      continue
    }
    if (!open || commitment === undefined) continue
    const kind = BREACHES[s.status]
    if (kind === undefined) continue
    if (commitment.status === 'proposed' && kind !== 'violated' && breaches.length === 0) {
      open = false
      continue
    }
    breaches.push({ kind, since: s.since, status: shallow(s) })
    if (FINAL.has(kind)) open = false
  }
  close()
  return out
}

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * The commitments broken up to a date (all time when left out): every acceptance that was then withdrawn, alleged
 * violated, let lapse, or walked back by a later stance, and every own proposal alleged violated; each with its
 * breaches in order and their evidence (events, dates, sources, who alleged). Ordered by party, proposal, term and
 * date.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Ledger, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const n = {
 *   parties: { A: { name: 'A', role: 'principal' }, B: { name: 'B', role: 'principal' } },
 *   proposals: { p: { title: 'Energy truce', date: '2025-03-18', tabledBy: ['A'], terms: { energy: { value: true } }, sources: ['s1'] } },
 *   events: [
 *     { id: 'e1', kind: 'response', date: '2025-03-18', party: 'B', proposal: 'p', stance: 'accepted', sources: ['s2'] },
 *     { id: 'e2', kind: 'violation-alleged', date: '2025-03-20', by: 'A', against: 'B', proposal: 'p', claim: 'struck a substation', sources: ['s3'] },
 *     { id: 'e3', kind: 'term-expired', date: '2025-04-18', proposal: 'p', sources: ['s4'] },
 *   ],
 * } as unknown as Negotiation
 * const ledger = E.getOrElseW(() => assert.fail())(Ledger.fromNegotiation(n))
 * const broken = Ledger.brokenCommitments(ledger).filter((b) => b.party === 'B')
 * assert.deepStrictEqual(broken[0]?.breaches.map((b) => [b.kind, b.since]), [['violated', '2025-03-20'], ['lapsed', '2025-04-18']])
 * assert.strictEqual(Ledger.brokenCommitments('2025-03-19')(ledger).length, 0)
 */
export const brokenCommitments: {
  (date?: IsoDate): (ledger: Ledger) => ReadonlyArray<BrokenCommitment>
  (ledger: Ledger, date?: IsoDate): ReadonlyArray<BrokenCommitment>
} = ledgerDual((ledger: Ledger, date?: IsoDate): ReadonlyArray<BrokenCommitment> => {
  const out: BrokenCommitment[] = []
  forEachCell(ledger, (cell) => {
    const t = timelineOf(ledger, cell)
    if (t === undefined) return
    const end = date === undefined ? t.codes.length : upperBound(t, date)
    out.push(...brokenIn(cell, historyOf(ledger, cell, t, end)))
  })
  return deepFreeze(out)
})
