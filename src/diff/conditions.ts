/**
 * Conditions and sequencing compared between two drafts. Conditions are compared by structure, not by position in
 * the list: each gets a stable key in which the order of sets (options, intervals, element lists, `appliesTo`) does
 * not matter. Two conditions about the same subject (the same issue, party or pair of steps) whose keys differ are
 * reported as one `changed` condition; the rest as `added` or `removed`.
 *
 * @since 0.1.0
 */
import type { Condition } from '../model/condition'
import type { Domain, Interval, Issue, Option, ValueSet } from '../model/domain'
import { realUnion } from '../algebra/intervals'
import { compareText } from '../internal/text'
import { valueLabel } from './value-change'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * One condition (or sequencing step) that a later draft added, dropped or changed. `subject` is what the condition
 * is about (stable across wording changes); `fromLabel` and `toLabel` read each side in words, with issue and party
 * names.
 *
 * @category model
 * @since 0.1.0
 */
export interface ConditionChange {
  readonly status: 'added' | 'removed' | 'changed'
  readonly subject: string
  readonly from: Condition | null
  readonly to: Condition | null
  readonly fromLabel: string | null
  readonly toLabel: string | null
  readonly summary: string
}

/**
 * How conditions name issues, options and parties in words. Internal.
 *
 * @internal
 */
export interface Names {
  readonly issue: (id: string) => Issue | undefined
  readonly party: (id: string) => string
}

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * The stable structural key of a condition: equal for conditions that say the same thing, whatever the order of
 * their sets or fields: sets of options, values, parties and subset constraints are read in any order and with
 * repeats, and a list of intervals as the real numbers it covers (overlapping or touching intervals as one, a closed
 * bound with or without `minOpen: false`). The issue's domain is not known here, so two lists of intervals that
 * cover the same integers but not the same real numbers (`1–4` and `5–9` against `1–9`) keep different keys.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Diff } from 'negotiation-positions'
 * const a = { kind: 'value', issue: 'sanctions', in: { kind: 'options', options: ['eased', 'lifted'] } } as const
 * const b = { kind: 'value', issue: 'sanctions', in: { kind: 'options', options: ['lifted', 'eased'] } } as const
 * assert.strictEqual(Diff.conditionKey(a as any), Diff.conditionKey(b as any))
 */
export const conditionKey = (c: Condition): string => canonical(c)

/**
 * What a condition is about, whatever it requires: `value:<issue>` (and the issue it depends on), `acceptance:<party>`
 * (and proposal), `sequence:<steps>` (the pair of steps, in either order, so a reversed order reads as a change), or
 * `other:<text>`. Internal.
 *
 * @internal
 */
export const conditionSubject = (c: Condition): string => {
  switch (c.kind) {
    case 'value':
      return c.when === undefined ? `value:${c.issue}` : `value:${c.issue}|when:${c.when.issue}`
    case 'acceptance':
      return c.proposal === undefined ? `acceptance:${c.party}` : `acceptance:${c.party}|${c.proposal}`
    case 'sequence':
      return `sequence:${[c.first, c.then].sort(compareText).join('|')}`
    case 'other':
      return `other:${c.text}`
  }
}

/**
 * The conditions added, dropped and changed from `from` to `to`, in a stable order (by subject). Internal.
 *
 * @internal
 */
