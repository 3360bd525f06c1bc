/** Test helper: what a codec says about a value, as its tests read it. */
import { either as E } from 'fp-ts'
import type * as t from 'io-ts'

/** The messages a codec gives for `u`, each with the path (`terms.__proto__`) it points at. */
export const messages = (
  codec: t.Decoder<unknown, unknown>,
  u: unknown,
): ReadonlyArray<readonly [string, string]> => {
  const r = codec.decode(u)
  return E.isLeft(r)
    ? r.left.map((e) => [
        e.context
          .slice(1)
          .map((c) => c.key)
          .join('.'),
        e.message ?? '',
      ])
    : []
}
