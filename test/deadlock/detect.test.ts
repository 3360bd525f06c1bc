import { beforeEach, describe, expect, it } from 'vitest'
import { either as E } from 'fp-ts'
import * as Deadlock from '../../src/deadlock'
import { d, doc, flags, found, healthy, interval, options, pos } from './fixture'

/** A negotiation with one of each kind of deadlock, by 2025-09-01. */
const stuck = doc({
  positions: [
    pos('A', 'border', '2025-01-01', { acceptable: options('old') }),
    pos('B', 'border', '2025-01-01', { acceptable: options('new') }),
    pos('A', 'truce', '2025-01-01', {
      acceptable: flags(true),
      conditions: [
        { kind: 'value', issue: 'aid', in: flags(false), when: { issue: 'truce', in: flags(true) } },
      ],
    }),
    pos('B', 'aid', '2025-01-01', { acceptable: flags(true) }),
    pos('A', 'sequencing', '2025-01-01', { acceptable: options('ceasefire-first') }),
    pos('B', 'sequencing', '2025-01-01', { acceptable: options('settlement-first') }),
    pos('A', 'army', '2025-01-01', { ideal: 100 }),
    pos('A', 'army', '2025-02-01', { ideal: 900 }),
    pos('A', 'army', '2025-03-01', { ideal: 100 }),
  ],
  proposals: {
    p: {
      title: 'Truce',
      date: '2025-01-01',
      tabledBy: ['M'],
      terms: { truce: { value: true } },
      sources: ['s'],
    },
  },
  events: [
    {
      id: 'yes',
      kind: 'response',
      date: '2025-01-02',
      party: 'B',
      proposal: 'p',
      stance: 'accepted',
      sources: ['s1'],
    },
    {
      id: 'off',
      kind: 'response',
      date: '2025-01-20',
      party: 'B',
      proposal: 'p',
      stance: 'withdrawn',
      sources: ['s2'],
    },
  ],
  asOf: '2025-05-01',
})

describe('Deadlock.detect', () => {
  it('finds every kind, in a fixed order', () => {
    expect(found(Deadlock.detect(stuck)).map((f) => f.id)).toEqual([
      'red-line-clash:border',
      'red-line-clash:sequencing',
      expect.stringMatching(/^package-infeasibility:aid,truce:/),
      'sequencing-cycle:ceasefire>settlement',
      'stalemate:border',
      'stalemate:sequencing',
      'oscillation:A:army:ideal:2025-02-01',
      'broken-commitment:p',
    ])
  })

  it('uses the document date by default and any date asked for', () => {
    expect(found(Deadlock.detect(stuck)).find((f) => f.kind === 'stalemate')).toMatchObject({ days: 120 })
    expect(found(Deadlock.detect(stuck, { asOf: d('2025-01-10') })).map((f) => f.kind)).toEqual([
      'red-line-clash',
      'red-line-clash',
      'package-infeasibility',
      'sequencing-cycle',
    ])
  })

  it('finds nothing on a negotiation with a zone and steady movement', () => {
    expect(found(Deadlock.detect(healthy()))).toEqual([])
    expect(found(Deadlock.detect(healthy(), { asOf: d('2026-01-01') }))).toEqual([])
  })

  it('detects only the kinds asked for', () => {
    expect(
      found(Deadlock.detect(stuck, { kinds: ['stalemate', 'broken-commitment'] })).map((f) => f.kind),
    ).toEqual(['stalemate', 'stalemate', 'broken-commitment'])
  })

  it('returns every problem with the options, each with a sentence', () => {
    const r = Deadlock.detect(stuck, {
      parties: ['Z'] as never,
      kinds: ['nope'] as never,
      window: -1,
      threshold: 2,
      maxConflicts: 1.5,
    })
    expect(E.isLeft(r)).toBe(true)
    if (E.isRight(r)) return
    expect(r.left.map((e) => e._tag)).toEqual([
      'bad-option',
      'bad-option',
      'bad-option',
      'bad-option',
      'bad-option',
    ])
    expect(r.left[0]!.message).toBe(
      '`parties` names `Z`, which is not a party of the negotiation; parties are: A, B, M',
    )
    expect(() => Deadlock.detectOrThrow(stuck, { window: 0 })).toThrow(
      /`window` must be a positive number of days/,
    )
  })

  it('works data-first and data-last, and returns frozen results', () => {
    const first = Deadlock.detect(stuck, { suggest: false })
    expect(Deadlock.detect({ suggest: false })(stuck)).toEqual(first)
    expect(E.isRight(first) && Object.isFrozen(first.right[0]!.evidence)).toBe(true)
  })

  it('gives the same findings whatever the order of the records', () => {
    const shuffled = {
      ...stuck,
      positions: [...stuck.positions].reverse(),
      events: [...stuck.events].reverse(),
    }
    expect(Deadlock.detect(shuffled)).toEqual(Deadlock.detect(stuck))
  })
})

