/**
 * What can go wrong when asking for a diff: a proposal, issue, party or date that the negotiation does not have, a
 * value outside its issue's domain, a bad issue mapping, a patch that cannot be applied. Every problem names where
 * it is and says what to do about it.
 *
 * @since 0.1.0
 */
import { compareText } from '../internal/text'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The kinds of problem a diff can report. `invalid-proposal` is also a draft of the negotiation that is ill-formed
 * (no title, a term that is not an object, a condition without its fields); `invalid-document` a negotiation built in
 * code whose collections, parties or issues are missing or ill-formed (no `sources`, a party without a name, an issue
 * without a label or with a domain of an unknown kind): the loader refuses these, the diff refuses them at its entry.
 *
 * @category model
 * @since 0.1.0
 */
export type DiffProblemKind =
  | 'unknown-proposal'
  | 'unknown-issue'
  | 'unknown-party'
  | 'invalid-value'
  | 'invalid-mapping'
  | 'invalid-date'
  | 'invalid-patch'
  | 'invalid-proposal'
  | 'invalid-position'
  | 'invalid-document'

/**
 * One problem that keeps a diff (or a patch) from being computed: its kind, where it is (`at`, a dotted path into
 * the negotiation or a JSON Pointer into a patch) and a sentence a person can act on.
 *
 * @category model
 * @since 0.1.0
 */
export interface DiffProblem {
  readonly kind: DiffProblemKind
  readonly at: string
  readonly message: string
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A problem (frozen). Internal.
 *
 * @internal
 */
export const problem = (kind: DiffProblemKind, at: string, message: string): DiffProblem => ({
  kind,
  at,
  message,
})

/**
 * Lists up to `max` known ids for an error message, sorted, with an ellipsis when there are more. Internal.
 *
 * @internal
 */
export const knownIds = (ids: readonly string[], max = 12): string => {
  if (ids.length === 0) return '(none)'
  const sorted = [...ids].sort(compareText)
  return sorted.length <= max
    ? sorted.join(', ')
    : `${sorted.slice(0, max).join(', ')}, … (${String(sorted.length - max)} more)`
}

/**
 * Code-point order, the same on every machine and locale. Internal.
 *
 * @internal
 */
