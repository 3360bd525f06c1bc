// The rules of JSON Patch (RFC 6902) that Diff.applyPatch and Diff.jsonPatch follow at their edges: array indexes,
// missing parents, `undefined` keys, `move` into a child, `test` on objects and lists; each failure by its exact
// problem (kind, place and message), so that a rule that gives way is seen.
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { Diff, type Proposal } from '../../src'
import { frozen } from '../algebra/arbitraries'

// (its fields in the order a decoded proposal has them, so that its JSON is that of a draft patched to itself)
const base = (): Proposal =>
  frozen({
    title: 'Draft',
    date: '2025-11-20',
    tabledBy: ['US', 'UA'],
    terms: { 'army.size': { value: 600_000, point: '6' }, amnesty: { value: true } },
    sources: ['s1'],
  }) as unknown as Proposal

/** The patched draft as JSON, or each problem as `kind at: message`. */
const apply = (patch: unknown, proposal: Proposal = base()): string => {
  const r = Diff.applyPatch(proposal, frozen(patch) as Diff.JsonPatch)
  return E.isRight(r)
    ? JSON.stringify(r.right)
    : r.left.map((p) => `${p.kind} ${p.at}: ${p.message}`).join('\n')
}
const unchanged = (): string => JSON.stringify(base())
/** The parties that table the patched draft. */
const tabledBy = (json: string): unknown => (JSON.parse(json) as Proposal).tabledBy
const op0 = (message: string): string => `invalid-patch /0: operation 0: ${message}`

describe('Diff.applyPatch: array indexes', () => {
  it('reads an index of digits without leading zeros, within the list', () => {
    expect(apply([{ op: 'test', path: '/tabledBy/1', value: 'UA' }])).toBe(unchanged())
    expect(apply([{ op: 'test', path: '/tabledBy/2', value: 'UA' }])).toBe(
      op0('"/tabledBy/2" does not exist'),
    )
    expect(apply([{ op: 'test', path: '/tabledBy/-0', value: 'US' }])).toBe(
      op0('"/tabledBy/-0" does not exist'),
    )
    expect(apply([{ op: 'test', path: '/tabledBy/1x', value: 'UA' }])).toBe(
      op0('"/tabledBy/1x" does not exist'),
    )
    expect(apply([{ op: 'test', path: '/tabledBy/x', value: 'US' }])).toBe(
      op0('"/tabledBy/x" does not exist'),
    )
  })

  it('reads indexes of two digits', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `s${String(i)}`)
    const many = { ...base(), sources: ids } as unknown as Proposal
    expect(apply([{ op: 'test', path: '/sources/10', value: 's10' }], many)).toBe(JSON.stringify(many))
    expect(apply([{ op: 'remove', path: '/sources/11' }], many)).toBe(
      JSON.stringify({ ...many, sources: ids.slice(0, 11) }),
    )
  })

  it('adds at an index up to the length, not past it nor with a leading zero', () => {
    expect(tabledBy(apply([{ op: 'add', path: '/tabledBy/2', value: 'EU' }]))).toEqual(['US', 'UA', 'EU'])
    expect(apply([{ op: 'add', path: '/tabledBy/3', value: 'EU' }])).toBe(
      op0('"3" is not an index from 0 to 2 (or "-") in "/tabledBy/3"'),
    )
    expect(apply([{ op: 'add', path: '/tabledBy/01', value: 'EU' }])).toBe(
      op0('"01" is not an index from 0 to 2 (or "-") in "/tabledBy/01"'),
    )
  })

  it('removes only an element that exists', () => {
    expect(tabledBy(apply([{ op: 'remove', path: '/tabledBy/1' }]))).toEqual(['US'])
    expect(apply([{ op: 'remove', path: '/tabledBy/2' }])).toBe(op0('"/tabledBy/2" does not exist'))
    expect(apply([{ op: 'remove', path: '/tabledBy/x' }])).toBe(op0('"/tabledBy/x" does not exist'))
  })
})

