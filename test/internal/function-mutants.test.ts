/**
 * Functions callable data-first and data-last: both forms give the same answer.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { dual, dualWhen } from '../../src/internal/function'

describe('dual', () => {
  let add: ((n: number) => (self: number) => number) & ((self: number, n: number) => number)
  beforeEach(() => {
    add = dual(2, (self: number, n: number): number => self + n)
  })

  it('takes the data first when given every argument, and last when given one fewer', () => {
    expect(add(40, 2)).toBe(42)
    expect(add(2)(40)).toBe(42)
  })
})

describe('dualWhen', () => {
  let greet: ((greeting?: string) => (name: { name: string }) => string) &
    ((name: { name: string }, greeting?: string) => string)
  beforeEach(() => {
    greet = dualWhen(
      (args) => typeof args[0] === 'object',
      (who: { name: string }, greeting?: string): string => `${greeting ?? 'Hello'}, ${who.name}`,
    )
  })

  it('tells the data-first call from the data-last one by its arguments', () => {
    expect(greet({ name: 'Ada' })).toBe('Hello, Ada')
    expect(greet({ name: 'Ada' }, 'Hi')).toBe('Hi, Ada')
    expect(greet('Hi')({ name: 'Ada' })).toBe('Hi, Ada')
    expect(greet()({ name: 'Ada' })).toBe('Hello, Ada')
  })
})
