/**
 * Issues and their domains: what is being negotiated and which values each issue can take. A domain is one of four
 * kinds — `choice` (options, optionally ordered from one pole to the other), `quantity` (a number with a unit and
 * bounds), `subset` (a set drawn from a universe) and `flag` (yes or no). A value is one point of a domain; a value
 * set is a region of it.
 *
 * @since 0.1.0
 */
import * as t from 'io-ts'
import { boundedNumber, finite, list, oneOf, struct, tagged, text } from '../internal/codec'
import { OptionId } from './ids'

// -------------------------------------------------------------------------------------
// domains
// -------------------------------------------------------------------------------------

const OptionCodec = struct('Option', { id: OptionId, label: text(500) }, { description: text() })
/**
 * @category domains
 * @since 0.1.0
 */
export interface Option extends t.TypeOf<typeof OptionCodec> {}
/**
 * One option of a `choice` issue, or one element of a `subset` issue's universe.
 *
 * @category domains
 * @since 0.1.0
 */
export const Option: t.Type<Option, Option, unknown> = OptionCodec

const ChoiceDomainCodec = struct(
  'ChoiceDomain',
  { kind: t.literal('choice'), options: list(Option, 'options') },
  {
    ordered: t.boolean,
    poles: struct('Poles', { first: text(500), last: text(500) }),
  },
)
/**
 * @category domains
 * @since 0.1.0
 */
export interface ChoiceDomain extends t.TypeOf<typeof ChoiceDomainCodec> {}
/**
 * A choice among options. When `ordered` is true the options are listed from one pole to the other (for NATO
 * membership: member, path to membership, deferred, neutral), so "moved k steps toward" has a meaning.
 *
 * @category domains
 * @since 0.1.0
 */
export const ChoiceDomain: t.Type<ChoiceDomain, ChoiceDomain, unknown> = ChoiceDomainCodec

const QuantityDomainCodec = struct(
  'QuantityDomain',
  { kind: t.literal('quantity'), unit: text(100), min: finite, max: finite },
  { integer: t.boolean },
)
/**
 * @category domains
 * @since 0.1.0
 */
export interface QuantityDomain extends t.TypeOf<typeof QuantityDomainCodec> {}
/**
 * A number with a unit and inclusive bounds (troops, days, kilometres, per cent).
 *
 * @category domains
 * @since 0.1.0
 */
export const QuantityDomain: t.Type<QuantityDomain, QuantityDomain, unknown> = QuantityDomainCodec

const SubsetDomainCodec = struct('SubsetDomain', { kind: t.literal('subset'), universe: list(Option, 'universe') })
/**
 * @category domains
 * @since 0.1.0
 */
export interface SubsetDomain extends t.TypeOf<typeof SubsetDomainCodec> {}
/**
 * A set of elements drawn from a universe (which sanctions regimes are lifted, which states are guarantors).
 *
 * @category domains
 * @since 0.1.0
 */
export const SubsetDomain: t.Type<SubsetDomain, SubsetDomain, unknown> = SubsetDomainCodec

const FlagDomainCodec = struct(
  'FlagDomain',
  { kind: t.literal('flag') },
  { yes: text(500), no: text(500) },
)
/**
 * @category domains
 * @since 0.1.0
 */
export interface FlagDomain extends t.TypeOf<typeof FlagDomainCodec> {}
/**
 * Yes or no (an energy-strike moratorium is in force, or not).
 *
 * @category domains
 * @since 0.1.0
 */
export const FlagDomain: t.Type<FlagDomain, FlagDomain, unknown> = FlagDomainCodec

/**
 * The value space of an issue, discriminated by `kind`.
 *
 * @category domains
 * @since 0.1.0
 */
export const Domain: t.Type<Domain, Domain, unknown> = tagged('Domain', 'kind', {
  choice: ChoiceDomain,
  quantity: QuantityDomain,
  subset: SubsetDomain,
  flag: FlagDomain,
})
/**
 * @category domains
 * @since 0.1.0
 */
export type Domain = ChoiceDomain | QuantityDomain | SubsetDomain | FlagDomain

// -------------------------------------------------------------------------------------
// values
// -------------------------------------------------------------------------------------

/**
 * One point of a domain: an option id (`choice`), a number (`quantity`), a list of element ids (`subset`) or a
 * boolean (`flag`). Which one is right depends on the issue; the loader checks it.
 *
 * @category values
 * @since 0.1.0
 */
export const Value = new t.Type<Value, Value, unknown>(
  'Value',
  (u): u is Value =>
    typeof u === 'boolean' ||
    (typeof u === 'number' && Number.isFinite(u)) ||
    (typeof u === 'string' && OptionId.is(u)) ||
    (Array.isArray(u) && u.every((x) => OptionId.is(x))),
  (u, c) => {
    if (typeof u === 'boolean') return t.success(u)
    if (typeof u === 'number')
      return Number.isFinite(u) ? t.success(u) : t.failure(u, c, `expected a finite number, got ${String(u)}`)
    if (typeof u === 'string')
      return OptionId.is(u) ? t.success(u) : t.failure(u, c, `\`${u}\` is not a valid option id`)
    if (Array.isArray(u)) {
      const bad = u.findIndex((x) => !OptionId.is(x))
      return bad < 0
        ? t.success(Object.freeze(u.slice()) as readonly OptionId[])
        : t.failure(u[bad], [...c, { key: String(bad), type: OptionId, actual: u[bad] }], 'expected an element id')
    }
    return t.failure(u, c, 'expected a value: an option id, a number, a list of element ids, or true/false')
  },
  t.identity,
)
/**
 * @category values
 * @since 0.1.0
 */
