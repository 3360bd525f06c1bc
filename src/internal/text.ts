/**
 * Words shared by every module that writes sentences. Internal.
 *
 * @internal
 */

/** A count with its noun, singular or plural ("1 day", "3 days"). */
export const count = (n: number, one: string, many = `${one}s`): string =>
  `${String(n)} ${n === 1 ? one : many}`
