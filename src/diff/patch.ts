/**
 * JSON Patch (RFC 6902) for proposals: the list of operations that turns one draft's JSON into another's, and the
 * means to apply such a list to a draft. Terms are keyed by issue, so a patch speaks of `/terms/<issue>/value`.
 *
 * @since 0.1.0
 */
import { either as E } from 'fp-ts'
import { HOSTILE_KEYS, isPlainObject } from '../internal/codec'
import { deepFreeze } from '../internal/freeze'
import { dual } from '../internal/function'
import { Proposal } from '../model/proposal'
import { parsePointer, pointer } from './pointer'
import { hasOwn } from '../internal/record'
import { type DiffProblem, problem } from './problem'
import { compareText } from '../internal/text'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * One JSON Patch operation (RFC 6902). `path` and `from` are JSON Pointers.
 *
 * @category model
 * @since 0.1.0
 */
export type PatchOperation =
  | { readonly op: 'add'; readonly path: string; readonly value: unknown }
  | { readonly op: 'remove'; readonly path: string }
  | { readonly op: 'replace'; readonly path: string; readonly value: unknown }
  | { readonly op: 'move'; readonly from: string; readonly path: string }
  | { readonly op: 'copy'; readonly from: string; readonly path: string }
  | { readonly op: 'test'; readonly path: string; readonly value: unknown }

/**
 * A JSON Patch: operations applied in order.
 *
 * @category model
 * @since 0.1.0
 */
export type JsonPatch = readonly PatchOperation[]

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * The JSON Patch that turns proposal `a` into proposal `b`: `add`, `remove` and `replace` operations, object keys
 * in code-point order, lists replaced whole. Data-first `jsonPatch(a, b)` or data-last `jsonPatch(b)(a)`.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Diff, type Proposal } from 'negotiation-positions'
 * const a = { title: 'Draft', date: '2025-11-20', tabledBy: ['US'], sources: [], terms: { 'army.size': { value: 600000 } } } as unknown as Proposal
 * const b = { ...a, terms: { 'army.size': { value: 800000 } } } as Proposal
 * assert.deepStrictEqual(Diff.jsonPatch(a, b), [{ op: 'replace', path: '/terms/army.size/value', value: 800000 }])
 */
export const jsonPatch: {
  (b: Proposal): (a: Proposal) => JsonPatch
  (a: Proposal, b: Proposal): JsonPatch
} = dual(2, (a: Proposal, b: Proposal): JsonPatch => {
  const ops: PatchOperation[] = []
  diffInto(ops, [], a, b)
  return deepFreeze(ops)
})

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

/**
 * Applies a JSON Patch to a proposal, without touching either: the patched proposal, or the first operation that
 * fails (a path that does not exist, a failed `test`, a malformed operation) or the problems that make the result
 * no longer a proposal. Data-first `applyPatch(proposal, patch)` or data-last `applyPatch(patch)(proposal)`.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { Diff, type Proposal } from 'negotiation-positions'
 * import { either as E } from 'fp-ts'
 * const a = { title: 'Draft', date: '2025-11-20', tabledBy: ['US'], sources: [], terms: { 'army.size': { value: 600000 } } } as unknown as Proposal
 * const b = Diff.applyPatch(a, [{ op: 'replace', path: '/terms/army.size/value', value: 800000 }])
 * assert.deepStrictEqual(E.map((p: Proposal) => p.terms)(b), E.right({ 'army.size': { value: 800000 } }))
 * assert.strictEqual(E.isLeft(Diff.applyPatch(a, [{ op: 'remove', path: '/terms/nato' }])), true)
 */
