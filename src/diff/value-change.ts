/**
 * How one issue's value changed between two drafts, in the terms of its domain: an ordered choice moved some steps
 * toward one pole, an unordered choice switched, a quantity went from one number to another, a subset gained and
 * lost elements, a flag flipped.
 *
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import { algebraFor, checkValue } from '../algebra/check'
import type { Domain, Value } from '../model/domain'
import type { OptionId } from '../model/ids'
import { compareText } from '../internal/text'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * An option (or subset element) with its label, so a change can be read without the issue at hand.
 *
 * @category model
 * @since 0.1.0
 */
export interface OptionRef {
  readonly id: OptionId
  readonly label: string
}

/**
 * An ordered choice moved `steps` options along its scale: positive toward the last pole, negative toward the first.
 * `toward` and `pole` name the pole it moved toward (the domain's pole label, or else the option at that end).
 *
 * @category model
 * @since 0.1.0
 */
export interface Moved {
  readonly kind: 'moved'
  readonly from: OptionRef
  readonly to: OptionRef
  readonly steps: number
  readonly toward: 'first' | 'last'
  readonly pole: string
}

/**
 * An unordered choice switched from one option to another.
 *
 * @category model
 * @since 0.1.0
 */
export interface Switched {
  readonly kind: 'switched'
  readonly from: OptionRef
  readonly to: OptionRef
}

/**
 * A quantity changed: `absolute` is `to − from`; `relative` is that change over `|from|` (null when `from` is 0).
 *
 * @category model
 * @since 0.1.0
 */
export interface Resized {
  readonly kind: 'resized'
  readonly from: number
  readonly to: number
  readonly absolute: number
  readonly relative: number | null
  readonly unit: string
}

/**
 * A subset gained and lost elements.
 *
 * @category model
 * @since 0.1.0
 */
export interface Regrouped {
  readonly kind: 'regrouped'
  readonly from: readonly OptionRef[]
  readonly to: readonly OptionRef[]
  readonly added: readonly OptionRef[]
  readonly removed: readonly OptionRef[]
}

/**
 * A flag flipped; `label` says what the new value means (the domain's `yes` or `no` text).
 *
 * @category model
 * @since 0.1.0
 */
export interface Flipped {
  readonly kind: 'flipped'
  readonly from: boolean
  readonly to: boolean
  readonly label: string
}

/**
 * A value was replaced by one from a different domain (two issues aligned by a user mapping whose domains differ).
 *
 * @category model
 * @since 0.1.0
 */
export interface Replaced {
  readonly kind: 'replaced'
  readonly from: string
  readonly to: string
}

/**
 * A domain-aware description of how a value changed, discriminated by `kind`.
 *
 * @category model
 * @since 0.1.0
 */
export type ValueChange = Moved | Switched | Resized | Regrouped | Flipped | Replaced

// -------------------------------------------------------------------------------------
// guards
// -------------------------------------------------------------------------------------

/**
 * True when `value` belongs to `domain`: the same test as the algebra's, without allocating (it runs once per term
 * of both drafts). Internal.
 *
 * @internal
 */
export const isValue = (domain: Domain, value: unknown): boolean => {
  switch (domain.kind) {
    case 'choice': {
      for (const o of domain.options) if (o.id === value) return true
      return false
    }
    case 'quantity':
      return (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        value >= domain.min &&
        value <= domain.max &&
        (domain.integer !== true || Number.isInteger(value))
      )
    case 'subset': {
      if (!Array.isArray(value)) return false
      const u = domain.universe
      for (let i = 0; i < value.length; i++) {
        const x: unknown = value[i]
        let known = false
        for (const o of u) if (o.id === x) known = true
        if (!known) return false
        for (let j = 0; j < i; j++) if (value[j] === x) return false
      }
      return true
    }
    case 'flag':
      return typeof value === 'boolean'
  }
}

/**
 * True when two values (each in its domain, so a subset lists no element twice) are the same point: subsets
 * compare as sets. The algebra's `valueEquals` without allocating. Internal.
 *
 * @internal
 */
export const sameValue = (a: Value, b: Value): boolean => {
  if (a === b) return true
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
  for (const x of a) if (!b.includes(x)) return false
  return true
}

/**
 * Why `value` does not belong to `domain` (the algebra's sentence), or null when it does. Internal.
 *
 * @internal
 */
export const valueProblem = (domain: Domain, value: Value): string | null => {
  if (isValue(domain, value)) return null
  const algebra = algebraFor(domain)
  if (E.isLeft(algebra)) return algebra.left.message
  const checked = checkValue(algebra.right, domain, value)
  return E.isLeft(checked) ? checked.left.message : 'the value does not belong to the issue'
}

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * How `from` became `to` in `domain` (both assumed to belong to it and to differ). Internal.
 *
 * @internal
 */
export const valueChange = (domain: Domain, from: Value, to: Value): ValueChange =>
  Object.freeze(change(domain, from, to))

