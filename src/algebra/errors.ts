/**
 * Errors of the algebra layer, as values. Every function of `Values` and `Utility` that can meet bad input (a value
 * set of the wrong kind for its domain, a value outside its domain, an unknown option, a set too large to list)
 * returns an `Either` whose left side is an {@link AlgebraError}: a tag saying what went wrong and a sentence saying
 * how to fix it.
 *
 * @since 0.1.0
 */
import type { Domain } from '../model/domain'
import type { IssueId, PartyId } from '../model/ids'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What went wrong:
 *
 * - `kind-mismatch`: a value set of one kind was given for a domain of another (an `intervals` set for a choice);
 * - `malformed-set`: the value set does not have the shape of its kind (missing or wrong-typed fields);
 * - `malformed-domain`: the domain does not have the shape of its kind (a choice without its list of `options`, a
 *   subset without its `universe`, a quantity whose `min` or `max` is not a number), as a domain built by hand can;
 * - `not-a-value`: a value does not lie in its domain (unknown option, number out of bounds, duplicate element);
 * - `unknown-option`: a value set names an option or element its domain does not have;
 * - `unordered`: an order was asked of a domain that has none (an unordered choice, a subset, a flag);
 * - `not-finite`: a set of a continuous quantity was asked for its list of values;
 * - `too-large`: a set has more values than can be listed or tabulated;
 * - `bad-valuation`: a position's explicit valuation does not fit its issue's domain;
 * - `unknown-party`, `unknown-issue`: an id that the negotiation does not define.
 *
 * @category model
 * @since 0.1.0
 */
export type AlgebraErrorTag =
  | 'kind-mismatch'
  | 'malformed-set'
  | 'malformed-domain'
  | 'not-a-value'
  | 'unknown-option'
  | 'unordered'
  | 'not-finite'
  | 'too-large'
  | 'bad-valuation'
  | 'unknown-party'
  | 'unknown-issue'

/**
 * An error of the algebra layer: a tag, a sentence a person can act on, and, when known, the issue and party it
 * concerns.
 *
 * @category model
 * @since 0.1.0
 */
export interface AlgebraError {
  readonly _tag: AlgebraErrorTag
  readonly message: string
  readonly issue?: IssueId
  readonly party?: PartyId
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * Builds an error (frozen).
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Values } from 'negotiation-positions'
 * const e = Values.algebraError('unordered', 'a flag has no order')
 * assert.strictEqual(e._tag, 'unordered')
 */
export const algebraError = (
  tag: AlgebraErrorTag,
  message: string,
  where?: { readonly issue?: IssueId; readonly party?: PartyId },
): AlgebraError =>
  Object.freeze({
    _tag: tag,
    message,
    ...(where?.issue === undefined ? {} : { issue: where.issue }),
    ...(where?.party === undefined ? {} : { party: where.party }),
  })

/**
 * The same error, located at an issue (and party): the message is prefixed with where it happened.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Values, IssueId } from 'negotiation-positions'
 * const e = Values.locate(Values.algebraError('unordered', 'a flag has no order'), { issue: 'nato' as IssueId })
 * assert.strictEqual(e.message, 'issue `nato`: a flag has no order')
 */
export const locate = (
  error: AlgebraError,
  where: { readonly issue?: IssueId; readonly party?: PartyId },
): AlgebraError => {
  const at = [
    where.issue === undefined ? undefined : `issue \`${where.issue}\``,
    where.party === undefined ? undefined : `party \`${where.party}\``,
  ].filter((x): x is string => x !== undefined)
  return algebraError(error._tag, at.length === 0 ? error.message : `${at.join(', ')}: ${error.message}`, {
    issue: where.issue ?? error.issue,
    party: where.party ?? error.party,
  })
}

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

/**
 * The value-set kind that goes with each domain kind.
 *
 * @internal
 */
export const SET_KIND = {
  choice: 'options',
  quantity: 'intervals',
  subset: 'subsets',
  flag: 'flags',
} as const satisfies Record<Domain['kind'], string>

/**
 * A short description of a domain for messages ("a choice among member, path, neutral").
 *
 * @internal
 */
export const describeDomain = (domain: Domain): string => {
  switch (domain.kind) {
    case 'choice': {
      const ids = domain.options.map((o) => o.id)
      return `a${domain.ordered === true ? 'n ordered' : ''} choice among ${ids.length === 0 ? 'no options' : ids.join(', ')}`
    }
    case 'quantity':
      return `a${domain.integer === true ? 'n integer' : ''} quantity from ${String(domain.min)} to ${String(domain.max)} ${domain.unit}`
    case 'subset':
      return `a subset of {${domain.universe.map((o) => o.id).join(', ')}}`
    case 'flag':
      return 'a yes/no flag'
  }
}

/**
 * Shows an arbitrary input briefly for a message. Numbers and big integers are shown as themselves (JSON would show
 * `NaN` and `Infinity` as `null`, and cannot show a big integer); anything else as JSON where it can be.
 *
 * @internal
 */
export const show = (u: unknown): string => {
  if (typeof u === 'number' || typeof u === 'bigint') return String(u)
  let s: string
  try {
    s = JSON.stringify(u) ?? String(u)
  } catch {
    s = String(u)
  }
  return s.length > 80 ? `${s.slice(0, 77)}...` : s
}
