/**
 * The small vocabulary the mapping tables of mapping/*.ts are written in: one `rec(...)` per record of
 * positions.json (in file order), each with one or more `on(issue, {...})` targets that say which catalogue issue
 * the record speaks to and which values it implies. convert.ts turns them into `Position` objects.
 */
import type { Domain, Issue } from '../../../src/model/domain'
import { issues, type DatasetParty } from '../issues'

// -------------------------------------------------------------------------------------
// catalogue ids
// -------------------------------------------------------------------------------------

/**
 * The issue ids of the catalogue, written out so that the tables are type-checked against every one of them
 * (convert.ts checks that this list and the keys of `issues` in ../issues.ts are the same).
 */
export const CATALOGUE_ISSUES = [
  'territory.crimea.recognition',
  'territory.donetsk.control',
  'territory.donetsk.recognition',
  'territory.luhansk.control',
  'territory.luhansk.recognition',
  'territory.zaporizhzhia.control',
  'territory.zaporizhzhia.recognition',
  'territory.kherson.control',
  'territory.kherson.recognition',
  'territory.other-areas',
  'territory.line-of-contact',
  'alliance.nato',
  'guarantees.guarantors',
  'guarantees.strength',
  'guarantees.foreign-troops',
  'sanctions.us',
  'sanctions.eu',
  'sanctions.agri-finance',
  'sanctions.timing',
  'ceasefire.scope',
  'ceasefire.duration',
  'ceasefire.sequencing',
  'energy.moratorium',
  'black-sea.navigation',
  'army.size',
  'elections.timing',
  'frozen-assets',
  'reparations',
  'amnesty',
  'prisoners.exchange',
  'language-church',
  'nuclear-plant',
  'military-aid',
  'negotiation.format',
  'economic-normalisation',
] as const

/** An issue id of the catalogue. */
export type DatasetIssue = (typeof CATALOGUE_ISSUES)[number]

/** The domain of a catalogue issue. */
export const domainOf = (issue: string): Domain | undefined =>
  Object.prototype.hasOwnProperty.call(issues, issue)
    ? (issues as Readonly<Record<string, Issue>>)[issue]?.domain
    : undefined

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** A value as written in the tables: an option id, a number, a list of element ids, or a flag. */
export type RawValue = string | number | boolean | ReadonlyArray<string>

/** One constraint on a subset (mirrors the model's `SubsetConstraint`). */
export interface RawSubsetConstraint {
  readonly include?: ReadonlyArray<string>
  readonly exclude?: ReadonlyArray<string>
  readonly minSize?: number
  readonly maxSize?: number
}

/** One interval of a quantity (mirrors the model's `Interval`). */
export interface RawInterval {
  readonly min: number
  readonly max: number
  readonly minOpen?: boolean
  readonly maxOpen?: boolean
}

/** A value set as written in the tables (mirrors the model's `ValueSet`). */
export type RawValueSet =
  | { readonly kind: 'options'; readonly options: ReadonlyArray<string> }
  | { readonly kind: 'intervals'; readonly intervals: ReadonlyArray<RawInterval> }
  | { readonly kind: 'subsets'; readonly any: ReadonlyArray<RawSubsetConstraint> }
  | { readonly kind: 'flags'; readonly values: ReadonlyArray<boolean> }

/** A condition as written in the tables (mirrors the model's `Condition`, with plain strings for ids). */
export type RawCondition =
  | {
      readonly kind: 'value'
      readonly issue: DatasetIssue
      readonly in: RawValueSet
      readonly when?: { readonly issue: DatasetIssue; readonly in: RawValueSet }
      readonly text?: string
    }
  | { readonly kind: 'acceptance'; readonly party: DatasetParty; readonly text?: string }
  | {
      readonly kind: 'sequence'
      readonly first: DatasetIssue
      readonly then: DatasetIssue
      readonly by?: DatasetParty
      readonly text?: string
    }
  | { readonly kind: 'other'; readonly text: string }

/** What one record says about one catalogue issue. No values at all: a statement-only position. */
export interface Target {
  readonly issue: DatasetIssue
  /** The party, when it differs from the record's (an `OTHER` record that names two observers). */
  readonly party?: DatasetParty
  readonly ideal?: RawValue
  readonly acceptable?: RawValueSet
  readonly redLines?: RawValueSet
  readonly conditions?: ReadonlyArray<RawCondition>
  readonly note?: string
}

