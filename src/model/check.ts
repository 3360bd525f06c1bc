/**
 * The third loading pass, meaning: on a document whose structure is right, checks that every id it refers to exists,
 * that every value lies in its issue's domain, that ids are unique where they must be, and that the history holds
 * together (no response before its proposal was tabled, no end before a start, no draft based on a later one or on
 * itself). Every problem is reported at once, each with a path and a sentence that names the fix.
 *
 * @internal
 * @since 0.1.0
 */
import { checkConditions, type Scope } from './check-conditions'
import { type Context, makeContext } from './check-context'
import { checkHistory } from './check-history'
import { type Sink, checkDomain, checkValuation, checkValue, checkValueSet } from './check-values'
import type { Domain } from './domain'
import { type DecodeIssue, type PathSegments, makeIssue } from './errors'
import { contains } from './membership'
import type { Negotiation } from './negotiation'

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

const checkIssues = (ctx: Context, domains: Map<string, Domain>): void => {
  for (const [id, issue] of Object.entries(ctx.doc.issues))
    if (checkDomain(id, issue.domain, ['issues', id, 'domain'], ctx.sink)) domains.set(id, issue.domain)
}

const checkSources = (ctx: Context, sources: ReadonlyArray<string> | undefined, path: PathSegments): void =>
  (sources ?? []).forEach((s, j) => void ctx.refer('source', s, [...path, j]))

const checkPositions = (ctx: Context): void => {
  const seen = new Map<string, number>()
  const noScope: Scope = {}
  ctx.doc.positions.forEach((p, i) => {
    const path: PathSegments = ['positions', i]
    const first = seen.get(p.id)
    if (first === undefined) seen.set(p.id, i)
    else
      ctx.sink(
        [...path, 'id'],
        'duplicate-id',
        `position id \`${p.id}\` is already used by positions[${String(first)}]; give each position its own id`,
        p.id,
      )
    ctx.refer('party', p.party, [...path, 'party'])
    const issueKnown = ctx.refer('issue', p.issue, [...path, 'issue'])
    checkSources(ctx, p.sources, [...path, 'sources'])
    if (p.event !== undefined) ctx.refer('event', p.event, [...path, 'event'])
    const d = issueKnown ? ctx.domains.get(p.issue) : undefined
    if (d !== undefined) {
      const idealOk = p.ideal !== undefined && checkValue(p.issue, d, p.ideal, [...path, 'ideal'], ctx.sink)
      if (p.acceptable !== undefined)
        checkValueSet(p.issue, d, p.acceptable, [...path, 'acceptable'], ctx.sink)
      const redOk =
        p.redLines !== undefined && checkValueSet(p.issue, d, p.redLines, [...path, 'redLines'], ctx.sink)
      if (p.valuation !== undefined) checkValuation(p.issue, d, p.valuation, [...path, 'valuation'], ctx.sink)
      if (
        idealOk &&
        redOk &&
        p.ideal !== undefined &&
        p.redLines !== undefined &&
        contains(p.redLines, p.ideal)
      )
        ctx.sink(
          [...path, 'ideal'],
          'contradiction',
          `the ideal of \`${p.party}\` on \`${p.issue}\` lies inside its own red lines; a party cannot most want what it will never accept — fix \`ideal\` or \`redLines\``,
          p.ideal,
        )
    }
    checkConditions(ctx, p.conditions, [...path, 'conditions'], noScope)
  })
}

const checkProposals = (ctx: Context): void => {
  for (const [id, p] of Object.entries(ctx.doc.proposals)) {
    const path: PathSegments = ['proposals', id]
    p.tabledBy.forEach((party, j) => void ctx.refer('party', party, [...path, 'tabledBy', j]))
    checkSources(ctx, p.sources, [...path, 'sources'])
    for (const [issue, term] of Object.entries(p.terms)) {
      const at: PathSegments = [...path, 'terms', issue]
      if (ctx.refer('issue', issue, at)) {
        const d = ctx.domains.get(issue)
        if (d !== undefined) checkValue(issue, d, term.value, [...at, 'value'], ctx.sink)
      }
      checkSources(ctx, term.sources, [...at, 'sources'])
    }
    if (p.basedOn !== undefined) ctx.refer('proposal', p.basedOn, [...path, 'basedOn'])
    checkConditions(ctx, p.conditions, [...path, 'conditions'], { proposal: id })
    checkConditions(ctx, p.sequencing, [...path, 'sequencing'], { proposal: id })
  }
}

/**
 * Runs every semantic check on a structurally valid document and returns the problems found, unsorted.
 *
 * @category checks
 * @since 0.1.0
 */
export const checkDocument = (doc: Negotiation): ReadonlyArray<DecodeIssue> => {
  const out: DecodeIssue[] = []
  const sink: Sink = (path, code, message, actual) =>
    void out.push(makeIssue(path, code, message, actual === undefined ? {} : { actual }))
  const domains = new Map<string, Domain>()
  const ctx = makeContext(doc, sink, domains)
  checkIssues(ctx, domains)
  checkPositions(ctx)
  checkProposals(ctx)
  checkHistory(ctx)
  return out
}
