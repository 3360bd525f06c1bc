/**
 * The value checks of the loader's third pass, seen two ways: each check's verdict (it returns true exactly when the
 * value, value set or domain fits, and then reports nothing), and what `Load.decode` reports when one mistake could
 * hide or fake another (an ideal outside its domain that would also lie in the red lines, duplicate position ids, a
 * draft's unknown source, a sequencing step that names an issue the draft does not settle).
 */
import { describe, expect, it } from 'vitest'
import type { Domain, Value, ValueSet } from '../../src'
import { deepFreeze } from '../../src/internal/freeze'
import { type Sink, checkDomain, checkValue, checkValueSet } from '../../src/model/check-values'
import * as Load from '../../src/model/load'
import { edited, position, proposal } from './document'

// -------------------------------------------------------------------------------------
// helpers
// -------------------------------------------------------------------------------------

const domain = (d: Record<string, unknown>): Domain => deepFreeze(d) as unknown as Domain
const set = (s: Record<string, unknown>): ValueSet => deepFreeze(s) as unknown as ValueSet

const days = domain({ kind: 'quantity', unit: 'days', min: 0, max: 90 })
const wholeDays = domain({ kind: 'quantity', unit: 'days', min: 0, max: 90, integer: true })
const nato = domain({
  kind: 'choice',
  options: [
    { id: 'member', label: 'Member' },
    { id: 'neutral', label: 'Neutral' },
  ],
})
const guarantors = domain({
  kind: 'subset',
  universe: [
    { id: 'us', label: 'United States' },
    { id: 'uk', label: 'United Kingdom' },
    { id: 'fr', label: 'France' },
  ],
})
const iaea = domain({ kind: 'flag' })

/** Runs a check and returns its verdict with the codes and paths of the problems it reported. */
const run = (
  check: (sink: Sink) => boolean,
): { readonly ok: boolean; readonly problems: ReadonlyArray<string> } => {
  const problems: string[] = []
  const ok = check((path, code) => void problems.push(`${code} at ${path.join('.')}`))
  return { ok, problems }
}

const domainVerdict = (d: Domain) => run((sink) => checkDomain('x', d, ['d'], sink))
const valueVerdict = (d: Domain, v: unknown) => run((sink) => checkValue('x', d, v as Value, ['v'], sink))
const setVerdict = (d: Domain, s: Record<string, unknown>) =>
  run((sink) => checkValueSet('x', d, set(s), ['s'], sink))

const problems = (u: unknown): ReadonlyArray<readonly [string, string, string]> => {
  const r = Load.decode(u)
  return r._tag === 'Left' ? r.left.map((i) => [i.path, i.code, i.message] as const) : []
}

// -------------------------------------------------------------------------------------
// verdicts
// -------------------------------------------------------------------------------------

describe('checkDomain', () => {
  it('accepts a quantity of a single point (min equal to max)', () => {
    expect(domainVerdict(domain({ kind: 'quantity', unit: 'days', min: 30, max: 30 }))).toEqual({
      ok: true,
      problems: [],
    })
  })

  it('refuses a quantity whose bounds are not finite numbers', () => {
    for (const [min, max] of [
      [0, Number.NaN],
      [Number.NaN, 5],
      [-Infinity, 5],
      [0, Infinity],
    ] as const)
      expect(domainVerdict(domain({ kind: 'quantity', unit: 'days', min, max }))).toEqual({
        ok: false,
        problems: ['bad-domain at d'],
      })
  })

  it('refuses a choice with no options and one with an option id used twice', () => {
    expect(domainVerdict(domain({ kind: 'choice', options: [] }))).toEqual({
      ok: false,
      problems: ['bad-domain at d.options'],
    })
    const twice = domain({
      kind: 'choice',
      options: [
        { id: 'member', label: 'Member' },
        { id: 'member', label: 'Again' },
      ],
    })
    expect(domainVerdict(twice)).toEqual({ ok: false, problems: ['duplicate-id at d.options.1.id'] })
  })
})

describe('checkValue', () => {
  it('accepts a value of the domain, the bounds of a quantity included', () => {
    for (const [d, v] of [
      [days, 90],
      [days, 2.5],
      [wholeDays, 0],
      [nato, 'neutral'],
      [guarantors, ['us', 'fr']],
      [iaea, false],
    ] as const)
      expect(valueVerdict(d, v)).toEqual({ ok: true, problems: [] })
  })

  it('refuses a value outside the domain', () => {
    expect(valueVerdict(nato, 'nuetral')).toEqual({ ok: false, problems: ['out-of-domain at v'] })
    expect(valueVerdict(days, 91)).toEqual({ ok: false, problems: ['out-of-domain at v'] })
    expect(valueVerdict(wholeDays, 2.5)).toEqual({ ok: false, problems: ['out-of-domain at v'] })
  })
})

