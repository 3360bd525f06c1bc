/**
 * Positions: a party's stance on one issue as of a date — its ideal value, the values it could accept, its red lines
 * (never acceptable), how much the issue matters to it, and optionally an explicit score for each value.
 *
 * @since 0.1.0
 */
import * as t from 'io-ts'
import { boundedNumber, finite, keyed, list, oneOf, struct, tagged, text } from '../internal/codec'
import { Condition } from './condition'
import { IsoDate } from './date'
import { Value, ValueSet } from './domain'
import { EventId, IssueId, OptionId, PartyId, PositionId, SourceId } from './ids'
import { Confidence } from './party'

// -------------------------------------------------------------------------------------
// valuations
// -------------------------------------------------------------------------------------

const Score = boundedNumber('score', 0, 1)

const ScoreValuationCodec = struct('ScoreValuation', {
  kind: t.literal('scores'),
  scores: keyed('scores', t.string, Score),
})
/**
 * @category valuations
 * @since 0.1.0
 */
export interface ScoreValuation extends t.TypeOf<typeof ScoreValuationCodec> {}
/**
 * Explicit scores (0 to 1) per option of a `choice` issue, or for `true` and `false` of a `flag` issue.
 *
 * @category valuations
 * @since 0.1.0
 */
export const ScoreValuation: t.Type<ScoreValuation, ScoreValuation, unknown> = ScoreValuationCodec

const LinearValuationCodec = struct('LinearValuation', {
  kind: t.literal('linear'),
  points: list(struct('Point', { at: finite, score: Score }), 'points'),
})
/**
 * @category valuations
 * @since 0.1.0
 */
export interface LinearValuation extends t.TypeOf<typeof LinearValuationCodec> {}
/**
 * A piecewise-linear score over a `quantity` issue, through the given points (sorted by `at`; flat beyond the
 * first and last).
 *
 * @category valuations
 * @since 0.1.0
 */
export const LinearValuation: t.Type<LinearValuation, LinearValuation, unknown> = LinearValuationCodec

const ElementValuationCodec = struct('ElementValuation', {
  kind: t.literal('elements'),
  weights: keyed('weights', OptionId, finite),
})
/**
 * @category valuations
 * @since 0.1.0
 */
export interface ElementValuation extends t.TypeOf<typeof ElementValuationCodec> {}
/**
 * Additive weights per element of a `subset` issue: a set scores the sum of its elements' weights, rescaled to 0…1
 * between the worst and best sets.
 *
 * @category valuations
 * @since 0.1.0
 */
export const ElementValuation: t.Type<ElementValuation, ElementValuation, unknown> = ElementValuationCodec

/**
 * An explicit valuation of an issue's values, discriminated by `kind`.
 *
 * @category valuations
 * @since 0.1.0
 */
export const Valuation: t.Type<Valuation, Valuation, unknown> = tagged('Valuation', 'kind', {
  scores: ScoreValuation,
  linear: LinearValuation,
  elements: ElementValuation,
})
/**
 * @category valuations
 * @since 0.1.0
 */
export type Valuation = ScoreValuation | LinearValuation | ElementValuation

// -------------------------------------------------------------------------------------
// positions
// -------------------------------------------------------------------------------------

/**
 * How the record was classified: the maximal ask, what the party could live with, a red line, an offer or
 * concession, a rejection, a shift from an earlier stance, or a plain statement.
 *
 * @category positions
 * @since 0.1.0
 */
export const PositionKind = oneOf('PositionKind', [
  'ideal-demand',
  'acceptable',
  'red-line',
  'offer',
  'rejection',
  'shift',
  'statement',
])
/**
 * @category positions
 * @since 0.1.0
 */
export type PositionKind = t.TypeOf<typeof PositionKind>

const PositionCodec = struct(
  'Position',
  { id: PositionId, party: PartyId, issue: IssueId, asOf: IsoDate, sources: list(SourceId, 'sources') },
  {
    kind: PositionKind,
    statement: text(),
    ideal: Value,
    acceptable: ValueSet,
    redLines: ValueSet,
    priority: boundedNumber('priority', 0, 1),
    valuation: Valuation,
    reservation: Score,
    conditions: list(Condition, 'conditions'),
    confidence: Confidence,
    event: EventId,
    note: text(),
  },
)
/**
 * @category positions
 * @since 0.1.0
 */
export interface Position extends t.TypeOf<typeof PositionCodec> {}
/**
 * A party's stance on one issue as of a date. A later position of the same party on the same issue replaces the
 * earlier one for every field it sets; fields it leaves out carry over.
 *
 * - `ideal`: the value the party wants most.
 * - `acceptable`: the values it could live with; `redLines`: the values it will never accept (hard constraints,
 *   never mere low scores).
 * - `priority` (0 to 1, default 0.5): how much the issue weighs for the party against its other issues.
 * - `valuation`: explicit scores per value; otherwise scores are derived from the ideal and the domain.
 * - `reservation`: the lowest score on this issue the party would take.
 *
 * @category positions
 * @since 0.1.0
 */
export const Position: t.Type<Position, Position, unknown> = PositionCodec
