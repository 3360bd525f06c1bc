/**
 * Broken commitments as a deadlock: terms that principals accepted (or tabled themselves) and then withdrew, were
 * accused of violating, or let lapse, read from the acceptance ledger. One finding per proposal, with every breach,
 * the dated and sourced events behind each, and whether the trust deficit still stands (some party has not
 * committed to the term again since).
 *
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import { fromNegotiation } from '../ledger/build'
import {
  brokenCommitments as ledgerBroken,
  type BrokenCommitment as LedgerBroken,
} from '../ledger/commitments'
import type { Ledger, Standing, Status } from '../ledger/model'
import { history } from '../ledger/queries'
import type { IsoDate } from '../model/date'
import type { PartyId, ProposalId } from '../model/ids'
import type { Negotiation } from '../model/negotiation'
import { lastOnOrBefore, memo, nameOf, type Context, type Settings } from './context'
import type { Breach, BrokenCommitment, DeadlockError, DeadlockOptions, Evidence } from './model'
import { detector, type Detected } from './run'
import { list, tidy } from './words'
import { compareText } from '../internal/text'

const ACCEPTING = new Set(['accepted', 'conditionally-accepted', 'proposed'])

const VERB: Readonly<Record<string, string>> = {
  accepted: 'accepted it',
  'conditionally-accepted': 'accepted it on conditions',
  proposed: 'tabled it',
}

const BROKEN: Readonly<Record<string, string>> = {
  withdrawn: 'withdrew',
  violated: 'was accused of violating it',
  lapsed: 'let it lapse',
  rejected: 'rejected it',
  countered: 'countered it',
  noncommittal: 'turned noncommittal',
  opposed: 'opposed it',
  conditioned: 'added conditions',
  disputed: 'gave conflicting answers',
}

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

const ledgerOf = (
  ctx: Context,
): E.Either<readonly DeadlockError[], { ledger: Ledger; broken: readonly LedgerBroken[] }> =>
  memo(ctx, 'ledger', () => {
    const l = fromNegotiation(ctx.negotiation)
    if (E.isLeft(l))
      return E.left(
        l.left.map((e) => ({ _tag: 'ledger' as const, message: `acceptance ledger: ${e.message}` })),
      )
    return E.right({ ledger: l.right, broken: ledgerBroken(l.right) })
  })

const evidenceItems = (
  ctx: Context,
  party: PartyId,
  st: Standing,
  what: string,
  asOf: IsoDate,
): Evidence[] =>
  'evidence' in st
    ? st.evidence
        .filter((e) => e.date <= asOf)
        .map((e) => ({
          ...(e.event === null ? {} : { eventId: e.event }),
          party,
          date: e.date,
          what,
          sources: [...e.sources],
        }))
    : []

const breachEvidence = (
  ctx: Context,
  party: PartyId,
  st: Standing,
  kind: Breach['kind'],
  asOf: IsoDate,
): Evidence[] => {
  if (st.status === 'violated')
    return st.allegations
      .filter((a) => a.date <= asOf)
      .map((a) => ({
        ...(a.event === null ? {} : { eventId: a.event }),
        party,
        date: a.date,
        what: `${nameOf(ctx, a.by)} alleged that ${nameOf(ctx, party)} broke it: ${a.claim}`,
        sources: [...a.sources],
      }))
  return evidenceItems(ctx, party, st, `${nameOf(ctx, party)} ${BROKEN[kind] ?? kind}`, asOf)
}

/**
 * The broken commitments up to the settings' date, one finding per proposal.
 *
 * @internal
 */
export const brokenAt = (
  ctx: Context,
  s: Settings,
): E.Either<readonly DeadlockError[], BrokenCommitment[]> => {
  // nothing changes between two dated facts: answer once per fact date
  const last = lastOnOrBefore(ctx.dates, s.asOf) ?? s.asOf
  return memo(ctx, `broken|${s.parties.join(',')}|${s.breaches.join(',')}|${last}`, () =>
    brokenOn(ctx, { ...s, asOf: last }),
  )
}

const historyOfCell = (ctx: Context, ledger: Ledger, cell: LedgerBroken): readonly Status[] =>
  memo(ctx, `cell|${cell.party}|${cell.proposal}|${cell.term}`, () => {
    const h = history(ledger, cell.party, cell.proposal, cell.term)
    return E.isRight(h) ? h.right : []
  })

