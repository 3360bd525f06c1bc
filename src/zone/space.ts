/**
 * The package space of a negotiation, compiled for search: the issues a package decides (axes of pieces), each
 * principal's utility as integer units per piece, and every constraint a principal holds — red lines, acceptable
 * sets and reservation scores per issue, value conditions (unary, or linkage between two issues), and the overall
 * reservation utility — each with its evidence and its cost if dropped. Internal.
 *
 * @internal
 */
import { either as E, option as O } from 'fp-ts'
import { compile, type Compiled } from '../algebra/utility'
import { contains } from '../algebra/value-set'
import type { IsoDate } from '../model/date'
import type { Value, ValueSet } from '../model/domain'
import type { IssueId, PartyId } from '../model/ids'
import type { Negotiation } from '../model/negotiation'
import { domainProblems } from '../model/check-values'
import { isDate, negotiationShape, shown } from '../model/shape'
import * as Positions from '../model/positions'
import { axisOf, endsOf, type Axis } from './axes'
import { conditionsOf, type ConditionLink } from './conditions'
import type { Evidence, QuantityHandling, UnappliedCondition, ZoneError, ZoneOptions } from './model'
import { openIssues, settlements, type Settlement } from './settled'
import { UNITS } from './skyline'
import { evidenceOf, fmt, valueText } from './text'
import { compareText } from '../internal/text'
import { hasOwn } from '../internal/record'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A constraint on one issue held by one party: which pieces it allows. `axis` is -1 for a condition on a settled
 * issue that the settlement already breaks (it allows nothing).
 *
 * @internal
 */
export interface Rule {
  readonly party: number
  readonly axis: number
  readonly kind: 'red-line' | 'acceptable' | 'issue-reservation' | 'condition'
  readonly allows: Uint8Array
  readonly weight: number
  readonly evidence: Evidence
  readonly text: string
}

/**
 * A linkage held by one party: a package with issue `a` in `inA` must have issue `b` in `inB`.
 *
 * @internal
 */
export interface Link {
  readonly party: number
  readonly a: number
  readonly inA: Uint8Array
  readonly b: number
  readonly inB: Uint8Array
  readonly weight: number
  readonly evidence: Evidence
  readonly text: string
}

/**
 * A party's overall reservation utility, in units: a package is acceptable when its utility, rounded to units, is at
 * least `units`.
 *
 * @internal
 */
export interface Floor {
  readonly party: number
  readonly value: number
  readonly units: number
  readonly weight: number
  readonly text: string
}

/**
 * The compiled space. `gain[p][a][j]` is party p's utility from piece j of axis a, in units (not rounded); a
 * package's utility is `base[p]` plus the gains of its pieces, rounded to a whole number of units. Constraint ids run over `rules`, then `links`, then `floors`.
 *
 * @internal
 */
export interface Space {
  readonly asOf?: IsoDate
  readonly parties: readonly PartyId[]
  readonly names: readonly string[]
  readonly axes: readonly Axis[]
  readonly base: Float64Array
  readonly gain: readonly (readonly Float64Array[])[]
  readonly gainLo: readonly (readonly Float64Array[])[]
  readonly gainHi: readonly (readonly Float64Array[])[]
  readonly rules: readonly Rule[]
  readonly links: readonly Link[]
  readonly floors: readonly Floor[]
  readonly settled: ReadonlyMap<IssueId, Settlement>
  readonly unapplied: readonly UnappliedCondition[]
  readonly quantities: readonly QuantityHandling[]
}

const member = (axis: Axis, set: ValueSet): Uint8Array =>
  Uint8Array.from(axis.pieces, (p) => {
    const r = contains(axis.domain, set as never, p.value as never)
    return E.isRight(r) && r.right ? 1 : 0
  })

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * The principals (or `options.parties`) in id order, or an error naming an unknown party.
 *
 * @internal
 */
export const partiesOf = (
  negotiation: Negotiation,
  options: ZoneOptions,
): E.Either<ZoneError[], PartyId[]> => {
  if (options.parties !== undefined) {
    const unknown = options.parties.filter((p) => !hasOwn(negotiation.parties, p))
    if (unknown.length > 0)
      return E.left(
        unknown.map((p) => ({
          _tag: 'unknown-party' as const,
          party: p,
          message: `the negotiation has no party \`${p}\`; parties are: ${Object.keys(negotiation.parties).sort(compareText).join(', ')}`,
        })),
      )
    return E.right([...new Set(options.parties)].sort(compareText))
  }
  const principals = (Object.keys(negotiation.parties) as PartyId[])
    .filter((p) => negotiation.parties[p]!.role === 'principal')
    .sort(compareText)
  return principals.length === 0
    ? E.left([
        {
          _tag: 'bad-option',
          message: 'the negotiation has no principal; name the parties whose consent counts with `parties`',
        },
      ])
    : E.right(principals)
}

