/**
 * Deep freezing for results: every public result is deeply readonly at run time too. Internal.
 *
 * @internal
 */

/** Freezes `value` and everything reachable from it, in place, and returns it with a deeply readonly type. */
export const deepFreeze = <A>(value: A): A => {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value
  Object.freeze(value)
  for (const k of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[k])
  return value
}