describe('checkValueSet', () => {
  it('accepts value sets of the domain, an empty one included', () => {
    expect(setVerdict(iaea, { kind: 'flags', values: [true] })).toEqual({ ok: true, problems: [] })
    expect(setVerdict(iaea, { kind: 'flags', values: [] })).toEqual({ ok: true, problems: [] })
    expect(setVerdict(nato, { kind: 'options', options: ['member', 'neutral'] })).toEqual({
      ok: true,
      problems: [],
    })
    expect(setVerdict(days, { kind: 'intervals', intervals: [{ min: 0, max: 90 }] })).toEqual({
      ok: true,
      problems: [],
    })
  })

  it('refuses a value set of the wrong kind', () => {
    expect(setVerdict(iaea, { kind: 'options', options: ['member'] })).toEqual({
      ok: false,
      problems: ['out-of-domain at s.kind'],
    })
  })

  it('refuses a set with one unknown option even when the next is known', () => {
    expect(setVerdict(nato, { kind: 'options', options: ['memebr', 'neutral'] })).toEqual({
      ok: false,
      problems: ['out-of-domain at s.options.0'],
    })
  })

  it('refuses an empty interval and intervals beyond the bounds', () => {
    const verdict = (i: Record<string, unknown>) => setVerdict(days, { kind: 'intervals', intervals: [i] })
    expect(verdict({ min: 20, max: 10 })).toEqual({ ok: false, problems: ['bad-range at s.intervals.0'] })
    expect(verdict({ min: 10, max: 10, minOpen: true })).toEqual({
      ok: false,
      problems: ['bad-range at s.intervals.0'],
    })
    expect(verdict({ min: -1, max: 10 })).toEqual({
      ok: false,
      problems: ['out-of-domain at s.intervals.0.min'],
    })
    expect(verdict({ min: 10, max: 91 })).toEqual({
      ok: false,
      problems: ['out-of-domain at s.intervals.0.max'],
    })
  })

  it('accepts subset constraints on known elements with sizes in order', () => {
    for (const c of [
      { include: ['us'], exclude: ['fr'] },
      { exclude: ['uk'] },
      { minSize: 1, maxSize: 2 },
      { minSize: 2, maxSize: 2 },
      { minSize: 3 },
      { maxSize: 0 },
    ])
      expect(setVerdict(guarantors, { kind: 'subsets', any: [c] })).toEqual({ ok: true, problems: [] })
  })

  it('refuses subset constraints that name unknown elements, contradict themselves or fit no subset', () => {
    const verdict = (c: Record<string, unknown>) => setVerdict(guarantors, { kind: 'subsets', any: [c] })
    expect(verdict({ include: ['de', 'us'] })).toEqual({
      ok: false,
      problems: ['out-of-domain at s.any.0.include.0'],
    })
    expect(verdict({ exclude: ['de'] })).toEqual({
      ok: false,
      problems: ['out-of-domain at s.any.0.exclude.0'],
    })
    expect(verdict({ include: ['us'], exclude: ['us'] })).toEqual({
      ok: false,
      problems: ['contradiction at s.any.0.exclude.0'],
    })
    expect(verdict({ minSize: 3, maxSize: 1 })).toEqual({ ok: false, problems: ['bad-range at s.any.0'] })
    expect(verdict({ minSize: 4 })).toEqual({ ok: false, problems: ['out-of-domain at s.any.0.minSize'] })
  })
})

// -------------------------------------------------------------------------------------
// what the loader reports
// -------------------------------------------------------------------------------------

describe('Load.decode', () => {
  it('reports an ideal outside its domain as such, not as lying inside the red lines', () => {
    const doc = edited([
      [
        'positions',
        [
          position('days', {
            ideal: 60.5,
            redLines: { kind: 'intervals', intervals: [{ min: 60, max: 90 }] },
          }),
        ],
      ],
    ])
    expect(problems(doc).map(([path, code]) => [path, code])).toEqual([
      ['positions[0].ideal', 'out-of-domain'],
    ])
  })

  it('checks the later positions of an event against the first position of a repeated id', () => {
    const doc = edited([
      [
        'positions',
        [
          position('nato', { id: 'ua-nato', party: 'UA', ideal: 'member' }),
          position('nato', { id: 'ua-nato', party: 'RU', ideal: 'neutral' }),
        ],
      ],
      [
        'events',
        [
          {
            id: 'e1',
            kind: 'position-stated',
            date: '2025-03-11',
            party: 'UA',
            positions: ['ua-nato'],
            sources: [],
          },
        ],
      ],
    ])
    expect(problems(doc).map(([path, code]) => [path, code])).toEqual([['positions[1].id', 'duplicate-id']])
  })

  it("reports a draft's unknown source at its place in the draft's sources", () => {
    const [only, ...rest] = problems(edited([['proposals.p1', proposal({ sources: ['s1', 's9'] })]]))
    expect(rest).toEqual([])
    expect(only?.slice(0, 2)).toEqual(['proposals.p1.sources[1]', 'unknown-reference'])
    expect(only?.[2]).toContain('`s9`')
  })

  it('reports a sequencing step that applies to an issue the draft has no term on', () => {
    const doc = edited([
      [
        'proposals.p1',
        proposal({ sequencing: [{ kind: 'sequence', first: 'days', then: 'iaea', appliesTo: ['nato'] }] }),
      ],
    ])
    const [only, ...rest] = problems(doc)
    expect(rest).toEqual([])
    expect(only?.slice(0, 2)).toEqual(['proposals.p1.sequencing[0].appliesTo[0]', 'unknown-reference'])
    expect(only?.[2]).toMatch(/`p1`.*`nato`.*days/)
  })
})
