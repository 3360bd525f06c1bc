/**
 * The nearest agreement: when no package is acceptable to every principal, the cheapest set of concessions that
 * opens a zone. A concession drops one constraint of one party — its red lines on an issue, its acceptable-set
 * limit, its reservation score on an issue, one condition, or its overall reservation utility — and costs the
 * issue's priority for that party (the reservation utility itself for the overall reservation). The search is
 * exact: a branch-and-bound over the constraints that exclude something, bounded below by what each issue alone
 * must concede (for each value, the cost of every constraint that forbids it; the cheapest value).
 *
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import { deepFreeze } from '../internal/freeze'
import type { Negotiation } from '../model/negotiation'
import { packageAt } from './blockers'
import type { Concession, NearestAgreement, Package, ZoneError, ZoneOptions } from './model'
import { withOptions } from './packages'
import { choicesOf, count, cursor, keep, none } from './search'
import { spaceOf, type Space } from './space'
import { fmt, list, packageText, valueText } from './text'

/** The most search steps before the search stops and reports its best find as not proven cheapest. */
const NODE_LIMIT = 200_000

/** The most equally cheap sets listed. */
const OPTION_LIMIT = 20

/** Per issue, relaxations are enumerated over at most this many constraints (4,096 subsets). */
const AXIS_RULE_LIMIT = 12

const EPS = 1e-9

/** One way to relax an issue's constraints: the rules dropped and their total cost. */
interface AxisOption {
  readonly rules: readonly number[]
  readonly cost: number
}

const opens = (space: Space, relaxed: Uint8Array): { ok: boolean; count: string } => {
  const kept = keep(space, relaxed)
  const c = count(space, kept)
  if (c !== undefined)
    return { ok: c.infinite || c.count > 0n, count: c.infinite ? 'infinite' : c.count.toString() }
  const cur = cursor(space, kept, choicesOf(space, kept, false))
  return { ok: cur.next(), count: 'unknown' }
}

/**
 * The useful relaxations of one issue: subsets of the rules that forbid something, leaving at least one value and
 * each rule in the subset needed for what it opens; cheapest first.
 */
const axisOptions = (space: Space, a: number): AxisOption[] | undefined => {
  const ids = space.rules
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.axis === a && r.allows.includes(0))
    .map(({ i }) => i)
  if (ids.length > AXIS_RULE_LIMIT) return undefined
  const n = space.axes[a]!.pieces.length
  const allowedBy = (mask: number): Uint8Array => {
    const m = new Uint8Array(n).fill(1)
    ids.forEach((id, k) => {
      if ((mask >>> k) & 1) return
      const r = space.rules[id]!
      for (let j = 0; j < n; j++) if (r.allows[j] === 0) m[j] = 0
    })
    return m
  }
  const same = (x: Uint8Array, y: Uint8Array): boolean => x.every((v, j) => v === y[j])
  const out: AxisOption[] = []
  for (let mask = 0; mask < 1 << ids.length; mask++) {
    const m = allowedBy(mask)
    if (!m.includes(1)) continue
    let needed = true
    for (let k = 0; k < ids.length && needed; k++)
      if ((mask >>> k) & 1 && same(allowedBy(mask & ~(1 << k)), m)) needed = false
    if (!needed) continue
    const rules = ids.filter((_, k) => (mask >>> k) & 1)
    out.push({ rules, cost: rules.reduce((c, id) => c + space.rules[id]!.weight, 0) })
  }
  return out.sort(
    (x, y) =>
      x.cost - y.cost || x.rules.length - y.rules.length || x.rules.join().localeCompare(y.rules.join()),
  )
}

const concessionOf = (space: Space, id: number): Concession => {
  const R = space.rules.length
  const L = space.links.length
  if (id < R) {
    const r = space.rules[id]!
    const axis = space.axes[r.axis]
    const name = space.names[r.party]!
    const label = axis?.label ?? r.evidence.issue
    const what =
      r.kind === 'red-line' && axis !== undefined
        ? `drops its red line on ${label} (${valueText(
            axis.domain,
            axis.pieces,
            r.allows.map((x) => 1 - x),
          )})`
        : r.kind === 'acceptable' && axis !== undefined
          ? `accepts more on ${label} than ${valueText(axis.domain, axis.pieces, r.allows)}`
          : r.kind === 'issue-reservation'
            ? `drops its reservation score on ${label}`
            : `drops its condition that ${r.text.replace(/^.*?'s (condition that |linkage: )/, '')}`
    return {
      party: space.parties[r.party]!,
      kind: r.kind,
      issue: axis?.issue ?? r.evidence.issue,
      cost: r.weight,
      evidence: r.evidence,
      explanation: `${name} ${what}, priority ${fmt(r.weight)}`,
    }
  }
  if (id < R + L) {
    const l = space.links[id - R]!
    return {
      party: space.parties[l.party]!,
      kind: 'condition',
      issue: space.axes[l.b]!.issue,
      cost: l.weight,
      evidence: l.evidence,
      explanation: `${space.names[l.party]!} drops its linkage (${l.text.replace(/^.*?'s linkage: /, '')}), priority ${fmt(l.weight)}`,
    }
  }
  const f = space.floors[id - R - L]!
  return {
    party: space.parties[f.party]!,
    kind: 'reservation',
    cost: f.weight,
    evidence: null,
    explanation: `${space.names[f.party]!} gives up its reservation utility of ${fmt(f.value)}`,
  }
}

