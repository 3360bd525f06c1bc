import { describe, expect, it } from 'vitest'
import {
  conditionKey,
  conditionSubject,
  describeCondition,
  diffConditions,
  type Names,
} from '../../src/diff/conditions'
import type { Condition, Issue, IssueId } from '../../src/model'
import { deepFreeze } from '../../src/internal/freeze'
import { negotiation } from './fixture'

const issues = negotiation.issues as unknown as Record<string, Issue>
const parties: Record<string, string> = { UA: 'Ukraine', RU: 'Russia' }
const names: Names = {
  issue: (id) => issues[id as IssueId],
  party: (id) => parties[id] ?? id,
}

const c = (x: Record<string, unknown>): Condition => deepFreeze(x) as unknown as Condition
const read = (x: Record<string, unknown>): string => describeCondition(c(x), names)
const value = (issue: string, set: Record<string, unknown>): Condition => c({ kind: 'value', issue, in: set })
const options = (...ids: string[]): Record<string, unknown> => ({ kind: 'options', options: ids })

describe('conditionSubject: what a condition is about', () => {
  it('names the issue, and the issue it depends on', () => {
    expect(conditionSubject(value('army.size', options('a')))).toBe('value:army.size')
    expect(
      conditionSubject(
        c({
          kind: 'value',
          issue: 'army.size',
          in: options('a'),
          when: { issue: 'alliance.nato', in: options('barred') },
        }),
      ),
    ).toBe('value:army.size|when:alliance.nato')
  })

  it('names the accepting party, and the proposal', () => {
    expect(conditionSubject(c({ kind: 'acceptance', party: 'UA' }))).toBe('acceptance:UA')
    expect(conditionSubject(c({ kind: 'acceptance', party: 'UA', proposal: 'p28' }))).toBe(
      'acceptance:UA|p28',
    )
  })

  it('names the pair of steps in either order, and the text of another condition', () => {
    const subject = 'sequence:army.size|energy.moratorium'
    expect(conditionSubject(c({ kind: 'sequence', first: 'energy.moratorium', then: 'army.size' }))).toBe(
      subject,
    )
    expect(conditionSubject(c({ kind: 'sequence', first: 'army.size', then: 'energy.moratorium' }))).toBe(
      subject,
    )
    expect(conditionSubject(c({ kind: 'other', text: 'A referendum' }))).toBe('other:A referendum')
  })
})

describe('conditionKey: the structural key', () => {
  it('is JSON with sorted fields and sorted, de-duplicated sets', () => {
    expect(
      conditionKey(
        c({ kind: 'value', issue: 'x', in: options('b', 'a', 'b'), text: undefined, appliesTo: ['z', 'y'] }),
      ),
    ).toBe('{"appliesTo":["y","z"],"in":{"kind":"options","options":["a","b"]},"issue":"x","kind":"value"}')
  })

  it('keeps the intervals and the subset constraints in a canonical order, and reads their fields in any order', () => {
    const key = conditionKey(
      c({
        kind: 'value',
        issue: 'army.size',
        in: {
          kind: 'intervals',
          intervals: [
            { min: 5, max: 6 },
            { min: 1, max: 2 },
          ],
        },
      }),
    )
    expect(key).toBe(
      '{"in":{"intervals":[{"max":2,"min":1},{"max":6,"min":5}],"kind":"intervals"},"issue":"army.size","kind":"value"}',
    )
    expect(
      conditionKey(
        c({
          in: {
            intervals: [
              { max: 2, min: 1 },
              { min: 5, max: 6 },
            ],
            kind: 'intervals',
          },
          kind: 'value',
          issue: 'army.size',
        }),
      ),
    ).toBe(key)
    const subsets = (any: unknown[]): string =>
      conditionKey(value('guarantees.guarantors', { kind: 'subsets', any }))
    expect(subsets([{ include: ['us'] }, { exclude: ['russia'] }])).toBe(
      subsets([{ exclude: ['russia'] }, { include: ['us'] }]),
    )
    expect(subsets([{ include: ['us'] }, { exclude: ['russia'] }])).not.toBe(subsets([{ include: ['us'] }]))
  })
})