export const diffConditions = (
  from: readonly Condition[] | undefined,
  to: readonly Condition[] | undefined,
  names: Names,
): readonly ConditionChange[] => {
  if ((from === undefined || from.length === 0) && (to === undefined || to.length === 0)) return []
  const a = keyed(from ?? [])
  const b = keyed(to ?? [])
  // Identical conditions cancel out, one for one.
  const bLeft = new Map<string, Keyed[]>()
  for (const x of b) push(bLeft, x.key, x)
  const aLeft: Keyed[] = []
  for (const x of a) {
    const same = bLeft.get(x.key)
    if (same !== undefined && same.length > 0) same.shift()
    else aLeft.push(x)
  }
  // What remains is paired by subject, in key order, so the pairing is the same whichever side comes first.
  const bySubject = new Map<string, Keyed[]>()
  for (const list of bLeft.values()) for (const x of list) push(bySubject, x.subject, x)
  for (const list of bySubject.values()) list.sort(byKey)
  aLeft.sort(byKey)
  const out: Ordered[] = []
  for (const x of aLeft) {
    const partner = bySubject.get(x.subject)?.shift()
    out.push(partner === undefined ? order('removed', x, null, names) : order('changed', x, partner, names))
  }
  for (const list of bySubject.values()) for (const y of list) out.push(order('added', null, y, names))
  out.sort((p, q) => compareText(p.sortKey, q.sortKey))
  return out.map((o) => o.change)
}

/**
 * A one-line reading of a condition, with issue, option and party names ("Sanctions in {Eased, Lifted}", "Control
 * of Donetsk before Ceasefire scope (first step by Ukraine)"). Internal.
 *
 * @internal
 */
export const describeCondition = (c: Condition, names: Names): string => {
  const issue = (id: string): string => names.issue(id)?.label ?? id
  switch (c.kind) {
    case 'value': {
      const base = `${issue(c.issue)} in ${describeSet(c.in, names.issue(c.issue)?.domain)}`
      return c.when === undefined
        ? base
        : `${base} when ${issue(c.when.issue)} in ${describeSet(c.when.in, names.issue(c.when.issue)?.domain)}`
    }
    case 'acceptance': {
      const on = c.issues === undefined ? '' : ` on ${[...c.issues].sort(compareText).map(issue).join(', ')}`
      return `${names.party(c.party)} accepts${c.proposal === undefined ? '' : ` ${c.proposal}`}${on}`
    }
    case 'sequence':
      return `${issue(c.first)} before ${issue(c.then)}${c.by === undefined ? '' : ` (first step by ${names.party(c.by)})`}`
    case 'other':
      return c.text
  }
}

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

interface Keyed {
  readonly condition: Condition
  readonly key: string
  readonly subject: string
}

interface Ordered {
  readonly sortKey: string
  readonly change: ConditionChange
}

const keyed = (cs: readonly Condition[]): Keyed[] =>
  cs.map((condition) => ({ condition, key: conditionKey(condition), subject: conditionSubject(condition) }))

const byKey = (x: Keyed, y: Keyed): number => compareText(x.key, y.key)

const push = <A>(m: Map<string, A[]>, k: string, v: A): void => {
  const list = m.get(k)
  if (list === undefined) m.set(k, [v])
  else list.push(v)
}

const order = (
  status: ConditionChange['status'],
  a: Keyed | null,
  b: Keyed | null,
  names: Names,
): Ordered => {
  const keys = [a?.key ?? '', b?.key ?? ''].sort(compareText).join('\u0000')
  const subject = (a ?? b)?.subject ?? ''
  const from = a === null ? null : copy(a.condition)
  const to = b === null ? null : copy(b.condition)
  const fromLabel = from === null ? null : describeCondition(from, names)
  const toLabel = to === null ? null : describeCondition(to, names)
  const summary =
    status === 'added'
      ? `added: ${toLabel ?? ''}`
      : status === 'removed'
        ? `dropped: ${fromLabel ?? ''}`
        : `${fromLabel ?? ''} → ${toLabel ?? ''}`
  return {
    sortKey: `${subject}\u0000${keys}`,
    change: { status, subject, from, to, fromLabel, toLabel, summary },
  }
}

// A copy the result owns (the diff is frozen; the drafts it came from are not touched).
const copy = (c: Condition): Condition => JSON.parse(JSON.stringify(c)) as Condition

// Fields whose value is a set: their order carries no meaning.
const SET_FIELDS: ReadonlySet<string> = new Set([
  'options',
  'values',
  'include',
  'exclude',
  'appliesTo',
  'issues',
])

