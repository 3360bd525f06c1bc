/**
 * Flat change records: a proposal diff as one list of rows (a term's value, wording or item number; a condition; a
 * sequencing step; the `basedOn` link; a party's gain or loss on an issue), each with a sentence that reads alone.
 * Good for a spreadsheet, a CSV export or a quick filter.
 *
 * @since 0.1.0
 */
import { deepFreeze } from '../internal/freeze'
import type { PartyId } from '../model/ids'
import type { ConditionChange } from './conditions'
import type { IssueEffect, PartyImpact } from './impact'
import type { ProposalDiff } from './proposals'
import { describeTermChange } from './describe'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What a change record is about.
 *
 * @category model
 * @since 0.1.0
 */
export type ChangeKind = 'term' | 'wording' | 'point' | 'condition' | 'sequencing' | 'based-on' | 'party'

/**
 * One row of a diff: its kind, its subject (an issue id, a condition's subject, `basedOn`), its status (`added`,
 * `removed`, `changed`; for a party row the effect: `gain`, `loss`, `neutral`, `no-stated-position`), the party
 * (party rows only), the two sides in words, and a sentence.
 *
 * @category model
 * @since 0.1.0
 */
export interface Change {
  readonly kind: ChangeKind
  readonly subject: string
  readonly status: string
  readonly party: PartyId | null
  readonly from: string | null
  readonly to: string | null
  readonly summary: string
}

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * The diff as flat records, in a stable order: terms (value, then wording, then item number, issue by issue; a term
 * added or dropped is one record), conditions, sequencing, `basedOn`, then each party's effects (principals first).
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Diff, Issues, type Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const negotiation = {
 *   format: 'negotiation-positions/1', title: 'Example', sources: {}, positions: [], events: [], parties: {},
 *   issues: { amnesty: Issues.flag('Amnesty', 'legal') },
 *   proposals: {
 *     a: { title: 'A', date: '2025-11-20', tabledBy: [], sources: [], terms: { amnesty: { value: true, point: '26' } } },
 *     b: { title: 'B', date: '2025-11-23', tabledBy: [], sources: [], terms: { amnesty: { value: false, point: '25' } } },
 *   },
 * } as unknown as Negotiation
 * const rows = E.map(Diff.changes)(Diff.proposals(negotiation, 'a', 'b'))
 * assert.deepStrictEqual(E.map((rs: readonly Diff.Change[]) => rs.map((r) => r.kind))(rows), E.right(['term', 'point']))
 */
export const changes = (diff: ProposalDiff): readonly Change[] => {
  const out: Change[] = []
  for (const t of diff.terms) {
    if (t.status !== 'unchanged')
      out.push(row('term', t.issue, t.status, null, t.fromLabel, t.toLabel, describeTermChange(t)))
    if (t.status === 'added' || t.status === 'removed') continue
    if (t.wording !== null)
      out.push(
        row(
          'wording',
          t.issue,
          status(t.wording),
          null,
          t.wording.from,
          t.wording.to,
          `${t.label}: wording ${status(t.wording)}`,
        ),
      )
    if (t.point !== null)
      out.push(
        row(
          'point',
          t.issue,
          status(t.point),
          null,
          t.point.from,
          t.point.to,
          `${t.label}: item ${t.point.from ?? '—'} → ${t.point.to ?? '—'}`,
        ),
      )
  }
  for (const c of diff.conditions) out.push(conditionRow('condition', c))
  for (const c of diff.sequencing) out.push(conditionRow('sequencing', c))
  if (diff.basedOn !== null) {
    const { from, to } = diff.basedOn
    out.push(
      row(
        'based-on',
        'basedOn',
        status(diff.basedOn),
        null,
        from,
        to,
        `based on: ${from ?? 'nothing'} → ${to ?? 'nothing'}`,
      ),
    )
  }
  if (diff.parties !== null)
    for (const p of [...diff.parties.principals, ...diff.parties.others])
      for (const e of p.issues) out.push(effectRow(p, e))
  return deepFreeze(out)
}

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

const row = (
  kind: ChangeKind,
  subject: string,
  st: string,
  party: PartyId | null,
  from: string | null,
  to: string | null,
  summary: string,
): Change => ({ kind, subject, status: st, party, from, to, summary })

const status = (x: { readonly from: unknown; readonly to: unknown }): 'added' | 'removed' | 'changed' =>
  x.from === null ? 'added' : x.to === null ? 'removed' : 'changed'

const conditionRow = (kind: 'condition' | 'sequencing', c: ConditionChange): Change =>
  row(kind, c.subject, c.status, null, c.fromLabel, c.toLabel, c.summary)

const effectRow = (p: PartyImpact, e: IssueEffect): Change => {
  const notes = [
    e.ideal === null || e.ideal === 'same'
      ? null
      : `${e.ideal === 'toward' ? 'toward' : 'away from'} its ideal`,
    e.acceptable === null ? null : `${e.acceptable} its acceptable set`,
    e.redLine === 'crossed'
      ? 'crosses a red line'
      : e.redLine === 'cleared'
        ? 'no longer crosses a red line'
        : null,
  ].filter((x): x is string => x !== null)
  const what = e.effect === 'no-stated-position' ? 'no stated position' : e.effect
  const summary = `${p.name}: ${e.label} — ${what}${notes.length === 0 ? '' : ` (${notes.join('; ')})`}`
  return row(
    'party',
    e.issue,
    e.effect,
    p.party,
    e.score?.from === null || e.score === null ? null : e.score.from.toFixed(2),
    e.score?.to === null || e.score === null ? null : e.score.to.toFixed(2),
    summary,
  )
}