const nearestOf = (
  negotiation: Negotiation,
  options: ZoneOptions,
): E.Either<readonly ZoneError[], NearestAgreement> => {
  const s = spaceOf(negotiation, options)
  if (E.isLeft(s)) return s
  const space = s.right
  const asOf = space.asOf === undefined ? {} : { asOf: space.asOf }
  const start = opens(space, none(space))
  if (start.ok)
    return E.right(
      deepFreeze({
        ...asOf,
        alreadyOpen: true,
        found: true,
        exact: true,
        truncated: false,
        cost: 0,
        options: [],
        explanation: `The zone is not empty (${start.count} packages acceptable to every principal); no concession is needed.`,
      }),
    )
  const R = space.rules.length
  const L = space.links.length
  const total = R + L + space.floors.length
  const perAxis: AxisOption[][] = []
  for (let a = 0; a < space.axes.length; a++) {
    const o = axisOptions(space, a)
    if (o === undefined)
      return E.left([
        {
          _tag: 'too-large',
          issue: space.axes[a]!.issue,
          message: `issue \`${space.axes[a]!.issue}\` carries more than ${String(AXIS_RULE_LIMIT)} constraints that exclude values; leave it out with \`issues\` to search for concessions`,
        },
      ])
    perAxis.push(o)
  }
  // the constraints that are not about one issue: linkages, broken settled conditions, reservation utilities
  const global = [
    ...space.rules.flatMap((r, i) => (r.axis < 0 ? [{ id: i, cost: r.weight }] : [])),
    ...space.links.flatMap((l, i) =>
      l.inA.includes(1) && l.inB.includes(0) ? [{ id: R + i, cost: l.weight }] : [],
    ),
    ...space.floors.map((f, i) => ({ id: R + L + i, cost: f.weight })),
  ]
  const globalSets: { ids: number[]; cost: number }[] = []
  for (let mask = 0; mask < 1 << Math.min(global.length, 16); mask++) {
    const picked = global.filter((_, k) => (mask >>> k) & 1)
    globalSets.push({ ids: picked.map((g) => g.id), cost: picked.reduce((c, g) => c + g.cost, 0) })
  }
  globalSets.sort((x, y) => x.cost - y.cost || x.ids.length - y.ids.length)
  // without global constraints, only issues whose zone is empty need concessions, and each independently
  const emptyNow = space.axes.map((_, a) => perAxis[a]![0]!.rules.length > 0)
  const order = space.axes.map((_, a) => a).filter((a) => emptyNow[a] || global.length > 0)
  order.sort(
    (x, y) => Number(emptyNow[y]) - Number(emptyNow[x]) || perAxis[x]!.length - perAxis[y]!.length || x - y,
  )
  const rest = new Float64Array(order.length + 1)
  for (let k = order.length - 1; k >= 0; k--) rest[k] = rest[k + 1]! + perAxis[order[k]!]![0]!.cost
  const lower = rest[0]!
  const relaxed = new Uint8Array(total)
  let best = Infinity
  let found: number[][] = []
  let nodes = 0
  let exact = true
  let truncated = false
  const record = (cost: number): void => {
    const set = [...relaxed.keys()].filter((i) => relaxed[i] === 1)
    if (cost < best - EPS) {
      best = cost
      found = [set]
      truncated = false
    } else if (found.length < OPTION_LIMIT) found.push(set)
    else truncated = true
  }
  const finish = (cost: number): void => {
    for (const g of globalSets) {
      if (cost + g.cost > best + EPS) return
      for (const id of g.ids) relaxed[id] = 1
      const ok = opens(space, relaxed).ok
      if (ok) record(cost + g.cost)
      for (const id of g.ids) relaxed[id] = 0
      if (ok) return
    }
  }
  const go = (k: number, cost: number): void => {
    if (!exact || (truncated && best <= lower + EPS)) return
    if (++nodes > NODE_LIMIT) {
      exact = false
      return
    }
    if (cost + rest[k]! > best + EPS) return
    if (k === order.length) return finish(cost)
    for (const o of perAxis[order[k]!]!) {
      if (cost + o.cost + rest[k + 1]! > best + EPS) break
      for (const id of o.rules) relaxed[id] = 1
      go(k + 1, cost + o.cost)
      for (const id of o.rules) relaxed[id] = 0
    }
  }
  go(0, 0)
  const minimal = found.filter(
    (s) => !found.some((t) => t !== s && t.length < s.length && t.every((x) => s.includes(x))),
  )
  const unique = [...new Map(minimal.map((s) => [s.join(','), s])).values()]
  const sortKey = (set: readonly number[]): string =>
    set
      .map((id) => concessionOf(space, id))
      .map((c) => `${c.party}\u0000${c.kind}\u0000${c.issue ?? ''}`)
      .sort()
      .join('\u0001')
  unique.sort(
    (a, b) => a.length - b.length || (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0),
  )
  const optionsOut = unique.map((set) => {
    const relaxed = new Uint8Array(total)
    for (const id of set) relaxed[id] = 1
    const kept = keep(space, relaxed)
    const c = opens(space, relaxed)
    const cur = cursor(space, kept, choicesOf(space, kept, false))
    const example: Package | null = cur.next() ? packageAt(space, cur.digits) : null
    const concessions = set
      .map((id) => concessionOf(space, id))
      .sort((a, b) =>
        a.party < b.party
          ? -1
          : a.party > b.party
            ? 1
            : a.kind < b.kind
              ? -1
              : a.kind > b.kind
                ? 1
                : (a.issue ?? '') < (b.issue ?? '')
                  ? -1
                  : 1,
      )
    const touched = new Set(concessions.flatMap((x) => (x.issue === undefined ? [] : [x.issue as string])))
    const shown =
      example === null
        ? null
        : Object.fromEntries(Object.entries(example).filter(([k]) => touched.size === 0 || touched.has(k)))
    const explanation = `If ${list(concessions.map((x) => x.explanation))}, the zone would contain ${c.count === 'infinite' ? 'infinitely many' : c.count} package${c.count === '1' ? '' : 's'}${shown === null ? '' : `, e.g. with ${packageText(negotiation, shown)}`} (total cost ${fmt(concessions.reduce((s, x) => s + x.cost, 0))}).`
    return { concessions, count: c.count, example, explanation }
  })
  const ok = optionsOut.length > 0
  const explanation = !ok
    ? `No set of concessions was found to open a zone${exact ? '' : ` within the search limit of ${String(NODE_LIMIT)} steps`}.`
    : `The cheapest concessions that open a zone cost ${fmt(best)}${exact ? '' : ' (the best found: the search stopped before proving it cheapest)'}. ${optionsOut[0]!.explanation}${optionsOut.length > 1 ? ` ${String(optionsOut.length - 1)}${truncated ? ' or more' : ''} other set${optionsOut.length > 2 || truncated ? 's' : ''} of concessions cost the same.` : ''}`
  return E.right(
    deepFreeze({
      ...asOf,
      alreadyOpen: false,
      found: ok,
      exact,
      truncated,
      cost: ok ? Math.round(best * 1e9) / 1e9 : 0,
      options: optionsOut,
      explanation,
    }),
  )
}

