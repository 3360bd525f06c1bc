/**
 * The general issue constructors (`choice`, `quantity`, `subset`, `flag`, `option`) and the types shared by the
 * ready-made builders: typed ids, named things, per-issue label overrides.
 *
 * @since 0.1.0
 */
import { deepFreeze } from '../internal/freeze'
import type {
  ChoiceDomain,
  FlagDomain,
  Issue,
  IssueCategory,
  Option,
  QuantityDomain,
  SubsetDomain,
} from './domain'
import type { OptionId } from './ids'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * An issue whose domain is a `choice`.
 *
 * @category model
 * @since 0.1.0
 */
export type ChoiceIssue = Issue & { readonly domain: ChoiceDomain }
/**
 * An issue whose domain is a `quantity`.
 *
 * @category model
 * @since 0.1.0
 */
export type QuantityIssue = Issue & { readonly domain: QuantityDomain }
/**
 * An issue whose domain is a `subset`.
 *
 * @category model
 * @since 0.1.0
 */
export type SubsetIssue = Issue & { readonly domain: SubsetDomain }
/**
 * An issue whose domain is a `flag`.
 *
 * @category model
 * @since 0.1.0
 */
export type FlagIssue = Issue & { readonly domain: FlagDomain }

type Chars<S extends string, Acc extends string = never> = S extends `${infer C}${infer R}`
  ? Chars<R, Acc | C>
  : Acc
type Alnum = Chars<'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'>
type IdChar = Alnum | '.' | '_' | ':' | '-'
type AllIdChars<S extends string> = S extends ''
  ? true
  : S extends `${infer C}${infer R}`
    ? C extends IdChar
      ? AllIdChars<R>
      : false
    : false

/**
 * `S` itself when it is a well-formed id (a letter or digit, then letters, digits and `. _ : -`; not a prototype
 * key), `never` otherwise. A wide `string` passes: ids known only at run time are checked by the loader.
 *
 * @category model
 * @since 0.1.0
 */
export type ValidId<S extends string> = string extends S
  ? S
  : S extends '__proto__' | 'constructor' | 'prototype'
    ? never
    : S extends `${infer C}${infer R}`
      ? C extends Alnum
        ? AllIdChars<R> extends true
          ? S
          : never
        : never
      : never

/**
 * Something with an id and a name: a sanctions regime, a guarantor, an alliance.
 *
 * @category model
 * @since 0.1.0
 */
export interface Named<I extends string = string> {
  readonly id: I
  readonly label: string
  readonly description?: string
}

/**
 * An option as the constructors accept it: a plain `{ id, label, description? }` or the result of `option`.
 *
 * @category model
 * @since 0.1.0
 */
export type OptionInput = Named

/**
 * What every issue constructor accepts besides its domain: a description and a group for reports.
 *
 * @category model
 * @since 0.1.0
 */
export interface IssueExtras {
  readonly description?: string
  readonly group?: string
}

/**
 * Overrides of the labels (or descriptions) of a builder's issues, by aspect: `{ control: 'Front line' }`.
 *
 * @category model
 * @since 0.1.0
 */
export type AspectText<A extends string> = { readonly [K in A]?: string }

/**
 * Overrides of option labels, by aspect then option id: `{ scope: { full: 'Total ceasefire' } }`.
 *
 * @category model
 * @since 0.1.0
 */
