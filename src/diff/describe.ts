/**
 * Sentences for term changes, shared by the flat records and the text and Markdown renderings. Internal.
 *
 * @internal
 */
import type { IssueEffect, PartyImpact } from './impact'
import type { ProposalDiff, ProposalRef, TermCounts } from './proposals'
import type { TermChange } from './terms'
import { type ValueChange, formatNumber } from './value-change'

/**
 * The change of a term in a few words, without the issue's name ("600,000 → 800,000 troops (+200,000, +33.3%)",
 * "Deferred → Barred (2 steps toward Barred)", "added: Yes").
 *
 * @internal
 */
export const describeTermDetail = (t: TermChange): string => {
  switch (t.status) {
    case 'added':
      return `added: ${t.toLabel ?? ''}`
    case 'removed':
      return `dropped (was ${t.fromLabel ?? ''})`
    case 'unchanged':
      return `unchanged (${t.toLabel ?? ''})`
    case 'changed':
      return t.change === null
        ? `${t.fromLabel ?? ''} → ${t.toLabel ?? ''}`
        : describeValueChange(t.change, t)
  }
}

/**
 * The change of a term as a sentence that names the issue, and its rewording or renumbering when there is one.
 *
 * @internal
 */
export const describeTermChange = (t: TermChange): string => {
  const extra = [
    reworded(t) ? 'wording changed' : null,
    renumbered(t) ? `item ${t.point?.from ?? ''} → ${t.point?.to ?? ''}` : null,
    t.aligned === null ? null : `aligned ${t.aligned.from} → ${t.aligned.to}`,
  ].filter((x): x is string => x !== null)
  const head =
    t.status === 'unchanged' && extra.length > 0
      ? `${t.label}: same value`
      : `${t.label}: ${describeTermDetail(t)}`
  return extra.length === 0 ? head : `${head}; ${extra.join('; ')}`
}

/**
 * True when both drafts word the term, differently.
 *
 * @internal
 */
export const reworded = (t: TermChange): boolean =>
  t.wording !== null && t.wording.from !== null && t.wording.to !== null

/**
 * True when both drafts number the term, differently.
 *
 * @internal
 */
export const renumbered = (t: TermChange): boolean =>
  t.point !== null && t.point.from !== null && t.point.to !== null

/**
 * A signed amount: "+200,000", "-5".
 *
 * @internal
 */
export const signed = (n: number): string => `${n > 0 ? '+' : ''}${formatNumber(n)}`

const percent = (r: number): string => `${r > 0 ? '+' : ''}${formatNumber(Math.round(r * 1000) / 10)}%`

const describeValueChange = (c: ValueChange, t: TermChange): string => {
  switch (c.kind) {
    case 'moved': {
      const n = Math.abs(c.steps)
      return `${c.from.label} → ${c.to.label} (${String(n)} step${n === 1 ? '' : 's'} toward ${c.pole})`
    }
    case 'switched':
      return `${c.from.label} → ${c.to.label}`
    case 'resized': {
      const rel = c.relative === null ? '' : `, ${percent(c.relative)}`
      return `${formatNumber(c.from)} → ${formatNumber(c.to)} ${c.unit} (${signed(c.absolute)}${rel})`
    }
    case 'regrouped': {
      const parts = [
        c.added.length === 0 ? null : `added ${c.added.map((o) => o.label).join(', ')}`,
        c.removed.length === 0 ? null : `removed ${c.removed.map((o) => o.label).join(', ')}`,
      ].filter((x): x is string => x !== null)
      return parts.join('; ')
    }
    case 'flipped':
      return `${t.fromLabel ?? String(c.from)} → ${c.label}`
    case 'replaced':
      return `${c.from} → ${c.to}`
  }
}

/**
 * A draft in a few words: `"title" (id, tabled by, date)`.
 *
 * @internal
 */
export const describeRef = (r: ProposalRef): string => {
  const who = r.tabledBy.length === 0 ? '' : `${r.tabledBy.join(', ')}, `
  return `"${r.title}" (${r.id === null ? '' : `${r.id}, `}${who}${r.date})`
}

/**
 * The counts of a diff in words: "2 changed, 1 added, 0 removed, 12 unchanged; 3 reworded".
 *
 * @internal
 */
export const describeCounts = (c: TermCounts): string => {
  const base = `${String(c.changed)} changed, ${String(c.added)} added, ${String(c.removed)} removed, ${String(c.unchanged)} unchanged`
  const extra = [
    c.reworded === 0 ? null : `${String(c.reworded)} reworded`,
    c.renumbered === 0 ? null : `${String(c.renumbered)} renumbered`,
  ].filter((x): x is string => x !== null)
  return extra.length === 0 ? base : `${base}; ${extra.join(', ')}`
}

/**
 * Footnote numbers for the sources a diff cites, in the order of `diff.sources` (by id).
 *
 * @internal
 */
export const footnotes = (d: ProposalDiff): ReadonlyMap<string, number> => {
  const m = new Map<string, number>()
  for (const id of Object.keys(d.sources)) m.set(id, m.size + 1)
  return m
}

/**
 * A utility difference with its sign, to three decimals ("+0.125", "-0.040", "±0").
 *
 * @internal
 */
export const describeDelta = (x: number | null): string =>
  x === null ? 'n/a' : Math.abs(x) < 0.0005 ? '±0' : `${x > 0 ? '+' : '-'}${Math.abs(x).toFixed(3)}`

/**
 * A party's effect on one issue in a few words: "Army size (toward its ideal)", "NATO (red line crossed)".
 *
 * @internal
 */
export const describeEffect = (e: IssueEffect): string => {
  const notes = [
    e.redLine === 'crossed' ? 'red line crossed' : e.redLine === 'cleared' ? 'red line cleared' : null,
    e.acceptable === null ? null : e.acceptable === 'entered' ? 'now acceptable' : 'no longer acceptable',
    e.redLine === null && e.acceptable === null && e.ideal !== null && e.ideal !== 'same'
      ? `${e.ideal === 'toward' ? 'toward' : 'away from'} its ideal`
      : null,
  ].filter((x): x is string => x !== null)
  return notes.length === 0 ? e.label : `${e.label} (${notes.join(', ')})`
}

/**
 * The verdict of a party in words.
 *
 * @internal
 */
export const describeVerdict = (p: PartyImpact): string =>
  p.verdict === 'no-stated-position' ? 'no stated position on the changed issues' : p.verdict