export const applyPatch: {
  (patch: JsonPatch): (proposal: Proposal) => E.Either<readonly DiffProblem[], Proposal>
  (proposal: Proposal, patch: JsonPatch): E.Either<readonly DiffProblem[], Proposal>
} = dual(2, (proposal: Proposal, patch: JsonPatch): E.Either<readonly DiffProblem[], Proposal> => {
  if (!Array.isArray(patch))
    return E.left([problem('invalid-patch', '', 'a JSON Patch is a list of operations')])
  const start = json(proposal)
  if (E.isLeft(start))
    return E.left([problem('invalid-proposal', '', `the proposal is not JSON data: ${start.left}`)])
  let doc: unknown = start.right
  for (let i = 0; i < patch.length; i++) {
    const r = applyOperation(doc, patch[i] as unknown)
    if (E.isLeft(r))
      return E.left([problem('invalid-patch', `/${String(i)}`, `operation ${String(i)}: ${r.left}`)])
    doc = r.right
  }
  const decoded = Proposal.decode(doc)
  if (E.isLeft(decoded)) {
    return E.left(
      decoded.left.map((e) => {
        const at = pointer(e.context.slice(1).map((c) => c.key))
        return problem(
          'invalid-proposal',
          at,
          `the patched proposal is not valid at "${at}": ${e.message ?? `expected ${e.context[e.context.length - 1]?.type.name ?? 'a value'}`}`,
        )
      }),
    )
  }
  return E.right(deepFreeze(decoded.right))
})

// -------------------------------------------------------------------------------------
// internal: diff
// -------------------------------------------------------------------------------------

const present = (o: Readonly<Record<string, unknown>>, k: string): boolean =>
  hasOwn(o, k) && o[k] !== undefined

const diffInto = (ops: PatchOperation[], path: string[], a: unknown, b: unknown): void => {
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(compareText)
    for (const k of keys) {
      const inA = present(a, k)
      const inB = present(b, k)
      if (inA && !inB) ops.push({ op: 'remove', path: pointer([...path, k]) })
      else if (!inA && inB) ops.push({ op: 'add', path: pointer([...path, k]), value: clone(b[k]) })
      else if (inA && inB) {
        path.push(k)
        diffInto(ops, path, a[k], b[k])
        path.pop()
      }
    }
    return
  }
  if (!jsonEquals(a, b)) ops.push({ op: 'replace', path: pointer(path), value: clone(b) })
}

/**
 * Equality of JSON values (keys with `undefined` values count as absent). Internal.
 *
 * @internal
 */
export const jsonEquals = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!jsonEquals(a[i], b[i])) return false
    return true
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined)
    const kb = Object.keys(b).filter((k) => b[k] !== undefined)
    if (ka.length !== kb.length) return false
    for (const k of ka) if (!present(b, k) || !jsonEquals(a[k], b[k])) return false
    return true
  }
  return false
}

const clone = (u: unknown): unknown => (u === undefined ? undefined : JSON.parse(JSON.stringify(u)))

// A private JSON copy, or why the value is not JSON data (a cycle, a bigint).
const json = (u: unknown): E.Either<string, unknown> => {
  try {
    return E.right(clone(u))
  } catch (e) {
    return E.left(e instanceof Error ? e.message : String(e))
  }
}

// -------------------------------------------------------------------------------------
// internal: apply (on a private, mutable copy)
// -------------------------------------------------------------------------------------

type Container = Record<string, unknown> | unknown[]
type Step = E.Either<string, unknown>

