/**
 * Term alignment: the terms of two drafts are matched by the issue they address (issue ids are the keys), or by a
 * user mapping where the same subject sits under different issue ids. What cannot be matched is reported as added
 * or removed, never silently paired.
 *
 * @since 0.1.0
 */
import type { Domain, Issue, IssueCategory, Value } from '../model/domain'
import type { IssueId, SourceId } from '../model/ids'
import type { Negotiation } from '../model/negotiation'
import type { Proposal, Term } from '../model/proposal'
import type { Lookup } from './context'
import { hasOwn } from '../internal/record'
import { type DiffProblem, knownIds, problem } from './problem'
import {
  type ValueChange,
  isValue,
  ownValue,
  sameValue,
  valueChange,
  valueLabel,
  valueProblem,
} from './value-change'
import { compareText } from '../internal/text'

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
 * Where the alignment also drops every term it meets, by slot (`index`: issue id → slot), with its value's code in
 * the compiled tables' layout (see `codeIn`), so that the utility pass reads them without looking them up or
 * encoding them again. Internal.
 *
 * @internal
 */
export interface TermSink {
  readonly index: ReadonlyMap<string, number>
  /** The issue at each slot (interned, in id order): what `index` inverts. */
  readonly issues: readonly string[]
  /** Which drafts have a term on the slot's issue: 1 the earlier, 2 the later, 3 both. */
  readonly has: number[]
  readonly codesA: number[]
  readonly codesB: number[]
  /** The values themselves, kept only when some of them have no code (see the context's `needsValues`). */
  readonly valuesA: Value[] | undefined
  readonly valuesB: Value[] | undefined
  /** The domain of the issue at each slot, and its lookup when it has one (see the context). */
  readonly domains: readonly Domain[]
  readonly lookups: readonly (Lookup | undefined)[]
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
  for (const from of Object.keys(mapping).sort(compareText)) {
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

  // The slot after the last one found: drafts usually list their terms in issue order, as the context does, so
  // the next term's slot is checked first (one comparison of interned ids) before the index is searched.
  let next = 0
  // Whether `unchanged` is known to be in order: its ids were pushed in increasing slot order (slots are in id order).
  let ordered = true
  let last = -1
  for (const ka of Object.keys(ta)) {
    const termA = ta[ka] as Term
    const valueA = termA.value
    const slot = sink === undefined ? undefined : sink.issues[next] === ka ? next : sink.index.get(ka)
    if (slot !== undefined) next = slot + 1
    if (slot !== undefined && mapping === undefined) {
      // An issue of the context: its domain and lookup are at hand, and the issue itself is needed only for an entry.
      const s = sink as TermSink
      const domain = s.domains[slot] as Domain
      const lookup = s.lookups[slot]
      const codeA = lookup === undefined ? codeIn(domain, valueA) : codeBy(lookup, valueA)
      // (a term that is not an object is no term: the later draft's term on the issue then counts as added)
      s.has[slot] = typeof termA === 'object' ? 1 : 0
      s.codesA[slot] = codeA
      if (s.valuesA !== undefined) s.valuesA[slot] = valueA
      const termB = ownTerm(tb, ka)
      if (codeA === INVALID) {
        invalidValue(domain, ka, valueA, where.a, problems)
        if (termB === undefined) continue
        // the later draft's value is checked too, as on the general path
        const codeB = lookup === undefined ? codeIn(domain, termB.value) : codeBy(lookup, termB.value)
        s.has[slot] = 3
        s.codesB[slot] = codeB
        if (s.valuesB !== undefined) s.valuesB[slot] = termB.value
        if (codeB === INVALID) invalidValue(domain, ka, termB.value, where.b, problems)
        continue
      }
      if (termB === undefined) {
        terms.push(onlyOne('removed', ka as IssueId, issues[ka] as Issue, termA))
        continue
      }
      const valueB = termB.value
      let same: boolean
      let codeB: number
      if (lookup?.kind === 'subset') {
        // two subsets are the same set when their masks are (the mask checks that no element is listed twice)
        codeB = codeBy(lookup, valueB)
        same = codeB === codeA
      } else {
        same = valueA === valueB || sameSet(valueA, valueB)
        codeB = same ? codeA : lookup === undefined ? codeIn(domain, valueB) : codeBy(lookup, valueB)
      }
      s.has[slot] = 3
      s.codesB[slot] = codeB
      if (s.valuesB !== undefined) s.valuesB[slot] = valueB
      if (codeB === INVALID) {
        invalidValue(domain, ka, valueB, where.b, problems)
        continue
      }
      if (same && termA.text === termB.text && termA.point === termB.point) {
        unchanged.push(ka as IssueId)
        if (slot <= last) ordered = false
        last = slot
      } else {
        const issue = issues[ka] as Issue
        terms.push(compare(ka as IssueId, issue, issue, termA, termB, null) as TermChange)
      }
      continue
    }
    let issueA = issueAt(issues, ka)
    let codeA = INVALID
    if (issueA === undefined) unknownIssue(issues, ka, where.a, problems)
    else if ((codeA = codeIn(issueA.domain, valueA, sink !== undefined)) === INVALID) {
      invalidValue(issueA.domain, ka, valueA, where.a, problems)
      issueA = undefined
    }
    const kb =
      mapping !== undefined && hasOwn(mapping, ka)
        ? (mapping[ka] as string)
        : targets?.has(ka) === true
          ? null
          : ka
    const termB = kb === null ? undefined : ownTerm(tb, kb)
    if (slot !== undefined) setA(sink as TermSink, slot, codeA, valueA)
    if (kb === null || termB === undefined) {
      if (issueA !== undefined) terms.push(onlyOne('removed', ka as IssueId, issueA, termA))
      continue
    }
    paired?.add(kb)
    const valueB = termB.value
    // `sameValue`, with its common case (the very same value) first
    const same = valueA === valueB || sameSet(valueA, valueB)
    // The same issue with the same value needs no second check: A's value was checked.
    let issueB: Issue | undefined = issueA
    let codeB = codeA
    if (ka !== kb || issueA === undefined || !same) {
      issueB = issueAt(issues, kb)
      if (issueB === undefined) unknownIssue(issues, kb, where.b, problems)
      else if ((codeB = codeIn(issueB.domain, valueB, sink !== undefined)) === INVALID) {
        invalidValue(issueB.domain, kb, valueB, where.b, problems)
        issueB = undefined
      }
    }
    if (sink !== undefined) {
      const other = kb === ka ? slot : sink.index.get(kb)
      if (other !== undefined) setB(sink, other, codeB, valueB)
    }
    if (issueA === undefined || issueB === undefined) continue
    if (ka === kb && same && termA.text === termB.text && termA.point === termB.point) {
      unchanged.push(kb as IssueId)
      ordered = false
      continue
    }
    const aligned = ka === kb ? null : { from: ka as IssueId, to: kb as IssueId }
    const entry = compare(kb as IssueId, issueA, issueB, termA, termB, aligned)
    if (entry === null) {
      unchanged.push(kb as IssueId)
      ordered = false
    } else terms.push(entry)
  }
  next = 0
  for (const kb of Object.keys(tb)) {
    // Whether the earlier draft has the term: on an issue of the context, the sink says so without a look-up.
    const at =
      sink === undefined || mapping !== undefined
        ? undefined
        : sink.issues[next] === kb
          ? next
          : sink.index.get(kb)
    if (at !== undefined) next = at + 1
    if (
      at !== undefined
        ? ((sink as TermSink).has[at] as number) & 1
        : paired === undefined
          ? ownTerm(ta, kb) !== undefined
          : paired.has(kb)
    )
      continue
    const termB = tb[kb] as Term
    let issueB = issueAt(issues, kb)
    let codeB = INVALID
    if (issueB === undefined) unknownIssue(issues, kb, where.b, problems)
    else if ((codeB = codeIn(issueB.domain, termB.value, sink !== undefined)) === INVALID) {
      invalidValue(issueB.domain, kb, termB.value, where.b, problems)
      issueB = undefined
    }
    const slot = at ?? sink?.index.get(kb)
    if (slot !== undefined) setB(sink as TermSink, slot, codeB, termB.value)
    if (issueB !== undefined) terms.push(onlyOne('added', kb as IssueId, issueB, termB))
  }
  terms.sort(byIssue)
  if (!ordered && !inOrder(unchanged)) unchanged.sort(compareText)
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

/**
 * The value's code in the compiled tables' layout (the context's `encode`: an option's index, 0 or 1 for a flag, a
 * subset's bit mask, NaN for a subset of more than 30 elements, the number itself for a quantity), or `INVALID`
 * when the value does not belong to the domain (`isValue`). Both at once, in the per-term loop: a property test
 * checks it against them. With `encode` false, a subset's mask is not computed (0 stands for any code). Internal.
 *
 * @internal
 */
export const codeIn = (domain: Domain, value: unknown, encode = true): number => {
  switch (domain.kind) {
    case 'choice': {
      const options = domain.options
      for (let i = 0; i < options.length; i++)
        if ((options[i] as { readonly id: unknown }).id === value) return i
      return INVALID
    }
    case 'quantity':
      return typeof value === 'number' &&
        Number.isFinite(value) &&
        value >= domain.min &&
        value <= domain.max &&
        (domain.integer !== true || Number.isInteger(value))
        ? value
        : INVALID
    case 'subset': {
      if (!Array.isArray(value)) return INVALID
      const u = domain.universe
      for (let i = 0; i < value.length; i++) {
        const x: unknown = value[i]
        let known = false
        for (let j = 0; j < u.length; j++) if ((u[j] as { readonly id: unknown }).id === x) known = true
        if (!known) return INVALID
        for (let j = 0; j < i; j++) if (value[j] === x) return INVALID
      }
      if (u.length > 30) return Number.NaN
      // (`encode` false: only the check is wanted, and any code will do)
      if (!encode) return 0
      let m = 0
      for (let j = 0; j < u.length; j++)
        if (value.includes((u[j] as { readonly id: unknown }).id)) m |= 1 << j
      return m >>> 0
    }
    case 'flag':
      return value === true ? 1 : value === false ? 0 : INVALID
    default:
      return INVALID
  }
}

/**
 * `codeIn`'s answer for a value outside its domain (no code is −∞: a quantity's number is finite). Internal.
 *
 * @internal
 */
export const INVALID = Number.NEGATIVE_INFINITY

// Records a term of the earlier (`setA`) or the later draft (`setB`) in the sink.
const setA = (sink: TermSink, slot: number, code: number, value: Value): void => {
  sink.has[slot] = (sink.has[slot] as number) | 1
  sink.codesA[slot] = code
  if (sink.valuesA !== undefined) sink.valuesA[slot] = value
}

const setB = (sink: TermSink, slot: number, code: number, value: Value): void => {
  sink.has[slot] = (sink.has[slot] as number) | 2
  sink.codesB[slot] = code
  if (sink.valuesB !== undefined) sink.valuesB[slot] = value
}

// The issue with this id (an own property that is an object: inherited members are functions, never issues).
const issueAt = (issues: Readonly<Record<string, Issue>>, id: string): Issue | undefined => {
  const issue = issues[id]
  return typeof issue !== 'object' || issue === null || (id === '__proto__' && !hasOwn(issues, id))
    ? undefined
    : issue
}

const unknownIssue = (
  issues: Readonly<Record<string, Issue>>,
  id: string,
  where: string,
  problems: DiffProblem[],
): void => {
  problems.push(
    problem(
      'unknown-issue',
      `${where}.terms.${id}`,
      `the term addresses \`${id}\`, which is not an issue of the negotiation; add the issue or fix the id (issues are: ${knownIds(Object.keys(issues))})`,
    ),
  )
}

const invalidValue = (
  domain: Domain,
  id: string,
  value: Value,
  where: string,
  problems: DiffProblem[],
): void => {
  problems.push(
    problem(
      'invalid-value',
      `${where}.terms.${id}.value`,
      `issue \`${id}\`: ${valueProblem(domain, value) ?? ''}`,
    ),
  )
}

// `sameValue` for two values that are not the very same: subsets (lists) with the same elements.
const sameSet = (a: Value, b: Value): boolean => {
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
  for (const x of a as readonly unknown[]) if (!(b as readonly unknown[]).includes(x)) return false
  return true
}

// `codeIn` through a lookup (see the context): the option's code, or the subset's mask, each element known and
// listed once.
const codeBy = (lookup: Lookup, value: unknown): number => {
  if (lookup.kind === 'choice') return lookup.codes.get(value) ?? INVALID
  if (!Array.isArray(value)) return INVALID
  let m = 0
  for (let i = 0; i < value.length; i++) {
    const bits = lookup.codes.get(value[i])
    if (bits === undefined || (m & bits) !== 0) return INVALID
    m |= bits
  }
  return m >>> 0
}

// Issue ids in code-unit order (the order of `compareText`).

// True when the ids are already in order (as they are when a draft lists its terms by issue id): no sort needed.
const inOrder = (ids: readonly string[]): boolean => {
  for (let i = 1; i < ids.length; i++) if ((ids[i - 1] as string) > (ids[i] as string)) return false
  return true
}

// Entries by issue, then by the earlier draft's issue (two entries on one issue: a removed term mapped elsewhere).
const byIssue = (x: TermChange, y: TermChange): number =>
  compareText(x.issue, y.issue) || compareText(sideA(x), sideA(y))

const NONE: readonly never[] = Object.freeze([])

// A subset's label from its element references, as `valueLabel` writes it.
const refsLabel = (refs: readonly { readonly label: string }[]): string =>
  `{${refs.map((r) => r.label).join(', ')}}`

// The issue of the earlier draft's side ('' for an added term): breaks ties between entries on one issue.
const sideA = (t: TermChange): string => (t.status === 'added' ? '' : (t.aligned?.from ?? t.issue))

const sourcesOf = (x: Term | undefined, y: Term | undefined): readonly SourceId[] => {
  const s = [...(x?.sources ?? []), ...(y?.sources ?? [])]
  return s.length === 0 ? NONE : Object.freeze([...new Set(s)].sort(compareText))
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
