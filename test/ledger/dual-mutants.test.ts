import { describe, expect, it } from 'vitest'
import { Ledger } from '../../src'

describe('isLedger', () => {
  it('is false for null and for a function, even one tagged as a ledger', () => {
    expect(Ledger.isLedger(null)).toBe(false)
    expect(Ledger.isLedger(Object.assign(() => undefined, { _tag: 'Ledger' }))).toBe(false)
    expect(Ledger.isLedger({ _tag: 'Ledger' })).toBe(true)
  })
})
