/**
 * negotiation-positions: structured positions, proposal diffs, acceptance ledgers and deadlock detection for people
 * who study negotiations.
 *
 * @packageDocumentation
 */

// model: the codecs are the types
export * from './model'
export * as Dates from './model/date'
export * as Load from './model/load'
export * as Issues from './model/builders'
export * as Positions from './model/positions'

// algebra
export * as Values from './algebra/value-set'
export * as Utility from './algebra/utility'

// analyses
export * as Diff from './diff'
export * as Ledger from './ledger'
export * as Zone from './zone'
export * as Deadlock from './deadlock'

// interoperability
export * as GeniusWeb from './interop/geniusweb'

// reports and charts
export * as Report from './report'
export * as Chart from './chart'
export * as Notebook from './notebook'

// data
export * as Datasets from './datasets'

/**
 * The library's version.
 *
 * @category meta
 * @since 0.1.0
 */
export const VERSION = '0.1.0'