// JSON with sorted keys, set-like arrays sorted and de-duplicated, intervals merged into their union and subset
// constraints in a canonical order.
const canonical = (u: unknown, field = ''): string => {
  if (Array.isArray(u)) {
    if (field === 'intervals') {
      const { spans, rest } = union(u)
      const others = dedupe(rest.map((x) => canonical(x)).sort(compareText))
      return `[${[...spans.map((x) => canonical(x)), ...others].join(',')}]`
    }
    const items = u.map((x) => canonical(x))
    return `[${(SET_FIELDS.has(field) || field === 'any' ? dedupe(items.sort(compareText)) : items).join(',')}]`
  }
  if (typeof u === 'object' && u !== null) {
    const o = u as Record<string, unknown>
    const keys = Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort(compareText)
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(o[k], k)}`).join(',')}}`
  }
  return JSON.stringify(u) ?? 'null'
}

const dedupe = (sorted: string[]): string[] => sorted.filter((x, i) => i === 0 || sorted[i - 1] !== x)

const isInterval = (u: unknown): u is Interval => {
  if (typeof u !== 'object' || u === null) return false
  const { min, max, minOpen, maxOpen } = u as Record<string, unknown>
  return (
    typeof min === 'number' &&
    typeof max === 'number' &&
    Number.isFinite(min) &&
    Number.isFinite(max) &&
    (minOpen === undefined || typeof minOpen === 'boolean') &&
    (maxOpen === undefined || typeof maxOpen === 'boolean')
  )
}

/**
 * A list of intervals as the real numbers it covers (`realUnion`), and apart, the items that are not intervals,
 * which the key reads as written.
 */
const union = (
  xs: ReadonlyArray<unknown>,
): { readonly spans: ReadonlyArray<unknown>; readonly rest: ReadonlyArray<unknown> } => ({
  spans: realUnion(xs.filter(isInterval)),
  rest: xs.filter((x) => !isInterval(x)),
})

// A value set in words, with option labels when the domain is known (options in the domain's order).
const describeSet = (s: ValueSet, domain: Domain | undefined): string => {
  const labelled = (ids: readonly string[], options: readonly Option[] | undefined): string[] =>
    options === undefined
      ? [...new Set(ids)].sort(compareText)
      : [
          ...options.filter((o) => ids.includes(o.id)).map((o) => o.label),
          ...[...new Set(ids)].filter((id) => !options.some((o) => o.id === id)).sort(compareText),
        ]
  const options =
    domain?.kind === 'choice' ? domain.options : domain?.kind === 'subset' ? domain.universe : undefined
  switch (s.kind) {
    case 'options':
      return `{${labelled(s.options, options).join(', ')}}`
    case 'flags': {
      const words = (v: boolean): string =>
        domain?.kind === 'flag' ? valueLabel(domain, v) : v ? 'yes' : 'no'
      return `{${[false, true]
        .filter((v) => s.values.includes(v))
        .map(words)
        .join(', ')}}`
    }
    case 'intervals':
      return s.intervals
        .map(
          (i) =>
            `${i.minOpen === true ? '(' : '['}${String(i.min)}, ${String(i.max)}${i.maxOpen === true ? ')' : ']'}`,
        )
        .sort(compareText)
        .join(' ∪ ')
    case 'subsets':
      // in braces like the other kinds of set, so that "Guarantors in {sets with United States}" reads as one
      return `{${s.any
        .map((c) => {
          const parts: string[] = []
          if (c.minSize !== undefined && c.maxSize !== undefined)
            parts.push(`of ${String(c.minSize)} to ${String(c.maxSize)}`)
          else if (c.minSize !== undefined) parts.push(`of at least ${String(c.minSize)}`)
          else if (c.maxSize !== undefined) parts.push(`of at most ${String(c.maxSize)}`)
          if (c.include !== undefined) parts.push(`with ${labelled(c.include, options).join(', ')}`)
          if (c.exclude !== undefined) parts.push(`without ${labelled(c.exclude, options).join(', ')}`)
          return parts.length === 0 ? 'any set' : `sets ${parts.join(' ')}`
        })
        .sort(compareText)
        .join(' or ')}}`
  }
}
