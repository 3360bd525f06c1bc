/**
 * The drafts section: the drafts tabled by the report's date, the latest ones, and the latest two compared in
 * lineage order — the latest draft that revises an earlier one (`basedOn`) against that earlier draft; failing
 * that, the two latest drafts. A revision that states fewer terms than the draft it revises is read as amending it
 * (terms it does not restate carry over), like a counter-text recorded as its amendments. Internal.
 *
 * @internal
 */
import { either as E } from 'fp-ts'
import { changes, isEmpty, proposals as diffProposals } from '../diff'
import type { Negotiation } from '../model/negotiation'
import type { ProposalId } from '../model/ids'
import type { Proposal } from '../model/proposal'
import { type Context } from './context'
import { compareText } from '../internal/text'
import type { Comparison, DraftRow, DraftsSection } from './model'

/** How many of the latest drafts the section lists. @internal */
export const LATEST = 6

/** The drafts to compare, chosen by the user. @internal */
export interface DraftChoice {
  readonly from: string
  readonly to: string
  readonly carryOver?: boolean
}

const termCount = (p: Proposal): number => Object.keys(p.terms).length

/** Whether the later draft changes anything in the earlier one (the structural diff alone). */
const changesSomething = (
  n: Negotiation,
  pick: { readonly from: ProposalId; readonly to: ProposalId; readonly carryOver: boolean },
): boolean => {
  const d = diffProposals(n, pick.from, pick.to, { carryOver: pick.carryOver, impact: false })
  // a revision's link to the draft it revises is always in its diff: it is not a change of what the drafts say
  return E.isRight(d) && !isEmpty({ ...d.right, basedOn: null })
}

const choose = (
  n: Negotiation,
  tabled: readonly (readonly [ProposalId, Proposal])[],
  choice: DraftChoice | undefined,
): { from: ProposalId; to: ProposalId; reason: string; carryOver: boolean } | string => {
  const byId = new Map(tabled)
  if (choice !== undefined) {
    const everything = n.proposals as Readonly<Record<string, Proposal>>
    const a = everything[choice.from]
    const b = everything[choice.to]
    const carry = choice.carryOver ?? (a !== undefined && b !== undefined && termCount(b) < termCount(a))
    return {
      from: choice.from as ProposalId,
      to: choice.to as ProposalId,
      reason: 'the drafts asked for',
      carryOver: carry,
    }
  }
  if (tabled.length === 0) return 'No drafts were tabled.'
  if (tabled.length === 1) return 'Only one draft was tabled: there is nothing to compare it with.'
  const revisions = tabled.filter(([, p]) => p.basedOn !== undefined && byId.has(p.basedOn))
  // the latest revision that changes something (a revision that only restates is skipped)
  let fallback: { from: ProposalId; to: ProposalId; reason: string; carryOver: boolean } | undefined
  for (const [to, p] of [...revisions].reverse()) {
    const from = p.basedOn as ProposalId
    const carryOver = termCount(p) < termCount(byId.get(from) as Proposal)
    const pick = {
      from,
      to,
      carryOver,
      reason:
        'the latest draft that revises an earlier one and changes something, against the draft it revises' +
        (carryOver
          ? '; it states fewer terms, so it is read as amending the earlier draft (terms it does not restate carry over)'
          : ''),
    }
    fallback ??= pick
    if (changesSomething(n, pick)) return pick
  }
  if (fallback !== undefined)
    return { ...fallback, reason: fallback.reason.replace(' and changes something', '') }
  const [a, b] = tabled.slice(-2) as [readonly [ProposalId, Proposal], readonly [ProposalId, Proposal]]
  return {
    from: a[0],
    to: b[0],
    carryOver: false,
    reason: 'the two latest drafts (none revises an earlier one)',
  }
}

/** @internal */
export const draftsSection = (ctx: Context, choice: DraftChoice | undefined): DraftsSection => {
  const n = ctx.negotiation
  const tabled = (Object.keys(n.proposals) as ProposalId[])
    .map((id) => [id, n.proposals[id] as Proposal] as const)
    .filter(([, p]) => ctx.asOf === undefined || p.date <= ctx.asOf)
    .sort((x, y) => compareText(x[1].date, y[1].date) || compareText(x[0], y[0]))
  const latest: DraftRow[] = tabled
    .slice(-LATEST)
    .reverse()
    .map(([id, p]) => ({
      id,
      title: p.title,
      date: p.date,
      tabledBy: p.tabledBy,
      terms: termCount(p),
      basedOn: p.basedOn ?? null,
      textStatus: p.textStatus ?? null,
      sources: ctx.cite(p.sources),
    }))
  const picked = choose(n, tabled, choice)
  if (typeof picked === 'string') return { total: tabled.length, latest, compared: null, notes: [picked] }
  const d = diffProposals(n, picked.from, picked.to, { carryOver: picked.carryOver })
  if (E.isLeft(d))
    return {
      total: tabled.length,
      latest,
      compared: null,
      notes: d.left.map((p) => `The drafts could not be compared: ${p.message}.`),
    }
  const diff = d.right
  ctx.cite([...diff.from.sources, ...diff.to.sources])
  for (const t of diff.terms) ctx.cite(t.sources)
  ctx.cite(diff.parties?.sources ?? [])
  const compared: Comparison = {
    from: picked.from,
    to: picked.to,
    reason: picked.reason,
    carryOver: picked.carryOver,
    diff,
  }
  return {
    total: tabled.length,
    latest,
    compared,
    notes: changes(diff).length === 0 ? ['The two drafts say the same thing.'] : [],
  }
}