describe('Diff.applyPatch: paths that do not lead anywhere', () => {
  it('needs the parent of a place it adds to or removes from', () => {
    expect(apply([{ op: 'add', path: '/terms/nope/value', value: 1 }])).toBe(
      op0('the parent of "/terms/nope/value" does not exist'),
    )
    expect(apply([{ op: 'remove', path: '/terms/nope/value' }])).toBe(
      op0('the parent of "/terms/nope/value" does not exist'),
    )
    expect(apply([{ op: 'add', path: '/title/x', value: 1 }])).toBe(
      op0('the parent of "/title/x" is not an object or a list'),
    )
  })

  it('reads only own keys of objects, and nothing inside text', () => {
    expect(apply([{ op: 'test', path: '/terms/amnesty/toString', value: 1 }])).toBe(
      op0('"/terms/amnesty/toString" does not exist'),
    )
    expect(apply([{ op: 'test', path: '/title/length', value: 5 }])).toBe(
      op0('"/title/length" does not exist'),
    )
    expect(apply([{ op: 'test', path: '/terms/nope', value: 1 }])).toBe(op0('"/terms/nope" does not exist'))
  })

  it('replaces the whole draft at the empty path, and never removes it', () => {
    const other = { ...base(), title: 'Other' }
    expect(apply([{ op: 'add', path: '', value: other }])).toBe(JSON.stringify(other))
    expect(apply([{ op: 'replace', path: '', value: other }])).toBe(JSON.stringify(other))
    expect(apply([{ op: 'remove', path: '' }])).toBe(op0('cannot remove the whole proposal'))
  })

  it('names what a malformed operation lacks', () => {
    expect(apply([{ op: 'add', value: 1 }])).toBe(op0('"path" must be a JSON Pointer string'))
    expect(apply([{ op: 'replace', path: '/title' }])).toBe(op0('"replace" needs a "value"'))
    expect(apply([{ op: 'test', path: '/title' }])).toBe(op0('"test" needs a "value"'))
    expect(apply([{ op: 'move', path: '/title' }])).toBe(op0('"move" needs a "from" JSON Pointer'))
    expect(apply([{ op: 'copy', from: 'title', path: '/note' }])).toContain('starts with "/"')
    expect(apply([{ op: 'replace', path: '/title', value: 1n }])).toContain(
      'invalid-patch /0: operation 0: Do not know how to serialize a BigInt',
    )
  })

  it('counts the operations from 0, and stops at the first that fails', () => {
    expect(
      apply([
        { op: 'replace', path: '/title', value: 'Next' },
        { op: 'remove', path: '/nope' },
        { op: 'remove', path: '/other' },
      ]),
    ).toBe('invalid-patch /1: operation 1: "/nope" does not exist')
    expect(apply({ op: 'remove', path: '/title' })).toBe(
      'invalid-patch : a JSON Patch is a list of operations',
    )
  })
})

describe('Diff.applyPatch: move, copy and test', () => {
  it('moves a value onto itself, but never into its own child', () => {
    expect(apply([{ op: 'move', from: '/title', path: '/title' }])).toBe(unchanged())
    expect(apply([{ op: 'move', from: '/terms/amnesty', path: '/terms/army.size/amnesty' }])).toBe(
      'invalid-proposal /terms/army.size/amnesty: the patched proposal is not valid at "/terms/army.size/amnesty": unknown field `amnesty` in Term',
    )
    expect(apply([{ op: 'move', from: '/terms', path: '/terms/amnesty/terms' }])).toBe(
      op0('cannot move "/terms" into its own child "/terms/amnesty/terms"'),
    )
  })

  it('copies a value into its own child (the copy is made first)', () => {
    expect(apply([{ op: 'copy', from: '/tabledBy', path: '/tabledBy/-' }])).toMatch(
      /^invalid-proposal \/tabledBy\/2: /,
    )
    expect(apply([{ op: 'copy', from: '/nope', path: '/title' }])).toBe(op0('"/nope" does not exist'))
  })

  it('compares objects by their keys and values, in any order, ignoring undefined', () => {
    const term = { value: 600_000, point: '6' }
    expect(apply([{ op: 'test', path: '/terms/army.size', value: { point: '6', value: 600_000 } }])).toBe(
      unchanged(),
    )
    expect(apply([{ op: 'test', path: '/terms/army.size', value: { ...term, text: undefined } }])).toBe(
      unchanged(),
    )
    const differs = op0('test failed: the value at "/terms/army.size" differs')
    expect(apply([{ op: 'test', path: '/terms/army.size', value: { value: 600_000 } }])).toBe(differs)
    expect(apply([{ op: 'test', path: '/terms/army.size', value: { ...term, text: 'x' } }])).toBe(differs)
    expect(apply([{ op: 'test', path: '/terms/army.size', value: { value: 600_000, text: '6' } }])).toBe(
      differs,
    )
    expect(apply([{ op: 'test', path: '/terms/army.size', value: { ...term, point: '7' } }])).toBe(differs)
    expect(apply([{ op: 'test', path: '/terms/army.size', value: [600_000, '6'] }])).toBe(differs)
  })

  it('compares lists element by element, and by length', () => {
    expect(apply([{ op: 'test', path: '/tabledBy', value: ['US', 'UA'] }])).toBe(unchanged())
    const differs = op0('test failed: the value at "/tabledBy" differs')
    expect(apply([{ op: 'test', path: '/tabledBy', value: ['US'] }])).toBe(differs)
    expect(apply([{ op: 'test', path: '/tabledBy', value: ['US', 'UA', 'EU'] }])).toBe(differs)
    expect(apply([{ op: 'test', path: '/tabledBy', value: ['UA', 'US'] }])).toBe(differs)
    expect(apply([{ op: 'test', path: '/tabledBy', value: { 0: 'US', 1: 'UA' } }])).toBe(differs)
  })

  it('treats an added undefined as absent', () => {
    expect(apply([{ op: 'add', path: '/note', value: undefined }])).toBe(unchanged())
  })
})

