import { describe, expect, it } from 'vitest'
import { movementFrom, movementOf, shiftBetween, type StanceShift } from '../../src/diff/shift'
import { deepFreeze } from '../../src/internal/freeze'
import type { Domain } from '../../src/model'
import type { Stance } from '../../src/model/positions'

// four options, so that each option is a quarter of the domain
const format = deepFreeze({
  kind: 'choice',
  options: ['a', 'b', 'c', 'd'].map((id) => ({ id, label: id.toUpperCase() })),
}) as unknown as Domain
const troops = deepFreeze({ kind: 'quantity', unit: 'troops', min: 0, max: 100 }) as unknown as Domain

const stance = (fields: Record<string, unknown>): Stance =>
  deepFreeze({
    party: 'UA',
    issue: 'x',
    asOf: '2025-01-01',
    origin: {},
    records: [],
    sources: [],
    ...fields,
  }) as unknown as Stance
const options = (...ids: string[]): Record<string, unknown> => ({ kind: 'options', options: ids })
// a set of the wrong kind for a choice: its share cannot be measured
const unmeasurable = { kind: 'intervals', intervals: [{ min: 0, max: 1 }] }

const sets = (earlier: Record<string, unknown> | undefined, later: Record<string, unknown>): StanceShift =>
  shiftBetween(format, earlier === undefined ? undefined : stance(earlier), stance(later), [])

describe('shiftBetween: the acceptable set and the red lines', () => {
  it('does not count a first statement, not even its red lines', () => {
    expect(sets(undefined, { acceptable: options('a', 'b'), redLines: options('d') })).toEqual({
      acceptable: { from: null, to: 0.5, change: null, contribution: null },
      redLines: { from: null, to: 0.25, change: null, contribution: null },
      ideal: { from: null, to: null, distance: null, toward: null, contribution: null },
    })
  })

  it('counts red lines first stated later as added to none (a hardening), an acceptable set not at all', () => {
    const s = sets({ ideal: 'a' }, { acceptable: options('a', 'b'), redLines: options('d') })
    expect(s.acceptable).toEqual({ from: null, to: 0.5, change: null, contribution: null })
    expect(s.redLines).toEqual({ from: 0, to: 0.25, change: 'grew', contribution: -0.25 })
    const empty = sets({ ideal: 'a' }, { redLines: options() }).redLines
    expect([empty.from, empty.to, empty.change, Math.abs(empty.contribution ?? 1)]).toEqual([0, 0, 'same', 0])
  })

  it('leaves red lines first stated later uncounted when their share cannot be measured', () => {
    expect(sets({ ideal: 'a' }, { redLines: unmeasurable }).redLines).toEqual({
      from: null,
      to: null,
      change: null,
      contribution: null,
    })
  })

  it('tells a set that stayed, grew, shrank or changed, signed so that a concession is positive', () => {
    const acceptable = (from: string[], to: string[]): StanceShift['acceptable'] =>
      sets({ acceptable: options(...from) }, { acceptable: options(...to) }).acceptable
    const redLines = (from: string[], to: string[]): StanceShift['redLines'] =>
      sets({ redLines: options(...from) }, { redLines: options(...to) }).redLines
    expect(acceptable(['a', 'b'], ['b', 'a'])).toEqual({
      from: 0.5,
      to: 0.5,
      change: 'same',
      contribution: 0,
    })
    expect(acceptable(['a'], ['a', 'b', 'c'])).toEqual({
      from: 0.25,
      to: 0.75,
      change: 'grew',
      contribution: 0.5,
    })
    expect(acceptable(['a', 'b'], ['b'])).toEqual({
      from: 0.5,
      to: 0.25,
      change: 'shrank',
      contribution: -0.25,
    })
    expect(acceptable(['a'], ['b', 'c'])).toEqual({
      from: 0.25,
      to: 0.5,
      change: 'changed',
      contribution: 0.25,
    })
    expect(redLines(['a'], ['a', 'b'])).toEqual({ from: 0.25, to: 0.5, change: 'grew', contribution: -0.25 })
    expect(redLines(['a', 'b'], ['b'])).toEqual({ from: 0.5, to: 0.25, change: 'shrank', contribution: 0.25 })
  })

  it('says nothing of a set the later stance drops', () => {
    expect(sets({ acceptable: options('a') }, { ideal: 'a' }).acceptable).toEqual({
      from: 0.25,
      to: null,
      change: null,
      contribution: null,
    })
  })

  it('gives no contribution where either side cannot be measured', () => {
    expect(sets({ acceptable: unmeasurable }, { acceptable: options('a') }).acceptable).toEqual({
      from: null,
      to: 0.25,
      change: 'changed',
      contribution: null,
    })
    expect(sets({ acceptable: options('a') }, { acceptable: unmeasurable }).acceptable).toEqual({
      from: 0.25,
      to: null,
      change: 'changed',
      contribution: null,
    })
  })

  it('measures a set of a domain with no extent as none of it', () => {
    const point = deepFreeze({ kind: 'quantity', unit: 'km', min: 5, max: 5 }) as unknown as Domain
    const at = { kind: 'intervals', intervals: [{ min: 5, max: 5 }] }
    expect(
      shiftBetween(point, stance({ acceptable: at }), stance({ acceptable: at }), []).acceptable,
    ).toEqual({
      from: 0,
      to: 0,
      change: 'same',
      contribution: 0,
    })
  })
})

