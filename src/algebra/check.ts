/**
 * Input checks and dispatch for the algebra: picks the implementation for a domain's kind and checks that a value
 * set or a value belongs to it, turning every mismatch into an {@link AlgebraError}. Internal.
 *
 * @internal
 */
import { either as E } from 'fp-ts'
import type { Domain, Value, ValueSet } from '../model/domain'
import { algebraError, describeDomain, SET_KIND, show, type AlgebraError } from './errors'
import { flags } from './flags'
import { intervals } from './intervals'
import type { KindAlgebra } from './kind'
import { options } from './options'
import { subsets } from './subsets'
import { hasOwn } from '../internal/record'

/**
 * The implementation of every domain kind, seen through the common interface.
 *
 * @internal
 */
export type AnyAlgebra = KindAlgebra<Domain, ValueSet, Value>

const ALGEBRAS = { choice: options, quantity: intervals, subset: subsets, flag: flags } as const

// What a domain of a known kind lacks to have its kind's shape (a domain built by hand can): its list of options or
// elements, or numbers for its bounds. Constant time: the entries of the list are not looked at.
const missing = (domain: Domain): string | undefined => {
  switch (domain.kind) {
    case 'choice':
      return Array.isArray(domain.options) ? undefined : 'a choice needs `options`, a list of { id, label }'
    case 'subset':
      return Array.isArray(domain.universe) ? undefined : 'a subset needs `universe`, a list of { id, label }'
    case 'quantity':
      return typeof domain.min === 'number' && typeof domain.max === 'number'
        ? undefined
        : 'a quantity needs `min` and `max`, both numbers'
    case 'flag':
      return undefined
  }
}

/**
 * The implementation for a domain's kind, or an error when the domain is not one of the four kinds
 * (`kind-mismatch`) or lacks what its kind needs (`malformed-domain`).
 *
 * @internal
 */
export const algebraFor = (domain: Domain): E.Either<AlgebraError, AnyAlgebra> => {
  if (
    typeof domain !== 'object' ||
    domain === null ||
    typeof domain.kind !== 'string' ||
    !hasOwn(ALGEBRAS, domain.kind)
  )
    return E.left(
      algebraError(
        'kind-mismatch',
        `${show(domain)} is not a domain; a domain has kind "choice", "quantity", "subset" or "flag"`,
      ),
    )
  const lacks = missing(domain)
  return lacks === undefined
    ? E.right(ALGEBRAS[domain.kind] as unknown as AnyAlgebra)
    : E.left(algebraError('malformed-domain', `${lacks}; got ${show(domain)}`))
}

/**
 * Checks that `set` is a well-formed value set of the kind `domain` takes, naming only known options.
 *
 * @internal
 */
export const checkSet = (
  algebra: AnyAlgebra,
  domain: Domain,
  set: ValueSet,
): E.Either<AlgebraError, ValueSet> => {
  const expected = SET_KIND[domain.kind]
  if (typeof set !== 'object' || set === null || typeof set.kind !== 'string')
    return E.left(
      algebraError(
        'malformed-set',
        `${show(set)} is not a value set; ${describeDomain(domain)} takes a set of kind "${expected}"`,
      ),
    )
  if (set.kind !== expected)
    return E.left(
      algebraError(
        'kind-mismatch',
        `the value set has kind "${set.kind}" but the issue is ${describeDomain(domain)}, which takes a set of kind "${expected}"`,
      ),
    )
  const problem = algebra.problem(domain, set)
  return problem === undefined ? E.right(set) : E.left(problem)
}

/**
 * Checks that `value` lies in `domain`.
 *
 * @internal
 */
export const checkValue = (
  algebra: AnyAlgebra,
  domain: Domain,
  value: unknown,
): E.Either<AlgebraError, Value> =>
  algebra.isValue(domain, value)
    ? E.right(value)
    : E.left(
        algebraError(
          'not-a-value',
          `${algebra.whyNot(domain, value)} (the issue is ${describeDomain(domain)})`,
        ),
      )

/**
 * The algebra and the checked sets, or the first problem.
 *
 * @internal
 */
export const withSets = <A>(
  domain: Domain,
  sets: readonly ValueSet[],
  f: (algebra: AnyAlgebra, sets: readonly ValueSet[]) => A,
): E.Either<AlgebraError, A> => {
  const a = algebraFor(domain)
  if (E.isLeft(a)) return a
  const checked: ValueSet[] = []
  for (const s of sets) {
    const c = checkSet(a.right, domain, s)
    if (E.isLeft(c)) return c
    checked.push(c.right)
  }
  return E.right(f(a.right, checked))
}

/**
 * The algebra and the checked values, or the first problem.
 *
 * @internal
 */
export const withValues = <A>(
  domain: Domain,
  values: readonly unknown[],
  f: (algebra: AnyAlgebra, values: readonly Value[]) => A,
): E.Either<AlgebraError, A> => {
  const a = algebraFor(domain)
  if (E.isLeft(a)) return a
  const checked: Value[] = []
  for (const v of values) {
    const c = checkValue(a.right, domain, v)
    if (E.isLeft(c)) return c
    checked.push(c.right)
  }
  return E.right(f(a.right, checked))
}