describe('Diff.applyPatch: what is not a proposal', () => {
  it('refuses a draft that is not JSON data, and applies nothing', () => {
    const cyclic: Record<string, unknown> = { ...base() }
    cyclic['self'] = cyclic
    const r = Diff.applyPatch(cyclic as unknown as Proposal, [])
    expect(E.isLeft(r) && r.left.map((p) => [p.kind, p.at])).toEqual([['invalid-proposal', '']])
    expect(E.isLeft(r) && r.left[0]?.message).toMatch(/^the proposal is not JSON data: \S/)
  })

  it('names the place and the expected type of a patched field that no longer fits', () => {
    expect(apply([{ op: 'replace', path: '/date', value: 5 }])).toBe(
      'invalid-proposal /date: the patched proposal is not valid at "/date": expected IsoDate',
    )
    expect(apply([{ op: 'remove', path: '/title' }])).toBe(
      'invalid-proposal /title: the patched proposal is not valid at "/title": missing required field `title` (text) in Proposal',
    )
  })
})

describe('Diff.jsonPatch: keys and values', () => {
  it('counts a key whose value is undefined as absent', () => {
    const b = base()
    expect(Diff.jsonPatch({ ...b, note: undefined }, b)).toEqual([])
    expect(Diff.jsonPatch({ ...b, note: undefined }, { ...b, note: 'n' })).toEqual([
      { op: 'add', path: '/note', value: 'n' },
    ])
    expect(Diff.jsonPatch({ ...b, note: 'n' }, { ...b, note: undefined })).toEqual([
      { op: 'remove', path: '/note' },
    ])
  })

  it('counts undefined keys as absent inside lists too', () => {
    const b = { ...base(), conditions: [{ kind: 'other', text: 'monitors' }] } as unknown as Proposal
    const a = {
      ...base(),
      conditions: [{ kind: 'other', text: 'monitors', by: undefined }],
    } as unknown as Proposal
    expect(Diff.jsonPatch(a, b)).toEqual([])
    expect(Diff.jsonPatch(b, a)).toEqual([])
  })

  it('replaces a value whole when its type changes', () => {
    const a = { ...base(), terms: { x: { value: ['a', 'b'] } } } as unknown as Proposal
    const b = { ...base(), terms: { x: { value: 'ab' } } } as unknown as Proposal
    expect(Diff.jsonPatch(a, b)).toEqual([{ op: 'replace', path: '/terms/x/value', value: 'ab' }])
    expect(Diff.jsonPatch(b, a)).toEqual([{ op: 'replace', path: '/terms/x/value', value: ['a', 'b'] }])
    expect(
      Diff.jsonPatch(a, { ...a, terms: { x: { value: ['a', 'b', 'c'] } } } as unknown as Proposal),
    ).toEqual([{ op: 'replace', path: '/terms/x/value', value: ['a', 'b', 'c'] }])
  })
})
