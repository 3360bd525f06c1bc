/**
 * The sanctions builder: per regime, whether sanctions are tightened, kept, eased or lifted; optionally when relief
 * comes and whether it snaps back.
 *
 * @since 0.1.0
 */
import {
  choice,
  type ChoiceIssue,
  flag,
  type FlagIssue,
  type Named,
  type Rung,
  rungs,
  type ValidId, type NoInference } from './builders-core'
import type { Issue } from './domain'
import { deepFreeze } from '../internal/freeze'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The options of a sanctions-regime issue, from more pressure on the target to full relief.
 *
 * @category sanctions
 * @since 0.1.0
 * @example
 * import { Issues } from 'negotiation-positions'
 * assert.deepStrictEqual(Issues.SANCTIONS_OPTIONS, ['tightened', 'kept', 'eased', 'lifted'])
 */
export const SANCTIONS_OPTIONS = ['tightened', 'kept', 'eased', 'lifted'] as const
/**
 * One option of a sanctions-regime issue (`tightened`, `kept`, `eased` or `lifted`).
 *
 * @category sanctions
 * @since 0.1.0
 */
export type SanctionsOption = (typeof SANCTIONS_OPTIONS)[number]

/**
 * The options of the sanctions-timing issue, from the earliest relief to the latest.
 *
 * @category sanctions
 * @since 0.1.0
 * @example
 * import { Issues } from 'negotiation-positions'
 * assert.deepStrictEqual(Issues.TIMING_OPTIONS, ['on-signing', 'phased', 'after-compliance', 'not-before-peace'])
 */
export const TIMING_OPTIONS = ['on-signing', 'phased', 'after-compliance', 'not-before-peace'] as const
/**
 * One option of the sanctions-timing issue: when relief comes (`on-signing` … `not-before-peace`).
 *
 * @category sanctions
 * @since 0.1.0
 */
export type TimingOption = (typeof TIMING_OPTIONS)[number]

/**
 * One sanctions regime (`{ id: 'eu', label: 'EU sanctions' }`); `group` sets its issue's group (default the
 * builder's group).
 *
 * @category sanctions
 * @since 0.1.0
 */
export interface Regime<I extends string = string> extends Named<I> {
  readonly group?: string
}

type RegimeId<R extends string> = R & ValidId<Exclude<R, 'timing' | 'snapback'>>

/**
 * What `sanctions` takes. Regime ids go into the issue ids (`<prefix>.<regime>`); `timing` and `snapback` add the
 * shared issues `<prefix>.timing` and `<prefix>.snapback` (so no regime may be called `timing` or `snapback`).
 *
 * @category sanctions
 * @since 0.1.0
 */
export interface SanctionsSettings<R extends string, P extends string, T extends boolean, S extends boolean> {
  readonly regimes: readonly [Regime<RegimeId<R>>, ...Regime<RegimeId<R>>[]]
  /** The sanctioned state's name, for labels (`EU sanctions on Russia`). */
  readonly target?: string
  /** Add `<prefix>.timing`: when relief starts. */
  readonly timing?: T
  /** Add `<prefix>.snapback`: whether relief is reversed automatically on a violation. */
  readonly snapback?: S
  /** The first segment of the ids (default `sanctions`). */
  readonly prefix?: P & ValidId<P>
  /** The issues' group (default `Sanctions` or `Sanctions on <target>`). */
  readonly group?: string
  readonly optionLabels?: {
    readonly regime?: { readonly [O in SanctionsOption]?: string }
    readonly timing?: { readonly [O in TimingOption]?: string }
  }
}

/**
 * The issues `sanctions` returns: one per regime, then `timing` and `snapback` when asked for.
 *
 * @category sanctions
 * @since 0.1.0
 */
export type Sanctions<
  R extends string,
  P extends string = 'sanctions',
  T extends boolean = false,
  S extends boolean = false,
> = Simplify<
  { readonly [K in R as `${P}.${K}`]: ChoiceIssue } & Extra<`${P}.timing`, ChoiceIssue, T> &
    Extra<`${P}.snapback`, FlagIssue, S>
>

type Simplify<T> = { readonly [K in keyof T]: T[K] }

/** A key that is there when the switch is `true`, may be there when it is only known to be a `boolean`. */
type Extra<K extends string, I, On extends boolean> = [On] extends [true]
  ? { readonly [_ in K]: I }
  : boolean extends On
    ? { readonly [_ in K]?: I }
    : unknown

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

