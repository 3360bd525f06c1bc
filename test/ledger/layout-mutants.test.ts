/**
 * Laying out one timeline of a bulk build from its marks as numbers: the application order (by date and
 * precedence, then event id, a proposal's own tabling first; the order given among marks of one event), for short
 * and long timelines, days before 1970, and the rules of `resolve` on numbers (which marks begin a status).
 */
import { describe, expect, it } from 'vitest'
import { layout } from '../../src/ledger/layout'
import { begins, dayIn, MARK_CODES, markIn, PRECEDENCE } from '../../src/ledger/marks'
import type { Mark } from '../../src/ledger/model'

/** One mark given to the layout: its day, its mark, its event's id and its signature's number (0 for most). */
type In = readonly [day: number, mark: Mark, id: string | null, signature?: number]

const MARK_OF = Object.fromEntries(Object.entries(MARK_CODES).map(([m, c]) => [c, m])) as Record<number, Mark>

/**
 * Lays out a timeline from these marks, given after two marks of another timeline (so that `from` is not 0), and
 * gives each of its marks as day, mark, whether it begins a status, and event.
 */
const lay = (marks: ReadonlyArray<In>, f = layout()) => {
  const all: In[] = [[1, 'opposed', 'other-1', 0], [2, 'opposed', 'other-2', 0], ...marks]
  const codes = Int32Array.from(
    all,
    ([day, mark]) => ((day * 8 + (PRECEDENCE[MARK_CODES[mark]] as number)) << 4) | MARK_CODES[mark],
  )
  const signatures = Int32Array.from(all, ([, , , s]) => s ?? 0)
  const ids = all.map(([, , id]) => id)
  const timeline = f(codes, signatures, ids, 2, marks.length)
  return timeline.codes.map((c, k) => [dayIn(c), MARK_OF[markIn(c)], begins(c), timeline.events[k]] as const)
}

describe('layout', () => {
  it('puts a proposal’s own tabling before other tablings of the same day', () => {
    expect(
      lay([
        [20_000, 'proposed', 'Ab'],
        [20_000, 'proposed', null],
      ]),
    ).toEqual([
      [20_000, 'proposed', true, null],
      [20_000, 'proposed', false, 'Ab'],
    ])
  })

  it('keeps marks of one event on one step in the order given', () => {
    expect(
      lay([
        [20_000, 'accepted', 'e1'],
        [20_000, 'opposed', 'e1'],
      ]),
    ).toEqual([
      [20_000, 'accepted', true, 'e1'],
      [20_000, 'opposed', false, 'e1'],
    ])
  })

  it('lays out marks of days before 1970', () => {
    expect(
      lay([
        [-2, 'accepted', 'e2'],
        [-3, 'proposed', null],
      ]),
    ).toEqual([
      [-3, 'proposed', true, null],
      [-2, 'accepted', true, 'e2'],
    ])
  })

  it('puts a long timeline given out of order in order by date, precedence and event id', () => {
    const marks: In[] = []
    // 70 marks, two a day, the later days first and, on each day, the larger id first
    for (let k = 0; k < 70; k++) marks.push([20_000 + Math.floor((69 - k) / 2), 'accepted', `e${99 - k}`])
    // and two marks of one event on one day, which keep their order
    marks.push([20_010, 'opposed', 'e00'], [20_010, 'accepted', 'e00'])
    const out = lay(marks)
    expect(out).toHaveLength(72)
    expect(out.slice(0, 5)).toEqual([
      [20_000, 'accepted', true, 'e30'],
      [20_000, 'accepted', false, 'e31'],
      [20_001, 'accepted', false, 'e32'],
      [20_001, 'accepted', false, 'e33'],
      [20_002, 'accepted', false, 'e34'],
    ])
    expect(out.slice(20, 24)).toEqual([
      [20_010, 'opposed', true, 'e00'],
      [20_010, 'accepted', false, 'e00'],
      [20_010, 'accepted', false, 'e50'],
      [20_010, 'accepted', false, 'e51'],
    ])
    expect(out.map(([, , , id]) => id)).toEqual([
      ...Array.from({ length: 20 }, (_, k) => `e${30 + k}`),
      'e00',
      'e00',
      ...Array.from({ length: 50 }, (_, k) => `e${50 + k}`),
    ])
  })

  it('continues an opposition opposed again on a later day', () => {
    expect(
      lay([
        [20_000, 'opposed', 'e1'],
        [20_005, 'opposed', 'e2'],
      ]).map(([, , b]) => b),
    ).toEqual([true, false])
  })

  it('begins an acceptance with an agreement after an opposition', () => {
    expect(
      lay([
        [20_000, 'opposed', 'e1'],
        [20_005, 'agreed', 'e2'],
        [20_006, 'accepted', 'e3'],
      ]).map(([, , b]) => b),
    ).toEqual([true, true, false])
  })

  it('takes responses of one day that agree as one stance, not a dispute', () => {
    expect(
      lay([
        [20_000, 'proposed', null],
        [20_001, 'accepted', 'e1'],
        [20_001, 'accepted', 'e2'],
        [20_001, 'agreed', 'e3'],
        [20_002, 'violated', 'e4'],
      ]),
    ).toEqual([
      [20_000, 'proposed', true, null],
      [20_001, 'agreed', true, 'e3'],
      [20_001, 'accepted', false, 'e1'],
      [20_001, 'accepted', false, 'e2'],
      [20_002, 'violated', true, 'e4'],
    ])
  })
})
