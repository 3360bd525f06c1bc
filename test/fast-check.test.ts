import { describe, expect, it } from 'vitest'
import { check, fc, test } from './fast-check'

// The property runner every property test goes through: a case that fails must fail the test.
describe('check (test.prop)', () => {
  it('holds when every case holds, running each case once (at most FC_MAX_RUNS cases, when set)', async () => {
    const cap = process.env['FC_MAX_RUNS']
    const expected = cap === undefined ? 37 : Math.min(37, Number(cap))
    let runs = 0
    await check([fc.integer(), fc.boolean()], { numRuns: 37 }, (n, b) => {
      runs++
      expect(typeof n).toBe('number')
      expect(typeof b).toBe('boolean')
    })
    expect(runs).toBe(expected)
  })

  it('fails on a case that throws, with the shrunk counterexample, seed and path', async () => {
    const failed = check([fc.integer({ min: 0, max: 1000 })], { seed: 42 }, (n) => {
      if (n >= 10) throw new Error('too big')
    })
    await expect(failed).rejects.toThrow(/seed: 42, path: "[0-9:]+"[\s\S]*Counterexample: \[10\]/)
  })

  it('fails on a case whose body returns false', async () => {
    await expect(check([fc.nat(100)], { seed: 7 }, (n) => n < 50)).rejects.toThrow(/Counterexample: \[50\]/)
  })

  it('waits for an async body, and fails on a rejected case', async () => {
    const failed = check([fc.nat(100)], { seed: 7 }, async (n) => {
      await Promise.resolve()
      if (n > 3) throw new Error('late failure')
    })
    await expect(failed).rejects.toThrow(/Counterexample: \[4\]/)
  })
})

describe('test', () => {
  it('has vitest’s skip, only and each beside prop', () => {
    expect([typeof test.skip, typeof test.only, typeof test.each, typeof test.prop]).toEqual([
      'function',
      'function',
      'function',
      'function',
    ])
  })
})

test('runs a plain test through vitest', () => {
  expect(1 + 1).toBe(2)
})

test.each([
  [1, 2],
  [2, 3],
])('runs vitest’s each: %i + 1 = %i', (a, b) => {
  expect(a + 1).toBe(b)
})