const change = (domain: Domain, from: Value, to: Value): ValueChange => {
  switch (domain.kind) {
    case 'choice': {
      const i = indexOf(domain.options, from)
      const j = indexOf(domain.options, to)
      const a = optionRef(domain.options, i, from)
      const b = optionRef(domain.options, j, to)
      if (domain.ordered !== true || i < 0 || j < 0) return { kind: 'switched', from: a, to: b }
      const toward = j > i ? 'last' : 'first'
      return { kind: 'moved', from: a, to: b, steps: j - i, toward, pole: poleLabel(domain, toward) }
    }
    case 'quantity': {
      const x = from as number
      const y = to as number
      return {
        kind: 'resized',
        from: x,
        to: y,
        absolute: y - x,
        relative: x === 0 ? null : (y - x) / Math.abs(x),
        unit: domain.unit,
      }
    }
    case 'subset': {
      const a = elementRefs(domain.universe, from as readonly OptionId[])
      const b = elementRefs(domain.universe, to as readonly OptionId[])
      return {
        kind: 'regrouped',
        from: a,
        to: b,
        added: without(b, a),
        removed: without(a, b),
      }
    }
    case 'flag':
      return {
        kind: 'flipped',
        from: from as boolean,
        to: to as boolean,
        label: flagLabel(domain, to as boolean),
      }
  }
}

/**
 * A short human rendering of a value of `domain`, as `Values.describe` gives it (an option's label, a number with its
 * unit, a subset's labels in braces, a flag's yes or no label), with thousands separators in numbers. Internal.
 *
 * @internal
 */
export const valueLabel = (domain: Domain, value: Value): string => {
  switch (domain.kind) {
    case 'choice': {
      for (const o of domain.options) if (o.id === value) return o.label
      return String(value)
    }
    case 'quantity':
      return `${formatNumber(value as number)} ${domain.unit}`
    case 'subset':
      return `{${elementRefs(domain.universe, value as readonly OptionId[])
        .map((o) => o.label)
        .join(', ')}}`
    case 'flag':
      return flagLabel(domain, value as boolean)
  }
}

/**
 * A copy of a value that the result may own and freeze (subset values are lists). Internal.
 *
 * @internal
 */
export const ownValue = (v: Value): Value =>
  Array.isArray(v) ? Object.freeze([...(v as readonly OptionId[])]) : v

/**
 * A number written with thousands separators and at most three decimals, the same on every machine. Internal.
 *
 * @internal
 */
export const formatNumber = (n: number): string => {
  const rounded = Math.round(n * 1000) / 1000
  const sign = rounded < 0 ? '-' : ''
  const text = String(Math.abs(rounded))
  const dot = text.indexOf('.')
  const int = dot < 0 ? text : text.slice(0, dot)
  const frac = dot < 0 ? '' : text.slice(dot)
  return `${sign}${int.length > 4 ? grouped(int) : int}${frac}`
}

// Digits in groups of three from the right, comma-separated ("1234567" → "1,234,567"); other text (an exponent,
// `Infinity`) as the pattern `\B(?=(\d{3})+(?!\d))` leaves it.
const grouped = (int: string): string => {
  if (!/^\d+$/.test(int)) return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const head = int.length % 3 || 3
  let out = int.slice(0, head)
  for (let i = head; i < int.length; i += 3) out += `,${int.slice(i, i + 3)}`
  return out
}

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

type Options = readonly { readonly id: OptionId; readonly label: string }[]

const optionRef = (options: Options, i: number, id: Value): OptionRef => {
  const o = options[i]
  return Object.freeze(
    o === undefined ? { id: id as OptionId, label: String(id) } : { id: o.id, label: o.label },
  )
}

// Elements in the universe's order (so the same set always reads the same), unknown ones last.
const elementRefs = (universe: Options, ids: readonly OptionId[]): readonly OptionRef[] => {
  const out: OptionRef[] = []
  for (const o of universe) if (ids.includes(o.id)) out.push(Object.freeze({ id: o.id, label: o.label }))
  if (out.length < ids.length) {
    const unknown = ids.filter((id) => !universe.some((o) => o.id === id)).sort(compareText)
    for (const id of unknown) out.push(Object.freeze({ id, label: id }))
  }
  return Object.freeze(out)
}

// The index of the first option with this id, or -1.
const indexOf = (options: Options, id: Value): number => {
  for (let i = 0; i < options.length; i++) if ((options[i] as OptionRef).id === id) return i
  return -1
}

// The references of `xs` whose id is not among those of `ys`, in order, frozen.
const without = (xs: readonly OptionRef[], ys: readonly OptionRef[]): readonly OptionRef[] => {
  const out: OptionRef[] = []
  for (const x of xs) {
    let found = false
    for (const y of ys) if (y.id === x.id) found = true
    if (!found) out.push(x)
  }
  return Object.freeze(out)
}

const flagLabel = (domain: Domain & { kind: 'flag' }, v: boolean): string =>
  v ? (domain.yes ?? 'yes') : (domain.no ?? 'no')

const poleLabel = (domain: Domain & { kind: 'choice' }, toward: 'first' | 'last'): string => {
  const named = domain.poles?.[toward]
  if (named !== undefined) return named
  const o = toward === 'first' ? domain.options[0] : domain.options[domain.options.length - 1]
  return o === undefined ? toward : o.label
}
