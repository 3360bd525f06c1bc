/**
 * The algebra of `choice` domains: value sets are sets of options (`{ kind: 'options' }`), kept in the domain's
 * order. Internal: use `Values`.
 *
 * @internal
 */
import { either as E, option as O } from 'fp-ts'
import type { ChoiceDomain, OptionSet } from '../model/domain'
import type { OptionId } from '../model/ids'
import { algebraError, show } from './errors'
import type { KindAlgebra } from './kind'

const indexOf = (domain: ChoiceDomain): ReadonlyMap<string, number> => {
  const m = new Map<string, number>()
  domain.options.forEach((o, i) => {
    if (!m.has(o.id)) m.set(o.id, i)
  })
  return m
}

const mask = (domain: ChoiceDomain, ids: readonly string[]): boolean[] => {
  const index = indexOf(domain)
  const out = domain.options.map(() => false)
  for (const id of ids) {
    const i = index.get(id)
    if (i !== undefined) out[i] = true
  }
  return out
}

const fromMask = (domain: ChoiceDomain, m: readonly boolean[]): OptionSet => ({
  kind: 'options',
  options: domain.options.filter((_, i) => m[i] === true).map((o) => o.id),
})

const combine =
  (f: (a: boolean, b: boolean) => boolean) =>
  (domain: ChoiceDomain, a: OptionSet, b: OptionSet): OptionSet => {
    const ma = mask(domain, a.options)
    const mb = mask(domain, b.options)
    return fromMask(
      domain,
      ma.map((x, i) => f(x, mb[i] === true)),
    )
  }

const isValue = (domain: ChoiceDomain, u: unknown): u is OptionId =>
  typeof u === 'string' && domain.options.some((o) => o.id === u)

/**
 * The algebra of `choice` domains.
 *
 * @internal
 */
export const options: KindAlgebra<ChoiceDomain, OptionSet, OptionId> = {
  problem: (domain, set) => {
    if (!Array.isArray(set.options) || !set.options.every((x) => typeof x === 'string'))
      return algebraError(
        'malformed-set',
        `an options set needs \`options\`, a list of option ids; got ${show(set)}`,
      )
    const unknown = set.options.find((x) => !isValue(domain, x))
    return unknown === undefined
      ? undefined
      : algebraError(
          'unknown-option',
          `the value set names option \`${unknown}\`, which the choice does not have; options are: ${domain.options.map((o) => o.id).join(', ')}`,
        )
  },
  isValue,
  whyNot: (domain, u) =>
    typeof u !== 'string'
      ? `${show(u)} is not an option id`
      : `the choice has no option \`${u}\`; options are: ${domain.options.map((o) => o.id).join(', ')}`,
  normalize: (domain, set) => fromMask(domain, mask(domain, set.options)),
  contains: (_, set, value) => set.options.includes(value),
  member: (_, set) => {
    const s = new Set<string>(set.options)
    return (value) => s.has(value)
  },
  intersect: combine((a, b) => a && b),
  union: combine((a, b) => a || b),
  complement: (domain, a) =>
    fromMask(
      domain,
      mask(domain, a.options).map((x) => !x),
    ),
  isEmpty: (_, a) => a.options.length === 0,
  equals: (domain, a, b) => {
    const ma = mask(domain, a.options)
    const mb = mask(domain, b.options)
    return ma.every((x, i) => x === mb[i])
  },
  all: (domain) =>
    fromMask(
      domain,
      mask(
        domain,
        domain.options.map((o) => o.id),
      ),
    ),
  none: () => ({ kind: 'options', options: [] }),
  of: (domain, values) => fromMask(domain, mask(domain, values)),
  size: (domain, a) => mask(domain, a.options).filter((x) => x).length,
  enumerate: (domain, a) => E.right(fromMask(domain, mask(domain, a.options)).options),
  sample: (domain, a) => O.fromNullable(fromMask(domain, mask(domain, a.options)).options[0]),
  valueEquals: (_, a, b) => a === b,
  distance: (domain, a, b) => {
    if (a === b) return 0
    if (domain.ordered !== true) return 1
    const index = indexOf(domain)
    const n = domain.options.length
    return n <= 1 ? 0 : Math.abs(index.get(a)! - index.get(b)!) / (n - 1)
  },
  rank: (domain, value) => (domain.ordered === true ? indexOf(domain).get(value) : undefined),
  describe: (domain, value) => domain.options.find((o) => o.id === value)?.label ?? value,
}
