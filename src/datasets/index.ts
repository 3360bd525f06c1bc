/**
 * Embedded datasets: negotiations shipped with the library, ready to analyse. Today one: `ru-ua-2025`, the 2025–26
 * Russia–Ukraine ceasefire and peace negotiations (parties, a 35-issue catalogue, the published and leaked drafts,
 * the dated responses, agreements, alleged violations and expiries, and the parties' positions), every fact with
 * its sources and a confidence mark. See docs/datasets.md for what is in it, how it was modelled and what is thin.
 *
 * Each dataset is decoded through the public loader (`Load.decode`) the first time it is asked for, then cached;
 * the value is deeply frozen, so callers can share it freely.
 *
 * @packageDocumentation
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import { deepFreeze } from '../internal/freeze'
import { type DecodeIssue, makeIssue } from '../model/errors'
import { decode, format } from '../model/load'
import type { Negotiation } from '../model/negotiation'
import ruUa2025Data from './ru-ua-2025.json'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The names of the embedded datasets.
 *
 * @category model
 * @since 0.1.0
 */
export type DatasetName = 'ru-ua-2025'

const raw: Readonly<Record<DatasetName, unknown>> = { 'ru-ua-2025': ruUa2025Data }

/**
 * The names of the embedded datasets, for `load`.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Datasets } from 'negotiation-positions'
 * assert.deepStrictEqual(Datasets.names, ['ru-ua-2025'])
 */
export const names: ReadonlyArray<DatasetName> = deepFreeze(['ru-ua-2025'])

// -------------------------------------------------------------------------------------
// guards
// -------------------------------------------------------------------------------------

/**
 * Whether `name` names an embedded dataset.
 *
 * @category guards
 * @since 0.1.0
 * @example
 * import { Datasets } from 'negotiation-positions'
 * assert.strictEqual(Datasets.isName('ru-ua-2025'), true)
 * assert.strictEqual(Datasets.isName('ru-ua-2024'), false)
 */
export const isName = (name: string): name is DatasetName => (names as ReadonlyArray<string>).includes(name)

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

const cache = new Map<DatasetName, E.Either<ReadonlyArray<DecodeIssue>, Negotiation>>()

const decodeOnce = (name: DatasetName): E.Either<ReadonlyArray<DecodeIssue>, Negotiation> => {
  const hit = cache.get(name)
  if (hit !== undefined) return hit
  const r = deepFreeze(decode(raw[name]))
  cache.set(name, r)
  return r
}

/**
 * Loads an embedded dataset by name: the decoded, deeply frozen negotiation, or the problems found — for an
 * unknown name, one problem saying which names exist. Decoded once, then served from a cache.
 *
 * @param name - one of `Datasets.names`
 * @returns the negotiation, or the problems (each with a path, a code and a sentence)
 * @category operations
 * @since 0.1.0
 * @example
 * import { Datasets } from 'negotiation-positions'
 * const ok = Datasets.load('ru-ua-2025')
 * assert.ok(ok._tag === 'Right' && ok.right.events.length >= 80)
 * const missing = Datasets.load('ru-ua-2024')
 * assert.ok(missing._tag === 'Left')
 * assert.strictEqual(missing.left[0]?.code, 'unknown-reference')
 */
export const load = (name: string): E.Either<ReadonlyArray<DecodeIssue>, Negotiation> =>
  isName(name)
    ? decodeOnce(name)
    : E.left(
        deepFreeze([
          makeIssue(
            [],
            'unknown-reference',
            `there is no embedded dataset named ${JSON.stringify(name)}; the datasets are: ${names.join(', ')}`,
            { expected: names.map((n) => JSON.stringify(n)).join(' | '), actual: name },
          ),
        ]),
      )

/**
 * The 2025–26 Russia–Ukraine ceasefire and peace negotiations, from the US 30-day ceasefire proposal at Jeddah
 * (11 March 2025) to the trilateral round in Geneva (17–18 February 2026), with four older background items. The
 * shipped file always decodes (the test suite guarantees it), so this returns the negotiation directly.
 *
 * @returns the decoded, deeply frozen negotiation (cached after the first call)
 * @category operations
 * @since 0.1.0
 * @example
 * import { Datasets, type IssueId, type ProposalId } from 'negotiation-positions'
 * const doc = Datasets.ruUa2025()
 * assert.strictEqual(doc.id, 'ru-ua-2025')
 * const plan = doc.proposals['us-28-point-2025-11-20' as ProposalId]
 * assert.strictEqual(plan?.terms['army.size' as IssueId]?.value, 600_000)
 * assert.strictEqual(Datasets.ruUa2025(), doc)
 */
export const ruUa2025 = (): Negotiation => {
  const r = decodeOnce('ru-ua-2025')
  // Unreachable for the shipped file (test/datasets.test.ts decodes it with zero problems).
  if (r._tag === 'Left')
    throw new Error(`the embedded dataset ru-ua-2025 does not decode:\n${format(r.left)}`)
  return r.right
}
