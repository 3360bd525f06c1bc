/**
 * The report's summary: a handful of sentences a reader can take away — the deadlocks, the zone, the latest
 * revision and who gained, the acceptances and broken commitments, the latest move. Internal.
 *
 * @internal
 */
import { KINDS } from '../deadlock'
import { KIND_LABELS } from '../chart/palette'
import type { Negotiation } from '../model/negotiation'
import type { Report } from './model'
import { count, list, partyName } from './words'

const firstSentence = (s: string): string => {
  const m = /^(.+?[.!?])(\s|$)/.exec(s)
  return m?.[1] ?? s
}

/** @internal */
export const summaryOf = (r: Report, n: Negotiation): string[] => {
  const out: string[] = []
  const has = (x: Report['sections'][number]): boolean => r.sections.includes(x)
  const d = r.deadlocks
  if (!has('deadlocks')) {
    // not asked for
  } else if (d.findings.length > 0) {
    const kinds = KINDS.filter((k) => d.counts[k] > 0).map(
      (k) => `${String(d.counts[k])} × ${KIND_LABELS[k].toLowerCase()}`,
    )
    out.push(
      `${count(d.active, 'deadlock')} ${d.active === 1 ? 'holds' : 'hold'}${r.asOf === null ? '' : ` as of ${r.asOf}`} (${list(kinds, 'and')}).`,
    )
  } else if (d.notes.length === 0) out.push('No deadlock was found.')
  const z = r.zone
  if (has('zone') && z.packages !== null) out.push(firstSentence(z.packages.explanation))
  if (has('zone') && z.nearest !== null) out.push(firstSentence(z.nearest.explanation))
  if (has('zone') && z.bargaining !== null && z.bargaining.nash.length > 0)
    out.push(`Nash bargaining package: ${z.bargaining.nash[0] ?? ''}.`)
  const c = r.drafts.compared
  if (c !== null) {
    const k = c.diff.counts
    const what = [
      k.changed > 0 ? `${String(k.changed)} changed` : null,
      k.added > 0 ? `${String(k.added)} added` : null,
      k.removed > 0 ? `${String(k.removed)} dropped` : null,
      k.reworded > 0 ? `${String(k.reworded)} reworded` : null,
    ].filter((x): x is string => x !== null)
    const gained = c.diff.parties?.gainedMost ?? []
    out.push(
      `Latest drafts compared: “${c.diff.to.title}” (${c.diff.to.date}) against “${c.diff.from.title}” (${c.diff.from.date}): ` +
        `${what.length === 0 ? 'no term changed' : `${list(what, 'and')} ${k.changed + k.added + k.removed + k.reworded === 1 ? 'term' : 'terms'}`}` +
        `${
          gained.length === 0
            ? '; no principal gains.'
            : `; ${list(
                gained.map((p) => partyName(n, p)),
                'and',
              )} ${gained.length === 1 ? 'gains' : 'gain'} most.`
        }`,
    )
  } else if (has('drafts') && r.drafts.total === 0) out.push('No drafts were tabled.')
  const l = r.ledger
  if (has('ledger'))
    out.push(
      `${count(l.agreed.length, 'term')} accepted by every principal; ${count(
        l.broken.reduce((s, b) => s + b.terms.length, 0),
        'broken commitment',
      )} on ${count(new Set(l.broken.map((b) => b.proposal)).size, 'draft')}.`,
    )
  const m = r.positions.moves[0]
  if (has('positions') && m !== undefined)
    out.push(`Latest move: ${partyName(n, m.party)} on ${m.label}, ${m.date}: ${m.from} → ${m.to}.`)
  return out
}
