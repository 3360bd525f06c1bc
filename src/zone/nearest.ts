/**
 * The nearest agreement: when no package is acceptable to every principal, the cheapest set of concessions that
 * opens a zone. A concession drops one constraint of one party — its red lines on an issue, its acceptable-set
 * limit, its reservation score on an issue, one condition, or its overall reservation utility — and costs the
 * issue's priority for that party (the reservation utility itself for the overall reservation). The search is
 * exact: a branch-and-bound over the constraints that exclude something, bounded below by what each issue alone
 * must concede (for each value, the cost of every constraint that forbids it; the cheapest value). Every set of the
 * least cost is kept (up to 10,000), then ordered by what it is, not by ids (see `ties.ts`).
 *
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import { deepFreeze } from '../internal/freeze'
import { ownedPart } from '../internal/text'
import type { Negotiation } from '../model/negotiation'
import { packageAt } from './blockers'
import type { Concession, NearestAgreement, Package, ZoneError, ZoneOptions } from './model'
import { withOptions } from './packages'
import { choicesOf, count, cursor, keep, none } from './search'
import { spaceOf, type Space } from './space'
import { fmt, list, packageText, valueText } from './text'
import { byConcession, byTie, tiesText, type Block, type Names, type Tie } from './ties'

/** The most search steps before the search stops and reports its best find as not proven cheapest. */
const NODE_LIMIT = 200_000

/** The most equally cheap sets listed, unless the `limit` option says otherwise. */
const OPTION_LIMIT = 20

/** The most equally cheap sets counted; past it, `tiesComplete` is false. */
const TIE_LIMIT = 10_000