describe('conditionKey: conditions that say the same thing', () => {
  const size = (intervals: unknown[]): string =>
    conditionKey(value('army.size', { kind: 'intervals', intervals }))

  it('reads a list of intervals as the real numbers it covers', () => {
    const key = size([{ min: 1, max: 9 }])
    // repeated, overlapping, touching, contained and empty intervals, and closed bounds written out
    expect(
      size([
        { min: 1, max: 9 },
        { min: 1, max: 9 },
      ]),
    ).toBe(key)
    expect(
      size([
        { min: 4, max: 9 },
        { min: 1, max: 6 },
      ]),
    ).toBe(key)
    expect(
      size([
        { min: 1, max: 5 },
        { min: 5, max: 9 },
      ]),
    ).toBe(key)
    expect(
      size([
        { min: 1, max: 5, maxOpen: true },
        { min: 5, max: 9 },
      ]),
    ).toBe(key)
    expect(
      size([
        { min: 1, max: 5 },
        { min: 5, max: 9, minOpen: true },
      ]),
    ).toBe(key)
    expect(
      size([
        { min: 1, max: 9 },
        { min: 2, max: 3 },
      ]),
    ).toBe(key)
    expect(
      size([
        { min: 1, max: 9 },
        { min: 12, max: 10 },
        { min: 12, max: 12, minOpen: true },
      ]),
    ).toBe(key)
    expect(size([{ min: 1, max: 9, minOpen: false, maxOpen: false }])).toBe(key)
    expect(
      size([
        { min: 3, max: 3 },
        { min: 1, max: 3, maxOpen: true },
        { min: 3, max: 9, minOpen: true },
      ]),
    ).toBe(key)
    expect(
      size([
        { min: 1, max: 9, maxOpen: true },
        { min: 9, max: 9 },
      ]),
    ).toBe(key)
  })

  it('keeps apart lists of intervals that cover different numbers', () => {
    const key = size([{ min: 1, max: 9 }])
    // a gap of one point, open bounds, a longer reach
    expect(
      size([
        { min: 1, max: 5, maxOpen: true },
        { min: 5, max: 9, minOpen: true },
      ]),
    ).not.toBe(key)
    expect(size([{ min: 1, max: 9, minOpen: true }])).not.toBe(key)
    expect(size([{ min: 1, max: 9, maxOpen: true }])).not.toBe(key)
    expect(size([{ min: 1, max: 10 }])).not.toBe(key)
    expect(size([{ min: 0, max: 9 }])).not.toBe(key)
    // the domain is not known: 1–4 and 5–9 cover the same integers as 1–9, not the same real numbers
    expect(
      size([
        { min: 1, max: 4 },
        { min: 5, max: 9 },
      ]),
    ).not.toBe(key)
    // open and closed at the same end: the closed one reaches further
    expect(
      size([
        { min: 1, max: 9, maxOpen: true },
        { min: 2, max: 9 },
      ]),
    ).toBe(key)
    expect(
      size([
        { min: 1, max: 9 },
        { min: 2, max: 9, maxOpen: true },
      ]),
    ).toBe(key)
    expect(
      size([
        { min: 1, max: 9, minOpen: true },
        { min: 1, max: 2 },
      ]),
    ).toBe(key)
  })

  it('writes the union in increasing order, with only the open bounds marked', () => {
    expect(
      size([
        { min: 7, max: 9, maxOpen: true, minOpen: false },
        { min: 1, max: 2, minOpen: true },
      ]),
    ).toBe(
      size([
        { min: 1, max: 2, minOpen: true },
        { min: 7, max: 9, maxOpen: true },
      ]),
    )
    expect(
      size([
        { min: 7, max: 9 },
        { min: 1, max: 2 },
      ]),
    ).toContain('"intervals":[{"max":2,"min":1},{"max":9,"min":7}]')
  })

  it('reads a list of subset constraints as a set: any order, repeats ignored', () => {
    const subsets = (any: unknown[]): string =>
      conditionKey(value('guarantees.guarantors', { kind: 'subsets', any }))
    expect(subsets([{ include: ['us'] }, { include: ['us'] }, { exclude: ['russia'] }])).toBe(
      subsets([{ exclude: ['russia'] }, { include: ['us'] }]),
    )
  })
})

