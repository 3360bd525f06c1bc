/**
 * Sequencing cycles: each side requires the other's step to come first. The precondition graph is built from the
 * principals' current positions — their `sequence` conditions ("X before Y") and their limits on a sequencing
 * issue (one with the options `ceasefire-first` and `settlement-first`, as `Issues.ceasefire` builds) — and every
 * elementary cycle in it is a deadlock: following "must come before" from any step leads back to it.
 *
 * Steps are issues, except that the issues of the `ceasefire` category form one step, `ceasefire`, and the
 * comprehensive deal is the step `settlement`. A principal whose limits on the sequencing issue leave only
 * `ceasefire-first` requires `ceasefire → settlement`; one that leaves only `framework-first` or
 * `settlement-first` requires `settlement → ceasefire`. An issue is part of the settlement: "the settlement before
 * X" means before every part of it, "X before the settlement" the same; so a cycle may pass through `settlement`
 * from or to an issue (a `part-of` step, held by no one), but never from one issue to another through it. A cycle
 * is reported when its steps are required by at least two different parties.
 *
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import type { IsoDate } from '../model/date'
import type { IssueId, PartyId } from '../model/ids'
import type { Negotiation } from '../model/negotiation'
import {
  allowedOf,
  changeDates,
  historyOf,
  labelOf,
  memo,
  nameOf,
  runSince,
  stanceAt,
  versionAt,
  type Context,
  type Settings,
} from './context'
import type { DeadlockOptions, Evidence, SequencingCycle, Step } from './model'
import { detector, type Detected } from './run'
import { list, setWords, stanceEvidence, tidy } from './words'
import { enumerate } from '../algebra/value-set'
import { compareText } from '../internal/text'

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

const CEASEFIRE = 'ceasefire'
const SETTLEMENT = 'settlement'
const FIRST = new Set(['ceasefire-first'])
const DEAL_FIRST = new Set(['framework-first', 'settlement-first'])
/** The most cycles listed; the graphs of real negotiations hold far fewer. */
const CYCLE_LIMIT = 1000

interface Edge {
  readonly from: string
  readonly to: string
  readonly basis: Step['basis']
  readonly holders: PartyId[]
  readonly texts: string[]
  readonly evidence: Evidence[]
}

interface Graph {
  readonly nodes: readonly string[]
  readonly edges: ReadonlyMap<string, Edge>
}

/** The sequencing issues: choices whose options include `ceasefire-first` and `settlement-first`. */
const sequencingIssues = (n: Negotiation): IssueId[] =>
  (Object.keys(n.issues) as IssueId[])
    .filter((i) => {
      const d = n.issues[i]!.domain
      return (
        d.kind === 'choice' &&
        d.options.some((o) => o.id === 'ceasefire-first') &&
        d.options.some((o) => o.id === 'settlement-first')
      )
    })
    .sort(compareText)

const stepOf = (n: Negotiation, issue: IssueId): string =>
  n.issues[issue]?.category === 'ceasefire' ? CEASEFIRE : issue

const stepLabel = (ctx: Context, step: string): string =>
  step === CEASEFIRE
    ? 'the ceasefire'
    : step === SETTLEMENT
      ? 'the settlement'
      : labelOf(ctx, step as IssueId)

/** The issues whose stances feed the graph: those with a sequence condition, and the sequencing issues. */
const relevantIssues = (ctx: Context, s: Settings): readonly IssueId[] =>
  memo(ctx, `seq-issues|${s.parties.join(',')}`, () => relevantOf(ctx, s))

const relevantOf = (ctx: Context, s: Settings): IssueId[] => {
  const seq = new Set<IssueId>(sequencingIssues(ctx.negotiation))
  for (const p of s.parties)
    for (const i of Object.keys(ctx.negotiation.issues) as IssueId[])
      if (historyOf(ctx, p, i).some((st) => (st.conditions ?? []).some((c) => c.kind === 'sequence')))
        seq.add(i)
  return [...seq].sort(compareText)
}

