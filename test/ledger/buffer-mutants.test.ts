/**
 * The marks of a bulk build, before they become timelines: what comes out of a `MarkBuffer` for the marks filed in
 * it (each key once, in key order, with all its marks, ids and signatures), the order of a key's marks (by date and
 * precedence when its stream's dates are close), marks spread over several chunks, a buffer for millions of keys, and
 * a buffer filled again after it was read.
 */
import { describe, expect, it } from 'vitest'
import { MarkBuffer } from '../../src/ledger/buffer'
import { MARK_CODES } from '../../src/ledger/marks'
import type { Mark } from '../../src/ledger/model'

/** One mark as it comes out: its day, its mark, its signature's number and its event's id. */
type Out = readonly [day: number, mark: Mark, signature: number, id: string | null]

const MARK_OF = Object.fromEntries(Object.entries(MARK_CODES).map(([m, c]) => [c, m])) as Record<number, Mark>

/** Everything the buffer gives, key by key (copied, since the arrays are reused from one key to the next). */
const read = (buffer: MarkBuffer): Array<readonly [number, ReadonlyArray<Out>]> => {
  const out: Array<readonly [number, ReadonlyArray<Out>]> = []
  buffer.forEachTimeline((key, codes, signatures, ids, from, n) => {
    const marks: Out[] = []
    for (let k = from; k < from + n; k++) {
      const code = codes[k] as number
      marks.push([code >> 7, MARK_OF[code & 15] as Mark, signatures[k] as number, ids[k] ?? null])
    }
    out.push([key, marks])
  })
  return out
}

/** Files a mark. */
const file = (
  buffer: MarkBuffer,
  key: number,
  day: number,
  mark: Mark,
  id: string | null,
  signature = 0,
): void => buffer.push(key, day, signature, id, MARK_CODES[mark])

/** The days of a key's marks, in the order they come out. */
const daysOf = (buffer: MarkBuffer): Record<number, number[]> =>
  Object.fromEntries(read(buffer).map(([key, marks]) => [key, marks.map(([day]) => day)]))

describe('MarkBuffer.forEachTimeline', () => {
  it('gives each key with marks once, in key order, its marks by date and then precedence when the dates are close', () => {
    const buffer = new MarkBuffer(16)
    file(buffer, 5, 20_002, 'expired', 'e-expiry')
    file(buffer, 5, 20_001, 'countered', 'e-counter', 17)
    file(buffer, 5, 20_001, 'proposed', null)
    file(buffer, 5, 20_000, 'agreed', 'e-agreement')
    file(buffer, 4, 20_000, 'accepted', 'e9')
    file(buffer, 4, 20_000, 'accepted', 'e1')
    file(buffer, 2, 20_001, 'opposed', 'e-opposition')
    expect(read(buffer)).toEqual([
      [2, [[20_001, 'opposed', 0, 'e-opposition']]],
      [
        4,
        [
          [20_000, 'accepted', 0, 'e9'],
          [20_000, 'accepted', 0, 'e1'],
        ],
      ],
      [
        5,
        [
          [20_000, 'agreed', 0, 'e-agreement'],
          [20_001, 'proposed', 0, null],
          [20_001, 'countered', 17, 'e-counter'],
          [20_002, 'expired', 0, 'e-expiry'],
        ],
      ],
    ])
  })

  it('sorts marks of 1970-01-01, the first day number, with the rest', () => {
    const buffer = new MarkBuffer(16)
    file(buffer, 1, 1, 'accepted', 'e3')
    file(buffer, 0, 0, 'proposed', null)
    file(buffer, 1, 0, 'proposed', null)
    file(buffer, 0, 0, 'accepted', 'e2')
    expect(read(buffer)).toEqual([
      [
        0,
        [
          [0, 'proposed', 0, null],
          [0, 'accepted', 0, 'e2'],
        ],
      ],
      [
        1,
        [
          [0, 'proposed', 0, null],
          [1, 'accepted', 0, 'e3'],
        ],
      ],
    ])
  })

  it('sorts the marks of neighbouring keys, which share a stream, each key apart', () => {
    // sixteen keys: four streams of four keys
    const near = new MarkBuffer(16)
    file(near, 0, 20_001, 'proposed', null)
    file(near, 0, 20_000, 'proposed', null)
    file(near, 2, 20_000, 'proposed', null)
    expect(daysOf(near)).toEqual({ 0: [20_000, 20_001], 2: [20_000] })
  })

  it('gives every mark of a stream that fills several chunks, in order', () => {
    const buffer = new MarkBuffer(4)
    for (let k = 0; k < 3000; k++) file(buffer, k % 2, 20_000 + (k % 3), 'accepted', `e${k}`)
    const out = read(buffer)
    expect(out.map(([key, marks]) => [key, marks.length])).toEqual([
      [0, 1500],
      [1, 1500],
    ])
    const zero = (out[0] as readonly [number, ReadonlyArray<Out>])[1]
    expect(zero.slice(0, 3).map(([day, , , id]) => [day, id])).toEqual([
      [20_000, 'e0'],
      [20_000, 'e6'],
      [20_000, 'e12'],
    ])
    expect(zero[1499]).toEqual([20_002, 'accepted', 0, 'e2996'])
  })

  it('takes a buffer for four million keys and gives the marks of its last key', () => {
    const keys = 1 << 22
    const buffer = new MarkBuffer(keys)
    file(buffer, keys - 1, 20_000, 'accepted', 'e1')
    file(buffer, 0, 20_000, 'proposed', null)
    expect(read(buffer)).toEqual([
      [0, [[20_000, 'proposed', 0, null]]],
      [keys - 1, [[20_000, 'accepted', 0, 'e1']]],
    ])
  })

  it('is empty once read, and gives only the marks filed after that when read again', () => {
    const buffer = new MarkBuffer(16)
    file(buffer, 3, 20_000, 'proposed', null)
    file(buffer, 3, 20_001, 'accepted', 'e1')
    expect(read(buffer)).toHaveLength(1)
    expect(read(buffer)).toEqual([])
    file(buffer, 3, 20_002, 'opposed', 'e2')
    expect(read(buffer)).toEqual([[3, [[20_002, 'opposed', 0, 'e2']]]])
  })
})
