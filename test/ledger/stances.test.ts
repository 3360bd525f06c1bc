/**
 * The ledger's fast reading of a stance agrees with the model's list of stances: every stance is read as itself, and
 * nothing else is read as a stance (marks that are not stances, other spellings, inherited names, non-strings).
 */
import { describe, expect, it } from 'vitest'
import { STANCES } from '../../src/model/event'
import { MARKS } from '../../src/ledger/marks'
import { stanceOf } from '../../src/ledger/plain'

describe('stanceOf', () => {
  it('reads every stance of the model as itself', () => {
    expect(STANCES.map(stanceOf)).toEqual(STANCES)
  })

  it('reads nothing else as a stance', () => {
    const others: unknown[] = [
      ...MARKS.filter((m) => !(STANCES as readonly string[]).includes(m)),
      'Accepted',
      'accepted ',
      'conditionally accepted',
      '',
      'toString',
      '__proto__',
      undefined,
      null,
      1,
      ['accepted'],
      { stance: 'accepted' },
    ]
    expect(others.map(stanceOf)).toEqual(others.map(() => undefined))
  })

  it('puts the stances between the marks that are not stances, in the model’s order', () => {
    expect(MARKS).toEqual(['proposed', 'agreed', ...STANCES, 'violated', 'expired'])
  })
})