/**
 * The problems of a negotiation built in code that the zone cannot read (see `negotiationShape`: a missing collection,
 * a party of no known role, a position of an unknown party, a date that is not one), and of an `asOf` that is not
 * a date. Asked first, so that nothing later reads an ill-formed document.
 *
 * @internal
 */
export const shapeErrors = (negotiation: Negotiation, asOf: unknown): ZoneError[] => [
  ...(asOf === undefined || isDate(asOf)
    ? []
    : [
        {
          _tag: 'bad-option' as const,
          message: `\`asOf\` is ${shown(asOf)}, not a date; write it YYYY-MM-DD`,
        },
      ]),
  ...negotiationShape(negotiation).map(({ message }) => ({ _tag: 'bad-document' as const, message })),
]

/**
 * The problems of the domains of these issues (all known to the negotiation): see `domainProblems`.
 *
 * @internal
 */
export const domainErrors = (negotiation: Negotiation, issues: readonly IssueId[]): ZoneError[] =>
  domainProblems(negotiation.issues, issues).map(({ issue, message }) => ({
    _tag: 'bad-domain',
    issue: issue as IssueId,
    message,
  }))

/**
 * Compiles the package space of a negotiation, or every problem found.
 *
 * @internal
 */
export const spaceOf = (
  negotiation: Negotiation,
  options: ZoneOptions = {},
): E.Either<readonly ZoneError[], Space> => {
  const shape = shapeErrors(negotiation, options.asOf)
  if (shape.length > 0) return E.left(shape)
  const ps = partiesOf(negotiation, options)
  if (E.isLeft(ps)) return ps
  const parties = ps.right
  const asOf = options.asOf
  const settled = settlements(negotiation, parties, asOf)
  const errors: ZoneError[] = []
  const issues =
    options.issues === undefined
      ? openIssues(negotiation, settled)
      : [...new Set(options.issues)].sort(compareText)
  for (const i of issues)
    if (!hasOwn(negotiation.issues, i))
      errors.push({ _tag: 'unknown-issue', issue: i, message: `the negotiation has no issue \`${i}\`` })
  errors.push(
    ...domainErrors(
      negotiation,
      issues.filter((i) => hasOwn(negotiation.issues, i)),
    ),
  )
  for (const [k, step] of Object.entries(options.discretize ?? {})) {
    const d = hasOwn(negotiation.issues, k) ? negotiation.issues[k as IssueId]!.domain : undefined
    if (d?.kind !== 'quantity')
      errors.push({
        _tag: 'bad-option',
        issue: k as IssueId,
        message: `\`discretize\` names \`${k}\`, which is not a quantity issue`,
      })
    else if (!(step > 0))
      errors.push({
        _tag: 'bad-option',
        issue: k as IssueId,
        message: `the step for \`${k}\` must be a positive number`,
      })
  }
  if (errors.length > 0) return E.left(errors)
  const compiled: Compiled[] = []
  for (const p of parties) {
    const c = compile(negotiation, p, asOf)
    if (E.isLeft(c))
      errors.push(
        ...c.left.map((e) => ({
          _tag: 'algebra' as const,
          message: e.message,
          ...(e.issue === undefined ? {} : { issue: e.issue }),
          party: p,
        })),
      )
    else compiled.push(c.right)
  }
  if (errors.length > 0) return E.left(errors)
  const stances = parties.map((p) => Positions.all(negotiation, asOf).filter((s) => s.party === p))
  const conditions = conditionsOf(negotiation, parties, stances, issues, settled)
  const axes: Axis[] = []
  for (const issue of issues) {
    const def = negotiation.issues[issue]!
    const extra = conditions.sets.filter((s) => s.issue === issue).flatMap((s) => endsOf(s.set))
    const a = axisOf(issue, def.label, def.domain, compiled, options.discretize?.[issue], extra)
    if (E.isLeft(a)) errors.push(a.left)
    else axes.push(a.right)
  }
  if (errors.length > 0) return E.left(errors)
  const axisIndex = new Map(axes.map((a, i) => [a.issue as string, i]))
  const names = parties.map((p) => negotiation.parties[p]!.name)
  // utilities in units
  const base = new Float64Array(parties.length)
  const gain: Float64Array[][] = []
  const gainLo: Float64Array[][] = []
  const gainHi: Float64Array[][] = []
  compiled.forEach((c, p) => {
    const slot = (issue: IssueId): number => c.issues.indexOf(issue)
    const stated = new Set(Array.from(c.stated, (k) => c.issues[k] as string))
    const cover = axes.reduce((s, a) => (stated.has(a.issue) ? s + c.weights[slot(a.issue)]! : s), 0)
    if (cover <= 0) base[p] = UNITS
    const scale = (a: Axis): number =>
      cover > 0 && stated.has(a.issue) ? c.weights[slot(a.issue)]! / cover : 0
    const units = (xs: Float64Array, w: number): Float64Array =>
      Float64Array.from(xs, (x) => (Number.isNaN(x) ? NaN : w * x * UNITS))
    gain.push(axes.map((a) => units(a.score[p]!, scale(a))))
    gainLo.push(axes.map((a) => units(a.scoreLo[p]!, scale(a))))
    gainHi.push(axes.map((a) => units(a.scoreHi[p]!, scale(a))))
  })
  // per-issue rules
  const rules: Rule[] = []
  parties.forEach((party, p) => {
    axes.forEach((axis, a) => {
      const s = O.toUndefined(Positions.at(negotiation, party, axis.issue, asOf))
      if (s === undefined) return
      const weight = s.priority ?? 0.5
      const push = (
        kind: Rule['kind'],
        field: 'redLines' | 'acceptable' | 'reservation',
        allows: Uint8Array,
        text: string,
      ): void => {
        rules.push({ party: p, axis: a, kind, allows, weight, evidence: evidenceOf(s, [field]), text })
      }
      if (s.redLines !== undefined) {
        const inRed = member(axis, s.redLines)
        push(
          'red-line',
          'redLines',
          inRed.map((x) => 1 - x),
          `${names[p]!}'s red line on ${axis.label} (${valueText(axis.domain, axis.pieces, inRed)})`,
        )
      }
      if (s.acceptable !== undefined)
        push(
          'acceptable',
          'acceptable',
          member(axis, s.acceptable),
          `${names[p]!}'s limit on ${axis.label} (acceptable: ${valueText(axis.domain, axis.pieces, member(axis, s.acceptable))})`,
        )
      if (s.reservation !== undefined) {
        const r = s.reservation
        push(
          'issue-reservation',
          'reservation',
          Uint8Array.from(axis.score[p]!, (x) => (x >= r ? 1 : 0)),
          `${names[p]!}'s reservation score of ${fmt(r)} on ${axis.label}`,
        )
      }
    })
  })
  for (const u of conditions.unary) {
    const a = u.issue === undefined ? -1 : (axisIndex.get(u.issue) ?? -1)
    const axis = axes[a]
    const allows =
      axis === undefined ? new Uint8Array(0) : member(axis, u.set).map((x) => (u.negate ? 1 - x : x))
    rules.push({
      party: u.party,
      axis: a,
      kind: 'condition',
      allows,
      weight: u.weight,
      evidence: u.evidence,
      text: u.text,
    })
  }
  const links: Link[] = conditions.links.map((l: ConditionLink) => {
    const a = axisIndex.get(l.when)!
    const b = axisIndex.get(l.then)!
    return {
      party: l.party,
      a,
      inA: member(axes[a]!, l.whenSet),
      b,
      inB: member(axes[b]!, l.thenSet),
      weight: l.weight,
      evidence: l.evidence,
      text: l.text,
    }
  })
  const floors: Floor[] = []
  compiled.forEach((c, p) => {
    if (c.reservation > 0)
      floors.push({
        party: p,
        value: c.reservation,
        units: Math.round(c.reservation * UNITS),
        weight: c.reservation,
        text: `${names[p]!}'s reservation utility of ${fmt(c.reservation)} (what it gets with no deal)`,
      })
  })
  const quantities: QuantityHandling[] = axes
    .filter((a) => a.domain.kind === 'quantity')
    .map((a) => {
      const values = a.pieces.filter((x) => x.point).map((x) => x.value as number)
      return a.step === undefined
        ? {
            issue: a.issue,
            handling: 'exact' as const,
            values,
            explanation: `${a.label} is handled exactly as ranges; packages are listed at its critical values (${values.join(', ')}), between which every party's score changes linearly.`,
          }
        : {
            issue: a.issue,
            handling: 'discretized' as const,
            step: a.step,
            values,
            explanation: `${a.label} takes only ${values.length === 1 ? `the value ${String(values[0])}` : `the ${String(values.length)} values from ${String(values[0])} in steps of ${String(a.step)}`}, as asked.`,
          }
    })
  return E.right({
    ...(asOf === undefined ? {} : { asOf }),
    parties,
    names,
    axes,
    base,
    gain,
    gainLo,
    gainHi,
    rules,
    links,
    floors,
    settled,
    unapplied: conditions.unapplied,
    quantities,
  })
}

/**
 * The value of a settled issue, for conditions that refer to it.
 *
 * @internal
 */
export const settledValue = (space: Space, issue: IssueId): Value | undefined =>
  space.settled.get(issue)?.value
