/**
 * Telling a ledger apart from other arguments, for the functions whose trailing arguments are optional (and so
 * cannot tell data-first from data-last by counting them).
 *
 * @since 0.1.0
 */
import { dualWhen } from '../internal/function'
import type { Ledger } from './model'

// -------------------------------------------------------------------------------------
// guards
// -------------------------------------------------------------------------------------

/**
 * True when the value is a ledger (made by `Ledger.fromNegotiation`, `Ledger.empty`, `Ledger.ingest` or an
 * append).
 *
 * @category guards
 * @since 0.1.0
 * @example
 * import { Ledger } from 'negotiation-positions'
 * assert.strictEqual(Ledger.isLedger({ _tag: 'Ledger' }), true)
 * assert.strictEqual(Ledger.isLedger({}), false)
 */
export const isLedger = (u: unknown): u is Ledger =>
  typeof u === 'object' && u !== null && (u as { readonly _tag?: unknown })._tag === 'Ledger'

/**
 * Makes `body(ledger, ...args)` callable data-first or data-last (`f(...args)(ledger)`), choosing by whether the
 * first argument is a ledger. For functions whose arguments after the ledger are optional.
 *
 * @internal
 */
export const ledgerDual = <Signatures extends (...args: never[]) => unknown>(
  body: (ledger: Ledger, ...args: never[]) => unknown,
): Signatures => dualWhen((args) => isLedger(args[0]), body)
