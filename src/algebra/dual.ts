/**
 * Data-first and data-last call styles for the algebra. The algebra's functions take the domain first and
 * the data (a value set, a position) second, so the data-last form keeps the domain in front:
 * `Values.intersect(domain, a, b)` and `pipe(a, Values.intersect(domain, b))`. Internal.
 *
 * @internal
 */

type AnyFunction = (...args: never[]) => unknown

/**
 * Makes `f(domain, data, ...rest)` also callable as `f(domain, ...rest)(data)`, telling the two apart by the number
 * of arguments. The caller states the overloads as the type parameter.
 *
 * @internal
 */
export const dualAfterDomain = <Signatures extends AnyFunction>(
  arity: number,
  body: AnyFunction,
): Signatures => {
  const call = body as unknown as (...a: unknown[]) => unknown
  return function (...args: unknown[]) {
    if (args.length >= arity) return call(...args)
    return (data: unknown) => call(args[0], data, ...args.slice(1))
  } as unknown as Signatures
}