const brokenOn = (ctx: Context, s: Settings): E.Either<readonly DeadlockError[], BrokenCommitment[]> => {
  const l = ledgerOf(ctx)
  if (E.isLeft(l)) return l
  const { ledger, broken } = l.right
  const parties = new Set<string>(s.parties)
  const kinds = new Set<string>(s.breaches)
  const groups = new Map<ProposalId, { entry: LedgerBroken; breaches: LedgerBroken['breaches'] }[]>()
  for (const entry of broken) {
    if (!parties.has(entry.party) || entry.commitment.status === 'unknown' || entry.commitment.since > s.asOf)
      continue
    const breaches = entry.breaches.filter((b) => kinds.has(b.kind) && b.since <= s.asOf)
    if (breaches.length === 0) continue
    const g = groups.get(entry.proposal)
    if (g === undefined) groups.set(entry.proposal, [{ entry, breaches }])
    else g.push({ entry, breaches })
  }
  const out: BrokenCommitment[] = []
  for (const [proposal, entries] of [...groups].sort((a, b) => compareText(a[0], b[0]))) {
    const title = ctx.negotiation.proposals[proposal]?.title ?? proposal
    const breaches: Breach[] = entries
      .flatMap(({ entry, breaches }) =>
        breaches.map((b) => ({
          party: entry.party,
          term: entry.term,
          kind: b.kind,
          committed: (entry.commitment as { since: IsoDate }).since,
          since: b.since,
        })),
      )
      .sort(
        (a, b) =>
          compareText(a.since, b.since) ||
          compareText(a.party, b.party) ||
          compareText(a.term, b.term) ||
          compareText(a.kind, b.kind),
      )
    const evidence = tidy(
      entries.flatMap(({ entry, breaches }) => [
        ...evidenceItems(
          ctx,
          entry.party,
          entry.commitment,
          `${nameOf(ctx, entry.party)} ${VERB[entry.commitment.status] ?? entry.commitment.status}`,
          s.asOf,
        ),
        ...breaches.flatMap((b) => breachEvidence(ctx, entry.party, b.status, b.kind, s.asOf)),
      ]),
    )
    const partyIds = [...new Set(breaches.map((b) => b.party))].sort(compareText)
    const terms = [...new Set(breaches.map((b) => b.term))].sort(compareText)
    // the trust deficit stands while some party has not committed to the term again since its last breach
    const active = entries.some(({ entry, breaches: bs }) => {
      const last = bs[bs.length - 1]!.since
      const now = [...historyOfCell(ctx, ledger, entry)]
        .reverse()
        .find((st) => 'since' in st && st.since <= s.asOf)
      return !(now !== undefined && ACCEPTING.has(now.status) && 'since' in now && now.since > last)
    })
    const summary = partyIds.map((p) => {
      const mine = breaches.filter((b) => b.party === p)
      const committed = [...new Set(mine.map((b) => b.committed))].sort(compareText)
      const byKind = [...new Set(mine.map((b) => b.kind))].map(
        (k) =>
          `${BROKEN[k] ?? k} (${[...new Set(mine.filter((b) => b.kind === k).map((b) => b.since))].sort(compareText).join(', ')})`,
      )
      return `${nameOf(ctx, p)} committed on ${list(committed)} and ${list(byKind)}`
    })
    out.push({
      kind: 'broken-commitment',
      id: `broken-commitment:${proposal}`,
      parties: partyIds,
      issues: terms,
      since: breaches[0]!.since,
      active,
      evidence,
      explanation: `${title} (${proposal}): ${summary.join('; ')}. A trust deficit that weighs on the talks${active ? '' : ' (since repaired: every party committed again)'}.`,
      suggestion: `Rebuild trust with verifiable steps — monitoring, a dated renewal of the terms — before relying on new commitments like ${title}.`,
      proposal,
      breaches,
    })
  }
  return E.right(out)
}

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * The broken commitments up to a date, from the acceptance ledger: for each proposal, the principals' acceptances
 * (or own proposals) that were later withdrawn, alleged violated or let lapse (`breaches` option to count other
 * walk-backs: rejected, countered, noncommittal, opposed, conditioned, disputed). Each finding lists every breach,
 * the dated and sourced events, and stays `active` while some party has not committed to the term again since.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Deadlock, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const doc = {
 *   format: 'negotiation-positions/1', title: 'Example', issues: { energy: { label: 'Energy truce', category: 'energy', domain: { kind: 'flag' } } },
 *   parties: { A: { name: 'Alpha', role: 'principal' }, B: { name: 'Beta', role: 'principal' } },
 *   positions: [], sources: {},
 *   proposals: { p: { title: 'Energy truce', date: '2025-03-18', tabledBy: ['A'], terms: { energy: { value: true } }, sources: ['s1'] } },
 *   events: [
 *     { id: 'e1', kind: 'response', date: '2025-03-18', party: 'B', proposal: 'p', stance: 'accepted', sources: ['s2'] },
 *     { id: 'e2', kind: 'violation-alleged', date: '2025-03-20', by: 'A', against: 'B', proposal: 'p', claim: 'struck a substation', sources: ['s3'] },
 *   ],
 * } as unknown as Negotiation
 * const found = Deadlock.brokenCommitments(doc, { asOf: '2025-04-01' as never })
 * assert.ok(E.isRight(found))
 * assert.strictEqual(found.right[0]!.id, 'broken-commitment:p')
 * assert.deepStrictEqual(found.right[0]!.breaches.map((b) => [b.party, b.kind, b.since]), [['B', 'violated', '2025-03-20']])
 */
export const brokenCommitments: {
  (options?: DeadlockOptions): (negotiation: Negotiation) => Detected<BrokenCommitment>
  (negotiation: Negotiation, options?: DeadlockOptions): Detected<BrokenCommitment>
} = detector(brokenAt) as never
