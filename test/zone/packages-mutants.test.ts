/**
 * Zone.packages, edge cases: the exact explanations (one issue or several, one package or infinitely many, no
 * example asked for, every blocker), the date, the error when reservations bind on several open ranges, and the
 * data-last call.
 */
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import type { IsoDate } from '../../src'
import * as Zone from '../../src/zone'
import { ok } from '../algebra/arbitraries'
import { doc, domains, options } from './docs'

const AB = { A: { name: 'Alpha' }, B: { name: 'Beta' } }

describe('Zone.packages, explanations', () => {
  it('explains an empty zone of one issue', () => {
    const n = doc(AB, { x: domains.choice('a', 'b') }, [
      { party: 'A', issue: 'x', acceptable: options('a') },
      { party: 'B', issue: 'x', acceptable: options('b') },
    ])
    const z = ok(Zone.packages(n))
    expect(z.examples).toEqual([])
    expect(z.explanation).toBe(
      'No package of the 1 open issue is acceptable to every principal (Alpha and Beta). No value of X is acceptable to every principal: Alpha accepts only A and Beta only B.',
    )
  })

  it('explains an empty zone of two issues with every blocker, as of a date', () => {
    const n = doc(AB, { x: domains.choice('a', 'b'), y: domains.choice('a', 'b') }, [
      { party: 'A', issue: 'x', acceptable: options('a') },
      { party: 'B', issue: 'x', acceptable: options('b') },
      { party: 'A', issue: 'y', acceptable: options('a') },
      { party: 'B', issue: 'y', acceptable: options('b') },
    ])
    const z = ok(Zone.packages(n, { asOf: '2025-06-01' as IsoDate }))
    expect(z.asOf).toBe('2025-06-01')
    expect(z.explanation).toBe(
      'No package of the 2 open issues is acceptable to every principal (Alpha and Beta). No value of X is acceptable to every principal: Alpha accepts only A and Beta only B. No value of Y is acceptable to every principal: Alpha accepts only A and Beta only B.',
    )
    expect(ok(Zone.packages(n))).not.toHaveProperty('asOf')
  })

  it('lists no example when the reservation utility rules out every package', () => {
    const n = doc(
      { A: { name: 'Alpha', reservation: 0.9 }, B: { name: 'Beta' } },
      { x: domains.ordered('a', 'b', 'c') },
      [
        { party: 'A', issue: 'x', ideal: 'a' },
        { party: 'B', issue: 'x', redLines: options('a') },
      ],
    )
    const z = ok(Zone.packages(n))
    expect(z.empty).toBe(true)
    expect(z.examples).toEqual([])
  })

  it('speaks of one package in the singular, with or without an example', () => {
    const n = doc(AB, { x: domains.choice('a', 'b') }, [{ party: 'A', issue: 'x', acceptable: options('a') }])
    expect(ok(Zone.packages(n)).explanation).toBe(
      '1 package is acceptable to every principal (Alpha and Beta) on 1 issue, for example: X = A.',
    )
    const none = ok(Zone.packages(n, { limit: 0 }))
    expect(none.examples).toEqual([])
    expect(none.explanation).toBe('1 package is acceptable to every principal (Alpha and Beta) on 1 issue.')
  })

  it('says infinitely many when a continuous range is left open', () => {
    const n = doc(AB, { d: domains.quantity(0, 10, false) }, [])
    expect(ok(Zone.packages(n)).explanation).toBe(
      'Infinitely many packages are acceptable to every principal (Alpha and Beta) on 1 issue, for example: D = 0 days.',
    )
  })
})

describe('Zone.packages, reservations on open ranges', () => {
  const R = { A: { name: 'Alpha', reservation: 0.5 }, B: { name: 'Beta', reservation: 0.5 } }
  const n = doc(
    R,
    {
      p: domains.quantity(0, 10, false),
      q: domains.quantity(0, 10, false),
      r: domains.quantity(0, 10, false),
    },
    [
      { party: 'A', issue: 'p', ideal: 0 },
      { party: 'A', issue: 'q', ideal: 0 },
      { party: 'B', issue: 'p', ideal: 10 },
      { party: 'B', issue: 'q', ideal: 10 },
    ],
  )

  it('asks for a step for each quantity still handled exactly', () => {
    const r = Zone.packages(n, { discretize: { r: 5 } })
    expect(E.isLeft(r) && r.left).toEqual([
      {
        _tag: 'needs-discretization',
        message:
          'counting packages against reservation utilities needs every quantity but one on a grid: give a step for `p` and `q` in `discretize`',
      },
    ])
  })

  it('counts once all but one of them are on a grid', () => {
    expect(ok(Zone.packages(n, { discretize: { p: 5 } })).count).toBe('infinite')
  })
})

describe('Zone.packages, calls', () => {
  it('takes null in place of options as a data-last call', () => {
    expect(typeof Zone.packages(null as never)).toBe('function')
  })
})
