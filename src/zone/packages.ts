/**
 * The agreement zone as whole packages: the packages (one value for every open issue, or the issues you choose)
 * that every principal accepts — inside every acceptable set, outside every red line, at or above every reservation
 * score per issue, meeting every value condition and linkage, and worth at least each principal's reservation
 * utility. Counted exactly, listed lazily, and decided empty without listing wherever the structure allows.
 *
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import { deepFreeze } from '../internal/freeze'
import type { Negotiation } from '../model/negotiation'
import { blockersOf, packageAt } from './blockers'
import type { Package, PackageZone, ZoneError, ZoneOptions } from './model'
import { choicesOf, count, cursor, keep, none } from './search'
import { spaceOf, type Space } from './space'
import { list, packageText } from './text'

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

/**
 * True when the first argument is a negotiation (data-first call).
 *
 * @internal
 */
export const isNegotiationCall = (args: readonly unknown[]): boolean =>
  typeof args[0] === 'object' && args[0] !== null && 'format' in args[0]

/**
 * `f(negotiation, options?)` or `f(options?)(negotiation)`.
 *
 * @internal
 */
export const withOptions =
  <A>(f: (negotiation: Negotiation, options: ZoneOptions) => A) =>
  (...args: unknown[]): A | ((negotiation: Negotiation) => A) =>
    isNegotiationCall(args)
      ? f(args[0] as Negotiation, (args[1] as ZoneOptions | undefined) ?? {})
      : (negotiation: Negotiation) => f(negotiation, (args[0] as ZoneOptions | undefined) ?? {})

const needsStep = (space: Space): ZoneError => ({
  _tag: 'needs-discretization',
  message: `counting packages against reservation utilities needs every quantity but one on a grid: give a step for ${list(
    space.quantities.filter((q) => q.handling === 'exact').map((q) => `\`${q.issue}\``),
  )} in \`discretize\``,
})

const zoneOf = (
  negotiation: Negotiation,
  options: ZoneOptions,
): E.Either<readonly ZoneError[], PackageZone> => {
  const s = spaceOf(negotiation, options)
  if (E.isLeft(s)) return s
  const space = s.right
  const relaxed = none(space)
  const kept = keep(space, relaxed)
  const c = count(space, kept)
  if (c === undefined) return E.left([needsStep(space)])
  const empty = c.count === 0n && !c.infinite
  const examples: Package[] = []
  if (!empty) {
    const cur = cursor(space, kept, choicesOf(space, kept, false))
    const limit = options.limit ?? 3
    while (examples.length < limit && cur.next()) examples.push(packageAt(space, cur.digits))
  }
  const blockers = empty ? blockersOf(space, kept, relaxed, c) : []
  const countText = c.infinite ? 'infinite' : c.count.toString()
  const who = list(space.names.slice())
  const issues = space.axes.length
  const explanation = empty
    ? `No package of the ${String(issues)} open issue${issues === 1 ? '' : 's'} is acceptable to every principal (${who}). ${blockers.map((b) => b.explanation).join(' ')}`
    : `${c.infinite ? 'Infinitely many' : countText} package${countText === '1' ? ' is' : 's are'} acceptable to every principal (${who}) on ${String(issues)} issue${issues === 1 ? '' : 's'}${examples[0] === undefined ? '' : `, for example: ${packageText(negotiation, examples[0])}`}.`
  return E.right(
    deepFreeze({
      ...(space.asOf === undefined ? {} : { asOf: space.asOf }),
      parties: space.parties,
      issues: space.axes.map((a) => a.issue),
      count: countText,
      empty,
      decidedBy: c.decidedBy,
      examples,
      blockers,
      quantities: space.quantities,
      unapplied: space.unapplied,
      explanation,
    }),
  )
}

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * The packages every principal accepts as of a date: their exact number (`count`, decimal digits; `"infinite"`
 * when a continuous quantity leaves a range open), a few examples (`limit`, default 3), and when there are none,
 * every reason (`blockers`). Emptiness is decided without listing packages when an issue has no value all accept,
 * when a principal's reservation utility is out of reach, or when no reservation binds (the count is then a product
 * over groups of linked issues); otherwise by an exact depth-first count with bounds. A condition "if A is in S then
 * B is in T" held by a principal restricts the packages it accepts; conditions that cannot be checked on a package
 * are listed in `unapplied`.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Zone, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const doc = {
 *   format: 'negotiation-positions/1', title: 'Example', proposals: {}, events: [], sources: {},
 *   parties: { A: { name: 'Alpha', role: 'principal' }, B: { name: 'Beta', role: 'principal' } },
 *   issues: {
 *     days: { label: 'Ceasefire days', category: 'ceasefire', domain: { kind: 'quantity', unit: 'days', min: 0, max: 90, integer: true } },
 *     zpp: { label: 'Plant handed over', category: 'energy', domain: { kind: 'flag' } },
 *   },
 *   positions: [
 *     { id: 'a1', party: 'A', issue: 'days', asOf: '2025-01-01', sources: [], acceptable: { kind: 'intervals', intervals: [{ min: 30, max: 90 }] } },
 *     { id: 'b1', party: 'B', issue: 'days', asOf: '2025-01-01', sources: [], acceptable: { kind: 'intervals', intervals: [{ min: 0, max: 60 }] } },
 *     { id: 'b2', party: 'B', issue: 'zpp', asOf: '2025-01-01', sources: [], redLines: { kind: 'flags', values: [true] } },
 *   ],
 * } as unknown as Negotiation
 * const zone = Zone.packages(doc)
 * assert.ok(E.isRight(zone))
 * assert.strictEqual(zone.right.count, '31') // 30 to 60 days, plant not handed over
 */
