/**
 * The blocks of the positions and drafts sections. Internal.
 *
 * @internal
 */
import { changes, type PartyImpact } from '../diff'
import { type Block, type Cell, heading, namesOf, notes } from './block'
import type { Report } from './model'
import { fmt, list } from './words'

const nameOf = (r: Report) => namesOf(r).party

/** @internal */
export const positionBlocks = (r: Report): Block[] => {
  const s = r.positions
  const out: Block[] = [...notes(s.notes)]
  const name = nameOf(r)
  for (const p of r.parties) {
    const rows = s.rows.filter((x) => x.party === p.id)
    if (rows.length === 0) continue
    const withConditions = rows.some((x) => x.conditions.length > 0)
    out.push(heading(3, `${p.name} (${p.id}), ${p.role}`, `positions-${p.id}`))
    out.push({
      kind: 'table',
      headers: [
        'Issue',
        'Ideal',
        'Could accept',
        'Red lines',
        'Priority',
        ...(withConditions ? ['Conditions'] : []),
        'Since',
      ],
      rows: rows.map((x): Cell[] => [
        x.label,
        x.ideal ?? '—',
        x.acceptable ?? '—',
        x.redLines ?? '—',
        x.priority === null ? '—' : fmt(x.priority),
        ...(withConditions ? [x.conditions.join('; ') || '—'] : []),
        { text: x.since, cite: x.sources },
      ]),
    })
  }
  if (s.moves.length > 0) {
    out.push(heading(3, 'Who moved, newest first', 'moves'))
    out.push({
      kind: 'table',
      headers: ['Date', 'Party', 'Issue', 'From', 'To'],
      rows: s.moves.map((m): Cell[] => [
        m.date,
        name(m.party),
        m.label,
        m.from,
        { text: m.to, cite: m.sources },
      ]),
    })
  } else if (s.rows.length > 0)
    out.push({ kind: 'paragraph', text: 'No party has changed its ideal on any issue.', note: true })
  return out
}

const impactRow =
  (issue: (id: string) => string) =>
  (p: PartyImpact): Cell[] => {
    const u = p.utility
    const utility = u.from === null || u.to === null ? '—' : `${u.from.toFixed(2)} → ${u.to.toFixed(2)}`
    const lines = [
      ...p.redLines.crossed.map((i) => `crosses ${issue(i)}`),
      ...p.redLines.cleared.map((i) => `clears ${issue(i)}`),
    ]
    return [
      `${p.name} (${p.party})`,
      p.role,
      utility,
      p.verdict === 'no-stated-position' ? 'no stated position' : p.verdict,
      p.gained.length === 0 ? '—' : p.gained.map(issue).join(', '),
      p.lost.length === 0 ? '—' : p.lost.map(issue).join(', '),
      lines.length === 0 ? '—' : lines.join('; '),
    ]
  }

/** @internal */
export const draftBlocks = (r: Report): Block[] => {
  const s = r.drafts
  const name = nameOf(r)
  const out: Block[] = []
  if (s.total > 0) {
    out.push({
      kind: 'paragraph',
      text: `${String(s.total)} ${s.total === 1 ? 'draft was' : 'drafts were'} tabled${r.asOf === null ? '' : ` by ${r.asOf}`}; the latest ${s.latest.length === 1 ? 'is' : `${String(s.latest.length)} are`}:`,
    })
    out.push({
      kind: 'table',
      headers: ['Date', 'Draft', 'Tabled by', 'Terms', 'Revises', 'Text'],
      rows: s.latest.map((d): Cell[] => [
        d.date,
        { text: `${d.title} (${d.id})`, cite: d.sources },
        d.tabledBy.map(name).join(', ') || '—',
        String(d.terms),
        d.basedOn ?? '—',
        d.textStatus ?? '—',
      ]),
    })
  }
  out.push(...notes(s.notes))
  const c = s.compared
  if (c === null) return out
  const d = c.diff
  out.push(heading(3, `What changed: “${d.to.title}” against “${d.from.title}”`, 'changes'))
  out.push({
    kind: 'paragraph',
    text: `Compared: ${c.reason}. ${d.from.id ?? 'from'} (${d.from.date}) → ${d.to.id ?? 'to'} (${d.to.date}).`,
  })
  const k = d.counts
  out.push({
    kind: 'paragraph',
    text: `Terms: ${String(k.changed)} changed, ${String(k.added)} added, ${String(k.removed)} dropped, ${String(k.unchanged)} unchanged${k.reworded > 0 ? `, ${String(k.reworded)} reworded` : ''}.`,
  })
  const terms = new Map(d.terms.map((t) => [t.issue as string, t]))
  const rows = changes(d).filter((x) => x.kind === 'term' || x.kind === 'wording' || x.kind === 'point')
  if (rows.length > 0)
    out.push({
      kind: 'table',
      headers: ['Issue', 'Before', 'After', 'Change'],
      rows: rows.map((x): Cell[] => {
        const t = terms.get(x.subject)
        return [
          t?.label ?? x.subject,
          x.from ?? '—',
          x.to ?? '—',
          { text: x.summary, cite: x.kind === 'term' ? (t?.sources ?? []) : [] },
        ]
      }),
    })
  const other = changes(d).filter(
    (x) => x.kind === 'condition' || x.kind === 'sequencing' || x.kind === 'based-on',
  )
  if (other.length > 0) out.push({ kind: 'list', items: other.map((x) => x.summary) })
  const parties = d.parties
  if (parties !== null) {
    out.push(heading(3, `Who gains (positions as of ${parties.asOf})`, 'gains'))
    out.push({
      kind: 'table',
      headers: ['Party', 'Role', 'Utility', 'Verdict', 'Gained on', 'Lost on', 'Red lines'],
      rows: [...parties.principals, ...parties.others.filter((p) => p.verdict !== 'no-stated-position')].map(
        impactRow(namesOf(r).issue),
      ),
    })
    out.push({
      kind: 'paragraph',
      text:
        parties.gainedMost.length === 0
          ? 'No principal gains from the change.'
          : `Gains most: ${list(
              parties.gainedMost.map((p) => `${name(p)} (${p})`),
              'and',
            )}.`,
    })
  }
  return out
}
