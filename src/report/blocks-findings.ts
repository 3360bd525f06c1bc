/**
 * The blocks of the ledger, deadlocks and zone sections. Internal.
 *
 * @internal
 */
import { KIND_LABELS } from '../chart/palette'
import { KINDS } from '../deadlock'
import type { BreachKind } from '../ledger'
import { type Block, type Cell, heading, namesOf, notes } from './block'
import type { Report } from './model'
import { count, fmt, list } from './words'

/** How a set of the nearest agreement is introduced: tied sets are numbered, never ranked. */
const nearestSetLabel = (i: number, n: number): string =>
  n === 1 ? 'The cheapest set' : `Equally cheap set ${String(i + 1)} of ${String(n)} (not a ranking)`

const nameOf = (r: Report) => namesOf(r).party

const BREACH_WORDS: Readonly<Record<BreachKind, string>> = {
  withdrawn: 'withdrawn',
  violated: 'violation alleged',
  lapsed: 'lapsed',
  rejected: 'rejected after accepting',
  countered: 'countered after accepting',
  noncommittal: 'turned noncommittal',
  opposed: 'opposed after supporting',
  conditioned: 'conditions added',
  disputed: 'reports disagree',
}

const COMMIT_WORDS: Readonly<Record<string, string>> = {
  accepted: 'accepted',
  'conditionally-accepted': 'accepted on conditions',
  proposed: 'tabled it',
}

/** @internal */
export const ledgerBlocks = (r: Report): Block[] => {
  const s = r.ledger
  const name = nameOf(r)
  const out: Block[] = [...notes(s.notes)]
  out.push(heading(3, 'Agreed by every principal', 'agreed'))
  if (s.agreed.length === 0)
    out.push({ kind: 'paragraph', text: 'No term had been accepted by every principal.', note: true })
  else
    out.push({
      kind: 'table',
      headers: ['Draft', 'Term', 'On conditions', 'Violation alleged'],
      rows: s.agreed.map((a) => [
        a.title,
        a.label,
        a.conditional ? 'yes' : 'no',
        a.violationAlleged ? 'yes' : 'no',
      ]),
    })
  out.push(heading(3, 'Accepted, party by party', 'accepted'))
  if (s.accepted.length === 0)
    out.push({ kind: 'paragraph', text: 'No party had accepted any term.', note: true })
  else
    out.push({
      kind: 'table',
      headers: ['Party', 'Draft', 'Terms accepted', 'Since'],
      rows: s.accepted.map((a): Cell[] => {
        const conditional = a.terms.filter((t) => t.conditional).length
        const terms =
          a.terms.length === a.of
            ? `all ${String(a.of)}`
            : `${String(a.terms.length)} of ${String(a.of)}: ${a.terms.map((t) => t.label).join(', ')}`
        const since = [...new Set(a.terms.map((t) => t.since))].sort()
        return [
          name(a.party),
          a.title,
          conditional === 0
            ? terms
            : `${terms} (${conditional === a.terms.length ? 'on conditions' : `${String(conditional)} on conditions`})`,
          since.length === 1
            ? (since[0] as string)
            : `${since[0] as string} – ${since[since.length - 1] as string}`,
        ]
      }),
    })
  out.push(heading(3, 'Broken commitments', 'broken'))
  if (s.broken.length === 0)
    out.push({ kind: 'paragraph', text: 'No commitment had been broken.', note: true })
  else
    out.push({
      kind: 'table',
      headers: ['Party', 'Draft', 'Terms', 'Committed', 'Then'],
      rows: s.broken.map((b): Cell[] => [
        name(b.party),
        b.title,
        b.terms.map(namesOf(r).issue).join(', '),
        `${COMMIT_WORDS[b.committed.status] ?? b.committed.status}, ${b.committed.since}`,
        {
          text: b.breaches
            .map(
              (x) =>
                `${BREACH_WORDS[x.kind]} ${x.since}${x.by.length > 0 ? ` (by ${x.by.map(name).join(', ')})` : ''}`,
            )
            .join('; '),
          cite: b.breaches.flatMap((x) => x.sources),
        },
      ]),
    })
  return out
}

