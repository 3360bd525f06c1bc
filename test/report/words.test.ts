import { describe, expect, it } from 'vitest'
import type { Condition } from '../../src/model/condition'
import type { Domain, Value, ValueSet } from '../../src/model/domain'
import { conditionWords, count, packageWords, setWords } from '../../src/report/words'
import { talks } from './fixture'

const guarantors = {
  kind: 'subset',
  universe: [
    { id: 'us', label: 'United States' },
    { id: 'eu', label: 'European states' },
    { id: 'ru', label: 'Russia' },
  ],
} as unknown as Domain
const troops = { kind: 'quantity', unit: 'troops', min: 0, max: 1_000_000 } as unknown as Domain

describe('the report’s words', () => {
  it('says a value set the way a reader would, with the issue’s own labels', () => {
    const sets: [Domain, unknown, string][] = [
      [
        troops,
        {
          kind: 'intervals',
          intervals: [
            { min: 0, max: 600000 },
            { min: 800000, max: 800000 },
          ],
        },
        'from 0 to 600,000 troops or 800,000 troops',
      ],
      [
        troops,
        { kind: 'intervals', intervals: [{ min: 0, max: 5, minOpen: true, maxOpen: true }] },
        'over 0 to under 5 troops',
      ],
      [troops, { kind: 'intervals', intervals: [] }, 'nothing'],
      [
        guarantors,
        { kind: 'subsets', any: [{ include: ['us', 'eu'], exclude: ['ru'], minSize: 2, maxSize: 3 }] },
        'a set with United States and European states, without Russia, at least 2, at most 3',
      ],
      [guarantors, { kind: 'subsets', any: [{}] }, 'any set'],
      [
        { kind: 'flag', yes: 'in force', no: 'not in force' } as unknown as Domain,
        { kind: 'flags', values: [true, false] },
        'in force or not in force',
      ],
    ]
    for (const [domain, set, words] of sets) expect(setWords(domain, set as ValueSet)).toBe(words)
  })

  it('says conditions in words, or by their own text', () => {
    const n = talks()
    const conditions: [unknown, string][] = [
      [
        { kind: 'sequence', first: 'harbour', then: 'truce', by: 'S' },
        'Harbour before Truce (first step: Southland)',
      ],
      [{ kind: 'acceptance', party: 'M', proposal: 'm-plan' }, 'only if Mediator accepts m-plan'],
      [
        {
          kind: 'value',
          issue: 'troops',
          in: { kind: 'intervals', intervals: [{ min: 0, max: 2000 }] },
          when: { issue: 'harbour', in: { kind: 'options', options: ['shared'] } },
        },
        'Troops at the border: from 0 to 2,000 troops when Harbour is Shared control',
      ],
      [{ kind: 'other', text: 'subject to a referendum' }, 'subject to a referendum'],
      [
        { kind: 'sequence', first: 'harbour', then: 'truce', text: 'The harbour first.' },
        'The harbour first.',
      ],
    ]
    for (const [c, words] of conditions) expect(conditionWords(n, c as Condition)).toBe(words)
  })

  it('says a package issue by issue in document order, and counts with the right noun', () => {
    expect(packageWords(talks(), { troops: 1500, harbour: 'shared' as Value })).toBe(
      'Harbour = Shared control; Troops at the border = 1500 troops',
    )
    expect(packageWords(talks(), {})).toBe('the empty package')
    expect([count(1, 'draft'), count(3, 'draft'), count(2, 'party', 'parties')]).toEqual([
      '1 draft',
      '3 drafts',
      '2 parties',
    ])
  })
})
