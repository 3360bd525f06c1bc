/**
 * The security-guarantees builder: who guarantees a state's security after a settlement, how strongly, and whether
 * foreign troops are stationed on its territory.
 *
 * @since 0.1.0
 */
import {
  assemble,
  type AspectText,
  choice,
  type ChoiceIssue,
  type Named,
  type OptionLabels,
  type Rung,
  rungs,
  subset,
  type SubsetIssue,
  type ValidId, type NoInference } from './builders-core'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The issues the security-guarantees builder can make, in their canonical order.
 *
 * @category security guarantees
 * @since 0.1.0
 * @example
 * import { Issues } from 'negotiation-positions'
 * assert.deepStrictEqual(Issues.GUARANTEE_ASPECTS, ['guarantors', 'strength', 'foreign-troops'])
 */
export const GUARANTEE_ASPECTS = ['guarantors', 'strength', 'foreign-troops'] as const
/**
 * One of the issues the security-guarantees builder can make: `guarantors`, `strength` or `foreign-troops`.
 *
 * @category security guarantees
 * @since 0.1.0
 */
export type GuaranteeAspect = (typeof GUARANTEE_ASPECTS)[number]

/**
 * The options of `guarantees.strength`, from no guarantee to collective defence.
 *
 * @category security guarantees
 * @since 0.1.0
 * @example
 * import { Issues } from 'negotiation-positions'
 * assert.deepStrictEqual(Issues.STRENGTH_OPTIONS, ['none', 'assurances', 'arms-supply', 'collective-defence'])
 */
export const STRENGTH_OPTIONS = ['none', 'assurances', 'arms-supply', 'collective-defence'] as const
/**
 * One option of `guarantees.strength`: how binding the guarantee is, from `none` to `collective-defence`.
 *
 * @category security guarantees
 * @since 0.1.0
 */
export type StrengthOption = (typeof STRENGTH_OPTIONS)[number]

/**
 * The options of `guarantees.foreign-troops`, from none to a multinational force.
 *
 * @category security guarantees
 * @since 0.1.0
 * @example
 * import { Issues } from 'negotiation-positions'
 * assert.deepStrictEqual(Issues.TROOPS_OPTIONS, ['none', 'monitors', 'reassurance-force'])
 */
export const TROOPS_OPTIONS = ['none', 'monitors', 'reassurance-force'] as const
/**
 * One option of `guarantees.foreign-troops`: what foreign presence there is, from `none` to a `reassurance-force`.
 *
 * @category security guarantees
 * @since 0.1.0
 */
export type TroopsOption = (typeof TROOPS_OPTIONS)[number]

/**
 * What `securityGuarantees` takes. `beneficiary` is the name of the state whose security is guaranteed;
 * `guarantors` are the possible guarantors (the universe of `<prefix>.guarantors`).
 *
 * @category security guarantees
 * @since 0.1.0
 */
export interface GuaranteeSettings<G extends string, A extends GuaranteeAspect, P extends string> {
  readonly beneficiary: string
  readonly guarantors: readonly [Named<G & ValidId<G>>, ...Named<G & ValidId<G>>[]]
  /** Which issues to make (default all three); the output keeps the canonical order. */
  readonly aspects?: ReadonlyArray<A>
  /** The first segment of the ids (default `guarantees`). */
  readonly prefix?: P & ValidId<P>
  /** The issues' group (default `Security guarantees for <beneficiary>`). */
  readonly group?: string
  readonly labels?: AspectText<GuaranteeAspect>
  readonly descriptions?: AspectText<GuaranteeAspect>
  readonly optionLabels?: OptionLabels<{ strength: StrengthOption; 'foreign-troops': TroopsOption }>
}

/**
 * The issues `securityGuarantees` returns, keyed by `<prefix>.<aspect>`.
 *
 * @category security guarantees
 * @since 0.1.0
 */
export type SecurityGuarantees<
  A extends GuaranteeAspect = GuaranteeAspect,
  P extends string = 'guarantees',
