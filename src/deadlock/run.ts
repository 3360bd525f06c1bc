/**
 * How every public detector is called: data-first (`f(negotiation, options?)`) or data-last
 * (`f(options?)(negotiation)`), with the options checked and the negotiation prepared once. Internal.
 *
 * @internal
 */
import { either as E } from 'fp-ts'
import { deepFreeze } from '../internal/freeze'
import type { Negotiation } from '../model/negotiation'
import { contextOf, settingsOf, type Context, type Settings } from './context'
import type { DeadlockError, DeadlockOptions, Finding } from './model'
import { compareFindings } from './words'

/**
 * True when the argument is a negotiation (its `issues` is a record), not an options object.
 *
 * @internal
 */
export const isNegotiation = (u: unknown): u is Negotiation =>
  typeof u === 'object' &&
  u !== null &&
  typeof (u as { issues?: unknown }).issues === 'object' &&
  (u as { issues?: unknown }).issues !== null &&
  !Array.isArray((u as { issues?: unknown }).issues)

/**
 * What a detector finds: on the right every finding of its kind (sorted, possibly none), or on the left every
 * problem with the options or the document, each saying what to fix.
 *
 * @category model
 * @since 0.1.0
 */
export type Detected<F> = E.Either<readonly DeadlockError[], readonly F[]>

/**
 * Wraps a detector body as a dual public function that checks the options, sorts and freezes the findings.
 *
 * @internal
 */
export const detector =
  <F extends Finding>(
    body: (ctx: Context, settings: Settings) => E.Either<readonly DeadlockError[], readonly F[]>,
  ) =>
  (...args: unknown[]): Detected<F> | ((negotiation: Negotiation) => Detected<F>) => {
    const run = (negotiation: Negotiation, options: DeadlockOptions | undefined): Detected<F> => {
      const ctx = contextOf(negotiation)
      const s = settingsOf(ctx, options ?? {})
      if (E.isLeft(s)) return E.left(deepFreeze([...s.left]))
      const r = body(ctx, s.right)
      return E.isLeft(r)
        ? E.left(deepFreeze([...r.left]))
        : E.right(deepFreeze([...r.right].sort(compareFindings)))
    }
    return isNegotiation(args[0])
      ? run(args[0], args[1] as DeadlockOptions | undefined)
      : (negotiation: Negotiation) => run(negotiation, args[0] as DeadlockOptions | undefined)
  }
