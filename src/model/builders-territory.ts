/**
 * The territory builder: for one disputed region, who controls it under a settlement and whether the claimant's
 * sovereignty is recognised.
 *
 * @since 0.1.0
 */
import {
  assemble,
  type AspectText,
  choice,
  type ChoiceIssue,
  type OptionLabels,
  type Rung,
  rungs,
  type ValidId, type NoInference } from './builders-core'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The two issues a territory builder can make for a region, in their canonical order.
 *
 * @category territory
 * @since 0.1.0
 * @example
 * import { Issues } from 'negotiation-positions'
 * assert.deepStrictEqual(Issues.TERRITORY_ASPECTS, ['control', 'recognition'])
 */
export const TERRITORY_ASPECTS = ['control', 'recognition'] as const
/**
 * One of the two issues a territory builder can make for a region: who `control`s it, and its `recognition`.
 *
 * @category territory
 * @since 0.1.0
 */
export type TerritoryAspect = (typeof TERRITORY_ASPECTS)[number]

/**
 * The options of `territory.<region>.control`, from the holder's pole to the claimant's.
 *
 * @category territory
 * @since 0.1.0
 * @example
 * import { Issues } from 'negotiation-positions'
 * assert.deepStrictEqual(Issues.CONTROL_OPTIONS, ['restored', 'contact-line', 'demilitarised', 'withdrawal'])
 */
export const CONTROL_OPTIONS = ['restored', 'contact-line', 'demilitarised', 'withdrawal'] as const
/**
 * One option of `territory.<region>.control`: who controls the region under a settlement, from `restored` to the
 * holder to the holder's `withdrawal`.
 *
 * @category territory
 * @since 0.1.0
 */
export type ControlOption = (typeof CONTROL_OPTIONS)[number]

/**
 * The options of `territory.<region>.recognition`, from no recognition of the claimant's sovereignty to recognition
 * in law.
 *
 * @category territory
 * @since 0.1.0
 * @example
 * import { Issues } from 'negotiation-positions'
 * assert.deepStrictEqual(Issues.RECOGNITION_OPTIONS, ['none', 'de-facto', 'de-jure'])
 */
export const RECOGNITION_OPTIONS = ['none', 'de-facto', 'de-jure'] as const
/**
 * One option of `territory.<region>.recognition`: `none`, `de-facto` or `de-jure` recognition of the claim.
 *
 * @category territory
 * @since 0.1.0
 */
export type RecognitionOption = (typeof RECOGNITION_OPTIONS)[number]

/**
 * What `territory` takes. `region` is the id that goes into the issue ids, `label` the region's name; `holder` is
 * the state the region belongs to under international law before the dispute and `claimant` the state that claims
 * it (their names appear in labels and descriptions).
 *
 * @category territory
 * @since 0.1.0
 */
export interface TerritorySettings<R extends string, A extends TerritoryAspect, P extends string> {
  readonly region: R & ValidId<R>
  readonly label: string
  readonly holder: string
  readonly claimant: string
  /** Which issues to make (default both); the output keeps the canonical order. */
  readonly aspects?: ReadonlyArray<A>
  /** The first segment of the ids (default `territory`). */
  readonly prefix?: P & ValidId<P>
  /** The issues' group (default the region's label). */
  readonly group?: string
  readonly labels?: AspectText<TerritoryAspect>
  readonly descriptions?: AspectText<TerritoryAspect>
  readonly optionLabels?: OptionLabels<{ control: ControlOption; recognition: RecognitionOption }>
}

/**
 * The issues `territory` returns, keyed by `<prefix>.<region>.<aspect>`.
 *
 * @category territory
 * @since 0.1.0
 */
export type Territory<
  R extends string,
  A extends TerritoryAspect = TerritoryAspect,
  P extends string = 'territory',
