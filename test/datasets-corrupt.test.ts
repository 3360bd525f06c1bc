/**
 * If the shipped dataset file were ever broken (a bad edit of the JSON), `ruUa2025()` fails loudly with the
 * loader's list of problems rather than returning something half-decoded; `load` returns the same problems.
 */
import { describe, expect, it, vi } from 'vitest'
import * as Datasets from '../src/datasets'

vi.mock('../src/datasets/ru-ua-2025.json', () => ({
  default: { format: 'negotiation-positions/1', title: 'Broken copy', issues: {} },
}))

describe('a broken embedded dataset', () => {
  it('makes ruUa2025() throw, naming the dataset and what is wrong with it', () => {
    expect(() => Datasets.ruUa2025()).toThrow(
      /^the embedded dataset ru-ua-2025 does not decode:\n.*1 problem/,
    )
    expect(() => Datasets.ruUa2025()).toThrow(/missing required field `parties`/)
  })

  it('makes load() return the problems', () => {
    const r = Datasets.load('ru-ua-2025')
    expect(r._tag).toBe('Left')
    if (r._tag === 'Right') return
    expect(r.left.map((p) => [p.path, p.code])).toEqual([['parties', 'missing']])
  })
})
