/**
 * The proposal diff: what changed between two drafts, issue by issue, in the terms of each issue's domain; which
 * conditions and sequencing steps were added, dropped or changed; and, for each party, whether the change is in its
 * favour, by how much, and across which of its red lines.
 *
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import { isPlainObject } from '../internal/codec'
import { deepFreeze } from '../internal/freeze'
import { dualWhen } from '../internal/function'
import { IsoDate } from '../model/date'
import type { IssueId, PartyId, ProposalId, SourceId } from '../model/ids'
import type { Negotiation } from '../model/negotiation'
import { Proposal } from '../model/proposal'
import { type ConditionChange, type Names, diffConditions } from './conditions'
import { type DiffContext, buildContext } from './context'
import { type PartyImpacts, partyImpacts, sinkFor } from './impact'
import { hasOwn } from '../internal/record'
import { type DiffProblem, knownIds, problem } from './problem'
import { documentShape, proposalShape } from '../model/shape'
import { compareText } from '../internal/text'
import { type IssueMapping, type TermChange, alignTerms, mappingProblems } from './terms'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A draft as the diff names it: its id (null for a draft passed as an object that is not in the negotiation), title,
 * date, who tabled it, and its sources.
 *
 * @category model
 * @since 0.1.0
 */
export interface ProposalRef {
  readonly id: ProposalId | null
  readonly title: string
  readonly date: IsoDate
  readonly tabledBy: readonly PartyId[]
  readonly sources: readonly SourceId[]
}

/**
 * How many terms were added, removed, changed in value and left unchanged, and how many were reworded or
 * renumbered whatever their value did (both drafts word, or number, the term, differently).
 *
 * @category model
 * @since 0.1.0
 */
export interface TermCounts {
  readonly added: number
  readonly removed: number
  readonly changed: number
  readonly unchanged: number
  readonly reworded: number
  readonly renumbered: number
}

/**
 * A source cited by a diff, as the negotiation records it.
 *
 * @category model
 * @since 0.1.0
 */
export interface SourceRef {
  readonly title: string
  readonly url: string | null
  readonly publisher: string | null
  readonly published: IsoDate | null
}

/**
 * The diff of two drafts. `terms` lists every issue with something to report (in issue order); `unchanged` the
 * issues whose terms are identical. `parties` is the per-party reading of the change as of `parties.asOf` (null when
 * it was not asked for). `sources` holds every source the diff cites, by id.
 *
 * @category model
 * @since 0.1.0
 */
export interface ProposalDiff {
  readonly from: ProposalRef
  readonly to: ProposalRef
  readonly terms: readonly TermChange[]
  readonly unchanged: readonly IssueId[]
  readonly counts: TermCounts
  readonly conditions: readonly ConditionChange[]
  readonly sequencing: readonly ConditionChange[]
  readonly basedOn: { readonly from: ProposalId | null; readonly to: ProposalId | null } | null
  readonly parties: PartyImpacts | null
  readonly sources: Readonly<Record<string, SourceRef>>
}

/**
 * Options of a proposal diff.
 *
 * - `mapping`: `{ [issueInEarlier]: issueInLater }`, to align terms filed under different issue ids;
 * - `asOf`: the date at which parties' positions are read (default: the later draft's date);
 * - `parties`: whose gains and losses to report (default: every party of the negotiation);
 * - `context`: the parties' preferences prepared once with `Diff.context` (its date and parties then apply), for
 *   many diffs of a large negotiation;
 * - `carryOver`: read the later draft as amending the earlier — terms it does not state are carried over unchanged
 *   (for a counter-text recorded as its amendments only);
 * - `impact`: `false` for the structural diff alone.
 *
 * @category model
 * @since 0.1.0
 */
export interface ProposalDiffOptions {
  readonly mapping?: IssueMapping
  readonly asOf?: IsoDate | string
  readonly parties?: readonly (PartyId | string)[]
  readonly context?: DiffContext
  readonly carryOver?: boolean
  readonly impact?: boolean
}

/**
 * A draft to diff: its id in the negotiation, or the proposal itself.
 *
 * @category model
 * @since 0.1.0
 */
