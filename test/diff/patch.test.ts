import { either as E } from 'fp-ts'
import { pipe } from 'fp-ts/lib/function.js'
import { describe, expect, it } from 'vitest'
import { Diff, type Proposal } from '../../src'
import { frozen, ok } from '../algebra/arbitraries'
import { proposal } from './fixture'

const base = frozen({
  title: 'Draft',
  date: '2025-11-20',
  tabledBy: ['US'],
  sources: ['s1'],
  terms: { 'army.size': { value: 600_000, point: '6' }, amnesty: { value: true } },
}) as unknown as Proposal

const failure = (r: E.Either<readonly Diff.DiffProblem[], Proposal>): string => {
  if (E.isRight(r)) throw new Error('expected a failure')
  return r.left.map((p) => `${p.at} ${p.message}`).join('\n')
}

describe('Diff.jsonPatch', () => {
  it('turns one draft into another with add, remove and replace, keys in order', () => {
    const patch = Diff.jsonPatch(proposal('p28'), proposal('e3'))
    expect(patch.slice(0, 3)).toEqual([
      { op: 'add', path: '/basedOn', value: 'p28' },
      { op: 'replace', path: '/conditions', value: proposal('e3').conditions },
      { op: 'replace', path: '/date', value: '2025-11-23' },
    ])
    expect(patch).toContainEqual({ op: 'remove', path: '/terms/energy.moratorium' })
    expect(patch).toContainEqual({ op: 'replace', path: '/terms/army.size/value', value: 800_000 })
    expect(ok(Diff.applyPatch(proposal('p28'), patch))).toEqual(proposal('e3'))
  })

  it('escapes ~ and / in keys', () => {
    const a = { ...base, terms: {} } as unknown as Proposal
    const b = { ...base, terms: { 'a/b~c': { value: 1 } } } as unknown as Proposal
    expect(Diff.jsonPatch(a, b)).toEqual([{ op: 'add', path: '/terms/a~1b~0c', value: { value: 1 } }])
    expect(pipe(a, Diff.jsonPatch(b))).toEqual(Diff.jsonPatch(a, b))
  })

  it('is empty between equal drafts', () => {
    expect(Diff.jsonPatch(base, frozen(JSON.parse(JSON.stringify(base)) as Proposal))).toEqual([])
  })
})

describe('Diff.applyPatch', () => {
  it('applies move, copy and test, without touching the draft or the patch', () => {
    const patch = frozen([
      { op: 'test', path: '/terms/amnesty/value', value: true },
      { op: 'copy', from: '/terms/amnesty', path: '/terms/energy' },
      { op: 'move', from: '/terms/army.size/point', path: '/terms/army.size/text' },
      { op: 'add', path: '/tabledBy/-', value: 'UA' },
      { op: 'add', path: '/tabledBy/0', value: 'EUR' },
      { op: 'remove', path: '/sources/0' },
    ] as const)
    const r = ok(Diff.applyPatch(base, patch))
    expect(r.terms).toEqual({
      'army.size': { value: 600_000, text: '6' },
      amnesty: { value: true },
      energy: { value: true },
    })
    expect([r.tabledBy, r.sources]).toEqual([['EUR', 'US', 'UA'], []])
    expect(base.terms['army.size' as never]).toEqual({ value: 600_000, point: '6' })
    expect(Object.isFrozen(r.terms)).toBe(true)
    expect(pipe(base, Diff.applyPatch(patch))).toEqual(E.right(r))
  })

  it('reports the operation that fails, and never throws', () => {
    expect(failure(Diff.applyPatch(base, [{ op: 'remove', path: '/terms/nope' }]))).toBe(
      '/0 operation 0: "/terms/nope" does not exist',
    )
    expect(failure(Diff.applyPatch(base, [{ op: 'test', path: '/title', value: 'Other' }]))).toContain(
      'test failed',
    )
    expect(failure(Diff.applyPatch(base, [{ op: 'replace', path: 'title', value: 'x' }]))).toContain(
      'starts with "/"',
    )
    expect(failure(Diff.applyPatch(base, [{ op: 'add', path: '/terms/x~2', value: 1 }]))).toContain('~0')
    expect(failure(Diff.applyPatch(base, [{ op: 'jump', path: '/title' } as never]))).toContain(
      'unknown op "jump"',
    )
    expect(failure(Diff.applyPatch(base, [{ op: 'add', path: '/title' } as never]))).toContain(
      'needs a "value"',
    )
    expect(failure(Diff.applyPatch(base, [{ op: 'add', path: '/tabledBy/05', value: 'x' }]))).toContain(
      'not an index',
    )
    expect(failure(Diff.applyPatch(base, [{ op: 'move', from: '/terms', path: '/terms/x' }]))).toContain(
      'into its own child',
    )
    expect(
      failure(Diff.applyPatch(base, [{ op: 'add', path: '/terms/__proto__', value: { value: 1 } }])),
    ).toContain('not allowed')
    expect(failure(Diff.applyPatch(base, null as never))).toContain('list of operations')
    expect(failure(Diff.applyPatch(base, [null as never]))).toContain('expected an object')
    const cycle: Record<string, unknown> = {}
    cycle['self'] = cycle
    expect(failure(Diff.applyPatch(base, [{ op: 'add', path: '/note', value: cycle }]))).toContain(
      'operation 0',
    )
    expect(failure(Diff.applyPatch(base, [{ op: 'replace', path: '/title', value: 1n }]))).toContain(
      'operation 0',
    )
  })

  it('rejects a result that is no longer a proposal', () => {
    const r = failure(
      Diff.applyPatch(base, [
        { op: 'remove', path: '/title' },
        { op: 'add', path: '/colour', value: 'red' },
      ]),
    )
    expect(r).toContain('/colour')
    expect(r).toContain('title')
    expect(E.isRight(Diff.applyPatch(base, [{ op: 'replace', path: '', value: proposal('e3') }]))).toBe(true)
  })
})

describe('JSON Pointers', () => {
  it('round-trip through escaping', () => {
    const tokens = ['', 'a/b', '~1', 'x~0/']
    expect(Diff.parsePointer(Diff.pointer(tokens))).toEqual(E.right(tokens))
    expect(Diff.parsePointer('')).toEqual(E.right([]))
  })
})
