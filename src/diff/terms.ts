/**
 * Term alignment: the terms of two drafts are matched by the issue they address (issue ids are the keys), or by a
 * user mapping where the same subject sits under different issue ids. What cannot be matched is reported as added
 * or removed, never silently paired.
 *
 * @since 0.1.0
 */
import type { Issue, IssueCategory, Value } from '../model/domain'
import type { IssueId, SourceId } from '../model/ids'
import type { Negotiation } from '../model/negotiation'
import type { Proposal, Term } from '../model/proposal'
import { type DiffProblem, compareStrings, hasOwn, knownIds, problem } from './problem'
import {
  type ValueChange,
  isValue,
  ownValue,
  sameValue,
  valueChange,
  valueLabel,
  valueProblem,
} from './value-change'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What happened to an issue's term: it was `added` (only the later draft has it), `removed` (only the earlier draft
 * has it), `changed` (its value differs) or `unchanged` (same value; then only its wording or item number moved).
 *
 * @category model
 * @since 0.1.0
 */
export type TermStatus = 'added' | 'removed' | 'changed' | 'unchanged'

/**
 * A wording (`text`) or item-number (`point`) change, reported apart from value changes: `null` where a side has
 * none.
 *
 * @category model
 * @since 0.1.0
 */
export interface Rewording {
  readonly from: string | null
  readonly to: string | null
}

/**
 * One issue's term compared between two drafts. `issue` is the issue in the later draft (the earlier one's when the
 * term was removed); `aligned` is set when a user mapping paired terms under different issue ids. Values are given
 * raw (`from`, `to`) and readable (`fromLabel`, `toLabel`); `change` describes a value change in the terms of the
 * issue's domain.
 *
 * @category model
 * @since 0.1.0
 */
export interface TermChange {
  readonly issue: IssueId
  readonly label: string
  readonly category: IssueCategory
  readonly status: TermStatus
  readonly from: Value | null
  readonly to: Value | null
  readonly fromLabel: string | null
  readonly toLabel: string | null
  readonly change: ValueChange | null
  readonly wording: Rewording | null
  readonly point: Rewording | null
  readonly aligned: { readonly from: IssueId; readonly to: IssueId } | null
  readonly sources: readonly SourceId[]
}

/**
 * How terms of the earlier draft map to issues of the later one, `{ [issueInEarlier]: issueInLater }`, for drafts
 * where the same subject sits under different issue ids. It overrides alignment by issue id.
 *
 * @category model
 * @since 0.1.0
 */
export type IssueMapping = Readonly<Record<string, string>>

/**
 * The aligned terms: the entries with something to report, in issue order, and the issues whose terms are
 * identical. Internal.
 *
 * @internal
 */
export interface Alignment {
  readonly terms: readonly TermChange[]
  readonly unchanged: readonly IssueId[]
}

/**
 * Where the alignment also drops every term it meets, by slot (`index`: issue id → slot), so that the utility pass
 * reads them without looking them up again. Internal.
 *
 * @internal
 */
export interface TermSink {
  readonly index: ReadonlyMap<string, number>
  readonly a: (Term | undefined)[]
  readonly b: (Term | undefined)[]
}

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * The problems with a mapping: unknown issues, and two issues mapped onto one. Internal.
 *
 * @internal
 */
export const mappingProblems = (negotiation: Negotiation, mapping: IssueMapping): readonly DiffProblem[] => {
  const out: DiffProblem[] = []
  const seen = new Map<string, string>()
  const issues = Object.keys(negotiation.issues)
  for (const from of Object.keys(mapping).sort(compareStrings)) {
    const to = mapping[from]
    const at = `mapping.${from}`
    if (!hasOwn(negotiation.issues, from))
      out.push(
        problem(
          'invalid-mapping',
          at,
          `the mapping names \`${from}\`, which is not an issue of the negotiation; issues are: ${knownIds(issues)}`,
        ),
      )
    if (typeof to !== 'string' || !hasOwn(negotiation.issues, to)) {
      out.push(
        problem(
          'invalid-mapping',
          at,
          `the mapping sends \`${from}\` to ${JSON.stringify(to) ?? 'nothing'}, which is not an issue of the negotiation; issues are: ${knownIds(issues)}`,
        ),
      )
      continue
    }
    const other = seen.get(to)
    if (other !== undefined)
      out.push(
        problem(
          'invalid-mapping',
          at,
          `both \`${other}\` and \`${from}\` are mapped to \`${to}\`; map at most one issue onto each`,
        ),
      )
    else seen.set(to, from)
  }
  return out
}