export type ProposalInput = ProposalId | string | Proposal

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * Compares two drafts of a negotiation: per issue added, removed, changed or unchanged (with domain-aware detail),
 * wording and item numbers apart, conditions and sequencing, `basedOn`; and each party's gain or loss as of the
 * later draft's date (or `options.asOf`), principals apart from mediators, guarantors and observers. Drafts are given
 * by id or as objects. Data-first `proposals(negotiation, a, b, options?)` or data-last
 * `proposals(a, b, options?)(negotiation)`. Unknown ids, terms on unknown issues and values outside their domain are
 * returned as problems.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Diff, Issues, type Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const negotiation = {
 *   format: 'negotiation-positions/1', title: 'Example', sources: {}, positions: [], events: [],
 *   parties: { UA: { name: 'Ukraine', role: 'principal' } },
 *   issues: { 'army.size': Issues.quantity('Army size', 'military', { unit: 'troops', min: 0, max: 1000000 }) },
 *   proposals: {
 *     p1: { title: 'Draft 1', date: '2025-11-20', tabledBy: ['UA'], sources: [], terms: { 'army.size': { value: 600000 } } },
 *     p2: { title: 'Draft 2', date: '2025-11-23', tabledBy: ['UA'], sources: [], terms: { 'army.size': { value: 800000 } } },
 *   },
 * } as unknown as Negotiation
 * const d = Diff.proposals(negotiation, 'p1', 'p2')
 * assert.ok(E.isRight(d))
 * if (E.isRight(d)) assert.deepStrictEqual(d.right.terms[0]?.change, { kind: 'resized', from: 600000, to: 800000, absolute: 200000, relative: 1 / 3, unit: 'troops' })
 * assert.ok(E.isLeft(Diff.proposals(negotiation, 'p1', 'p3')))
 */
export const proposals: {
  (
    a: ProposalInput,
    b: ProposalInput,
    options?: ProposalDiffOptions,
  ): (negotiation: Negotiation) => E.Either<readonly DiffProblem[], ProposalDiff>
  (
    negotiation: Negotiation,
    a: ProposalInput,
    b: ProposalInput,
    options?: ProposalDiffOptions,
  ): E.Either<readonly DiffProblem[], ProposalDiff>
} = dualWhen(
  (args) => isNegotiationLike(args[0]),
  (negotiation: Negotiation, a: ProposalInput, b: ProposalInput, options?: ProposalDiffOptions) =>
    E.map(freezeDiff)(diffProposals(negotiation, a, b, options ?? {})),
)

/**
 * True when a diff reports no change at all: no term added, removed, changed, reworded or renumbered, no condition
 * or sequencing step changed, the same `basedOn`.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Diff, type Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const negotiation = {
 *   format: 'negotiation-positions/1', title: 'Example', sources: {}, positions: [], events: [], parties: {}, issues: {},
 *   proposals: { p: { title: 'Draft', date: '2025-11-20', tabledBy: [], sources: [], terms: {} } },
 * } as unknown as Negotiation
 * assert.deepStrictEqual(E.map(Diff.isEmpty)(Diff.proposals(negotiation, 'p', 'p')), E.right(true))
 */
export const isEmpty = (d: ProposalDiff): boolean =>
  d.terms.length === 0 && d.conditions.length === 0 && d.sequencing.length === 0 && d.basedOn === null

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

/**
 * True when `u` looks like a negotiation document (used to tell the data-first call from the data-last one).
 *
 * @internal
 */
export const isNegotiationLike = (u: unknown): u is Negotiation =>
  isPlainObject(u) &&
  isPlainObject(u['issues']) &&
  isPlainObject(u['proposals']) &&
  isPlainObject(u['parties'])

/**
 * Finds a draft by id, or takes the given object (naming it by its id when it is one of the negotiation's). Internal.
 *
 * @internal
 */
