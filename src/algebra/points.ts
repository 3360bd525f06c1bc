/**
 * Points: packages encoded for a compiled utility (see `compile`), one number per issue of the negotiation in id
 * order — an option's index, 0 or 1 for a flag, a subset's bit mask, a quantity's number, NaN for an open issue.
 * Part of `Utility`.
 *
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import type { Value } from '../model/domain'
import type { IssueId, OptionId } from '../model/ids'
import { algebraFor, checkValue } from './check'
import type { Compiled } from './compile'
import { dualWhen } from '../internal/function'
import { algebraError, locate, type AlgebraError } from './errors'
import { maskOf, subsetOf, SUBSET_MASK_LIMIT } from './tables'
import { compareText } from '../internal/text'

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * Encodes a package as a point of a compiled utility's layout (NaN for the issues it leaves open); an error lists
 * unknown issues and values outside their domains.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Utility, Negotiation, PartyId, IssueId } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const doc = {
 *   format: 'negotiation-positions/1', title: 'Example', proposals: {}, events: [], sources: {},
 *   parties: { UA: { name: 'Ukraine', role: 'principal' } },
 *   issues: { energy: { label: 'Energy truce', category: 'energy', domain: { kind: 'flag' } } },
 *   positions: [],
 * } as unknown as Negotiation
 * const ua = Utility.compile(doc, 'UA' as PartyId)
 * assert.ok(E.isRight(ua))
 * assert.deepStrictEqual(Utility.encode(ua.right, { ['energy' as IssueId]: true }), E.right(Float64Array.of(1)))
 */
export const encode: {
  (
    pkg: Readonly<Partial<Record<IssueId, Value>>>,
  ): (compiled: Compiled) => E.Either<readonly AlgebraError[], Float64Array>
  (
    compiled: Compiled,
    pkg: Readonly<Partial<Record<IssueId, Value>>>,
  ): E.Either<readonly AlgebraError[], Float64Array>
} = dualWhen(
  (args) => args.length >= 2,
  (compiled: Compiled, pkg: Readonly<Partial<Record<IssueId, Value>>>) => {
    const errors: AlgebraError[] = []
    const slot = new Map(compiled.issues.map((id, i) => [id as string, i]))
    for (const k of Object.keys(pkg).sort(compareText))
      if (!slot.has(k))
        errors.push(
          algebraError(
            'unknown-issue',
            `the package decides issue \`${k}\`, which the negotiation does not define`,
            {
              issue: k as IssueId,
            },
          ),
        )
    const point = new Float64Array(compiled.issues.length).fill(Number.NaN)
    compiled.issues.forEach((issue, i) => {
      const v = pkg[issue]
      if (v === undefined) return
      const domain = compiled.domains[i]!
      const c = E.flatMap(algebraFor(domain), (a) => checkValue(a, domain, v))
      if (E.isLeft(c)) return void errors.push(locate(c.left, { issue }))
      switch (domain.kind) {
        case 'choice':
          point[i] = domain.options.findIndex((o) => o.id === v)
          return
        case 'flag':
          point[i] = v === true ? 1 : 0
          return
        case 'quantity':
          point[i] = v as number
          return
        case 'subset':
          if (domain.universe.length > SUBSET_MASK_LIMIT)
            return void errors.push(
              algebraError(
                'too-large',
                `issue \`${issue}\` has more than ${String(SUBSET_MASK_LIMIT)} elements and cannot be encoded`,
                { issue },
              ),
            )
          point[i] = maskOf(domain, v as readonly string[])
      }
    })
    return errors.length > 0 ? E.left(errors) : E.right(point)
  },
)

/**
 * Decodes a point of a compiled utility's layout back into a package (NaN slots are left open).
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Utility, Negotiation, PartyId } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const doc = {
 *   format: 'negotiation-positions/1', title: 'Example', proposals: {}, events: [], sources: {},
 *   parties: { UA: { name: 'Ukraine', role: 'principal' } },
 *   issues: { energy: { label: 'Energy truce', category: 'energy', domain: { kind: 'flag' } } },
 *   positions: [],
 * } as unknown as Negotiation
 * const ua = Utility.compile(doc, 'UA' as PartyId)
 * assert.ok(E.isRight(ua))
 * assert.deepStrictEqual(Utility.decode(ua.right, Float64Array.of(0)), { energy: false })
 */
export const decode: {
  (point: ArrayLike<number>): (compiled: Compiled) => Readonly<Partial<Record<IssueId, Value>>>
  (compiled: Compiled, point: ArrayLike<number>): Readonly<Partial<Record<IssueId, Value>>>
} = dualWhen(
  (args) => args.length >= 2,
  (compiled: Compiled, point: ArrayLike<number>) => {
    const out: Record<string, Value> = {}
    compiled.issues.forEach((issue, i) => {
      const x = point[i]
      if (x === undefined || Number.isNaN(x)) return
      const t = compiled.tables[i]!
      const domain = compiled.domains[i]!
      if (t.kind === 'finite') {
        const v = t.values[x]
        if (v !== undefined) out[issue] = Array.isArray(v) ? [...(v as readonly OptionId[])] : v
      } else if (t.kind === 'quantity') out[issue] = x
      else if (domain.kind === 'subset') out[issue] = subsetOf(domain, x)
    })
    return Object.freeze(out)
  },
)