/** The mapping of one record: its date (checked against the file), its party for `OTHER`, and its targets. */
export interface Entry {
  readonly date: string
  readonly party?: DatasetParty
  /** Set when the record cannot be mapped yet: the reason, reported and kept out of positions.json. */
  readonly pending?: string
  readonly targets: ReadonlyArray<Target>
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

const optionIds = (issue: DatasetIssue): ReadonlyArray<string> => {
  const d = domainOf(issue)
  if (d?.kind !== 'choice') throw new Error(`${issue} is not a choice issue of the catalogue`)
  return d.options.map((o) => o.id)
}

/** The options given. */
export const opts = (...ids: ReadonlyArray<string>): RawValueSet => ({ kind: 'options', options: ids })

/** Every option of `issue` except the ones given ("anything but a full withdrawal"). */
export const except = (issue: DatasetIssue, ...ids: ReadonlyArray<string>): RawValueSet =>
  opts(...optionIds(issue).filter((o) => !ids.includes(o)))

/**
 * Ukraine's end of each ordered issue (Europe sides with Ukraine; Russia holds the other end). The first option is
 * Ukraine's pole except on the "none … most" scales of guarantees and on sanctions timing.
 */
const UA_POLE_LAST: ReadonlySet<DatasetIssue> = new Set<DatasetIssue>([
  'guarantees.strength',
  'guarantees.foreign-troops',
  'sanctions.timing',
])

/** Issues whose order says nothing about which side prefers which end: no pole, so no `toward`. */
const NO_POLE: ReadonlySet<DatasetIssue> = new Set<DatasetIssue>([
  'ceasefire.scope',
  'prisoners.exchange',
  'negotiation.format',
])

/**
 * The value a party accepts plus every value between it and that party's own pole: a party that can live with a
 * partial loss can live with less of a loss. Only for Russia, Ukraine and Europe on ordered issues with poles.
 */
export const toward = (party: 'RU' | 'UA' | 'EUR', issue: DatasetIssue, value: string): RawValueSet => {
  if (NO_POLE.has(issue)) throw new Error(`${issue} has no pole: list the options`)
  const ids = optionIds(issue)
  const i = ids.indexOf(value)
  if (i < 0) throw new Error(`${issue} has no option ${value}`)
  const uaLast = UA_POLE_LAST.has(issue)
  const towardFirst = party === 'RU' ? uaLast : !uaLast
  return opts(...(towardFirst ? ids.slice(0, i + 1) : ids.slice(i)))
}

/** The flag values given. */
export const flags = (...values: ReadonlyArray<boolean>): RawValueSet => ({ kind: 'flags', values })

/** One closed interval, or open at an end. */
export const between = (
  min: number,
  max: number,
  open: { minOpen?: boolean; maxOpen?: boolean } = {},
): RawValueSet => ({
  kind: 'intervals',
  intervals: [{ min, max, ...open }],
})

/** Single points of a quantity (`points(1, 3, 30)`). */
export const points = (...xs: ReadonlyArray<number>): RawValueSet => ({
  kind: 'intervals',
  intervals: xs.map((x) => ({ min: x, max: x })),
})

/** The subsets that satisfy any of the constraints. */
export const subsets = (...any: ReadonlyArray<RawSubsetConstraint>): RawValueSet => ({ kind: 'subsets', any })

/** An order of steps: `first` is settled (or carried out, by `by`) before `then`. */
export const seq = (
  first: DatasetIssue,
  then: DatasetIssue,
  text: string,
  by?: DatasetParty,
): RawCondition =>
  by === undefined ? { kind: 'sequence', first, then, text } : { kind: 'sequence', first, then, by, text }

/** A value another issue must take, optionally only `when` a third issue takes a value in a set. */
export const needs = (
  issue: DatasetIssue,
  set: RawValueSet,
  text: string,
  when?: { readonly issue: DatasetIssue; readonly in: RawValueSet },
): RawCondition =>
  when === undefined ? { kind: 'value', issue, in: set, text } : { kind: 'value', issue, in: set, when, text }

/** Another party's acceptance ("if Russia reciprocates"). */
export const ifAccepts = (party: DatasetParty, text: string): RawCondition => ({
  kind: 'acceptance',
  party,
  text,
})

/** A condition in words. */
export const words = (text: string): RawCondition => ({ kind: 'other', text })

/** A target: what the record says about `issue` (no fields: statement only). */
export const on = (issue: DatasetIssue, fields: Omit<Target, 'issue'> = {}): Target => ({ issue, ...fields })

/** The mapping of one record. */
export const rec = (date: string, ...targets: ReadonlyArray<Target>): Entry => ({ date, targets })

/** The mapping of one `OTHER` record, with the observer party its text names. */
export const recAs = (party: DatasetParty, date: string, ...targets: ReadonlyArray<Target>): Entry => ({
  date,
  party,
  targets,
})

/** A record that cannot be mapped yet, with the reason (reported by convert.ts, kept out of the output). */
export const pending = (date: string, reason: string, ...targets: ReadonlyArray<Target>): Entry => ({
  date,
  pending: reason,
  targets,
})
