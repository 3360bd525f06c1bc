// Baseline: generic JSON diff libraries on a small position-like document.
// The library's own diff will be benchmarked against these numbers.
import { diff as jsonDiff } from 'jsondiffpatch'
import microdiff from 'microdiff'
import { bench, describe } from 'vitest'

const makePosition = (n: number, bump: number) => ({
  party: 'buyer',
  terms: Array.from({ length: n }, (_, i) => ({ id: `t${i}`, value: i % 7 === 0 ? i + bump : i })),
})

const before = makePosition(100, 0)
const after = makePosition(100, 1)

describe('diff two 100-term positions', () => {
  bench('microdiff', () => {
    microdiff(before, after)
  })
  bench('jsondiffpatch', () => {
    jsonDiff(before, after)
  })
})
