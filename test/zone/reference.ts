/**
 * A brute-force reference for the agreement zone, written independently of src/zone: every package of the space is
 * enumerated into an object, each principal's acceptance comes from the public `Utility.utility` (red lines,
 * acceptable sets, reservation scores, reservation utility) plus the value conditions checked with `Values.contains`,
 * and the frontier and bargaining points come from pairwise comparisons with a tolerance of 1e-9.
 */
import { either as E } from 'fp-ts'
import {
  Positions,
  Utility,
  Values,
  type IssueId,
  type Negotiation,
  type PartyId,
  type Value,
} from '../../src'

export interface RefOutcome {
  readonly key: string
  readonly pkg: Readonly<Record<string, Value>>
  readonly u: readonly number[]
}

export interface Reference {
  readonly parties: readonly PartyId[]
  readonly acceptable: readonly RefOutcome[]
  readonly frontier: readonly RefOutcome[]
  readonly nash: { readonly value: number; readonly keys: ReadonlySet<string> }
  readonly ks: { readonly value: number; readonly keys: ReadonlySet<string> }
  readonly welfare: { readonly value: number; readonly keys: ReadonlySet<string> }
  readonly opposition: number
}

const TOL = 1e-9

/** Criteria within this distance of the best tie (the library documents the same). */
const TIE = 1e-8

/** A canonical key of a package: issues in id order, subsets as sorted lists. */
export const keyOf = (pkg: Readonly<Record<string, unknown>>): string =>
  JSON.stringify(
    Object.keys(pkg)
      .sort()
      .map((k) => [k, Array.isArray(pkg[k]) ? [...(pkg[k] as string[])].sort() : pkg[k]]),
  )

const valuesOf = (n: Negotiation, issue: IssueId, step: number | undefined): Value[] => {
  const d = n.issues[issue]!.domain
  switch (d.kind) {
    case 'choice':
      return d.options.map((o) => o.id)
    case 'flag':
      return [false, true]
    case 'subset':
      return Array.from({ length: 2 ** d.universe.length }, (_, m) =>
        d.universe.filter((_, j) => ((m >> j) & 1) === 1).map((o) => o.id),
      )
    case 'quantity': {
      const s = step ?? 1
      const out: number[] = []
      for (let x = d.min; x <= d.max + 1e-9; x += s) out.push(x)
      return out
    }
  }
}

const contains = (n: Negotiation, issue: IssueId, set: unknown, v: Value): boolean => {
  const r = Values.contains(n.issues[issue]!.domain, set as never, v as never)
  return E.isRight(r) && r.right
}

/** Whether every value condition of the party's stances holds for the package. */
const conditionsHold = (n: Negotiation, party: PartyId, pkg: Readonly<Record<string, Value>>): boolean =>
  Positions.all(n)
    .filter((s) => s.party === party)
    .every((s) =>
      (s.conditions ?? []).every((c) => {
        if (c.kind !== 'value') return true
        if (c.when !== undefined && !contains(n, c.when.issue, c.when.in, pkg[c.when.issue]!)) return true
        return contains(n, c.issue, c.in, pkg[c.issue]!)
      }),
    )

const dominates = (a: readonly number[], b: readonly number[]): boolean =>
  a.every((x, i) => x >= b[i]! - TOL) && a.some((x, i) => x > b[i]! + TOL)

const argmax = (
  xs: readonly RefOutcome[],
  f: (o: RefOutcome) => number,
): { value: number; keys: Set<string> } => {
  let best = -Infinity
  for (const o of xs) best = Math.max(best, f(o))
  return { value: best, keys: new Set(xs.filter((o) => f(o) >= best - TIE).map((o) => o.key)) }
}

/** Everything by brute force. */
export const reference = (n: Negotiation, discretize: Readonly<Record<string, number>> = {}): Reference => {
  const parties = (Object.keys(n.parties) as PartyId[])
    .filter((p) => n.parties[p]!.role === 'principal')
    .sort()
  const issues = (Object.keys(n.issues) as IssueId[]).sort()
  const lists = issues.map((i) => valuesOf(n, i, discretize[i]))
  const all: Record<string, Value>[] = [{}]
  issues.forEach((issue, a) => {
    const next: Record<string, Value>[] = []
    for (const p of all) for (const v of lists[a]!) next.push({ ...p, [issue]: v })
    all.splice(0, all.length, ...next)
  })
  const acceptable: RefOutcome[] = []
  for (const pkg of all) {
    const u: number[] = []
    let ok = true
    for (const party of parties) {
      const r = Utility.utility(n, party, pkg as Utility.Package)
      if (E.isLeft(r)) throw new Error(r.left.map((e) => e.message).join('; '))
      if (!r.right.acceptable || !conditionsHold(n, party, pkg)) ok = false
      u.push(r.right.utility)
    }
    if (ok) acceptable.push({ key: keyOf(pkg), pkg, u })
  }
  const frontier = acceptable.filter((o) => !acceptable.some((q) => dominates(q.u, o.u)))
  const d = parties.map((p) => n.parties[p]!.reservation ?? 0)
  const nash = argmax(frontier, (o) => o.u.reduce((x, u, i) => x * Math.max(0, u - d[i]!), 1))
  const best = parties.map((_, i) => Math.max(...frontier.map((o) => o.u[i]!)))
  const ks = argmax(frontier, (o) => {
    let m = Infinity
    o.u.forEach((u, i) => {
      const range = best[i]! - d[i]!
      if (range > TOL) m = Math.min(m, (u - d[i]!) / range)
    })
    return m === Infinity ? 1 : m
  })
  const welfare = argmax(acceptable, (o) => o.u.reduce((x, u) => x + u, 0))
  const opposition = Math.min(
    ...frontier.map((o) => Math.sqrt(o.u.reduce((s, u) => s + (1 - u) ** 2, 0)) / Math.sqrt(parties.length)),
  )
  return { parties, acceptable, frontier, nash, ks, welfare, opposition }
}
