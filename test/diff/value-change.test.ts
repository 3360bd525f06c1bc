import { describe, expect, it } from 'vitest'
import type { Domain, Value } from '../../src'
import { frozen } from '../algebra/arbitraries'
import * as V from '../../src/diff/value-change'
import { formatNumber, isValue } from '../../src/diff/value-change'

// the values below are written as plain JSON, as a document holds them
const sameValue = (a: unknown, b: unknown): boolean => V.sameValue(a as Value, b as Value)
const valueChange = (d: Domain, a: unknown, b: unknown): V.ValueChange =>
  V.valueChange(d, a as Value, b as Value)
const valueLabel = (d: Domain, a: unknown): string => V.valueLabel(d, a as Value)
const valueProblem = (d: Domain, a: unknown): string | null => V.valueProblem(d, a as Value)

const troops = frozen({
  kind: 'quantity',
  unit: 'troops',
  min: 0,
  max: 1_000,
  integer: true,
}) as unknown as Domain
const share = frozen({ kind: 'quantity', unit: '%', min: 0, max: 100 }) as unknown as Domain
const guarantors = frozen({
  kind: 'subset',
  universe: [
    { id: 'us', label: 'United States' },
    { id: 'eu', label: 'European states' },
    { id: 'tr', label: 'Turkey' },
  ],
}) as unknown as Domain
const scale = frozen({
  kind: 'choice',
  ordered: true,
  options: [
    { id: 'member', label: 'Member' },
    { id: 'path', label: 'Path' },
    { id: 'barred', label: 'Barred' },
  ],
}) as unknown as Domain
const format = frozen({
  kind: 'choice',
  options: [
    { id: 'direct', label: 'Direct talks' },
    { id: 'mediated', label: 'Mediated' },
  ],
}) as unknown as Domain
const flag = frozen({ kind: 'flag' }) as unknown as Domain

describe('isValue', () => {
  it('takes a quantity only as a finite number within the bounds, whole where the issue says so', () => {
    expect([0, 1_000, 500].map((v) => isValue(troops, v))).toEqual([true, true, true])
    expect([-1, 1_001, 2.5, Number.NaN, Number.POSITIVE_INFINITY].map((v) => isValue(troops, v))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ])
    expect(isValue(share, 2.5)).toBe(true)
    expect(isValue(share, '5')).toBe(false)
    expect(isValue(troops, '5')).toBe(false)
  })

  it('takes a subset only as a list of known elements, each once', () => {
    expect(isValue(guarantors, [])).toBe(true)
    expect(isValue(guarantors, ['tr', 'us', 'eu'])).toBe(true)
    expect(isValue(guarantors, ['us', 'cn'])).toBe(false)
    expect(isValue(guarantors, ['cn'])).toBe(false)
    expect(isValue(guarantors, ['us', 'eu', 'us'])).toBe(false)
    expect([isValue(guarantors, 'us'), isValue(guarantors, 5)]).toEqual([false, false])
  })

  it('takes a choice as one of its option ids and a flag as a boolean', () => {
    expect([isValue(scale, 'path'), isValue(scale, 'other'), isValue(flag, false), isValue(flag, 0)]).toEqual(
      [true, false, true, false],
    )
  })
})

describe('sameValue', () => {
  it('compares subsets as sets and everything else by identity', () => {
    expect(sameValue(['us', 'eu'], ['eu', 'us'])).toBe(true)
    expect(sameValue(['us'], ['us'])).toBe(true)
    expect(sameValue(['us'], ['eu'])).toBe(false)
    expect(sameValue(['us'], ['us', 'eu'])).toBe(false)
    expect(sameValue(['us'], 'us')).toBe(false)
    expect(sameValue('us', ['us'])).toBe(false)
    expect(sameValue(['x'], 'x')).toBe(false)
    expect(sameValue(3, 3)).toBe(true)
    expect(sameValue(3, 4)).toBe(false)
  })
})