describe('describeCondition: a condition in words', () => {
  it('reads a value condition with the issue it depends on, by labels', () => {
    expect(
      read({
        kind: 'value',
        issue: 'alliance.nato',
        in: options('barred', 'renounced'),
        when: { issue: 'energy.moratorium', in: { kind: 'flags', values: [true, false] } },
      }),
    ).toBe('NATO membership in {Renounced, Barred} when Energy moratorium in {not in force, in force}')
  })

  it('reads an issue the names do not know by its id, its options sorted, once each', () => {
    expect(
      read({
        kind: 'value',
        issue: 'tariffs',
        in: options('zero', 'high', 'zero'),
        when: { issue: 'quota', in: { kind: 'flags', values: [true] } },
      }),
    ).toBe('tariffs in {high, zero} when quota in {yes}')
    expect(read({ kind: 'value', issue: 'quota', in: { kind: 'flags', values: [true, false] } })).toBe(
      'quota in {no, yes}',
    )
    expect(read({ kind: 'value', issue: 'quota', in: { kind: 'flags', values: [false] } })).toBe(
      'quota in {no}',
    )
  })

  it('puts options the domain does not know after the known ones, sorted', () => {
    expect(
      read({ kind: 'value', issue: 'alliance.nato', in: options('zz', 'barred', 'aa', 'member', 'zz') }),
    ).toBe('NATO membership in {Member, Barred, aa, zz}')
  })

  it('reads intervals with open and closed ends, sorted, joined by ∪', () => {
    expect(
      read({
        kind: 'value',
        issue: 'army.size',
        in: {
          kind: 'intervals',
          intervals: [
            { min: 3, max: 4, minOpen: false, maxOpen: false },
            { min: 1, max: 2, maxOpen: true },
            { min: 5, max: 6, minOpen: true },
          ],
        },
      }),
    ).toBe('Army size in (5, 6] ∪ [1, 2) ∪ [3, 4]')
  })

  it('lists the elements a set must leave out', () => {
    expect(
      read({
        kind: 'value',
        issue: 'guarantees.guarantors',
        in: { kind: 'subsets', any: [{ exclude: ['russia', 'us', 'other'] }] },
      }),
    ).toBe('Guarantors in {sets without United States, Russia, other}')
  })

  it('reads an acceptance with the proposal and the issues, by name and label', () => {
    expect(read({ kind: 'acceptance', party: 'UA' })).toBe('Ukraine accepts')
    expect(
      read({
        kind: 'acceptance',
        party: 'RU',
        proposal: 'p28',
        issues: ['energy.moratorium', 'army.size', 'zz'],
      }),
    ).toBe('Russia accepts p28 on Army size, Energy moratorium, zz')
  })

  it('reads a sequence with the party that moves first', () => {
    expect(read({ kind: 'sequence', first: 'army.size', then: 'energy.moratorium', by: 'UA' })).toBe(
      'Army size before Energy moratorium (first step by Ukraine)',
    )
    expect(read({ kind: 'sequence', first: 'army.size', then: 'energy.moratorium' })).toBe(
      'Army size before Energy moratorium',
    )
  })
})

describe('diffConditions: added, dropped and changed conditions', () => {
  it('finds nothing between two drafts without conditions', () => {
    expect(diffConditions(undefined, [], names)).toEqual([])
    expect(diffConditions([], undefined, names)).toEqual([])
  })

  it('reports a condition in a draft that had none as added', () => {
    const other = c({ kind: 'other', text: 'A referendum' })
    expect(diffConditions([], [other], names)).toEqual([
      {
        status: 'added',
        subject: 'other:A referendum',
        from: null,
        to: { kind: 'other', text: 'A referendum' },
        fromLabel: null,
        toLabel: 'A referendum',
        summary: 'added: A referendum',
      },
    ])
  })

  it('cancels identical conditions one for one, so a duplicate dropped is reported', () => {
    const other = c({ kind: 'other', text: 'A referendum' })
    expect(diffConditions([other, other], [other], names)).toEqual([
      {
        status: 'removed',
        subject: 'other:A referendum',
        from: { kind: 'other', text: 'A referendum' },
        to: null,
        fromLabel: 'A referendum',
        toLabel: null,
        summary: 'dropped: A referendum',
      },
    ])
  })

  it('pairs conditions on one subject in key order, whichever order the drafts list them', () => {
    const on = (...ids: string[]): Condition => value('alliance.nato', options(...ids))
    const summaries = (from: Condition[], to: Condition[]): string[] =>
      diffConditions(from, to, names).map((x) => x.summary)
    const expected = [
      'NATO membership in {Deferred} → NATO membership in {Path}',
      'NATO membership in {Member} → NATO membership in {Renounced}',
    ]
    expect(summaries([on('deferred'), on('member')], [on('renounced'), on('path')])).toEqual(expected)
    expect(summaries([on('member'), on('deferred')], [on('path'), on('renounced')])).toEqual(expected)
    expect(summaries([on('deferred'), on('member')], [on('path'), on('renounced'), on('barred')])).toEqual([
      'added: NATO membership in {Renounced}',
      'NATO membership in {Deferred} → NATO membership in {Barred}',
      'NATO membership in {Member} → NATO membership in {Path}',
    ])
  })
})
