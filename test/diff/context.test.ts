import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { Diff, type Negotiation } from '../../src'
import { deepFreeze } from '../../src/internal/freeze'
import { ok } from '../algebra/arbitraries'
import { wide } from './context-fixture'
import { problems } from './fixture'

const effects = (d: Diff.ProposalDiff): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  const p = d.parties
  if (p === null) throw new Error('no impact')
  for (const m of [...p.principals, ...p.others])
    for (const i of m.issues)
      if (i.score !== null)
        out[`${m.party} ${i.issue}`] = [
          i.effect,
          i.score?.from,
          i.score?.to,
          i.standing?.from,
          i.standing?.to,
          i.ideal,
          i.acceptable,
          i.redLine,
          i.positions,
          i.sources,
        ]
  return out
}

describe('Diff.context', () => {
  it('prepares every party, by id, and every issue some party has a position on, by id', () => {
    const c = ok(Diff.context(wide, '2025-06-01'))
    expect(c._tag).toBe('DiffContext')
    expect(c.asOf).toBe('2025-06-01')
    expect(c.issues).toEqual(['big', 'flag', 'level', 'qty', 'small', 'venue'])
    expect(c.parties.map((p) => [p.party, p.name, p.role])).toEqual([
      ['A', 'Alpha', 'principal'],
      ['B', 'Beta', 'principal'],
      ['M', 'Mediator', 'mediator'],
    ])
    const last = ok(Diff.context('2025-06-01')(wide))
    expect(last.issues).toEqual(c.issues)
    expect(last.parties.map((p) => p.party)).toEqual(['A', 'B', 'M'])
  })

  it('prepares only the listed parties, once each, and only their issues', () => {
    const c = ok(Diff.context(wide, '2025-06-01', ['M', 'A', 'M']))
    expect(c.parties.map((p) => p.party)).toEqual(['A', 'M'])
    expect(c.issues).toEqual(['big', 'flag', 'qty'])
  })

  it('reads every kind of issue as a diff without a context does', () => {
    const c = ok(Diff.context(wide, '2025-06-01'))
    const d = ok(Diff.proposals(wide, 'd1', 'd2', { context: c }))
    const expected = {
      'A big': [
        'gain',
        30 / 31,
        1,
        'acceptable',
        'acceptable',
        'toward',
        null,
        null,
        ['a-big'],
        ['s1', 's2'],
      ],
      'A qty': ['gain', 0, 1, 'outside-acceptable', 'acceptable', null, 'entered', null, ['a-qty'], ['s1']],
      'B level': [
        'gain',
        0,
        1,
        'outside-acceptable',
        'acceptable',
        'toward',
        'entered',
        null,
        ['b-level', 'b-level-2'],
        ['s1', 's2'],
      ],
      'B qty': ['loss', 0.8, 0.4, 'acceptable', 'acceptable', 'away', null, null, ['b-qty'], ['s2']],
      'B small': [
        'gain',
        0,
        2 / 3,
        'red-line',
        'acceptable',
        'toward',
        'entered',
        'cleared',
        ['b-small'],
        ['s1'],
      ],
      'B venue': ['gain', 0, 0, 'red-line', 'acceptable', 'same', 'entered', 'cleared', ['b-venue'], ['s1']],
      'M flag': ['gain', 0, 1, 'acceptable', 'acceptable', 'toward', null, null, ['m-flag'], ['s2']],
    }
    const got = effects(d)
    expect(Object.keys(got).sort()).toEqual(Object.keys(expected).sort())
    for (const [k, v] of Object.entries(expected)) {
      const g = got[k] as unknown[]
      expect([k, g[1]]).toEqual([k, expect.closeTo(v[1] as number, 12)])
      expect([k, g[2]]).toEqual([k, expect.closeTo(v[2] as number, 12)])
      expect([k, ...g.slice(3)]).toEqual([k, ...v.slice(3)])
      expect([k, g[0]]).toEqual([k, v[0]])
    }
    expect(effects(ok(Diff.proposals(wide, 'd1', 'd2')))).toEqual(got)
  })
})

describe('Diff.context: errors', () => {
  it('names a bad date and every unknown party, with the parties there are', () => {
    expect(problems(Diff.context(wide, '2025-13-01', ['ZZ', 'A', 'XX']))).toEqual([
      { kind: 'invalid-date', at: 'asOf', message: '`2025-13-01` is not a date; write it YYYY-MM-DD' },
      { kind: 'unknown-party', at: 'parties', message: 'there is no party `XX`; parties are: A, B, M' },
      { kind: 'unknown-party', at: 'parties', message: 'there is no party `ZZ`; parties are: A, B, M' },
    ])
  })

  it('returns the error, data-last, for a date that is not a string', () => {
    expect(problems(Diff.context(null as unknown as string)(wide))).toEqual([
      { kind: 'invalid-date', at: 'asOf', message: '`null` is not a date; write it YYYY-MM-DD' },
    ])
  })

  it('names the party whose positions do not fit their issue', () => {
    const bad = deepFreeze({
      ...wide,
      positions: [
        ...wide.positions,
        { id: 'b-bad', party: 'B', issue: 'venue', asOf: '2025-01-02', sources: [], ideal: 'nowhere' },
      ],
    }) as unknown as Negotiation
    expect(problems(Diff.context(bad, '2025-06-01'))).toEqual([
      {
        kind: 'invalid-position',
        at: 'positions of B',
        message:
          'issue `venue`, party `B`: ideal: the choice has no option `nowhere`; options are: x, y, z (the issue is a choice among x, y, z)',
      },
    ])
    expect(E.isRight(Diff.context(bad, '2025-06-01', ['A', 'M']))).toBe(true)
  })
})