export const resolveProposal = (
  negotiation: Negotiation,
  input: ProposalInput,
  at: string,
  problems: DiffProblem[],
): { readonly id: ProposalId | null; readonly proposal: Proposal } | undefined => {
  const all = negotiation.proposals as Readonly<Record<string, Proposal>>
  if (typeof input === 'string') {
    if (hasOwn(all, input)) return { id: input as ProposalId, proposal: all[input] as Proposal }
    problems.push(
      problem(
        'unknown-proposal',
        at,
        `there is no proposal \`${input}\`; proposals are: ${knownIds(Object.keys(all))}`,
      ),
    )
    return undefined
  }
  const id = Object.keys(all).find((k) => all[k] === input)
  if (id !== undefined) return { id: id as ProposalId, proposal: input }
  if (!Proposal.is(input)) {
    problems.push(
      problem(
        'invalid-proposal',
        at,
        'expected a proposal id or a proposal (title, date, tabledBy, terms, sources)',
      ),
    )
    return undefined
  }
  return { id: null, proposal: input }
}

/**
 * Deep-freezes a diff. Term entries and party effects are frozen as they are built, so the long lists (unchanged
 * ids, entries, effects) are frozen in one step each instead of being walked. Internal.
 *
 * @internal
 */
export const freezeDiff = (d: ProposalDiff): ProposalDiff => {
  Object.freeze(d.unchanged)
  Object.freeze(d.terms)
  if (d.parties !== null) for (const p of [...d.parties.principals, ...d.parties.others]) deepFreeze(p)
  return deepFreeze(d)
}

/**
 * The problems of a negotiation built in code whose collections, parties or issues are ill-formed (see
 * `documentShape`), as `invalid-document` problems: the diff refuses them at its entry. Internal.
 *
 * @internal
 */
export const documentProblems = (negotiation: Negotiation): DiffProblem[] =>
  documentShape(negotiation).map((p) => problem('invalid-document', p.at, p.message))

/**
 * The problems of a draft of the negotiation that is ill-formed (see `proposalShape`), as `invalid-proposal`
 * problems. Internal.
 *
 * @internal
 */
export const draftProblems = (p: unknown, id: string): DiffProblem[] =>
  proposalShape(p, `proposals.${id}`, id).map((x) => problem('invalid-proposal', x.at, x.message))

const refOf = (id: ProposalId | null, p: Proposal): ProposalRef => ({
  id,
  title: p.title,
  date: p.date,
  tabledBy: [...p.tabledBy].sort(compareText),
  sources: [...p.sources].sort(compareText),
})

/**
 * The diff without freezing: shared by `proposals` and `lineage`. Internal.
 *
 * @internal
 */
