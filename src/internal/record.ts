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

/** Sets a key of a record made here, as its own property (even `__proto__`, which would otherwise set the prototype). */
export const put = <A>(record: Record<string, A>, key: string, value: A): void => {
  if (key === '__proto__')
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true })
  else record[key] = value
}

/** The record at `key` of a record of records made here, made (empty) when it has none of its own. */
export const child = <A>(record: Record<string, Record<string, A>>, key: string): Record<string, A> => {
  let out = own(record, key)
  if (out === undefined) put(record, key, (out = {}))
  return out
}
