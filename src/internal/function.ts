/**
 * Small function helpers shared by the analyses. Internal.
 *
 * @internal
 */

/**
 * Makes a function callable data-first (`f(data, ...args)`) and data-last (`f(...args)(data)`), telling the two
 * apart by the number of arguments (the idea behind fp-ts's and remeda's dual functions).
 */
export const dual = <DataLast extends (...args: never[]) => unknown, DataFirst extends (...args: never[]) => unknown>(
  arity: DataFirst['length'],
  body: DataFirst,
): DataLast & DataFirst =>
  function (this: unknown, ...args: unknown[]) {
    if (args.length >= arity) return (body as (...a: unknown[]) => unknown).apply(this, args)
    return (self: unknown) => (body as (...a: unknown[]) => unknown)(self, ...args)
  } as DataLast & DataFirst
