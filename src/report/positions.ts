/**
 * The positions section: every party's merged stance on every issue as of the report's date, in words, and every
 * change of a party's ideal (who moved, when), newest first. Internal.
 *
 * @internal
 */
import { partyKeys } from '../chart/palette'
import type { Issue } from '../model/domain'
import { all, history } from '../model/positions'
import { type Context } from './context'
import { compareText } from '../internal/text'
import type { Move, PositionRow, PositionsSection } from './model'
import { conditionWords, setWords, valueWords } from './words'

/** @internal */
export const positionsSection = (ctx: Context): PositionsSection => {
  const n = ctx.negotiation
  const stances = ctx.asOf === undefined ? all(n) : all(n, ctx.asOf)
  if (stances.length === 0)
    return {
      rows: [],
      moves: [],
      notes: [
        n.positions.length === 0
          ? 'No positions are recorded.'
          : `No position was stated by ${ctx.asOf ?? 'then'}.`,
      ],
    }
  const issueOrder = new Map(Object.keys(n.issues).map((k, i) => [k, i]))
  const partyOrder = new Map(partyKeys(n).map((p, i) => [p.id as string, i]))
  const sorted = [...stances].sort(
    (a, b) =>
      (partyOrder.get(a.party) ?? 0) - (partyOrder.get(b.party) ?? 0) ||
      (issueOrder.get(a.issue) ?? 0) - (issueOrder.get(b.issue) ?? 0),
  )
  const rows: PositionRow[] = sorted.map((s) => {
    const issue = n.issues[s.issue] as Issue
    return {
      party: s.party,
      issue: s.issue,
      label: issue.label,
      since: s.asOf,
      ideal: s.ideal === undefined ? null : valueWords(issue.domain, s.ideal),
      acceptable: s.acceptable === undefined ? null : setWords(issue.domain, s.acceptable),
      redLines: s.redLines === undefined ? null : setWords(issue.domain, s.redLines),
      priority: s.priority ?? null,
      confidence: s.confidence ?? null,
      conditions: [...new Set((s.conditions ?? []).map((c) => conditionWords(n, c)))],
      sources: ctx.cite(s.sources),
    }
  })
  const moves: Move[] = []
  for (const s of sorted) {
    const issue = n.issues[s.issue] as Issue
    let prev: { value: unknown; label: string } | undefined
    for (const h of history(n, s.party, s.issue)) {
      if ((ctx.asOf !== undefined && h.asOf > ctx.asOf) || h.ideal === undefined) continue
      const label = valueWords(issue.domain, h.ideal)
      if (prev !== undefined && JSON.stringify(prev.value) !== JSON.stringify(h.ideal)) {
        const record = h.records.find((r) => r.id === h.origin.ideal)
        moves.push({
          date: h.asOf,
          party: h.party,
          issue: h.issue,
          label: issue.label,
          from: prev.label,
          to: label,
          position: h.origin.ideal ?? (record?.id as Move['position']),
          sources: record?.sources ?? [],
        })
      }
      prev = { value: h.ideal, label }
    }
  }
  moves.sort(
    (a, b) =>
      compareText(b.date, a.date) ||
      (partyOrder.get(a.party) ?? 0) - (partyOrder.get(b.party) ?? 0) ||
      (issueOrder.get(a.issue) ?? 0) - (issueOrder.get(b.issue) ?? 0),
  )
  return {
    rows,
    moves: moves.map((m) => ({ ...m, sources: ctx.cite(m.sources) })),
    notes: [],
  }
}