const graphAt = (ctx: Context, s: Settings, issues: readonly IssueId[], date: IsoDate): Graph => {
  const n = ctx.negotiation
  const edges = new Map<string, Edge>()
  const add = (
    from: string,
    to: string,
    basis: Step['basis'],
    holder: PartyId | undefined,
    text: string,
    evidence: Evidence[],
  ): void => {
    if (from === to) return
    const key = `${from}\u0000${to}`
    const e = edges.get(key)
    if (e === undefined)
      edges.set(key, {
        from,
        to,
        basis,
        holders: holder === undefined ? [] : [holder],
        texts: [text],
        evidence,
      })
    else {
      if (holder !== undefined && !e.holders.includes(holder)) e.holders.push(holder)
      if (!e.texts.includes(text)) e.texts.push(text)
      e.evidence.push(...evidence)
    }
  }
  const sequencing = new Set(sequencingIssues(n))
  for (const p of s.parties)
    for (const issue of issues) {
      const st = stanceAt(ctx, p, issue, date)
      if (st === undefined) continue
      for (const c of st.conditions ?? []) {
        if (c.kind !== 'sequence') continue
        const from = stepOf(n, c.first)
        const to = stepOf(n, c.then)
        const by = c.by === undefined ? '' : ` (${nameOf(ctx, c.by)} to move first)`
        const text = `${nameOf(ctx, p)} requires ${stepLabel(ctx, from)} before ${stepLabel(ctx, to)}${by}${c.text === undefined ? '' : `: "${c.text}"`}`
        add(
          from,
          to,
          'condition',
          p,
          text,
          stanceEvidence(ctx, st, ['conditions'], () => text),
        )
      }
      if (!sequencing.has(issue)) continue
      const domain = n.issues[issue]!.domain
      const allowed = allowedOf(domain, st)
      if (allowed === undefined) continue
      const values = enumerate(domain, allowed as never)
      if (E.isLeft(values) || values.right.length === 0) continue
      const vs = values.right as readonly string[]
      const order = vs.every((v) => FIRST.has(v))
        ? 'ceasefire'
        : vs.every((v) => DEAL_FIRST.has(v))
          ? 'deal'
          : undefined
      if (order === undefined) continue
      const [from, to] = order === 'ceasefire' ? [CEASEFIRE, SETTLEMENT] : [SETTLEMENT, CEASEFIRE]
      const text = `${nameOf(ctx, p)} accepts only ${setWords(domain, allowed)} on ${labelOf(ctx, issue)}: ${stepLabel(ctx, from)} before ${stepLabel(ctx, to)}`
      add(
        from,
        to,
        'sequencing-stance',
        p,
        text,
        stanceEvidence(ctx, st, ['acceptable', 'redLines'], () => text),
      )
    }
  for (const e of [...edges.values()])
    for (const node of [e.from, e.to])
      if (node !== CEASEFIRE && node !== SETTLEMENT) {
        const text = `${stepLabel(ctx, node)} is part of the settlement`
        add(node, SETTLEMENT, 'part-of', undefined, text, [])
        add(SETTLEMENT, node, 'part-of', undefined, text, [])
      }
  const nodes = [...new Set([...edges.values()].flatMap((e) => [e.from, e.to]))].sort(compareText)
  return { nodes, edges }
}

/** Every elementary cycle, each starting at its smallest step (in id order), never passing through the settlement from one issue to another. */
const cyclesOf = (g: Graph): string[][] => {
  const out: string[][] = []
  const next = new Map<string, string[]>()
  for (const e of g.edges.values()) {
    const xs = next.get(e.from)
    if (xs === undefined) next.set(e.from, [e.to])
    else xs.push(e.to)
  }
  for (const xs of next.values()) xs.sort(compareText)
  const partOf = (a: string, b: string): boolean => g.edges.get(`${a}\u0000${b}`)!.basis === 'part-of'
  g.nodes.forEach((start) => {
    const path = [start]
    const onPath = new Set([start])
    const go = (v: string): void => {
      if (out.length >= CYCLE_LIMIT) return
      for (const w of next.get(v) ?? []) {
        // through the settlement, at least one of the two steps must be someone's requirement
        if (v === SETTLEMENT && path.length >= 2 && partOf(path[path.length - 2]!, v) && partOf(v, w))
          continue
        if (w === start) {
          if (start === SETTLEMENT && path.length >= 2 && partOf(v, w) && partOf(w, path[1]!)) continue
          out.push([...path])
          continue
        }
        if (w < start || onPath.has(w)) continue
        path.push(w)
        onPath.add(w)
        go(w)
        path.pop()
        onPath.delete(w)
      }
    }
    go(start)
  })
  return out
}

/** The cycles as of a date, keyed by id, each with its steps. */
const cyclesAt = (
  ctx: Context,
  s: Settings,
  issues: readonly IssueId[],
  date: IsoDate,
): ReadonlyMap<string, { nodes: string[]; g: Graph }> => {
  const versions = s.parties.map((p) => issues.map((i) => versionAt(ctx, p, i, date)).join('.')).join(',')
  return memo(ctx, `cycles|${s.parties.join(',')}|${versions}`, () => {
    const g = graphAt(ctx, s, issues, date)
    const out = new Map<string, { nodes: string[]; g: Graph }>()
    for (const nodes of cyclesOf(g)) {
      const steps = nodes.map((v, k) => g.edges.get(`${v}\u0000${nodes[(k + 1) % nodes.length]!}`)!)
      const holders = new Set(steps.flatMap((e) => e.holders))
      if (holders.size < 2) continue
      out.set(`sequencing-cycle:${nodes.join('>')}`, { nodes, g })
    }
    return out
  })
}

