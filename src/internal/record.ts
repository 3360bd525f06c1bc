/**
 * Reading records keyed by what a document says (ids, issue names): own properties only, so that a key such as
 * `toString` or `constructor` never reaches `Object.prototype`. Internal.
 *
 * @internal
 */

/** True when `o` has `k` as an own property (never one inherited from the prototype). */
export const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k)

/** A record's own entry for a key, or `undefined` (never one inherited from the prototype). */
export const own = <A>(o: Readonly<Record<string, A>>, k: string): A | undefined =>
  hasOwn(o, k) ? o[k] : undefined