/**
 * When no package is acceptable to every principal, the cheapest sets of concessions that would open a zone: which
 * red lines, acceptable-set limits, reservation scores, conditions or reservation utilities of which principals to
 * drop, each costing the issue's priority for that party (its reservation utility for the overall reservation), the
 * total cost summed. Every cheapest set is reported (each minimal), with the zone it opens, an example package, and
 * a sentence. The search is exact (`exact: false` only if it stopped at its limit of 200,000 steps).
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Zone, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const doc = {
 *   format: 'negotiation-positions/1', title: 'Example', proposals: {}, events: [], sources: {},
 *   parties: { A: { name: 'Alpha', role: 'principal' }, B: { name: 'Beta', role: 'principal' } },
 *   issues: { x: { label: 'Border', category: 'territory', domain: { kind: 'choice', options: [
 *     { id: 'old', label: 'Old line' }, { id: 'new', label: 'New line' }] } } },
 *   positions: [
 *     { id: 'a', party: 'A', issue: 'x', asOf: '2025-01-01', sources: [], priority: 0.9, redLines: { kind: 'options', options: ['new'] } },
 *     { id: 'b', party: 'B', issue: 'x', asOf: '2025-01-01', sources: [], priority: 0.4, redLines: { kind: 'options', options: ['old'] } },
 *   ],
 * } as unknown as Negotiation
 * const near = Zone.nearestAgreement(doc)
 * assert.ok(E.isRight(near))
 * assert.strictEqual(near.right.cost, 0.4)
 * assert.strictEqual(near.right.options[0]!.concessions[0]!.party, 'B')
 */
export const nearestAgreement: {
  (options?: ZoneOptions): (negotiation: Negotiation) => E.Either<readonly ZoneError[], NearestAgreement>
  (negotiation: Negotiation, options?: ZoneOptions): E.Either<readonly ZoneError[], NearestAgreement>
} = withOptions(nearestOf) as never
