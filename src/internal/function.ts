/**
 * Small function helpers shared by the analyses. Internal.
 *
 * @internal
 */

type AnyFunction = (...args: never[]) => unknown

/**
 * Makes a function callable data-first (`f(data, ...args)`) and data-last (`f(...args)(data)`), telling the two
 * apart by the number of arguments (the idea behind fp-ts's and remeda's dual functions). The caller states the
 * overloads as `DataLast & DataFirst`.
 */
export const dual = <Signatures extends AnyFunction>(arity: number, body: AnyFunction): Signatures => {
  const call = body as unknown as (...a: unknown[]) => unknown
  return function (this: unknown, ...args: unknown[]) {
    if (args.length >= arity) return call.apply(this, args)
    return (self: unknown) => call(self, ...args)
  } as unknown as Signatures
}

/**
 * Makes `f(data, ...rest)` also callable as `f(...rest)(data)`, telling the two apart with a predicate on the
 * arguments (for functions with optional trailing arguments, where counting them cannot decide).
 */
export const dualWhen = <Signatures extends AnyFunction>(
  isDataFirst: (args: readonly unknown[]) => boolean,
  body: AnyFunction,
): Signatures => {
  const call = body as unknown as (...a: unknown[]) => unknown
  return function (...args: unknown[]) {
    if (isDataFirst(args)) return call(...args)
    return (data: unknown) => call(data, ...args)
  } as unknown as Signatures
}