/**
 * Aligns the terms of `a` and `b` by issue (or by `mapping`), compares them, and collects the problems: terms on
 * issues the negotiation does not have, values outside their domain. Internal.
 *
 * @internal
 */
export const alignTerms = (
  negotiation: Negotiation,
  a: Proposal,
  b: Proposal,
  mapping: IssueMapping | undefined,
  where: { readonly a: string; readonly b: string },
  problems: DiffProblem[],
  sink?: TermSink,
): Alignment => {
  const issues = negotiation.issues as Readonly<Record<string, Issue>>
  const ta = a.terms as Readonly<Record<string, Term>>
  const tb = b.terms as Readonly<Record<string, Term>>
  const targets = mapping === undefined ? undefined : new Set(Object.values(mapping))
  const paired = mapping === undefined ? undefined : new Set<string>()
  const terms: TermChange[] = []
  const unchanged: IssueId[] = []

  for (const ka of Object.keys(ta)) {
    const termA = ta[ka] as Term
    const issueA = issueOf(issues, ka, termA, where.a, problems)
    const kb =
      mapping !== undefined && hasOwn(mapping, ka)
        ? (mapping[ka] as string)
        : targets?.has(ka) === true
          ? null
          : ka
    const termB = kb === null ? undefined : ownTerm(tb, kb)
    if (sink !== undefined) {
      const slot = sink.index.get(ka)
      if (slot !== undefined) sink.a[slot] = termA
      if (termB !== undefined) {
        const other = kb === ka ? slot : sink.index.get(kb as string)
        if (other !== undefined) sink.b[other] = termB
      }
    }
    if (kb === null || termB === undefined) {
      if (issueA !== undefined) terms.push(onlyOne('removed', ka as IssueId, issueA, termA))
      continue
    }
    paired?.add(kb)
    // The same issue with the same value needs no second check: A's value was checked.
    const issueB =
      ka === kb && issueA !== undefined && sameValue(termA.value, termB.value)
        ? issueA
        : issueOf(issues, kb, termB, where.b, problems)
    if (issueA === undefined || issueB === undefined) continue
    const aligned = ka === kb ? null : { from: ka as IssueId, to: kb as IssueId }
    const entry = compare(kb as IssueId, issueA, issueB, termA, termB, aligned)
    if (entry === null) unchanged.push(kb as IssueId)
    else terms.push(entry)
  }
  for (const kb of Object.keys(tb)) {
    if (paired === undefined ? ownTerm(ta, kb) !== undefined : paired.has(kb)) continue
    const termB = tb[kb] as Term
    const slot = sink?.index.get(kb)
    if (slot !== undefined) (sink as TermSink).b[slot] = termB
    const issueB = issueOf(issues, kb, termB, where.b, problems)
    if (issueB !== undefined) terms.push(onlyOne('added', kb as IssueId, issueB, termB))
  }
  terms.sort((x, y) => compareStrings(x.issue, y.issue) || compareStrings(sideA(x), sideA(y)))
  unchanged.sort(compareStrings)
  return { terms, unchanged }
}

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

/**
 * The term of an issue, when the draft has one (an own property that is an object: inherited members such as
 * `toString` are functions, never terms). Internal.
 *
 * @internal
 */
export const ownTerm = (terms: Readonly<Record<string, Term>>, k: string): Term | undefined => {
  const t = terms[k]
  return typeof t === 'object' && t !== null && (k !== '__proto__' || hasOwn(terms, k)) ? t : undefined
}