/** The most constraints spanning several issues (linkages, reservation utilities) the search combines. */
const GLOBAL_LIMIT = 16

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
            : `drops its condition that ${(ownedPart(name, r.text) ?? r.text).replace(/^(condition that |linkage: )/, '')}`
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
    const name = space.names[l.party]!
    return {
      party: space.parties[l.party]!,
      kind: 'condition',
      issue: space.axes[l.b]!.issue,
      cost: l.weight,
      evidence: l.evidence,
      explanation: `${name} drops its linkage (${(ownedPart(name, l.text) ?? l.text).replace(/^linkage: /, '')}), priority ${fmt(l.weight)}`,
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

/** The axes in the order of their labels (ids only between equal labels), for examples that do not follow ids. */
const byLabel = (space: Space): Space => {
  const order = space.axes
    .map((_, a) => a)
    .sort((x, y) => {
      const [p, q] = [space.axes[x]!, space.axes[y]!]
      return p.label < q.label
        ? -1
        : p.label > q.label
          ? 1
          : p.issue < q.issue
            ? -1
            : p.issue > q.issue
              ? 1
              : 0
    })
  const at = new Int32Array(order.length)
  order.forEach((a, k) => (at[a] = k))
  const pick = <A>(xs: readonly A[]): A[] => order.map((a) => xs[a]!)
  return {
    ...space,
    axes: pick(space.axes),
    gain: space.gain.map(pick),
    gainLo: space.gainLo.map(pick),
    gainHi: space.gainHi.map(pick),
    rules: space.rules.map((r) => (r.axis < 0 ? r : { ...r, axis: at[r.axis]! })),
    links: space.links.map((l) => ({ ...l, a: at[l.a]!, b: at[l.b]! })),
  }
}

/** A package in words, issues in the order of their labels. */
const exampleText = (negotiation: Negotiation, space: Space, pkg: Package): string =>
  space.axes
    .filter((a) => a.issue in pkg)
    .map((a) => packageText(negotiation, { [a.issue]: pkg[a.issue] } as Package))
    .join('; ')

const nearestOf = (
  negotiation: Negotiation,
  options: ZoneOptions,
): E.Either<readonly ZoneError[], NearestAgreement> => {
  const s = spaceOf(negotiation, options)
  if (E.isLeft(s)) return s
  const space = s.right
  const asOf = space.asOf === undefined ? {} : { asOf: space.asOf }
  const start = opens(space, none(space))
  if (start.ok) {
    const ways = `The zone is not empty (${start.count} packages acceptable to every principal); no concession is needed.`
    return E.right(
      deepFreeze({
        ...asOf,
        alreadyOpen: true,
        found: true,
        exact: true,
        truncated: false,
        cost: 0,
        ties: 0,
        tiesComplete: true,
        options: [],
        ways,
        explanation: ways,
      }),
    )
  }
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
  for (let mask = 0; mask < 1 << Math.min(global.length, GLOBAL_LIMIT); mask++) {
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
  let found: { ids: number[]; count: string }[] = []
  let nodes = 0
  // more constraints span several issues than the search combines: those past the limit are never dropped
  let exact = global.length <= GLOBAL_LIMIT
  let full = false
  const record = (cost: number, count: string): void => {
    const ids = [...relaxed.keys()].filter((i) => relaxed[i] === 1)
    if (cost < best - EPS) {
      best = cost
      found = [{ ids, count }]
      full = false
    } else if (found.length < TIE_LIMIT) found.push({ ids, count })
    else full = true
  }
  const finish = (cost: number): void => {
    // every global set of the least cost that opens a zone, except those that only add to one that does
    const opened: number[][] = []
    for (const g of globalSets) {
      if (cost + g.cost > best + EPS) return
      if (opened.some((o) => o.every((id) => g.ids.includes(id)))) continue
      for (const id of g.ids) relaxed[id] = 1
      const o = opens(space, relaxed)
      if (o.ok) {
        record(cost + g.cost, o.count)
        opened.push(g.ids)
      }
      for (const id of g.ids) relaxed[id] = 0
    }
  }
  const go = (k: number, cost: number): void => {
    if (nodes > NODE_LIMIT || (full && best <= lower + EPS)) return
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
  // each set minimal: none holds an equally cheap found set and more (the extra concessions would cost nothing)
  const costOf = (id: number): number =>
    id < R
      ? space.rules[id]!.weight
      : id < R + L
        ? space.links[id - R]!.weight
        : space.floors[id - R - L]!.weight
  const unique = [...new Map(found.map((f) => [f.ids.join(','), f])).values()]
  const seen = new Set(unique.map((f) => f.ids.join(',')))
  const minimal = unique.filter(({ ids }) => {
    const free = ids.filter((id) => costOf(id) <= 3 * EPS)
    if (free.length === 0) return true
    if (free.length > 12)
      return !unique.some((t) => t.ids.length < ids.length && t.ids.every((x) => ids.includes(x)))
    for (let m = 1; m < 1 << free.length; m++) {
      const drop = free.filter((_, k) => (m >>> k) & 1)
      if (seen.has(ids.filter((x) => !drop.includes(x)).join(','))) return false
    }
    return true
  })
  const memo = new Map<number, Concession>()
  const concession = (id: number): Concession => {
    const c = memo.get(id) ?? concessionOf(space, id)
    memo.set(id, c)
    return c
  }
  const names: Names = {
    party: (p) => negotiation.parties[p]?.name ?? p,
    issue: (i) => negotiation.issues[i]?.label ?? i,
  }
  const ties: Tie[] = minimal
    .map((f) => ({ ...f, concessions: f.ids.map(concession).sort(byConcession(names)) }))
    .sort(byTie)
  const complete = !full
  // a constraint on one issue groups with that issue; linkages, reservation utilities and broken settled
  // conditions span several
  const blocks = new Map<Concession, Block>()
  for (const [id, c] of memo) {
    const axis = id < R ? space.axes[space.rules[id]!.axis] : undefined
    blocks.set(
      c,
      axis === undefined
        ? { key: 'across', label: 'the constraints that span several issues' }
        : { key: `issue:${axis.issue}`, label: axis.label },
    )
  }
  const limit = Math.max(1, Math.floor(options.limit ?? OPTION_LIMIT))
  const labelled = byLabel(space)
  const described = new Map<number, { example: Package | null; text: string }>()
  const describe = (k: number): { example: Package | null; text: string } => {
    const known = described.get(k)
    if (known !== undefined) return known
    const t = ties[k]!
    const relaxed = new Uint8Array(total)
    for (const id of t.ids) relaxed[id] = 1
    const kept = keep(labelled, relaxed)
    const cur = cursor(labelled, kept, choicesOf(labelled, kept, false))
    const example: Package | null = cur.next() ? packageAt(labelled, cur.digits) : null
    const touched = new Set(t.concessions.flatMap((x) => (x.issue === undefined ? [] : [x.issue as string])))
    const shown =
      example === null
        ? null
        : (Object.fromEntries(
            Object.entries(example).filter(([k]) => touched.size === 0 || touched.has(k)),
          ) as Package)
    const zone = `the zone would contain ${t.count === 'infinite' ? 'infinitely many' : t.count} package${t.count === '1' ? '' : 's'}`
    const text = `${zone}${shown === null ? '' : `, e.g. with ${exampleText(negotiation, labelled, shown)}`}`
    const d = { example, text }
    described.set(k, d)
    return d
  }
  const optionsOut = ties.slice(0, limit).map((t, k) => {
    const { example, text } = describe(k)
    const explanation = `If ${list(t.concessions.map((x) => x.explanation))}, ${text} (total cost ${fmt(t.concessions.reduce((s, x) => s + x.cost, 0))}).`
    return { concessions: t.concessions, count: t.count, example, explanation }
  })
  const ok = optionsOut.length > 0
  const cut = exact
    ? ''
    : global.length > GLOBAL_LIMIT
      ? ` (the best found: only ${String(GLOBAL_LIMIT)} of the ${String(global.length)} constraints that span several issues were tried, so it is not proven cheapest)`
      : ' (the best found: the search stopped before proving it cheapest)'
  const ways = !ok
    ? `No set of concessions was found to open a zone${exact ? '' : global.length > GLOBAL_LIMIT ? ` dropping only ${String(GLOBAL_LIMIT)} of the ${String(global.length)} constraints that span several issues` : ` within the search limit of ${String(NODE_LIMIT)} steps`}.`
    : ties.length === 1
      ? optionsOut[0]!.explanation
      : tiesText({
          ties,
          complete,
          cost: best,
          blockOf: (c) => blocks.get(c)!,
          outcome: (k) => describe(k).text.replace(/^the zone would/, 'then the zone would'),
        })
  const explanation = !ok
    ? ways
    : `The cheapest concessions that open a zone cost ${fmt(best)}${cut}. ${ways}`
  return E.right(
    deepFreeze({
      ...asOf,
      alreadyOpen: false,
      found: ok,
      exact,
      truncated: !complete || ties.length > optionsOut.length,
      cost: ok ? Math.round(best * 1e9) / 1e9 : 0,
      ties: ties.length,
      tiesComplete: complete,
      options: optionsOut,
      ways,
      explanation,
    }),
  )
}

/**
 * When no package is acceptable to every principal, the cheapest sets of concessions that would open a zone: which
 * red lines, acceptable-set limits, reservation scores, conditions or reservation utilities of which principals to
 * drop, each costing the issue's priority for that party (its reservation utility for the overall reservation), the
 * total cost summed. Every cheapest set is reported (each minimal), with the zone it opens, an example package, and
 * a sentence; when several cost the same they are tied, counted (`ties`), listed in an order that depends on what
 * they are and never on ids (not a ranking), and named together in `ways` and `explanation`, so no sentence picks
 * one of them. The search is exact (`exact: false` only if it stopped at its limit of 200,000 steps, or when more
 * than 16 linkages and reservation utilities would have to be combined).
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
 * assert.strictEqual(near.right.ties, 1)
 */
export const nearestAgreement: {
  (options?: ZoneOptions): (negotiation: Negotiation) => E.Either<readonly ZoneError[], NearestAgreement>
  (negotiation: Negotiation, options?: ZoneOptions): E.Either<readonly ZoneError[], NearestAgreement>
} = withOptions(nearestOf) as never
