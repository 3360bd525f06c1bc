/**
 * The report as JSON with a stable key order: keys sorted at every level, arrays in their own order, two-space
 * indentation, a final newline. The same report always gives the same bytes.
 *
 * @since 0.1.0
 */
import type { Report } from './model'

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

const sortKeys = (u: unknown): unknown => {
  if (Array.isArray(u)) return u.map(sortKeys)
  if (typeof u === 'object' && u !== null) {
    const out: Record<string, unknown> = {}
    for (const k of Object.keys(u).sort()) {
      const v = (u as Record<string, unknown>)[k]
      if (v !== undefined) out[k] = sortKeys(v)
    }
    return out
  }
  return u
}

/**
 * Any JSON data as text with every key sorted, two-space indentation and a final newline.
 *
 * @internal
 */
export const stableStringify = (u: unknown): string => `${JSON.stringify(sortKeys(u), null, 2)}\n`

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * The report as JSON text: every key sorted, two-space indentation, a final newline; `JSON.parse` gives back a
 * value deeply equal to the report.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Report, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const doc = {
 *   format: 'negotiation-positions/1', title: 'Example', proposals: {}, events: [], sources: {}, positions: [],
 *   parties: { A: { name: 'Alpha', role: 'principal' } }, issues: {},
 * } as unknown as Negotiation
 * const report = E.getOrElseW(() => assert.fail())(Report.build(doc))
 * const json = Report.toJson(report)
 * assert.deepStrictEqual(JSON.parse(json), JSON.parse(JSON.stringify(report)))
 * assert.ok(json.indexOf('"asOf"') < json.indexOf('"title"'))
 */
export const toJson = (report: Report): string => stableStringify(report)
