/**
 * Semantic checks of conditions wherever they appear (positions, proposals and their sequencing, responses), at every
 * depth: the issues, parties and proposals they name exist, their value sets fit the issue's domain, and the terms
 * they qualify are terms of the proposal in question.
 *
 * @internal
 * @since 0.1.0
 */
import type { Context } from './check-context'
import { checkValueSet } from './check-values'
import type { Condition } from './condition'
import type { ValueSet } from './domain'
import type { PathSegments } from './errors'
import { listOf } from './suggest'
import { hasOwn } from '../internal/record'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Where a condition stands: inside a proposal or a response to one (its terms are then the terms it can qualify).
 *
 * @category checks
 * @since 0.1.0
 */
export interface Scope {
  readonly proposal?: string
}

// -------------------------------------------------------------------------------------
// checks
// -------------------------------------------------------------------------------------

/**
 * Checks that `issue` exists and, when `proposal` is a known proposal, that it is one of its terms.
 *
 * @category checks
 * @since 0.1.0
 */
export const checkTermRef = (
  ctx: Context,
  issue: string,
  path: PathSegments,
  proposal: string | undefined,
): boolean => {
  if (!ctx.refer('issue', issue, path)) return false
  const p =
    proposal === undefined || !hasOwn(ctx.doc.proposals, proposal)
      ? undefined
      : ctx.doc.proposals[proposal as keyof typeof ctx.doc.proposals]
  if (p === undefined || hasOwn(p.terms, issue)) return true
  ctx.sink(
    path,
    'unknown-reference',
    `proposal \`${String(proposal)}\` has no term on issue \`${issue}\`; its terms are: ${listOf(Object.keys(p.terms))}`,
    issue,
  )
  return false
}

const checkIn = (ctx: Context, issue: string, set: ValueSet, path: PathSegments): void => {
  if (!ctx.refer('issue', issue, path.slice(0, -1).concat('issue'))) return
  const d = ctx.domains.get(issue)
  if (d !== undefined) checkValueSet(issue, d, set, path, ctx.sink)
}

const checkCondition = (ctx: Context, c: Condition, path: PathSegments, scope: Scope): void => {
  ;(c.appliesTo ?? []).forEach((x, j) => void checkTermRef(ctx, x, [...path, 'appliesTo', j], scope.proposal))
  switch (c.kind) {
    case 'value':
      checkIn(ctx, c.issue, c.in, [...path, 'in'])
      if (c.when !== undefined) checkIn(ctx, c.when.issue, c.when.in, [...path, 'when', 'in'])
      return
    case 'acceptance': {
      ctx.refer('party', c.party, [...path, 'party'])
      const proposalKnown =
        c.proposal === undefined || ctx.refer('proposal', c.proposal, [...path, 'proposal'])
      const of = c.proposal ?? scope.proposal
      ;(c.issues ?? []).forEach(
        (x, j) => void checkTermRef(ctx, x, [...path, 'issues', j], proposalKnown ? of : undefined),
      )
      return
    }
    case 'sequence': {
      const first = ctx.refer('issue', c.first, [...path, 'first'])
      const then = ctx.refer('issue', c.then, [...path, 'then'])
      if (c.by !== undefined) ctx.refer('party', c.by, [...path, 'by'])
      if (first && then && c.first === c.then)
        ctx.sink(
          [...path, 'then'],
          'semantic',
          `a sequence needs two different issues, but \`first\` and \`then\` are both \`${c.then}\`; name the step that comes after`,
          c.then,
        )
      return
    }
    case 'other':
      return
  }
}

/**
 * Checks a list of conditions (absent is fine).
 *
 * @category checks
 * @since 0.1.0
 */
export const checkConditions = (
  ctx: Context,
  conditions: ReadonlyArray<Condition> | undefined,
  path: PathSegments,
  scope: Scope,
): void => (conditions ?? []).forEach((c, j) => checkCondition(ctx, c, [...path, j], scope))
