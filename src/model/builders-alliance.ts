/**
 * The alliance-membership builder: how far a candidate state gets toward joining an alliance, from membership to a
 * bar on it.
 *
 * @since 0.1.0
 */
import { choice, type ChoiceIssue, type Rung, rungs, type ValidId, type NoInference } from './builders-core'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The options of an alliance-membership issue, from membership to a bar on it.
 *
 * @category alliance
 * @since 0.1.0
 * @example
 * import { Issues } from 'negotiation-positions'
 * assert.deepStrictEqual(Issues.MEMBERSHIP_OPTIONS, ['member', 'path', 'deferred', 'renounced', 'barred'])
 */
export const MEMBERSHIP_OPTIONS = ['member', 'path', 'deferred', 'renounced', 'barred'] as const
/**
 * One option of an alliance-membership issue, from `member` to `barred`.
 *
 * @category alliance
 * @since 0.1.0
 */
export type MembershipOption = (typeof MEMBERSHIP_OPTIONS)[number]

/**
 * What `allianceMembership` takes. `alliance.id` goes into the issue id (`<prefix>.<alliance>`) unless `id` gives
 * the whole id; `alliance.label` and `candidate` (the candidate state's name) go into labels and descriptions.
 *
 * @category alliance
 * @since 0.1.0
 */
export interface AllianceSettings<L extends string, P extends string, I extends string> {
  readonly alliance: { readonly id: L & ValidId<L>; readonly label: string }
  readonly candidate: string
  /** The whole issue id (default `<prefix>.<alliance>`). */
  readonly id?: I & ValidId<I>
  /** The first segment of the id (default `alliance`). */
  readonly prefix?: P & ValidId<P>
  /** The issue's group (default the alliance's label). */
  readonly group?: string
  readonly label?: string
  readonly description?: string
  readonly optionLabels?: { readonly [O in MembershipOption]?: string }
}

/**
 * The issue `allianceMembership` returns, keyed by its id.
 *
 * @category alliance
 * @since 0.1.0
 */
export type AllianceMembership<I extends string> = { readonly [K in I]: ChoiceIssue }

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

const membershipScale = (alliance: string, candidate: string): ReadonlyArray<Rung<MembershipOption>> => [
  ['member', 'Member', `${candidate} joins ${alliance}, as part of the settlement or on a fixed timetable.`],
  [
    'path',
    'Open path',
    `${alliance} keeps its door open or invites ${candidate}; accession is expected but not dated.`,
  ],
  [
    'deferred',
    'Deferred',
    `${candidate}'s accession is not on the agenda now; it is left to a future consensus of ${alliance}'s members.`,
  ],
  [
    'renounced',
    'Renounced',
    `${candidate} renounces the aim of joining ${alliance} (by policy or in the agreement), with no legal bar.`,
  ],
  [
    'barred',
    'Barred',
    `${candidate} stays out of ${alliance} for good: neutrality fixed in its constitution or by treaty, and/or ${alliance} commits not to admit it.`,
  ],
]

/**
 * One ordered choice on a candidate's membership of an alliance: `member`, `path` (an open path or invitation),
 * `deferred` (not now; left to the members' consensus), `renounced` (the candidate renounces the aim), `barred`
 * (neutrality fixed in law or by treaty, and/or the alliance bars accession). Category `alliance`, group the
 * alliance's label.
 *
 * @category alliance
 * @since 0.1.0
 * @example
 * import { Issues } from 'negotiation-positions'
 * const nato = Issues.allianceMembership({ alliance: { id: 'nato', label: 'NATO' }, candidate: 'Ukraine' })
 * assert.deepStrictEqual(
 *   nato['alliance.nato'].domain.options.map((o) => o.id),
 *   ['member', 'path', 'deferred', 'renounced', 'barred'],
 * )
 * assert.strictEqual(nato['alliance.nato'].label, "Ukraine's membership of NATO")
 */
export const allianceMembership = <
  const L extends string,
  const P extends string = 'alliance',
  const I extends string = `${P}.${L}`,
>(
  settings: AllianceSettings<L, P, I>,
): AllianceMembership<NoInference<I>> => {
  const { alliance, candidate } = settings
  const id: string = settings.id ?? `${settings.prefix ?? 'alliance'}.${alliance.id}`
  const issue = choice(
    settings.label ?? `${candidate}'s membership of ${alliance.label}`,
    'alliance',
    rungs(membershipScale(alliance.label, candidate), settings.optionLabels),
    {
      ordered: true,
      poles: {
        first: `${candidate} joins ${alliance.label}`,
        last: `${candidate} barred from ${alliance.label}`,
      },
      description:
        settings.description ??
        `How far ${candidate} gets toward joining ${alliance.label}, from membership to a permanent bar on it.`,
      group: settings.group ?? alliance.label,
    },
  )
  return Object.freeze({ [id]: issue }) as AllianceMembership<I>
}