> = {
  readonly [K in A as `${P}.${K}`]: K extends 'guarantors' ? SubsetIssue : ChoiceIssue
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

const strengthScale = (b: string): ReadonlyArray<Rung<StrengthOption>> => [
  ['none', 'No guarantee', `No security guarantee is given to ${b}.`],
  [
    'assurances',
    'Assurances',
    `Political assurances to ${b} (consultations, support in principle) with no binding commitment to act.`,
  ],
  [
    'arms-supply',
    'Arms supply',
    `The guarantors commit to arm, train and finance ${b}'s forces, but not to fight for ${b}.`,
  ],
  [
    'collective-defence',
    'Collective defence',
    `An Article 5-like clause: an attack on ${b} is treated as an attack on the guarantors, who commit to respond, by force if need be.`,
  ],
]

const troopsScale = (b: string): ReadonlyArray<Rung<TroopsOption>> => [
  ['none', 'No foreign troops', `No foreign military presence on ${b}'s territory.`],
  [
    'monitors',
    'Monitors',
    `Unarmed or non-combat international monitors on ${b}'s territory, but no foreign forces.`,
  ],
  [
    'reassurance-force',
    'Reassurance force',
    `A multinational force of the guarantors stationed on ${b}'s territory.`,
  ],
]

/**
 * The security guarantees for one state: `<prefix>.guarantors` (a subset of the named guarantors),
 * `<prefix>.strength` (ordered: `none`, `assurances`, `arms-supply`, `collective-defence`) and
 * `<prefix>.foreign-troops` (ordered: `none`, `monitors`, `reassurance-force`). Category `security-guarantees`.
 *
 * @category security guarantees
 * @since 0.1.0
 * @example
 * import { Issues } from 'negotiation-positions'
 * const g = Issues.securityGuarantees({
 *   beneficiary: 'Ukraine',
 *   guarantors: [{ id: 'us', label: 'United States' }, { id: 'uk', label: 'United Kingdom' }],
 * })
 * assert.deepStrictEqual(Object.keys(g), ['guarantees.guarantors', 'guarantees.strength', 'guarantees.foreign-troops'])
 * assert.deepStrictEqual(g['guarantees.guarantors'].domain.universe.map((e) => e.id), ['us', 'uk'])
 * assert.strictEqual(g['guarantees.strength'].domain.options.at(-1)?.id, 'collective-defence')
 */
export const securityGuarantees = <
  const G extends string,
  const A extends GuaranteeAspect = GuaranteeAspect,
  const P extends string = 'guarantees',
>(
  settings: GuaranteeSettings<G, A, P>,
): SecurityGuarantees<NoInference<A>, NoInference<P>> => {
  const { beneficiary: b, labels, descriptions, optionLabels } = settings
  const prefix: string = settings.prefix ?? 'guarantees'
  const group = settings.group ?? `Security guarantees for ${b}`
  return assemble<GuaranteeAspect>(
    GUARANTEE_ASPECTS,
    settings.aspects,
    (aspect) => `${prefix}.${aspect}`,
    (aspect) => {
      switch (aspect) {
        case 'guarantors':
          return subset(
            labels?.guarantors ?? `Guarantors of ${b}'s security`,
            'security-guarantees',
            (settings.guarantors as ReadonlyArray<Named>).map((g) => ({
              id: g.id,
              label: g.label,
              description: g.description ?? `${g.label} is among the guarantors of ${b}'s security.`,
            })),
            { description: descriptions?.guarantors ?? `Which states guarantee ${b}'s security.`, group },
          )
        case 'strength':
          return choice(
            labels?.strength ?? `Strength of the guarantees for ${b}`,
            'security-guarantees',
            rungs(strengthScale(b), optionLabels?.strength),
            {
              ordered: true,
              poles: { first: 'No guarantee', last: 'Collective defence' },
              description:
                descriptions?.strength ??
                `How binding the guarantors' commitment to ${b} is, from none to a collective-defence clause.`,
              group,
            },
          )
        case 'foreign-troops':
          return choice(
            labels?.['foreign-troops'] ?? `Foreign troops in ${b}`,
            'security-guarantees',
            rungs(troopsScale(b), optionLabels?.['foreign-troops']),
            {
              ordered: true,
              poles: { first: 'No foreign troops', last: 'Multinational force' },
              description:
                descriptions?.['foreign-troops'] ??
                `Which foreign military presence, if any, is stationed on ${b}'s territory after the settlement.`,
              group,
            },
          )
      }
    },
  ) as SecurityGuarantees<A, P>
}
