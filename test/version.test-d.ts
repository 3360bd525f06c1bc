import { describe, expectTypeOf, it } from 'vitest'
import { VERSION } from '../src'

describe('VERSION (types)', () => {
  it('is a string', () => {
    expectTypeOf(VERSION).toBeString()
  })
})
