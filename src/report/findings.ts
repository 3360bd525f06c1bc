/**
 * The deadlocks and zone sections: the deadlock findings as of the report's date with their evidence
 * (`Deadlock.detect`), and the agreement zone issue by issue and as packages, with the nearest agreement when there
 * is none and the Nash bargaining package when there is. Internal.
 *
 * @internal
 */
import { either as E } from 'fp-ts'
import { detect, type Finding, type FindingKind, KINDS } from '../deadlock'
import type { IsoDate } from '../model/date'
import { nearestAgreement, packages, pareto, perIssue, type ZoneError } from '../zone'
import type { Context } from './context'
import type { ConcessionRow, DeadlocksSection, IssueZoneRow, ZoneSection } from './model'
import { packageWords, setWords } from './words'

/** The most packages the report asks the Pareto analysis to score. @internal */
export const PARETO_LIMIT = 2_000_000

const zeroCounts = (): Record<FindingKind, number> =>
  Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<FindingKind, number>

/** @internal */
export const emptyDeadlocks = (notes: readonly string[]): DeadlocksSection => ({
  findings: [],
  counts: zeroCounts(),
  active: 0,
  notes,
})

/** What the deadlocks section says when detection ran and found nothing. @internal */
export const NO_DEADLOCK = 'No deadlock was found.'

/** @internal */
export const deadlocksSection = (ctx: Context): DeadlocksSection => {
  const r = detect(ctx.negotiation, ctx.asOf === undefined ? {} : { asOf: ctx.asOf })
  if (E.isLeft(r)) return emptyDeadlocks(r.left.map((e) => `Deadlocks could not be detected: ${e.message}`))
  const findings: readonly Finding[] = r.right
  const counts = zeroCounts()
  for (const f of findings) {
    counts[f.kind] += 1
    for (const e of f.evidence) ctx.cite(e.sources)
  }
  const active = findings.filter((f) => f.active).length
  return { findings, counts, active, notes: findings.length === 0 ? [NO_DEADLOCK] : [] }
}

/** @internal */
export const emptyZone = (notes: readonly string[]): ZoneSection => ({
  explanation: null,
  issues: [],
  settled: [],
  packages: null,
  nearest: null,
  bargaining: null,
  notes,
})

const messages = (what: string, errors: readonly ZoneError[]): string[] =>
  errors.map((e) => `${what}: ${e.message}`)

/** @internal */
export const zoneSection = (ctx: Context): ZoneSection => {
  const n = ctx.negotiation
  const asOf: IsoDate | undefined = ctx.asOf
  const options = asOf === undefined ? {} : { asOf }
  const notes: string[] = []
  const per = perIssue(n, asOf)
  if (E.isLeft(per)) return emptyZone(messages('The agreement zone could not be computed', per.left))
  const issues: IssueZoneRow[] = per.right.issues.map((z) => {
    const domain = n.issues[z.issue]?.domain
    return {
      issue: z.issue,
      label: z.label,
      empty: z.empty,
      zone: z.empty || domain === undefined ? 'nothing' : setWords(domain, z.zone),
      explanation: z.explanation,
    }
  })
  if (issues.length === 0) notes.push('There is no open issue on which to look for an agreement.')
  const pk = packages(n, { ...options, limit: 3 })
  let pkgs: ZoneSection['packages'] = null
  let nearest: ZoneSection['nearest'] = null
  let bargaining: ZoneSection['bargaining'] = null
  if (E.isLeft(pk)) notes.push(...messages('Whole packages could not be checked', pk.left))
  else {
    pkgs = {
      empty: pk.right.empty,
      count: pk.right.count,
      explanation: pk.right.explanation,
      examples: pk.right.examples.map((p) => packageWords(n, p)),
    }
    if (pk.right.empty) {
      const na = nearestAgreement(n, options)
      if (E.isLeft(na)) notes.push(...messages('The nearest agreement could not be found', na.left))
      else
        nearest = {
          found: na.right.found,
          exact: na.right.exact,
          cost: na.right.cost,
          explanation: na.right.explanation,
          options: na.right.options.map((o) => ({
            concessions: o.concessions.map((c): ConcessionRow => ({
              party: c.party,
              kind: c.kind,
              issue: c.issue ?? null,
              cost: c.cost,
              explanation: c.explanation,
              sources: ctx.cite(c.evidence?.sources ?? []),
            })),
            count: o.count,
            example: o.example === null ? null : packageWords(n, o.example),
          })),
        }
    } else if (issues.length > 0) {
      const pa = pareto(n, { ...options, limit: 3, maxPackages: PARETO_LIMIT })
      if (E.isLeft(pa)) notes.push(...messages('The bargaining points could not be computed', pa.left))
      else
        bargaining = {
          explanation: pa.right.explanation,
          nash: pa.right.nash.outcomes.map((o) => packageWords(n, o.package)),
        }
    }
  }
  return {
    explanation: per.right.explanation,
    issues,
    settled: per.right.settled,
    packages: pkgs,
    nearest,
    bargaining,
    notes,
  }
}