/** @internal */
export const deadlockBlocks = (r: Report): Block[] => {
  const s = r.deadlocks
  const name = nameOf(r)
  const out: Block[] = []
  if (s.findings.length > 0) {
    const kinds = KINDS.filter((k) => s.counts[k] > 0).map(
      (k) => `${String(s.counts[k])} × ${KIND_LABELS[k].toLowerCase()}`,
    )
    out.push({
      kind: 'paragraph',
      text: `${count(s.findings.length, 'finding')}, ${String(s.active)} still holding: ${list(kinds, 'and')}.`,
    })
  }
  out.push(...notes(s.notes))
  s.findings.forEach((f, i) => {
    const issue = namesOf(r).issue
    out.push(
      heading(
        3,
        `${String(i + 1)}. ${KIND_LABELS[f.kind]}: ${f.issues.map(issue).join(', ') || f.parties.map(name).join(', ')}`,
        `finding-${String(i + 1)}`,
      ),
    )
    out.push({ kind: 'paragraph', text: f.explanation })
    out.push({
      kind: 'paragraph',
      text: `Since ${f.since}; ${f.active ? 'still holds' : 'no longer holds'}. Parties: ${f.parties.map((p) => `${name(p)} (${p})`).join(', ') || '—'}.`,
    })
    if (f.suggestion !== undefined) out.push({ kind: 'paragraph', text: `Way out: ${f.suggestion}` })
    if (f.evidence.length > 0)
      out.push({
        kind: 'list',
        items: f.evidence.map((e): Cell => ({
          text: `${e.date}: ${e.what}${e.positionId !== undefined ? ` (${e.positionId})` : e.eventId !== undefined ? ` (${e.eventId})` : ''}`,
          cite: e.sources,
        })),
      })
  })
  return out
}

/** @internal */
export const zoneBlocks = (r: Report): Block[] => {
  const z = r.zone
  const name = nameOf(r)
  const out: Block[] = []
  if (z.explanation !== null) out.push({ kind: 'paragraph', text: z.explanation })
  out.push(...notes(z.notes))
  if (z.issues.length > 0)
    out.push({
      kind: 'table',
      headers: ['Open issue', 'What every principal could accept'],
      rows: z.issues.map((i) => [i.label, i.empty ? 'nothing' : i.zone]),
    })
  if (z.packages !== null) {
    out.push(heading(3, 'Whole packages', 'packages'))
    out.push({ kind: 'paragraph', text: z.packages.explanation })
    if (z.packages.examples.length > 0)
      out.push({ kind: 'list', items: z.packages.examples.map((e) => `For example: ${e}`) })
  }
  if (z.nearest !== null) {
    out.push(heading(3, 'Nearest agreement', 'nearest'))
    out.push({ kind: 'paragraph', text: z.nearest.explanation })
    z.nearest.options.forEach((o, i) => {
      out.push({
        kind: 'paragraph',
        text: `${nearestSetLabel(i, z.nearest?.options.length ?? 0)}: ${count(o.concessions.length, 'concession')}, total cost ${fmt(o.concessions.reduce((s, c) => s + c.cost, 0))}; the zone would hold ${o.count} ${o.count === '1' ? 'package' : 'packages'}${o.example === null ? '' : `, e.g. ${o.example}`}.`,
      })
      out.push({
        kind: 'list',
        items: o.concessions.map((c): Cell => ({
          text: `${name(c.party)}: ${c.explanation} (cost ${fmt(c.cost)})`,
          cite: c.sources,
        })),
      })
    })
  }
  if (z.bargaining !== null) {
    out.push(heading(3, 'Bargaining', 'bargaining'))
    out.push({ kind: 'paragraph', text: z.bargaining.explanation })
    if (z.bargaining.nash.length > 0)
      out.push({ kind: 'list', items: z.bargaining.nash.map((p) => `Nash: ${p}`) })
  }
  return out
}
