import { describe, expect, it } from 'vitest'
import { badDate, chartError, lastDateOf, unknownIds } from '../../src/chart/errors'
import { deepFreeze } from '../../src/internal/freeze'

const known = (n: number): Record<string, true> =>
  deepFreeze(Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${String(i + 1)}`, true])))

describe('unknownIds', () => {
  it('names every known id when there are twelve or fewer', () => {
    expect(unknownIds('unknown-party', 'party', deepFreeze(['X']), known(12))).toEqual([
      chartError(
        'unknown-party',
        'there is no party `X`; parties are: p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12',
      ),
    ])
  })

  it('names the first twelve known ids and an ellipsis when there are more', () => {
    expect(unknownIds('unknown-issue', 'issue', deepFreeze(['x', 'p3', 'y']), known(13))).toEqual([
      {
        _tag: 'unknown-issue',
        message: 'there is no issue `x`; issues are: p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, …',
      },
      {
        _tag: 'unknown-issue',
        message: 'there is no issue `y`; issues are: p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, …',
      },
    ])
  })

  it('says “proposals” for proposals and finds nothing wrong with known or absent ids', () => {
    expect(unknownIds('unknown-proposal', 'proposal', ['q'], { a: 1, b: 2 })).toEqual([
      { _tag: 'unknown-proposal', message: 'there is no proposal `q`; proposals are: a, b' },
    ])
    expect(unknownIds('unknown-party', 'party', undefined, { a: 1 })).toEqual([])
    expect(unknownIds('unknown-party', 'party', ['a'], { a: 1 })).toEqual([])
  })
})

describe('badDate', () => {
  it('accepts an absent or well-written date and quotes a bad one', () => {
    expect(badDate('asOf', undefined)).toEqual([])
    expect(badDate('asOf', '2025-02-28')).toEqual([])
    expect(badDate('asOf', '2025-02-30')).toEqual([
      { _tag: 'bad-date', message: '`asOf` must be a date written YYYY-MM-DD, not "2025-02-30"' },
    ])
  })
})

describe('lastDateOf', () => {
  const facts = deepFreeze({
    positions: [{ asOf: '2025-03-01' }, { asOf: '2025-01-01' }],
    proposals: { b: { date: '2025-04-02' }, a: { date: '2025-02-01' } },
    events: [{ date: '2025-03-15' }, { date: '2025-01-20' }],
  })

  it('is the latest date among positions, proposals and events, in whatever order they come', () => {
    expect(lastDateOf(facts as never)).toBe('2025-04-02')
    expect(lastDateOf({ ...facts, proposals: {} } as never)).toBe('2025-03-15')
    expect(lastDateOf({ ...facts, events: [{ date: '2025-05-05' }] } as never)).toBe('2025-05-05')
  })

  it('is the negotiation’s own date when it has one, and nothing when there is no dated fact', () => {
    expect(lastDateOf({ ...facts, asOf: '2025-01-05' } as never)).toBe('2025-01-05')
    expect(lastDateOf({ positions: [], proposals: {}, events: [] })).toBeUndefined()
  })
})