export type OptionLabels<M extends Readonly<Record<string, string>>> = {
  readonly [K in keyof M]?: { readonly [O in M[K]]?: string }
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

const extras = (o: IssueExtras | undefined): IssueExtras => ({
  ...(o?.description === undefined ? {} : { description: o.description }),
  ...(o?.group === undefined ? {} : { group: o.group }),
})

const toOption = (o: OptionInput): Option => ({
  id: o.id as OptionId,
  label: o.label,
  ...(o.description === undefined ? {} : { description: o.description }),
})

/**
 * One option of a choice, or one element of a subset's universe.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Issues } from 'negotiation-positions'
 * const o = Issues.option('member', 'Member', 'Joins the alliance.')
 * assert.deepStrictEqual(o, { id: 'member', label: 'Member', description: 'Joins the alliance.' })
 */
export const option = <const I extends string>(
  id: I & ValidId<I>,
  label: string,
  description?: string,
): Option => deepFreeze(toOption({ id, label, ...(description === undefined ? {} : { description }) }))

/**
 * An issue whose value is one of `options`. Pass `ordered: true` when the options run from one pole to the other
 * (then "moved k steps toward" has a meaning), and name the poles with `poles`.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Issues } from 'negotiation-positions'
 * const grain = Issues.choice('Black Sea shipping', 'economic', [
 *   { id: 'closed', label: 'Closed' },
 *   { id: 'escorted', label: 'Escorted convoys' },
 *   { id: 'open', label: 'Open' },
 * ], { ordered: true, poles: { first: 'Closed', last: 'Open' } })
 * assert.deepStrictEqual(grain.domain.options.map((o) => o.id), ['closed', 'escorted', 'open'])
 */
export const choice = (
  label: string,
  category: IssueCategory,
  options: ReadonlyArray<OptionInput>,
  settings?: IssueExtras & {
    readonly ordered?: boolean
    readonly poles?: { readonly first: string; readonly last: string }
  },
): ChoiceIssue =>
  deepFreeze({
    label,
    category,
    domain: {
      kind: 'choice' as const,
      options: options.map(toOption),
      ...(settings?.ordered === undefined ? {} : { ordered: settings.ordered }),
      ...(settings?.poles === undefined
        ? {}
        : { poles: { first: settings.poles.first, last: settings.poles.last } }),
    },
    ...extras(settings),
  })

/**
 * An issue whose value is a number with a unit and inclusive bounds (troops, days, kilometres).
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Issues } from 'negotiation-positions'
 * const army = Issues.quantity('Cap on armed forces', 'military', { unit: 'troops', min: 0, max: 1_000_000, integer: true })
 * assert.deepStrictEqual(army.domain, { kind: 'quantity', unit: 'troops', min: 0, max: 1_000_000, integer: true })
 */
export const quantity = (
  label: string,
  category: IssueCategory,
  settings: IssueExtras & {
    readonly unit: string
    readonly min: number
    readonly max: number
    readonly integer?: boolean
  },
): QuantityIssue =>
  deepFreeze({
    label,
    category,
    domain: {
      kind: 'quantity' as const,
      unit: settings.unit,
      min: settings.min,
      max: settings.max,
      ...(settings.integer === undefined ? {} : { integer: settings.integer }),
    },
    ...extras(settings),
  })

/**
 * An issue whose value is a set of elements drawn from `universe` (which regimes are lifted, which states guarantee).
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Issues } from 'negotiation-positions'
 * const prisoners = Issues.subset('Exchanges agreed', 'humanitarian', [
 *   { id: 'pows', label: 'Prisoners of war' },
 *   { id: 'civilians', label: 'Detained civilians' },
 *   { id: 'children', label: 'Deported children' },
 * ])
 * assert.strictEqual(prisoners.domain.universe.length, 3)
 */
export const subset = (
  label: string,
  category: IssueCategory,
  universe: ReadonlyArray<OptionInput>,
  settings?: IssueExtras,
): SubsetIssue =>
  deepFreeze({
    label,
    category,
    domain: { kind: 'subset' as const, universe: universe.map(toOption) },
    ...extras(settings),
  })

/**
 * A yes-or-no issue; `yes` and `no` say what each answer means.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Issues } from 'negotiation-positions'
 * const zpp = Issues.flag('Zaporizhzhia plant under IAEA control', 'energy', { yes: 'IAEA runs it', no: 'It does not' })
 * assert.deepStrictEqual(zpp.domain, { kind: 'flag', yes: 'IAEA runs it', no: 'It does not' })
 */
export const flag = (
  label: string,
  category: IssueCategory,
  settings?: IssueExtras & { readonly yes?: string; readonly no?: string },
): FlagIssue =>
  deepFreeze({
    label,
    category,
    domain: {
      kind: 'flag' as const,
      ...(settings?.yes === undefined ? {} : { yes: settings.yes }),
      ...(settings?.no === undefined ? {} : { no: settings.no }),
    },
    ...extras(settings),
  })

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

/**
 * One rung of a ready-made ordered scale: id, default label, description.
 *
 * @internal
 */
export type Rung<O extends string> = readonly [id: O, label: string, description: string]

/**
 * The options of a scale, with the user's label overrides applied.
 *
 * @internal
 */
export const rungs = <O extends string>(
  scale: ReadonlyArray<Rung<O>>,
  labels: { readonly [K in O]?: string } | undefined,
): ReadonlyArray<OptionInput> =>
  scale.map(([id, label, description]) => ({ id, label: labels?.[id] ?? label, description }))

/**
 * Builds the issues of the chosen aspects in the builder's canonical order (not the order the user listed them), so
 * the output is stable.
 *
 * @internal
 */
export const assemble = <A extends string>(
  canonical: ReadonlyArray<A>,
  chosen: ReadonlyArray<A> | undefined,
  id: (aspect: A) => string,
  make: (aspect: A) => Issue,
): Readonly<Record<string, Issue>> => {
  const out: Record<string, Issue> = {}
  for (const aspect of canonical)
    if (chosen === undefined || chosen.includes(aspect)) out[id(aspect)] = make(aspect)
  return deepFreeze(out)
}

/**
 * Blocks inference from a return position, like the built-in `NoInfer` of TypeScript 5.4+, written so that the
 * declarations still compile for users on TypeScript 5.0.
 *
 * @internal
 */
export type NoInference<T> = [T][T extends unknown ? 0 : never]