const applyOperation = (doc: unknown, op: unknown): Step => {
  if (!isPlainObject(op)) return E.left('expected an object with "op" and "path"')
  const { op: name, path, from } = op
  if (typeof path !== 'string') return E.left('"path" must be a JSON Pointer string')
  const to = parsePointer(path)
  if (E.isLeft(to)) return to
  const needsValue = name === 'add' || name === 'replace' || name === 'test'
  if (needsValue && !hasOwn(op, 'value')) return E.left(`"${String(name)}" needs a "value"`)
  switch (name) {
    case 'add':
      return E.flatMap(json(op.value), (v) => add(doc, to.right, v, path))
    case 'remove':
      return remove(doc, to.right, path)
    case 'replace': {
      const value = json(op.value)
      if (E.isLeft(value) || to.right.length === 0) return value
      const r = remove(doc, to.right, path)
      return E.isLeft(r) ? r : add(r.right, to.right, value.right, path)
    }
    case 'test': {
      const current = get(doc, to.right, path)
      if (E.isLeft(current)) return current
      return jsonEquals(current.right, op.value)
        ? E.right(doc)
        : E.left(`test failed: the value at "${path}" differs`)
    }
    case 'move':
    case 'copy': {
      if (typeof from !== 'string') return E.left(`"${name}" needs a "from" JSON Pointer`)
      const src = parsePointer(from)
      if (E.isLeft(src)) return src
      if (
        name === 'move' &&
        src.right.length < to.right.length &&
        src.right.every((t, i) => to.right[i] === t)
      ) {
        return E.left(`cannot move "${from}" into its own child "${path}"`)
      }
      const value = get(doc, src.right, from)
      if (E.isLeft(value)) return value
      const rest = name === 'move' ? remove(doc, src.right, from) : E.right(doc)
      return E.isLeft(rest) ? rest : add(rest.right, to.right, clone(value.right), path)
    }
    default:
      return E.left(
        `unknown op ${JSON.stringify(name) ?? String(name)}; expected add, remove, replace, move, copy or test`,
      )
  }
}

const get = (doc: unknown, tokens: readonly string[], path: string): Step => {
  let cur = doc
  for (const t of tokens) {
    const next = child(cur, t)
    if (next === NOT_FOUND) return E.left(`"${path}" does not exist`)
    cur = next
  }
  return E.right(cur)
}

const NOT_FOUND = Symbol('not found')

const child = (cur: unknown, t: string): unknown => {
  if (Array.isArray(cur)) {
    const i = index(t, cur.length - 1)
    return i === null ? NOT_FOUND : cur[i]
  }
  if (isPlainObject(cur) && hasOwn(cur, t)) return cur[t]
  return NOT_FOUND
}

// The array index written by `t` (digits, no leading zero) when it is at most `max`.
const index = (t: string, max: number): number | null => {
  if (!/^(0|[1-9][0-9]*)$/.test(t)) return null
  const i = Number(t)
  return i <= max ? i : null
}

const parentOf = (doc: unknown, tokens: readonly string[], path: string): E.Either<string, Container> => {
  const p = get(doc, tokens.slice(0, -1), path)
  if (E.isLeft(p)) return E.left(`the parent of "${path}" does not exist`)
  const v = p.right
  return Array.isArray(v) || isPlainObject(v)
    ? E.right(v as Container)
    : E.left(`the parent of "${path}" is not an object or a list`)
}

const add = (doc: unknown, tokens: readonly string[], value: unknown, path: string): Step => {
  const last = tokens[tokens.length - 1]
  if (last === undefined) return E.right(value)
  if (HOSTILE_KEYS.has(last)) return E.left(`the key "${last}" is not allowed`)
  const parent = parentOf(doc, tokens, path)
  if (E.isLeft(parent)) return parent
  const c = parent.right
  if (Array.isArray(c)) {
    const i = last === '-' ? c.length : index(last, c.length)
    if (i === null)
      return E.left(`"${last}" is not an index from 0 to ${String(c.length)} (or "-") in "${path}"`)
    c.splice(i, 0, value)
  } else {
    c[last] = value
  }
  return E.right(doc)
}

const remove = (doc: unknown, tokens: readonly string[], path: string): Step => {
  const last = tokens[tokens.length - 1]
  if (last === undefined) return E.left('cannot remove the whole proposal')
  const parent = parentOf(doc, tokens, path)
  if (E.isLeft(parent)) return parent
  const c = parent.right
  if (Array.isArray(c)) {
    const i = index(last, c.length - 1)
    if (i === null) return E.left(`"${path}" does not exist`)
    c.splice(i, 1)
  } else {
    if (!hasOwn(c, last)) return E.left(`"${path}" does not exist`)
    delete c[last]
  }
  return E.right(doc)
}
