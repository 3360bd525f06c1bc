/**
 * The ceasefire builder: what a ceasefire covers, how long it lasts, and whether it comes before or after a
 * settlement.
 *
 * @since 0.1.0
 */
import {
  assemble,
  type AspectText,
  choice,
  type ChoiceIssue,
  type OptionLabels,
  quantity,
  type QuantityIssue,
  type Rung,
  rungs,
  type ValidId, type NoInference } from './builders-core'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The issues the ceasefire builder can make, in their canonical order.
 *
 * @category ceasefire
 * @since 0.1.0
 * @example
 * import { Issues } from 'negotiation-positions'
 * assert.deepStrictEqual(Issues.CEASEFIRE_ASPECTS, ['scope', 'duration', 'sequencing'])
 */
export const CEASEFIRE_ASPECTS = ['scope', 'duration', 'sequencing'] as const
/**
 * One of the issues the ceasefire builder can make: its `scope`, `duration` or `sequencing`.
 *
 * @category ceasefire
 * @since 0.1.0
 */
export type CeasefireAspect = (typeof CEASEFIRE_ASPECTS)[number]

/**
 * The options of `ceasefire.scope`, from no ceasefire to a full one.
 *
 * @category ceasefire
 * @since 0.1.0
 * @example
 * import { Issues } from 'negotiation-positions'
 * assert.deepStrictEqual(Issues.SCOPE_OPTIONS, ['none', 'energy', 'air-and-sea', 'full'])
 */
export const SCOPE_OPTIONS = ['none', 'energy', 'air-and-sea', 'full'] as const
/**
 * One option of `ceasefire.scope`: what the ceasefire covers (`none`, `energy`, `air-and-sea` or `full`).
 *
 * @category ceasefire
 * @since 0.1.0
 */
export type ScopeOption = (typeof SCOPE_OPTIONS)[number]

/**
 * The options of `ceasefire.sequencing`, from a ceasefire before any talks to a settlement before any ceasefire.
 *
 * @category ceasefire
 * @since 0.1.0
 * @example
 * import { Issues } from 'negotiation-positions'
 * assert.deepStrictEqual(Issues.SEQUENCING_OPTIONS, [
  'ceasefire-first',
  'simultaneous',
  'framework-first',
  'settlement-first',
])
 */
export const SEQUENCING_OPTIONS = [
  'ceasefire-first',
  'simultaneous',
  'framework-first',
  'settlement-first',
] as const
/**
 * One option of `ceasefire.sequencing`: what comes first, the ceasefire or the talks and the settlement.
 *
 * @category ceasefire
 * @since 0.1.0
 */
export type SequencingOption = (typeof SEQUENCING_OPTIONS)[number]

/**
 * What `ceasefire` takes; everything is optional.
 *
 * @category ceasefire
 * @since 0.1.0
 */
export interface CeasefireSettings<A extends CeasefireAspect, P extends string> {
  /** Which issues to make (default all three); the output keeps the canonical order. */
  readonly aspects?: ReadonlyArray<A>
  /** The upper bound of `<prefix>.duration`, in days (default 3650); an open-ended ceasefire is recorded as it. */
  readonly maxDays?: number
  /** The first segment of the ids (default `ceasefire`). */
  readonly prefix?: P & ValidId<P>
  /** The issues' group (default `Ceasefire`). */
  readonly group?: string
  readonly labels?: AspectText<CeasefireAspect>
  readonly descriptions?: AspectText<CeasefireAspect>
  readonly optionLabels?: OptionLabels<{ scope: ScopeOption; sequencing: SequencingOption }>
}

/**
 * The issues `ceasefire` returns, keyed by `<prefix>.<aspect>`.
 *
 * @category ceasefire
 * @since 0.1.0
 */
