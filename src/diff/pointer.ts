/**
 * JSON Pointers (RFC 6901): the paths of a JSON Patch. `~` is written `~0` and `/` is written `~1` inside a token.
 *
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * The JSON Pointer of a path of keys: each token escaped (`~` → `~0`, `/` → `~1`) and prefixed with `/`.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Diff } from 'negotiation-positions'
 * assert.strictEqual(Diff.pointer(['terms', 'a/b~c', 'value']), '/terms/a~1b~0c/value')
 */
export const pointer = (tokens: readonly string[]): string => {
  let out = ''
  for (const t of tokens) out += `/${escapeToken(t)}`
  return out
}

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * The keys of a JSON Pointer, unescaped; a message when it is not a valid pointer.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Diff } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * assert.deepStrictEqual(Diff.parsePointer('/terms/a~1b~0c'), E.right(['terms', 'a/b~c']))
 * assert.strictEqual(E.isLeft(Diff.parsePointer('terms')), true)
 */
export const parsePointer = (p: string): E.Either<string, readonly string[]> => {
  if (p === '') return E.right([])
  if (!p.startsWith('/'))
    return E.left(`a JSON Pointer starts with "/" (or is "" for the whole document), got "${p}"`)
  const tokens = p.slice(1).split('/')
  for (const t of tokens) {
    if (/~(?![01])/.test(t))
      return E.left(`"${p}" has a "~" not followed by 0 or 1 (write ~0 for "~" and ~1 for "/")`)
  }
  return E.right(tokens.map(unescapeToken))
}

// -------------------------------------------------------------------------------------
// internal
// -------------------------------------------------------------------------------------

const escapeToken = (t: string): string =>
  t.includes('~') || t.includes('/') ? t.replace(/~/g, '~0').replace(/\//g, '~1') : t

const unescapeToken = (t: string): string => (t.includes('~') ? t.replace(/~1/g, '/').replace(/~0/g, '~') : t)
