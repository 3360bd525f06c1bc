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