describe('shiftBetween: the ideal', () => {
  const ideal = (from: unknown, to: unknown, others: unknown[]): StanceShift['ideal'] =>
    shiftBetween(troops, stance({ ideal: from }), stance({ ideal: to }), others as Stance['ideal'][]).ideal

  it('measures the mean distance to the other principals’ ideals, and the move toward them', () => {
    const s = ideal(0, 40, [30, 50])
    expect(s.from).toBe(0)
    expect(s.to).toBe(40)
    expect(s.toward).toBe('toward')
    expect(s.distance?.from).toBeCloseTo(0.4, 12)
    expect(s.distance?.to).toBeCloseTo(0.1, 12)
    expect(s.contribution).toBeCloseTo(0.3, 12)
  })

  it('tells a move away from them, and a move that keeps the distance', () => {
    const away = ideal(40, 100, [30, 50])
    expect(away.toward).toBe('away')
    expect(away.contribution).toBeCloseTo(-0.5, 12)
    expect(ideal(20, 60, [40])).toEqual({
      from: 20,
      to: 60,
      distance: { from: 0.2, to: 0.2 },
      toward: 'same',
      contribution: 0,
    })
  })

  it('counts a change of distance up to 1e-9 as none, and more as a move', () => {
    const unit = deepFreeze({ kind: 'quantity', unit: 'u', min: 0, max: 1 }) as unknown as Domain
    const toward = (to: number): StanceShift['ideal']['toward'] =>
      shiftBetween(unit, stance({ ideal: 0.5 }), stance({ ideal: to }), [0]).ideal.toward
    expect(toward(0.5 - 1e-9)).toBe('same')
    expect(toward(0.5 + 1e-9)).toBe('same')
    expect(toward(0.5 - 2e-9)).toBe('toward')
    expect(toward(0.5 + 2e-9)).toBe('away')
  })

  it('has no distance without other ideals, or with one it cannot measure', () => {
    const none = { from: 0, to: 40, distance: null, toward: null, contribution: null }
    expect(ideal(0, 40, [])).toEqual(none)
    expect(ideal(0, 40, [30, 'a'])).toEqual(none)
    expect(ideal('a', 40, [30])).toEqual({ ...none, from: 'a' })
    expect(ideal(0, 'a', [30])).toEqual({ ...none, to: 'a' })
  })

  it('has no distance when either stance has no ideal', () => {
    expect(shiftBetween(troops, stance({}), stance({ ideal: 40 }), [30]).ideal).toEqual({
      from: null,
      to: 40,
      distance: null,
      toward: null,
      contribution: null,
    })
  })
})

describe('movementFrom and movementOf: the kind and size of a move', () => {
  it('reads a net move as a concession, a hardening, mixed or unchanged, capped at 1', () => {
    expect(movementFrom(0.25, true)).toEqual({ kind: 'concession', net: 0.25, magnitude: 0.25 })
    expect(movementFrom(-3, true)).toEqual({ kind: 'hardening', net: -1, magnitude: 1 })
    expect(movementFrom(0, true)).toEqual({ kind: 'mixed', net: 0, magnitude: 0 })
    expect(movementFrom(0, false)).toEqual({ kind: 'unchanged', net: 0, magnitude: 0 })
  })

  it('treats a net under 1e-9 as none, and 1e-9 itself as a move', () => {
    expect(movementFrom(1e-12, false)).toEqual({ kind: 'unchanged', net: 0, magnitude: 0 })
    expect(movementFrom(1e-9, true)).toEqual({ kind: 'concession', net: 1e-9, magnitude: 1e-9 })
  })

  it('averages the components that have a contribution', () => {
    const shift = (acceptable: number | null, ideal: number | null, redLines: number | null): StanceShift =>
      deepFreeze({
        acceptable: { from: null, to: null, change: null, contribution: acceptable },
        ideal: { from: null, to: null, distance: null, toward: null, contribution: ideal },
        redLines: { from: null, to: null, change: null, contribution: redLines },
      })
    expect(movementOf(null)).toEqual({ kind: 'unchanged', net: 0, magnitude: 0 })
    expect(movementOf(shift(null, null, null))).toEqual({ kind: 'unchanged', net: 0, magnitude: 0 })
    expect(movementOf(shift(0.5, null, -0.1))).toEqual({ kind: 'concession', net: 0.2, magnitude: 0.2 })
    expect(movementOf(shift(0.5, -0.5, null))).toEqual({ kind: 'mixed', net: 0, magnitude: 0 })
    expect(movementOf(shift(1e-9, -1e-9, 0))).toEqual({ kind: 'mixed', net: 0, magnitude: 0 })
    expect(movementOf(shift(0, 0, null))).toEqual({ kind: 'unchanged', net: 0, magnitude: 0 })
  })
})