export type Value = OptionId | number | readonly OptionId[] | boolean

// -------------------------------------------------------------------------------------
// value sets
// -------------------------------------------------------------------------------------

const OptionSetCodec = struct('OptionSet', { kind: t.literal('options'), options: list(OptionId, 'options') })
/**
 * @category value sets
 * @since 0.1.0
 */
export interface OptionSet extends t.TypeOf<typeof OptionSetCodec> {}
/**
 * A set of options of a `choice` issue.
 *
 * @category value sets
 * @since 0.1.0
 */
export const OptionSet: t.Type<OptionSet, OptionSet, unknown> = OptionSetCodec

const IntervalCodec = struct(
  'Interval',
  { min: finite, max: finite },
  { minOpen: t.boolean, maxOpen: t.boolean },
)
/**
 * @category value sets
 * @since 0.1.0
 */
export interface Interval extends t.TypeOf<typeof IntervalCodec> {}
/**
 * An interval of a `quantity` issue; bounds are closed unless marked open.
 *
 * @category value sets
 * @since 0.1.0
 */
export const Interval: t.Type<Interval, Interval, unknown> = IntervalCodec

const IntervalSetCodec = struct('IntervalSet', {
  kind: t.literal('intervals'),
  intervals: list(Interval, 'intervals'),
})
/**
 * @category value sets
 * @since 0.1.0
 */
export interface IntervalSet extends t.TypeOf<typeof IntervalSetCodec> {}
/**
 * A union of intervals of a `quantity` issue.
 *
 * @category value sets
 * @since 0.1.0
 */
export const IntervalSet: t.Type<IntervalSet, IntervalSet, unknown> = IntervalSetCodec

const Size = boundedNumber('size', 0, Number.MAX_SAFE_INTEGER)

const SubsetConstraintCodec = struct(
  'SubsetConstraint',
  {},
  { include: list(OptionId), exclude: list(OptionId), minSize: Size, maxSize: Size },
)
/**
 * @category value sets
 * @since 0.1.0
 */
export interface SubsetConstraint extends t.TypeOf<typeof SubsetConstraintCodec> {}
/**
 * One constraint on a subset: elements it must include, elements it must exclude, and bounds on its size.
 *
 * @category value sets
 * @since 0.1.0
 */
export const SubsetConstraint: t.Type<SubsetConstraint, SubsetConstraint, unknown> = SubsetConstraintCodec

const SubsetSetCodec = struct('SubsetSet', { kind: t.literal('subsets'), any: list(SubsetConstraint, 'any') })
/**
 * @category value sets
 * @since 0.1.0
 */
export interface SubsetSet extends t.TypeOf<typeof SubsetSetCodec> {}
/**
 * A region of a `subset` issue: the subsets that satisfy any one of the constraints.
 *
 * @category value sets
 * @since 0.1.0
 */
export const SubsetSet: t.Type<SubsetSet, SubsetSet, unknown> = SubsetSetCodec

const FlagSetCodec = struct('FlagSet', { kind: t.literal('flags'), values: list(t.boolean, 'values') })
/**
 * @category value sets
 * @since 0.1.0
 */
export interface FlagSet extends t.TypeOf<typeof FlagSetCodec> {}
/**
 * A set of `flag` values (`[true]`, `[false]`, both or none).
 *
 * @category value sets
 * @since 0.1.0
 */
export const FlagSet: t.Type<FlagSet, FlagSet, unknown> = FlagSetCodec

/**
 * A region of a domain, discriminated by `kind`: `options` for choices, `intervals` for quantities, `subsets` for
 * subsets, `flags` for flags.
 *
 * @category value sets
 * @since 0.1.0
 */
export const ValueSet: t.Type<ValueSet, ValueSet, unknown> = tagged('ValueSet', 'kind', {
  options: OptionSet,
  intervals: IntervalSet,
  subsets: SubsetSet,
  flags: FlagSet,
})
/**
 * @category value sets
 * @since 0.1.0
 */
export type ValueSet = OptionSet | IntervalSet | SubsetSet | FlagSet

// -------------------------------------------------------------------------------------
// issues
// -------------------------------------------------------------------------------------

/**
 * The broad area an issue belongs to; reports group issues by it.
 *
 * @category issues
 * @since 0.1.0
 */
export const IssueCategory = oneOf('IssueCategory', [
  'territory',
  'alliance',
  'sanctions',
  'security-guarantees',
  'ceasefire',
  'military',
  'humanitarian',
  'economic',
  'political',
  'legal',
  'energy',
  'procedural',
  'other',
])
/**
 * @category issues
 * @since 0.1.0
 */
export type IssueCategory = t.TypeOf<typeof IssueCategory>

const IssueCodec = struct(
  'Issue',
  { label: text(500), category: IssueCategory, domain: Domain },
  { description: text(), group: text(200) },
)
/**
 * @category issues
 * @since 0.1.0
 */
export interface Issue extends t.TypeOf<typeof IssueCodec> {}
/**
 * One negotiable dimension: a label, a category and a domain. Its id is its key in the document's `issues`.
 *
 * @category issues
 * @since 0.1.0
 */
export const Issue: t.Type<Issue, Issue, unknown> = IssueCodec
