/**
 * The conditions principals attach to their positions, read as constraints on packages. A value condition "`issue`
 * in `in`" restricts the party's acceptable packages; with `when` it is a linkage: "if `when.issue` is in
 * `when.in`, then `issue` is in `in`". A settled issue takes its agreed value. Conditions the zone cannot check on a
 * package (an order of steps, a condition in words, another party's acceptance when that party's consent is not
 * counted, or a linkage to an issue the package leaves open) are reported as unapplied. Internal.
 *
 * @internal
 */
import { either as E } from 'fp-ts'
import { contains, isEmpty } from '../algebra/value-set'
import type { Condition } from '../model/condition'
import type { ValueSet } from '../model/domain'
import type { IssueId, PartyId } from '../model/ids'
import type { Negotiation } from '../model/negotiation'
import type { Stance } from '../model/positions'
import type { Evidence, UnappliedCondition } from './model'
import type { Settlement } from './settled'
import { compareText } from '../internal/text'
import { evidenceOf, setText } from './text'

/**
 * A condition restricting one issue (`negate`: the issue must lie outside `set`); `issue` undefined when a
 * settlement already breaks the condition (nothing is allowed).
 *
 * @internal
 */
export interface ConditionRule {
  readonly party: number
  readonly issue: IssueId | undefined
  readonly set: ValueSet
  readonly negate: boolean
  readonly weight: number
  readonly evidence: Evidence
  readonly text: string
}

/**
 * A linkage between two issues of the package.
 *
 * @internal
 */
export interface ConditionLink {
  readonly party: number
  readonly when: IssueId
  readonly whenSet: ValueSet
  readonly then: IssueId
  readonly thenSet: ValueSet
  readonly weight: number
  readonly evidence: Evidence
  readonly text: string
}

/**
 * Everything read from the conditions.
 *
 * @internal
 */
export interface Conditions {
  readonly unary: readonly ConditionRule[]
  readonly links: readonly ConditionLink[]
  readonly sets: readonly { readonly issue: IssueId; readonly set: ValueSet }[]
  readonly unapplied: readonly UnappliedCondition[]
}

/** Adds another holder's records to the evidence of a condition stated more than once. */
const merge = (into: Evidence, from: Evidence): void => {
  const m = into as {
    positions: Evidence['positions']
    dates: Evidence['dates']
    sources: Evidence['sources']
  }
  m.positions = [...new Set([...into.positions, ...from.positions])]
  m.dates = [...new Set([...into.dates, ...from.dates])].sort()
  m.sources = [...new Set([...into.sources, ...from.sources])]
}

/**
 * Reads the conditions of every party's stances.
 *
 * @internal
 */
