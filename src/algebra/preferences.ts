/**
 * A party's preferences as of a date, ready for scoring: its merged stance on each issue, checked against the
 * issue's domain, with the issue's weight. Shared by `Utility.utility` and `Utility.compile`. Internal.
 *
 * @internal
 */
import { either as E } from 'fp-ts'
import type { IsoDate } from '../model/date'
import type { Issue } from '../model/domain'
import type { IssueId, PartyId } from '../model/ids'
import type { Negotiation } from '../model/negotiation'
import type { Party } from '../model/party'
import * as Positions from '../model/positions'
import { algebraError, locate, type AlgebraError } from './errors'
import { scorerFor, type Scorer } from './score'
import { hasOwn } from '../internal/record'

/**
 * One issue the party has a position on.
 *
 * @internal
 */
export interface Preference {
  readonly issue: IssueId
  readonly definition: Issue
  readonly stance: Positions.Stance
  readonly scorer: Scorer
  /** The issue's share of the party's priorities (the weights of a party sum to 1). */
  readonly weight: number
}

/**
 * A party's preferences, by issue id.
 *
 * @internal
 */
export interface Preferences {
  readonly party: PartyId
  readonly definition: Party
  readonly issues: readonly Preference[]
}

/**
 * The default priority of a position that states none.
 *
 * @internal
 */
export const DEFAULT_PRIORITY = 0.5

/**
 * The party's preferences as of `asOf` (the latest when undefined), or every problem found.
 *
 * @internal
 */
export const preferencesOf = (
  negotiation: Negotiation,
  party: PartyId,
  asOf: IsoDate | undefined,
): E.Either<readonly AlgebraError[], Preferences> => {
  if (!hasOwn(negotiation.parties, party))
    return E.left([
      algebraError(
        'unknown-party',
        `the negotiation has no party \`${party}\`; parties are: ${Object.keys(negotiation.parties).sort().join(', ')}`,
        { party },
      ),
    ])
  const definition = negotiation.parties[party]!
  const errors: AlgebraError[] = []
  const found: {
    issue: IssueId
    definition: Issue
    stance: Positions.Stance
    scorer: Scorer
    priority: number
  }[] = []
  // only this party's records: merging every party's positions to keep one party's would cost them all
  const own = negotiation.positions.filter((r) => r.party === party)
  for (const stance of Positions.all({ ...negotiation, positions: own }, asOf)) {
    if (!hasOwn(negotiation.issues, stance.issue)) {
      errors.push(
        algebraError(
          'unknown-issue',
          `party \`${party}\` has a position on issue \`${stance.issue}\`, which the negotiation does not define`,
          { issue: stance.issue, party },
        ),
      )
      continue
    }
    const issue = negotiation.issues[stance.issue]!
    const s = scorerFor(issue.domain, stance)
    if (E.isLeft(s)) {
      errors.push(locate(s.left, { issue: stance.issue, party }))
      continue
    }
    found.push({
      issue: stance.issue,
      definition: issue,
      stance,
      scorer: s.right,
      priority: stance.priority ?? DEFAULT_PRIORITY,
    })
  }
  if (errors.length > 0) return E.left(errors)
  const total = found.reduce((s, f) => s + f.priority, 0)
  return E.right({
    party,
    definition,
    issues: found.map((f) => ({
      issue: f.issue,
      definition: f.definition,
      stance: f.stance,
      scorer: f.scorer,
      weight: total > 0 ? f.priority / total : 1 / found.length,
    })),
  })
}
