/**
 * The algebra of `flag` domains: value sets are sets of booleans (`{ kind: 'flags' }`), kept in the order `false`,
 * `true`. Internal: use `Values`.
 *
 * @internal
 */
import { either as E, option as O } from 'fp-ts'
import type { FlagDomain, FlagSet } from '../model/domain'
import { algebraError, show } from './errors'
import type { KindAlgebra } from './kind'

const ORDER = [false, true] as const

const make = (has: (b: boolean) => boolean): FlagSet => ({ kind: 'flags', values: ORDER.filter(has) })

/**
 * The algebra of `flag` domains.
 *
 * @internal
 */
export const flags: KindAlgebra<FlagDomain, FlagSet, boolean> = {
  problem: (_, set) =>
    Array.isArray(set.values) && set.values.every((x) => typeof x === 'boolean')
      ? undefined
      : algebraError('malformed-set', `a flags set needs \`values\`, a list of true/false; got ${show(set)}`),
  isValue: (_, u): u is boolean => typeof u === 'boolean',
  whyNot: (_, u) => `${show(u)} is not true or false`,
  normalize: (_, set) => make((b) => set.values.includes(b)),
  contains: (_, set, value) => set.values.includes(value),
  member: (_, set) => {
    const yes = set.values.includes(true)
    const no = set.values.includes(false)
    return (value) => (value ? yes : no)
  },
  intersect: (_, a, b) => make((x) => a.values.includes(x) && b.values.includes(x)),
  union: (_, a, b) => make((x) => a.values.includes(x) || b.values.includes(x)),
  complement: (_, a) => make((x) => !a.values.includes(x)),
  isEmpty: (_, a) => a.values.length === 0,
  equals: (_, a, b) => ORDER.every((x) => a.values.includes(x) === b.values.includes(x)),
  all: () => make(() => true),
  none: () => make(() => false),
  of: (_, values) => make((x) => values.includes(x)),
  size: (_, a) => ORDER.filter((x) => a.values.includes(x)).length,
  enumerate: (_, a) => E.right(ORDER.filter((x) => a.values.includes(x))),
  sample: (_, a) => O.fromNullable(ORDER.find((x) => a.values.includes(x))),
  valueEquals: (_, a, b) => a === b,
  distance: (_, a, b) => (a === b ? 0 : 1),
  rank: () => undefined,
  describe: (domain, value) => (value ? (domain.yes ?? 'yes') : (domain.no ?? 'no')),
}