const regimeScale: ReadonlyArray<Rung<SanctionsOption>> = [
  [
    'tightened',
    'Tightened',
    'The measures are extended or enforced more strictly (new listings, sectors or secondary sanctions).',
  ],
  ['kept', 'Kept', 'The measures stay as they are.'],
  [
    'eased',
    'Eased',
    'Some of the measures are suspended or lifted (sectoral relief, delistings, exemptions); the rest stay.',
  ],
  ['lifted', 'Lifted', 'The measures are lifted in full.'],
]

const timingScale: ReadonlyArray<Rung<TimingOption>> = [
  ['on-signing', 'On signing', 'Relief starts when the agreement (or the ceasefire) is signed.'],
  ['phased', 'Phased', 'Relief comes in stages, each tied to a step in carrying out the agreement.'],
  [
    'after-compliance',
    'After compliance',
    "Relief starts only once compliance with the agreement's terms is verified.",
  ],
  ['not-before-peace', 'Not before peace', 'No relief before a comprehensive peace settlement is in force.'],
]

/**
 * Per regime, an ordered choice `<prefix>.<regime>`: `tightened`, `kept`, `eased`, `lifted`. With `timing: true`,
 * also `<prefix>.timing` (ordered: `on-signing`, `phased`, `after-compliance`, `not-before-peace`); with
 * `snapback: true`, also the flag `<prefix>.snapback` (relief is reversed automatically on a violation). Snapback is
 * its own issue, not an option of the scale, because it qualifies easing or lifting rather than standing between
 * them. Category `sanctions`.
 *
 * @category sanctions
 * @since 0.1.0
 * @example
 * import { Issues } from 'negotiation-positions'
 * const s = Issues.sanctions({
 *   regimes: [{ id: 'eu', label: 'EU sanctions' }, { id: 'us', label: 'US sanctions' }],
 *   target: 'Russia',
 *   timing: true,
 * })
 * assert.deepStrictEqual(Object.keys(s), ['sanctions.eu', 'sanctions.us', 'sanctions.timing'])
 * assert.strictEqual(s['sanctions.eu'].label, 'EU sanctions on Russia')
 * assert.deepStrictEqual(s['sanctions.us'].domain.options.map((o) => o.id), ['tightened', 'kept', 'eased', 'lifted'])
 */
export const sanctions = <
  const R extends string,
  const P extends string = 'sanctions',
  const T extends boolean = false,
  const S extends boolean = false,
>(
  settings: SanctionsSettings<R, P, T, S>,
): Sanctions<NoInference<R>, NoInference<P>, NoInference<T>, NoInference<S>> => {
  const { target, optionLabels } = settings
  const prefix: string = settings.prefix ?? 'sanctions'
  const on = target === undefined ? '' : ` on ${target}`
  const group = settings.group ?? `Sanctions${on}`
  const out: Record<string, Issue> = {}
  for (const regime of settings.regimes as ReadonlyArray<Regime>) {
    const name = `${regime.label}${on}`
    out[`${prefix}.${regime.id}`] = choice(name, 'sanctions', rungs(regimeScale, optionLabels?.regime), {
      ordered: true,
      poles: { first: `${name} tightened`, last: `${name} lifted` },
      description:
        regime.description ?? `What happens to ${name} under the settlement, from tightened to lifted.`,
      group: regime.group ?? group,
    })
  }
  if (settings.timing === true)
    out[`${prefix}.timing`] = choice(
      `Timing of sanctions relief${target === undefined ? '' : ` for ${target}`}`,
      'sanctions',
      rungs(timingScale, optionLabels?.timing),
      {
        ordered: true,
        poles: { first: 'Relief on signing', last: 'No relief before peace' },
        description:
          'When any sanctions relief begins, from the day of signing to not before a peace settlement.',
        group,
      },
    )
  if (settings.snapback === true)
    out[`${prefix}.snapback`] = flag(`Sanctions${on} snap back on a violation`, 'sanctions', {
      yes: 'Eased or lifted sanctions are reimposed automatically if the terms are violated.',
      no: 'No automatic reimposition; reimposing sanctions needs a new decision.',
      description: 'Whether sanctions relief is reversed automatically when the agreement is violated.',
      group,
    })
  return deepFreeze(out) as Sanctions<NoInference<R>, NoInference<P>, NoInference<T>, NoInference<S>>
}