/**
 * Every sequencing cycle as of the settings' date.
 *
 * @internal
 */
export const cyclesAtDate = (ctx: Context, s: Settings): SequencingCycle[] => {
  const issues = relevantIssues(ctx, s)
  const now = cyclesAt(ctx, s, issues, s.asOf)
  const dates = changeDates(ctx, s.parties, issues)
  return [...now].map(([id, { nodes, g }]) => {
    const since =
      runSince(ctx, `cycle|${s.parties.join(',')}|${id}`, dates, s.asOf, (d) =>
        cyclesAt(ctx, s, issues, d).has(id),
      ) ?? s.asOf
    const edges = nodes.map((v, k) => g.edges.get(`${v}\u0000${nodes[(k + 1) % nodes.length]!}`)!)
    const steps: Step[] = edges.map((e) => ({
      from: e.from,
      to: e.to,
      basis: e.basis,
      holders: [...e.holders].sort(compareText),
      text: e.texts.join('; '),
    }))
    const parties = [...new Set(edges.flatMap((e) => e.holders))].sort(compareText)
    // the issues involved: those whose positions state the preconditions, and the issues that are steps of the cycle
    const issuesOf = [
      ...new Set([
        ...edges.flatMap((e) =>
          e.evidence.flatMap((x) =>
            x.positionId === undefined ? [] : [ctx.records.get(x.positionId)?.issue ?? ''],
          ),
        ),
        ...nodes.filter(
          (v) => v !== CEASEFIRE && v !== SETTLEMENT && ctx.negotiation.issues[v as IssueId] !== undefined,
        ),
      ]),
    ]
      .filter((i) => i !== '')
      .sort(compareText) as IssueId[]
    const chain = [...nodes, nodes[0]!].map((v) => stepLabel(ctx, v)).join(' → ')
    const required = edges.filter((e) => e.basis !== 'part-of')
    const reasons = required.map((e) => e.texts.join('; '))
    const explanation = `Nobody can move first: ${chain}. ${reasons.join('; ')}. This has held since ${since}.`
    const preconditions = required.map(
      (e) =>
        `${list(e.holders.map((p) => nameOf(ctx, p)))}: ${stepLabel(ctx, e.from)} before ${stepLabel(ctx, e.to)}`,
    )
    return {
      kind: 'sequencing-cycle' as const,
      id,
      parties,
      issues: issuesOf,
      since,
      active: true,
      evidence: tidy(edges.flatMap((e) => e.evidence)),
      explanation,
      suggestion: `Break the cycle with steps both sides take together (a simultaneous or phased sequence), or by one side dropping its precondition (${preconditions.join('; or ')}).`,
      steps,
    }
  })
}

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * The sequencing cycles as of a date: every elementary cycle of "must come before" among the principals'
 * current preconditions (their `sequence` conditions, and their limits on a sequencing issue such as
 * `ceasefire.sequencing`), each with its steps, who requires each, the position records with dates and sources,
 * and the date it began. The classic one: one side wants a ceasefire first, the other a settlement first.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Deadlock, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const doc = {
 *   format: 'negotiation-positions/1', title: 'Example', proposals: {}, events: [], sources: {},
 *   parties: { A: { name: 'Alpha', role: 'principal' }, B: { name: 'Beta', role: 'principal' } },
 *   issues: {
 *     truce: { label: 'Truce', category: 'ceasefire', domain: { kind: 'flag' } },
 *     border: { label: 'Border', category: 'territory', domain: { kind: 'flag' } },
 *   },
 *   positions: [
 *     { id: 'a', party: 'A', issue: 'truce', asOf: '2025-01-01', sources: [], conditions: [{ kind: 'sequence', first: 'truce', then: 'border' }] },
 *     { id: 'b', party: 'B', issue: 'border', asOf: '2025-01-05', sources: [], conditions: [{ kind: 'sequence', first: 'border', then: 'truce' }] },
 *   ],
 * } as unknown as Negotiation
 * const found = Deadlock.cycles(doc)
 * assert.ok(E.isRight(found))
 * assert.strictEqual(found.right[0]!.id, 'sequencing-cycle:border>ceasefire')
 * assert.strictEqual(found.right[0]!.since, '2025-01-05')
 */
export const cycles: {
  (options?: DeadlockOptions): (negotiation: Negotiation) => Detected<SequencingCycle>
  (negotiation: Negotiation, options?: DeadlockOptions): Detected<SequencingCycle>
} = detector((ctx, s) => E.right(cyclesAtDate(ctx, s))) as never