describe('valueProblem', () => {
  it('is null for a value of the issue, else says why in the algebra’s words', () => {
    expect(valueProblem(troops, 500)).toBeNull()
    expect(valueProblem(guarantors, ['us'])).toBeNull()
    expect(valueProblem(troops, 2.5)).toMatch(/\(the issue is .*\)$/)
    expect(valueProblem(frozen({ kind: 'tree' }) as unknown as Domain, 1)).toBe(
      '{"kind":"tree"} is not a domain; a domain has kind "choice", "quantity", "subset" or "flag"',
    )
  })
})

describe('valueChange', () => {
  it('moves along an ordered scale toward the option at either end when the issue names no poles', () => {
    expect(valueChange(scale, 'member', 'path')).toEqual({
      kind: 'moved',
      from: { id: 'member', label: 'Member' },
      to: { id: 'path', label: 'Path' },
      steps: 1,
      toward: 'last',
      pole: 'Barred',
    })
    expect(valueChange(scale, 'barred', 'member')).toEqual({
      kind: 'moved',
      from: { id: 'barred', label: 'Barred' },
      to: { id: 'member', label: 'Member' },
      steps: -2,
      toward: 'first',
      pole: 'Member',
    })
  })

  it('switches, not moves, when an option is not on the scale, and names it by its id', () => {
    expect(valueChange(scale, 'neutral', 'path')).toEqual({
      kind: 'switched',
      from: { id: 'neutral', label: 'neutral' },
      to: { id: 'path', label: 'Path' },
    })
    expect(valueChange(scale, 'path', 'neutral')).toEqual({
      kind: 'switched',
      from: { id: 'path', label: 'Path' },
      to: { id: 'neutral', label: 'neutral' },
    })
    expect(valueChange(format, 'direct', 'mediated')).toEqual({
      kind: 'switched',
      from: { id: 'direct', label: 'Direct talks' },
      to: { id: 'mediated', label: 'Mediated' },
    })
  })

  it('gives no relative change from zero', () => {
    expect(valueChange(troops, 0, 300)).toEqual({
      kind: 'resized',
      from: 0,
      to: 300,
      absolute: 300,
      relative: null,
      unit: 'troops',
    })
    expect(valueChange(troops, -200, 300)).toMatchObject({ absolute: 500, relative: 2.5 })
  })

  it('lists subset elements in the universe’s order, unknown ones last by id', () => {
    const c = valueChange(guarantors, ['zz', 'tr', 'aa', 'us'], ['us', 'eu'])
    expect(c).toEqual({
      kind: 'regrouped',
      from: [
        { id: 'us', label: 'United States' },
        { id: 'tr', label: 'Turkey' },
        { id: 'aa', label: 'aa' },
        { id: 'zz', label: 'zz' },
      ],
      to: [
        { id: 'us', label: 'United States' },
        { id: 'eu', label: 'European states' },
      ],
      added: [{ id: 'eu', label: 'European states' }],
      removed: [
        { id: 'tr', label: 'Turkey' },
        { id: 'aa', label: 'aa' },
        { id: 'zz', label: 'zz' },
      ],
    })
    expect(valueLabel(guarantors, ['tr', 'us'])).toBe('{United States, Turkey}')
  })

  it('labels a flag yes or no when the issue has no words of its own', () => {
    expect(valueChange(flag, false, true)).toEqual({ kind: 'flipped', from: false, to: true, label: 'yes' })
    expect(valueChange(flag, true, false)).toEqual({ kind: 'flipped', from: true, to: false, label: 'no' })
    expect([valueLabel(flag, true), valueLabel(flag, false)]).toEqual(['yes', 'no'])
  })
})

describe('formatNumber', () => {
  it('groups thousands past four digits, keeps at most three decimals, and signs negatives', () => {
    expect([0, -0.0001, 1234, 12345, 1234567, -1234567.891, 0.12345, -2.5].map(formatNumber)).toEqual([
      '0',
      '0',
      '1234',
      '12,345',
      '1,234,567',
      '-1,234,567.891',
      '0.123',
      '-2.5',
    ])
  })

  it('leaves an exponent or an infinity as it is', () => {
    expect([1e21, 1e123, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY].map(formatNumber)).toEqual([
      '1e+21',
      '1e+123',
      'Infinity',
      '-Infinity',
    ])
  })
})