export const conditionsOf = (
  negotiation: Negotiation,
  parties: readonly PartyId[],
  stances: readonly (readonly Stance[])[],
  issues: readonly IssueId[],
  settled: ReadonlyMap<IssueId, Settlement>,
): Conditions => {
  const unary: ConditionRule[] = []
  const links: ConditionLink[] = []
  const sets: { issue: IssueId; set: ValueSet }[] = []
  const unapplied: UnappliedCondition[] = []
  const inPackage = new Set<string>(issues)
  const label = (i: IssueId): string => negotiation.issues[i]?.label ?? i
  const valid = (i: IssueId, set: ValueSet): boolean => {
    const issue = negotiation.issues[i]
    return issue !== undefined && E.isRight(isEmpty(issue.domain, set as never))
  }
  const holds = (i: IssueId, set: ValueSet, s: Settlement): boolean => {
    const r = contains(negotiation.issues[i]!.domain, set as never, s.value as never)
    return E.isRight(r) && r.right
  }
  stances.forEach((list, p) => {
    const name = negotiation.parties[parties[p]!]!.name
    const seen = new Map<string, { evidence: Evidence }>()
    const keyOf = (c: Condition): string => JSON.stringify(c.kind === 'value' ? [c.issue, c.in, c.when] : c)
    // A condition stated on several of the party's issues is one condition; dropping it drops it from each, so it
    // costs the sum of those issues' priorities (summed in order of size, so that the order of issues cannot
    // change the total).
    const priorities = new Map<string, number[]>()
    for (const s of list)
      for (const c of new Set((s.conditions ?? []).map(keyOf))) {
        const ps = priorities.get(c) ?? []
        ps.push(s.priority ?? 0.5)
        priorities.set(c, ps)
      }
    const costOf = (key: string): number =>
      (priorities.get(key) ?? [])
        .slice()
        .sort((a, b) => a - b)
        .reduce((x, y) => x + y, 0)
    // A condition stated on several stances is read from the first, by issue label (ids only between equal
    // labels), so that which issue its evidence names, and the order of its positions, do not follow the ids.
    const byLabel = [...list].sort(
      (a, b) => compareText(label(a.issue), label(b.issue)) || compareText(a.issue, b.issue),
    )
    for (const s of byLabel) {
      const stated = evidenceOf(s, ['conditions'])
      for (const c of s.conditions ?? []) {
        const key = keyOf(c)
        const weight = costOf(key)
        const prior = seen.get(key)
        if (prior !== undefined) {
          merge(prior.evidence, stated)
          continue
        }
        // each condition its own evidence: another stance that states it too adds its records to this one only
        const evidence: Evidence = { ...stated }
        seen.set(key, { evidence })
        const skip = (kind: UnappliedCondition['kind'], explanation: string): void => {
          unapplied.push({ party: parties[p]!, issue: s.issue, kind, evidence, explanation })
        }
        switch (c.kind) {
          case 'sequence':
            skip(
              'sequence',
              `${name}'s condition that ${label(c.first)} come before ${label(c.then)} is about the order of steps, which a package does not fix.`,
            )
            continue
          case 'other':
            skip('other', `${name}'s condition "${c.text}" is in words and cannot be checked on a package.`)
            continue
          case 'acceptance':
            if (!parties.includes(c.party))
              skip(
                'acceptance',
                `${name} also requires ${negotiation.parties[c.party]?.name ?? c.party}'s acceptance, whose consent the zone does not count.`,
              )
            continue
          case 'value':
            break
        }
        const then = c.issue
        if (!valid(then, c.in) || (c.when !== undefined && !valid(c.when.issue, c.when.in))) {
          skip(
            'value',
            `${name}'s condition on ${label(then)} names a set that does not fit its issue; it is left out.`,
          )
          continue
        }
        const thenText = `${label(then)} is ${setText(negotiation.issues[then]!.domain, c.in)}`
        const restrict = (text: string): void => {
          if (inPackage.has(then)) {
            unary.push({ party: p, issue: then, set: c.in, negate: false, weight, evidence, text })
            sets.push({ issue: then, set: c.in })
          } else if (settled.has(then)) {
            if (!holds(then, c.in, settled.get(then)!))
              unary.push({
                party: p,
                issue: undefined,
                set: c.in,
                negate: false,
                weight,
                evidence,
                text: `${text} (already settled otherwise)`,
              })
          } else
            skip('value', `${text}: the package leaves ${label(then)} open, so the condition is not applied.`)
        }
        if (c.when === undefined) {
          restrict(`${name}'s condition that ${thenText}`)
          continue
        }
        const when = c.when
        const whenText = `${label(when.issue)} is ${setText(negotiation.issues[when.issue]!.domain, when.in)}`
        const text = `${name}'s linkage: if ${whenText}, then ${thenText}`
        if (inPackage.has(when.issue) && inPackage.has(then)) {
          links.push({
            party: p,
            when: when.issue,
            whenSet: when.in,
            then,
            thenSet: c.in,
            weight,
            evidence,
            text,
          })
          sets.push({ issue: when.issue, set: when.in }, { issue: then, set: c.in })
        } else if (settled.has(when.issue)) {
          if (holds(when.issue, when.in, settled.get(when.issue)!)) restrict(text)
        } else if (!inPackage.has(when.issue)) {
          skip(
            'value',
            `${text}: the package leaves ${label(when.issue)} open, so the linkage is not applied.`,
          )
        } else if (settled.has(then)) {
          if (!holds(then, c.in, settled.get(then)!)) {
            unary.push({ party: p, issue: when.issue, set: when.in, negate: true, weight, evidence, text })
            sets.push({ issue: when.issue, set: when.in })
          }
        } else
          skip('value', `${text}: the package leaves ${label(then)} open, so the linkage is not applied.`)
      }
    }
  })
  return { unary, links, sets, unapplied }
}