describe('Deadlock.timeline', () => {
  it('says when each finding appeared and disappeared', () => {
    const n = doc({
      positions: [
        pos('A', 'army', '2025-01-01', { acceptable: interval(800, 1000) }),
        pos('B', 'army', '2025-02-01', { acceptable: interval(0, 500) }),
        pos('B', 'army', '2025-08-01', { acceptable: interval(0, 900) }),
      ],
      asOf: '2025-10-01',
    })
    const t = Deadlock.timeline(n)
    expect(E.isRight(t)).toBe(true)
    if (E.isLeft(t)) return
    expect(t.right).toMatchObject({ from: '2025-01-01', to: '2025-10-01' })
    expect(t.right.entries.map((e) => [e.id, e.periods])).toEqual([
      ['red-line-clash:army', [{ from: '2025-02-01', to: '2025-08-01' }]],
      ['stalemate:army', [{ from: '2025-05-02', to: '2025-08-01' }]],
    ])
    expect(t.right.dates).toContain('2025-05-02')
  })

  it('agrees with detect on every date it evaluates', () => {
    const t = Deadlock.timeline(stuck)
    if (E.isLeft(t)) return expect.fail('timeline failed')
    for (const date of t.right.dates) {
      const active = found(Deadlock.detect(stuck, { asOf: date, suggest: false }))
        .filter((f) => f.active)
        .map((f) => f.id)
        .sort()
      const held = t.right.entries
        .filter((e) => e.periods.some((p) => p.from <= date && (p.to === undefined || date < p.to)))
        .map((e) => e.id)
        .sort()
      expect(held).toEqual(active)
    }
  })

  it('works data-first and data-last', () => {
    expect(Deadlock.timeline({ kinds: ['red-line-clash'] })(stuck)).toEqual(
      Deadlock.timeline(stuck, { kinds: ['red-line-clash'] }),
    )
  })
})

describe('Deadlock.toText and Deadlock.toMarkdown', () => {
  let findings: readonly Deadlock.Finding[]
  beforeEach(() => {
    findings = found(Deadlock.detect(stuck))
  })

  it('print a headline, each finding with its explanation, way out and evidence', () => {
    const text = Deadlock.toText(findings)
    expect(text.split('\n')[0]).toBe(
      '8 findings (8 active): 2 red-line clashes, 1 package infeasibility, 1 sequencing cycle, 2 stalemates, 1 oscillation, 1 broken commitment.',
    )
    expect(text).toContain('1. Red-line clash — border — A, B — since 2025-01-01, active')
    expect(text).toContain(
      '   - 2025-01-01 A-border-2025-01-01: Alpha — acceptable: Old line [src-A-2025-01-01]',
    )
    expect(text).toContain('   Way out: Nearest agreement:')
    const md = Deadlock.toMarkdown(findings)
    expect(md).toContain('| 1 | Red-line clash | `border` | A, B | 2025-01-01 | yes |')
    expect(md).toContain('### 8. Broken commitment: `truce`')
    expect(md).toContain('- 2025-01-20 `off`: Beta withdrew (`s2`)')
  })

  it('are deterministic and say so when nothing is found', () => {
    expect(Deadlock.toText(findings)).toBe(Deadlock.toText(found(Deadlock.detect(stuck))))
    expect(Deadlock.toText([])).toBe('No deadlock found.\n')
    expect(Deadlock.toMarkdown([])).toBe('## Deadlocks\n\nNo deadlock found.\n')
  })
})

describe('Deadlock.timelineToText', () => {
  it('counts one date and one finding as one', () => {
    const text = Deadlock.timelineToText({
      from: d('2025-03-01'),
      to: d('2025-03-01'),
      dates: [d('2025-03-01')],
      entries: [
        {
          id: 'stalemate:army',
          kind: 'stalemate',
          parties: ['A', 'B'] as never,
          issues: ['army'] as never,
          periods: [{ from: d('2025-03-01') }],
          explanation: 'x',
        },
      ],
    })
    expect(text).toBe(
      'Deadlock timeline 2025-03-01 to 2025-03-01 (1 date evaluated, 1 finding):\n- 2025-03-01 → now  stalemate:army (A, B)\n',
    )
  })
})
