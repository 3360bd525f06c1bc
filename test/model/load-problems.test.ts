/**
 * How the structural pass of `Load.decode` reports what it finds: which problem, at which path, with which
 * suggestion; a misspelt required field matched to the right missing field; what is shown as the value found.
 */
import { describe, expect, it } from 'vitest'
import type { DecodeIssue } from '../../src/model/errors'
import * as Load from '../../src/model/load'
import { type Edit, REMOVE, edited } from './document'

const problems = (edits: ReadonlyArray<Edit>): ReadonlyArray<DecodeIssue> => {
  const r = Load.decode(edited(edits))
  return r._tag === 'Left' ? r.left : []
}

const only = (edits: ReadonlyArray<Edit>): DecodeIssue => {
  const all = problems(edits)
  expect(all).toHaveLength(1)
  return all[0] as DecodeIssue
}

const EVENT_KINDS = [
  'position-stated',
  'proposal-tabled',
  'response',
  'agreement',
  'violation-alleged',
  'term-expired',
  'meeting',
  'statement',
]

describe('an unknown kind', () => {
  it('written as text: suggests the kind meant and lists only the real kinds', () => {
    const p = only([['events.0.kind', 'respnse']])
    expect(p.path).toBe('events[0].kind')
    expect(p.code).toBe('unknown-kind')
    expect(p.expected).toBe(`one of ${EVENT_KINDS.join(', ')}`)
    expect(p.message).toContain('`respnse`')
    expect(p.message).toMatch(
      new RegExp(`did you mean \`response\`\\? kinds are: ${EVENT_KINDS.join(', ')}$`),
    )
  })
})

describe('a word that is not one of the allowed words', () => {
  it('suggests the word meant, with the allowed words as what was expected', () => {
    const p = only([['issues.nato.category', 'alliences']])
    expect(p.path).toBe('issues.nato.category')
    expect(p.code).toBe('unknown-value')
    expect(p.message.startsWith('`alliences` is not an issue category; did you mean `alliance`?')).toBe(true)
    expect(p.expected?.startsWith('one of territory, alliance, sanctions, ')).toBe(true)
  })
})

describe('a date that is not a real day', () => {
  it.each([
    ['2025-01-32', '2025-01 has 31 days'],
    ['2025-12-32', '2025-12 has 31 days'],
    ['2025-02-30', '2025-02 has 28 days'],
  ])('%s: says how many days its month has', (date, hint) => {
    const p = only([['positions.0.asOf', date]])
    expect(p.code).toBe('bad-date')
    expect(p.message).toContain(hint)
    expect(p.message).not.toContain('no month')
  })

  it('text around a date and time is not read as a date with a time', () => {
    const p = only([['positions.0.asOf', 'on 2025-03-11T10:00']])
    expect(p.code).toBe('bad-date')
    expect(p.message).not.toContain('has a time')
    expect(p.message).toContain('YYYY-MM-DD')
  })
})

describe('a field the format does not know', () => {
  it('names the object it is in, even when the key itself reads "in Party"', () => {
    const p = only([['positions.0.colour in Party', 'red']])
    expect(p.path).toBe('positions[0]["colour in Party"]')
    expect(p.code).toBe('unknown-field')
    expect(p.message).toMatch(/ in Position; remove it$/)
  })

  it('two misspellings of one optional field are both reported, each pointing to it', () => {
    const all = problems([
      ['positions.0.ideel', 'member'],
      ['positions.0.idael', 'member'],
    ])
    expect(all.map((i) => [i.path, i.code])).toEqual([
      ['positions[0].ideel', 'unknown-field'],
      ['positions[0].idael', 'unknown-field'],
    ])
    for (const i of all) expect(i.message).toContain('did you mean `ideal`?')
  })
})

describe('a misspelt required field', () => {
  it('is matched only to the field missing from its own object', () => {
    const all = problems([
      ['proposals.p1.titel', 'x'],
      ['proposals.p2', { date: '2025-03-12', tabledBy: ['US'], terms: {}, sources: [] }],
    ])
    expect(all.map((i) => [i.path, i.code])).toEqual([
      ['proposals.p1.titel', 'unknown-field'],
      ['proposals.p2.title', 'missing'],
    ])
    // p1 has its title: the typo is an extra field, not the missing one
    expect(all[0]?.message).toContain('did you mean `title`?')
    expect(all[0]?.message).not.toContain('required')
  })

  it('is matched once: a second misspelling of the same field is not also the missing field', () => {
    const all = problems([
      ['proposals.p1.titel', 'x'],
      ['proposals.p1.tilte', 'y'],
      ['proposals.p1.title', REMOVE],
    ])
    expect(all.map((i) => [i.path, i.code])).toEqual([
      ['proposals.p1.titel', 'unknown-field'],
      ['proposals.p1.tilte', 'unknown-field'],
    ])
    expect(all[0]?.message).toContain('did you mean `title` (a required field)?')
    expect(all[1]?.message).toContain('did you mean `title`?')
    expect(all[1]?.message).not.toContain('required')
  })
})

describe('the value found', () => {
  it('is not shown for a field present but set to undefined', () => {
    const p = only([['title', undefined]])
    expect(p.path).toBe('title')
    expect(p.code).toBe('type')
    expect(p.expected).toBe('a non-empty text')
    expect(p).not.toHaveProperty('actual')
  })
})
