/**
 * Deep freezing: what it freezes, what it leaves alone, and that a value which refers to itself is frozen too.
 */
import { describe, expect, it } from 'vitest'
import { deepFreeze } from '../../src/internal/freeze'

describe('deepFreeze', () => {
  it('freezes a value that refers to itself, without going round for ever', () => {
    const loop: Record<string, unknown> = { name: 'loop', list: [] }
    loop['self'] = loop
    ;(loop['list'] as unknown[]).push(loop)
    expect(deepFreeze(loop)).toBe(loop)
    expect(Object.isFrozen(loop)).toBe(true)
    expect(Object.isFrozen(loop['list'])).toBe(true)
  })

  it('freezes objects and arrays only: a function is returned as it is, and so are null and primitives', () => {
    const f = (): number => 1
    expect(deepFreeze(f)).toBe(f)
    expect(Object.isFrozen(f)).toBe(false)
    const holder = deepFreeze({ f, n: null, s: 'x' })
    expect(Object.isFrozen(holder)).toBe(true)
    expect(Object.isFrozen(holder.f)).toBe(false)
    expect(deepFreeze(null)).toBeNull()
    expect(deepFreeze(7)).toBe(7)
  })
})