export type Ceasefire<A extends CeasefireAspect = CeasefireAspect, P extends string = 'ceasefire'> = {
  readonly [K in A as `${P}.${K}`]: K extends 'duration' ? QuantityIssue : ChoiceIssue
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

const scopeScale: ReadonlyArray<Rung<ScopeOption>> = [
  ['none', 'No ceasefire', 'Hostilities continue; no ceasefire is agreed.'],
  ['energy', 'Energy strikes only', 'Strikes on energy infrastructure stop; fighting otherwise continues.'],
  [
    'air-and-sea',
    'Air and sea',
    'A ceasefire in the air (long-range missile and drone strikes) and at sea; fighting on land continues.',
  ],
  ['full', 'Full ceasefire', 'A ceasefire on land, in the air and at sea.'],
]

const sequencingScale: ReadonlyArray<Rung<SequencingOption>> = [
  [
    'ceasefire-first',
    'Ceasefire first',
    'An unconditional ceasefire comes first; talks on a settlement follow.',
  ],
  [
    'simultaneous',
    'Simultaneous',
    'The ceasefire and the settlement (or its main terms) are agreed together.',
  ],
  [
    'framework-first',
    'Framework first',
    'A framework agreement on the main terms is signed before the ceasefire takes effect.',
  ],
  [
    'settlement-first',
    'Settlement first',
    "No ceasefire before a comprehensive settlement, or before the other side's withdrawal from the disputed territory.",
  ],
]

/**
 * The ceasefire issues: `<prefix>.scope` (ordered: `none`, `energy`, `air-and-sea`, `full`), `<prefix>.duration`
 * (whole days, 0 to `maxDays`, default 3650) and `<prefix>.sequencing` (ordered: `ceasefire-first`,
 * `simultaneous`, `framework-first`, `settlement-first`). Category `ceasefire`.
 *
 * @category ceasefire
 * @since 0.1.0
 * @example
 * import { Issues } from 'negotiation-positions'
 * const c = Issues.ceasefire({ maxDays: 365 })
 * assert.deepStrictEqual(Object.keys(c), ['ceasefire.scope', 'ceasefire.duration', 'ceasefire.sequencing'])
 * assert.deepStrictEqual(c['ceasefire.duration'].domain, { kind: 'quantity', unit: 'days', min: 0, max: 365, integer: true })
 * assert.deepStrictEqual(Object.keys(Issues.ceasefire({ prefix: 'truce', aspects: ['scope'] })), ['truce.scope'])
 */
export const ceasefire = <
  const A extends CeasefireAspect = CeasefireAspect,
  const P extends string = 'ceasefire',
>(
  settings?: CeasefireSettings<A, P>,
): Ceasefire<NoInference<A>, NoInference<P>> => {
  const prefix: string = settings?.prefix ?? 'ceasefire'
  const group = settings?.group ?? 'Ceasefire'
  const labels = settings?.labels
  const descriptions = settings?.descriptions
  return assemble<CeasefireAspect>(
    CEASEFIRE_ASPECTS,
    settings?.aspects,
    (aspect) => `${prefix}.${aspect}`,
    (aspect) => {
      switch (aspect) {
        case 'scope':
          return choice(
            labels?.scope ?? 'Ceasefire scope',
            'ceasefire',
            rungs(scopeScale, settings?.optionLabels?.scope),
            {
              ordered: true,
              poles: { first: 'No ceasefire', last: 'Full ceasefire' },
              description:
                descriptions?.scope ?? 'What the ceasefire covers, from nothing to land, air and sea.',
              group,
            },
          )
        case 'duration':
          return quantity(labels?.duration ?? 'Ceasefire duration', 'ceasefire', {
            unit: 'days',
            min: 0,
            max: settings?.maxDays ?? 3650,
            integer: true,
            description:
              descriptions?.duration ??
              'How long the ceasefire lasts, in days (0 for none; an open-ended ceasefire is recorded as the maximum).',
            group,
          })
        case 'sequencing':
          return choice(
            labels?.sequencing ?? 'Ceasefire sequencing',
            'ceasefire',
            rungs(sequencingScale, settings?.optionLabels?.sequencing),
            {
              ordered: true,
              poles: { first: 'Ceasefire before talks', last: 'Settlement before ceasefire' },
              description:
                descriptions?.sequencing ??
                'Whether the ceasefire comes before, with or after an agreement on the settlement.',
              group,
            },
          )
      }
    },
  ) as Ceasefire<A, P>
}
