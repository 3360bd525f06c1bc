/**
 * The lineage of a draft: the chain of `basedOn` links from a draft back to its origin, with the diff at each step.
 * A chain that loops back on itself is cut where it would repeat, and the loop is reported.
 *
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import { dualWhen } from '../internal/function'
import { deepFreeze } from '../internal/freeze'
import type { ProposalId } from '../model/ids'
import type { Negotiation } from '../model/negotiation'
import type { Proposal } from '../model/proposal'
import { hasOwn } from '../internal/record'
import { type DiffProblem, knownIds, problem } from './problem'
import {
  type ProposalDiff,
  type ProposalDiffOptions,
  diffProposals,
  freezeDiff,
  documentProblems,
  draftProblems,
  isNegotiationLike,
} from './proposals'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * One draft in a lineage, with the diff from the draft it is based on (null for the origin).
 *
 * @category model
 * @since 0.1.0
 */
export interface LineageStep {
  readonly proposal: ProposalId
  readonly title: string
  readonly date: Proposal['date']
  readonly diff: ProposalDiff | null
}

/**
 * A draft's lineage, origin first and the draft itself last. `cycle` lists the drafts of a `basedOn` loop when the
 * chain has one (the chain stops before repeating); `missing` is a `basedOn` id the negotiation does not have (the
 * chain stops there).
 *
 * @category model
 * @since 0.1.0
 */
export interface Lineage {
  readonly proposal: ProposalId
  readonly steps: readonly LineageStep[]
  readonly cycle: readonly ProposalId[] | null
  readonly missing: ProposalId | null
}

/**
 * Options of a lineage: those of `Diff.proposals` but the mapping (each step is diffed as of its later draft's date
 * unless `asOf` is given).
 *
 * @category model
 * @since 0.1.0
 */
export type LineageOptions = Omit<ProposalDiffOptions, 'mapping'>

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * Follows `basedOn` from a draft back to its origin and diffs each step (parent → child), cycle-safe. Data-first
 * `lineage(negotiation, proposalId, options?)` or data-last `lineage(proposalId, options?)(negotiation)`.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Diff, Issues, type Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const draft = (date: string, value: boolean, basedOn?: string) => ({
 *   title: `Draft of ${date}`, date, tabledBy: [], sources: [], terms: { amnesty: { value } }, ...(basedOn ? { basedOn } : {}),
 * })
 * const negotiation = {
 *   format: 'negotiation-positions/1', title: 'Example', sources: {}, positions: [], events: [], parties: {},
 *   issues: { amnesty: Issues.flag('Amnesty', 'legal') },
 *   proposals: { v1: draft('2025-11-20', true), v2: draft('2025-11-23', false, 'v1'), v3: draft('2025-11-30', false, 'v2') },
 * } as unknown as Negotiation
 * const l = Diff.lineage(negotiation, 'v3')
 * assert.deepStrictEqual(E.map((x: Diff.Lineage) => x.steps.map((s) => s.proposal))(l), E.right(['v1', 'v2', 'v3']))
 */
export const lineage: {
  (
    proposal: ProposalId | string,
    options?: LineageOptions,
  ): (negotiation: Negotiation) => E.Either<readonly DiffProblem[], Lineage>
  (
    negotiation: Negotiation,
    proposal: ProposalId | string,
    options?: LineageOptions,
  ): E.Either<readonly DiffProblem[], Lineage>
} = dualWhen(
  (args) => isNegotiationLike(args[0]),
  (negotiation: Negotiation, proposal: ProposalId | string, options?: LineageOptions) => {
    const badDocument = documentProblems(negotiation)
    if (badDocument.length > 0) return E.left(badDocument)
    const all = negotiation.proposals as Readonly<Record<string, Proposal>>
    if (!hasOwn(all, proposal))
      return E.left([
        problem(
          'unknown-proposal',
          'proposal',
          `there is no proposal \`${proposal}\`; proposals are: ${knownIds(Object.keys(all))}`,
        ),
      ])
    // Walk back to the origin, stopping before any draft is visited twice.
    const chain: string[] = [proposal]
    const seen = new Set(chain)
    let cycle: readonly ProposalId[] | null = null
    let missing: ProposalId | null = null
    for (let parent = all[proposal]?.basedOn; parent !== undefined; parent = all[parent]?.basedOn) {
      if (seen.has(parent)) {
        cycle = chain.slice(chain.indexOf(parent)).reverse() as ProposalId[]
        break
      }
      if (!hasOwn(all, parent)) {
        missing = parent
        break
      }
      chain.push(parent)
      seen.add(parent)
    }
    chain.reverse()
    const ill = chain.flatMap((id) => draftProblems(all[id], id))
    if (ill.length > 0) return E.left(ill)
    const steps: LineageStep[] = []
    for (let i = 0; i < chain.length; i++) {
      const id = chain[i] as ProposalId
      const p = all[id] as Proposal
      let diff: ProposalDiff | null = null
      if (i > 0) {
        const d = diffProposals(negotiation, chain[i - 1] as ProposalId, id, options ?? {})
        if (E.isLeft(d)) return d
        diff = freezeDiff(d.right)
      }
      steps.push({ proposal: id, title: p.title, date: p.date, diff })
    }
    return E.right(deepFreeze({ proposal: proposal as ProposalId, steps, cycle, missing }))
  },
)