export const diffProposals = (
  negotiation: Negotiation,
  a: ProposalInput,
  b: ProposalInput,
  options: ProposalDiffOptions,
): E.Either<readonly DiffProblem[], ProposalDiff> => {
  const badDocument = documentProblems(negotiation)
  if (badDocument.length > 0) return E.left(badDocument)
  const problems: DiffProblem[] = []
  const ra = resolveProposal(negotiation, a, 'from', problems)
  const rb = resolveProposal(negotiation, b, 'to', problems)
  // drafts of the negotiation, each once (a draft passed as an object not in it was checked as a proposal)
  const ill = [...new Set([ra?.id, rb?.id])].flatMap((id) =>
    id == null ? [] : draftProblems(negotiation.proposals[id], id),
  )
  problems.push(...ill)
  if (options.mapping !== undefined) problems.push(...mappingProblems(negotiation, options.mapping))
  if (options.asOf !== undefined && !IsoDate.is(options.asOf))
    problems.push(
      problem('invalid-date', 'asOf', `\`${String(options.asOf)}\` is not a date; write it YYYY-MM-DD`),
    )
  for (const p of options.parties ?? []) {
    if (!hasOwn(negotiation.parties, p))
      problems.push(
        problem(
          'unknown-party',
          'parties',
          `there is no party \`${p}\`; parties are: ${knownIds(Object.keys(negotiation.parties))}`,
        ),
      )
  }
  const ctx = options.context
  if (ctx !== undefined && ctx.negotiation !== negotiation)
    problems.push(
      problem(
        'invalid-proposal',
        'context',
        'the context was prepared for another negotiation; build it with Diff.context from this one',
      ),
    )
  if (ctx !== undefined && options.asOf !== undefined && options.asOf !== ctx.asOf)
    problems.push(
      problem(
        'invalid-date',
        'asOf',
        `the context was prepared as of ${ctx.asOf}, not ${String(options.asOf)}; leave out asOf or prepare another context`,
      ),
    )
  if (ra === undefined || rb === undefined || ill.length > 0) return E.left(problems)
  const where = {
    a: ra.id === null ? 'from' : `proposals.${ra.id}`,
    b: rb.id === null ? 'to' : `proposals.${rb.id}`,
  }
  const pa = ra.proposal
  const pb = options.carryOver === true ? carriedOver(pa, rb.proposal, options.mapping) : rb.proposal
  let c: DiffContext | undefined
  if (options.impact !== false && problems.length === 0) {
    const built =
      ctx !== undefined
        ? E.right(ctx)
        : buildContext(negotiation, options.asOf ?? (pa.date > pb.date ? pa.date : pb.date), options.parties)
    if (E.isLeft(built)) problems.push(...built.left)
    else c = built.right
  }
  const sink = c === undefined ? undefined : sinkFor(c)
  const { terms, unchanged } = alignTerms(negotiation, pa, pb, options.mapping, where, problems, sink)
  if (problems.length > 0) return E.left(problems)

  const counts = { added: 0, removed: 0, changed: 0, unchanged: unchanged.length, reworded: 0, renumbered: 0 }
  for (const t of terms) {
    counts[t.status] += 1
    if (t.wording?.from != null && t.wording.to !== null) counts.reworded += 1
    if (t.point?.from != null && t.point.to !== null) counts.renumbered += 1
  }
  const parties = c === undefined || sink === undefined ? null : partyImpacts(c, sink, terms)
  const names = namesOf(negotiation)
  const basedOn =
    (pa.basedOn ?? null) === (pb.basedOn ?? null)
      ? null
      : { from: pa.basedOn ?? null, to: pb.basedOn ?? null }
  return E.right({
    from: refOf(ra.id, pa),
    to: refOf(rb.id, pb),
    terms,
    unchanged,
    counts,
    conditions: diffConditions(pa.conditions, pb.conditions, names),
    sequencing: diffConditions(pa.sequencing, pb.sequencing, names),
    basedOn,
    parties,
    sources: citedSources(negotiation, [
      pa.sources,
      pb.sources,
      ...terms.map((t) => t.sources),
      parties?.sources ?? [],
    ]),
  })
}

// The later draft with the earlier draft's terms it does not state (under the mapping, when there is one).
const carriedOver = (a: Proposal, b: Proposal, mapping: IssueMapping | undefined): Proposal => {
  const terms: Record<string, Proposal['terms'][IssueId]> = {}
  const tb = b.terms as Readonly<Record<string, Proposal['terms'][IssueId]>>
  for (const [k, t] of Object.entries(a.terms)) {
    const target = mapping !== undefined && hasOwn(mapping, k) ? (mapping[k] as string) : k
    if (!hasOwn(tb, target)) terms[target] = t
  }
  return { ...b, terms: { ...terms, ...tb } }
}

const namesOf = (negotiation: Negotiation): Names => ({
  issue: (id) => (hasOwn(negotiation.issues, id) ? negotiation.issues[id as IssueId] : undefined),
  party: (id) => (hasOwn(negotiation.parties, id) ? (negotiation.parties[id as PartyId]?.name ?? id) : id),
})

const citedSources = (
  negotiation: Negotiation,
  lists: readonly (readonly SourceId[])[],
): Record<string, SourceRef> => {
  const ids = new Set<string>()
  for (const l of lists) for (const s of l) ids.add(s)
  const out: Record<string, SourceRef> = {}
  const known = negotiation.sources as Readonly<Record<string, NonNullable<Negotiation['sources'][SourceId]>>>
  for (const id of [...ids].sort(compareText)) {
    const s = hasOwn(known, id) ? known[id] : undefined
    out[id] =
      s === undefined
        ? { title: id, url: null, publisher: null, published: null }
        : {
            title: s.title,
            url: s.url ?? null,
            publisher: s.publisher ?? null,
            published: s.published ?? null,
          }
  }
  return out
}