export const packages: {
  (options?: ZoneOptions): (negotiation: Negotiation) => E.Either<readonly ZoneError[], PackageZone>
  (negotiation: Negotiation, options?: ZoneOptions): E.Either<readonly ZoneError[], PackageZone>
} = withOptions(zoneOf) as never

/**
 * The packages every principal accepts, listed lazily in a fixed order (issues in id order, the first varying
 * slowest), at most `options.limit`. A quantity handled exactly is listed at its critical values (see
 * `PackageZone.quantities`); discretise it to list a grid. Each iteration starts afresh; nothing is computed until
 * you iterate, and only one package is held at a time.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Zone, Negotiation } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const doc = {
 *   format: 'negotiation-positions/1', title: 'Example', proposals: {}, events: [], sources: {},
 *   parties: { A: { name: 'Alpha', role: 'principal' }, B: { name: 'Beta', role: 'principal' } },
 *   issues: { x: { label: 'X', category: 'other', domain: { kind: 'choice', options: [
 *     { id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'c', label: 'C' }] } } },
 *   positions: [{ id: 'p', party: 'A', issue: 'x', asOf: '2025-01-01', sources: [], redLines: { kind: 'options', options: ['b'] } }],
 * } as unknown as Negotiation
 * const all = Zone.enumerate(doc, { limit: 10 })
 * assert.ok(E.isRight(all))
 * assert.deepStrictEqual([...all.right], [{ x: 'a' }, { x: 'c' }])
 */
export const enumerate: {
  (options?: ZoneOptions): (negotiation: Negotiation) => E.Either<readonly ZoneError[], Iterable<Package>>
  (negotiation: Negotiation, options?: ZoneOptions): E.Either<readonly ZoneError[], Iterable<Package>>
} = withOptions((negotiation: Negotiation, options: ZoneOptions) => {
  const s = spaceOf(negotiation, options)
  if (E.isLeft(s)) return s
  const space = s.right
  const limit = options.limit ?? Infinity
  const iterable: Iterable<Package> = {
    *[Symbol.iterator]() {
      const kept = keep(space, none(space))
      const cur = cursor(space, kept, choicesOf(space, kept, false))
      let n = 0
      while (n < limit && cur.next()) {
        n++
        yield deepFreeze(packageAt(space, cur.digits))
      }
    },
  }
  return E.right(iterable)
}) as never