const issueOf = (
  issues: Readonly<Record<string, Issue>>,
  id: string,
  term: Term,
  where: string,
  problems: DiffProblem[],
): Issue | undefined => {
  const issue = issues[id]
  if (typeof issue !== 'object' || issue === null || (id === '__proto__' && !hasOwn(issues, id))) {
    problems.push(
      problem(
        'unknown-issue',
        `${where}.terms.${id}`,
        `the term addresses \`${id}\`, which is not an issue of the negotiation; add the issue or fix the id (issues are: ${knownIds(Object.keys(issues))})`,
      ),
    )
    return undefined
  }
  if (!isValue(issue.domain, term.value)) {
    problems.push(
      problem(
        'invalid-value',
        `${where}.terms.${id}.value`,
        `issue \`${id}\`: ${valueProblem(issue.domain, term.value) ?? ''}`,
      ),
    )
    return undefined
  }
  return issue
}

const NONE: readonly never[] = Object.freeze([])

// A subset's label from its element references, as `valueLabel` writes it.
const refsLabel = (refs: readonly { readonly label: string }[]): string =>
  `{${refs.map((r) => r.label).join(', ')}}`

// The issue of the earlier draft's side ('' for an added term): breaks ties between entries on one issue.
const sideA = (t: TermChange): string => (t.status === 'added' ? '' : (t.aligned?.from ?? t.issue))

const sourcesOf = (x: Term | undefined, y: Term | undefined): readonly SourceId[] => {
  const s = [...(x?.sources ?? []), ...(y?.sources ?? [])]
  return s.length === 0 ? NONE : Object.freeze([...new Set(s)].sort(compareStrings))
}

const onlyOne = (status: 'added' | 'removed', id: IssueId, issue: Issue, term: Term): TermChange => {
  const label = valueLabel(issue.domain, term.value)
  const added = status === 'added'
  const text = term.text ?? null
  const point = term.point ?? null
  const value = ownValue(term.value)
  return Object.freeze({
    issue: id,
    label: issue.label,
    category: issue.category,
    status,
    from: added ? null : value,
    to: added ? value : null,
    fromLabel: added ? null : label,
    toLabel: added ? label : null,
    change: null,
    wording:
      text === null ? null : Object.freeze(added ? { from: null, to: text } : { from: text, to: null }),
    point:
      point === null ? null : Object.freeze(added ? { from: null, to: point } : { from: point, to: null }),
    aligned: null,
    sources: sourcesOf(term, undefined),
  })
}

const rewording = (x: string | undefined, y: string | undefined): Rewording | null =>
  x === y ? null : Object.freeze({ from: x ?? null, to: y ?? null })

// The entry for a pair of terms, or null when they are identical in value, wording and item number.
const compare = (
  id: IssueId,
  issueA: Issue,
  issueB: Issue,
  termA: Term,
  termB: Term,
  aligned: TermChange['aligned'],
): TermChange | null => {
  const domain = issueB.domain
  const comparable = issueA === issueB || (issueA.domain.kind === domain.kind && isValue(domain, termA.value))
  const same = comparable && sameValue(termA.value, termB.value)
  const wording = rewording(termA.text, termB.text)
  const point = rewording(termA.point, termB.point)
  if (same && wording === null && point === null && aligned === null) return null
  const change = same ? null : comparable ? valueChange(domain, termA.value, termB.value) : undefined
  const fromLabel =
    change?.kind === 'regrouped'
      ? refsLabel(change.from)
      : valueLabel(comparable ? domain : issueA.domain, termA.value)
  const toLabel = change?.kind === 'regrouped' ? refsLabel(change.to) : valueLabel(domain, termB.value)
  return Object.freeze({
    issue: id,
    label: issueB.label,
    category: issueB.category,
    status: same ? 'unchanged' : 'changed',
    from: ownValue(termA.value),
    to: ownValue(termB.value),
    fromLabel,
    toLabel,
    change: change !== undefined ? change : Object.freeze({ kind: 'replaced', from: fromLabel, to: toLabel }),
    wording,
    point,
    aligned: aligned === null ? null : Object.freeze(aligned),
    sources: sourcesOf(termA, termB),
  })
}