> = {
  readonly [K in A as `${P}.${R}.${K}`]: ChoiceIssue
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

const controlScale = (
  region: string,
  holder: string,
  claimant: string,
): ReadonlyArray<Rung<ControlOption>> => [
  ['restored', `Restored to ${holder}`, `${holder} regains control of the whole of ${region}.`],
  [
    'contact-line',
    'Frozen at the line of contact',
    `Control is frozen along the line of contact: each side keeps what it holds and the status of ${region} is left open.`,
  ],
  [
    'demilitarised',
    'Demilitarised zone',
    `All or part of ${region} becomes a demilitarised or buffer zone, with an international presence or a mirror withdrawal of both sides' forces.`,
  ],
  [
    'withdrawal',
    `${holder} withdraws`,
    `${holder} withdraws its forces; ${claimant} controls the whole of ${region}.`,
  ],
]

const recognitionScale = (
  region: string,
  holder: string,
  claimant: string,
): ReadonlyArray<Rung<RecognitionOption>> => [
  [
    'none',
    'No recognition',
    `${claimant}'s claim to ${region} is not recognised, de facto or de jure; ${holder}'s sovereignty stands.`,
  ],
  [
    'de-facto',
    'De facto recognition',
    `${claimant}'s control of ${region} is acknowledged as a fact (not to be changed by force), without recognising its sovereignty in law.`,
  ],
  [
    'de-jure',
    'De jure recognition',
    `${claimant}'s sovereignty over ${region} is recognised in law (by ${holder}, by third states, or both).`,
  ],
]

/**
 * The issues of one disputed region: `<prefix>.<region>.control` (ordered from the holder's pole to the claimant's:
 * `restored`, `contact-line`, `demilitarised`, `withdrawal`) and `<prefix>.<region>.recognition` (ordered: `none`,
 * `de-facto`, `de-jure` recognition of the claimant's sovereignty). Category `territory`, group the region's label.
 *
 * Ids are checked by the type checker where they are literals; ids known only at run time are checked when the
 * document is loaded, like everything else in it.
 *
 * @category territory
 * @since 0.1.0
 * @example
 * import { Issues } from 'negotiation-positions'
 * const donetsk = Issues.territory({ region: 'donetsk', label: 'Donetsk', holder: 'Ukraine', claimant: 'Russia' })
 * assert.deepStrictEqual(Object.keys(donetsk), ['territory.donetsk.control', 'territory.donetsk.recognition'])
 * assert.deepStrictEqual(
 *   donetsk['territory.donetsk.control'].domain.options.map((o) => o.id),
 *   ['restored', 'contact-line', 'demilitarised', 'withdrawal'],
 * )
 * const crimea = Issues.territory({
 *   region: 'crimea', label: 'Crimea', holder: 'Ukraine', claimant: 'Russia', aspects: ['recognition'],
 * })
 * assert.deepStrictEqual(Object.keys(crimea), ['territory.crimea.recognition'])
 */
export const territory = <
  const R extends string,
  const A extends TerritoryAspect = TerritoryAspect,
  const P extends string = 'territory',
>(
  settings: TerritorySettings<R, A, P>,
): Territory<NoInference<R>, NoInference<A>, NoInference<P>> => {
  const { region, label, holder, claimant, labels, descriptions, optionLabels } = settings
  const prefix: string = settings.prefix ?? 'territory'
  const group = settings.group ?? label
  return assemble<TerritoryAspect>(
    TERRITORY_ASPECTS,
    settings.aspects,
    (aspect) => `${prefix}.${region}.${aspect}`,
    (aspect) =>
      aspect === 'control'
        ? choice(
            labels?.control ?? `Control of ${label} (${holder} or ${claimant})`,
            'territory',
            rungs(controlScale(label, holder, claimant), optionLabels?.control),
            {
              ordered: true,
              poles: {
                first: `${holder} regains all of ${label}`,
                last: `${claimant} controls all of ${label}`,
              },
              description:
                descriptions?.control ??
                `Who controls ${label} under the settlement, from ${holder}'s pole (it regains the whole region) to ${claimant}'s (${holder} withdraws and ${claimant} controls all of it).`,
              group,
            },
          )
        : choice(
            labels?.recognition ??
              `Recognition of ${claimant}'s sovereignty over ${label} (claimed from ${holder})`,
            'territory',
            rungs(recognitionScale(label, holder, claimant), optionLabels?.recognition),
            {
              ordered: true,
              poles: {
                first: `${label} not recognised as ${claimant}'s`,
                last: `${label} recognised in law as ${claimant}'s`,
              },
              description:
                descriptions?.recognition ??
                `Whether, and how far, ${claimant}'s sovereignty over ${label} is recognised, from none to recognition in law.`,
              group,
            },
          ),
  ) as Territory<R, A, P>
}
