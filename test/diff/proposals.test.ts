import { either as E } from 'fp-ts'
import { pipe } from 'fp-ts/lib/function.js'
import { beforeEach, describe, expect, it } from 'vitest'
import { Diff, Load, type Negotiation, type Proposal } from '../../src'
import { frozen, ok } from '../algebra/arbitraries'
import { negotiation, problems, proposal } from './fixture'

const diff = (
  a: Diff.ProposalInput,
  b: Diff.ProposalInput,
  options?: Diff.ProposalDiffOptions,
): Diff.ProposalDiff => ok(Diff.proposals(negotiation, a, b, options))

const term = (d: Diff.ProposalDiff, issue: string): Diff.TermChange => {
  const t = d.terms.find((x) => x.issue === issue)
  if (t === undefined) throw new Error(`no entry for ${issue}`)
  return t
}

describe('Diff.proposals: terms', () => {
  // built before each test, not while the tests are collected (see test/diff/render.test.ts)
  let d: Diff.ProposalDiff
  beforeEach(() => {
    d = diff('p28', 'e3')
  })

  it('the fixture is a valid document', () => {
    expect(E.isRight(Load.decode(negotiation))).toBe(true)
  })

  it('reports a quantity from → to, absolute, relative and unit', () => {
    expect(term(d, 'army.size')).toMatchObject({
      status: 'changed',
      from: 600_000,
      to: 800_000,
      fromLabel: '600,000 troops',
      toLabel: '800,000 troops',
      change: {
        kind: 'resized',
        from: 600_000,
        to: 800_000,
        absolute: 200_000,
        relative: 1 / 3,
        unit: 'troops',
      },
    })
  })

  it('reports an ordered choice moved k steps toward a pole, with labels', () => {
    expect(term(d, 'alliance.nato').change).toEqual({
      kind: 'moved',
      from: { id: 'barred', label: 'Barred' },
      to: { id: 'deferred', label: 'Deferred' },
      steps: -2,
      toward: 'first',
      pole: 'membership',
    })
  })

  it('compares subsets as sets: reordered elements are no change, and reports only a renumbering', () => {
    const g = term(d, 'guarantees.guarantors')
    const grew = diff('p28', {
      ...proposal('e3'),
      terms: { 'guarantees.guarantors': { value: ['us', 'russia'] } },
    } as Proposal)
    expect(g).toMatchObject({ status: 'changed', change: { kind: 'regrouped' } })
    expect(g.change).toMatchObject({
      added: [{ id: 'european-states', label: 'European states' }],
      removed: [],
    })
    const same = diff('e3', {
      ...proposal('e3'),
      terms: {
        ...proposal('e3').terms,
        'guarantees.guarantors': { value: ['us', 'european-states'], point: '4' },
      },
    } as Proposal)
    expect(same.terms.map((t) => t.issue)).not.toContain('guarantees.guarantors')
    expect(term(grew, 'guarantees.guarantors').change).toMatchObject({
      added: [{ id: 'russia' }],
      removed: [],
    })
  })

  it('reports terms added and dropped, and lists identical terms as unchanged', () => {
    expect(term(d, 'negotiation.format')).toMatchObject({
      status: 'added',
      from: null,
      to: 'mediated',
      toLabel: 'Mediated',
    })
    expect(term(d, 'energy.moratorium')).toMatchObject({
      status: 'removed',
      from: true,
      fromLabel: 'in force',
      to: null,
    })
    expect(d.counts).toEqual({ added: 1, removed: 1, changed: 3, unchanged: 0, reworded: 2, renumbered: 1 })
    const p20 = diff('e3', 'p20')
    expect(p20.unchanged).toEqual([])
    expect(term(p20, 'army.size')).toMatchObject({
      status: 'unchanged',
      change: null,
      point: { from: '6', to: '5' },
    })
  })

  it('reports wording and item numbers apart from the value', () => {
    expect(term(d, 'army.size').wording).toEqual({
      from: 'The armed forces are capped at 600,000.',
      to: 'Peacetime armed forces are capped at 800,000.',
    })
    expect(term(d, 'army.size').point).toBeNull()
    expect(term(d, 'guarantees.guarantors').point).toEqual({ from: '5', to: '4' })
  })

  it('flips a flag and switches an unordered choice', () => {
    const a = {
      ...proposal('p28'),
      terms: { 'energy.moratorium': { value: true }, 'negotiation.format': { value: 'direct-talks' } },
    } as Proposal
    const b = {
      ...proposal('p28'),
      terms: { 'energy.moratorium': { value: false }, 'negotiation.format': { value: 'mediated' } },
    } as Proposal
    const x = diff(a, b)
    expect(term(x, 'energy.moratorium').change).toEqual({
      kind: 'flipped',
      from: true,
      to: false,
      label: 'not in force',
    })
    expect(term(x, 'negotiation.format').change).toEqual({
      kind: 'switched',
      from: { id: 'direct-talks', label: 'Direct talks' },
      to: { id: 'mediated', label: 'Mediated' },
    })
  })

  it('orders entries by issue id and cites term sources', () => {
    expect(d.terms.map((t) => t.issue)).toEqual([...d.terms.map((t) => t.issue)].sort())
    expect(term(d, 'army.size').sources).toEqual(['s-28', 's-e3'])
    expect(d.sources['s-28']).toEqual({
      title: 'The 28 points',
      url: 'https://example.org/28',
      publisher: 'Axios',
      published: '2025-11-20',
    })
  })

  it('names the drafts and reports basedOn', () => {
    expect(d.from).toEqual({
      id: 'p28',
      title: '28-point plan',
      date: '2025-11-20',
      tabledBy: ['US'],
      sources: ['s-28'],
    })
    expect(d.basedOn).toEqual({ from: null, to: 'p28' })
    expect(diff('e3', 'e3').basedOn).toBeNull()
  })

  it('is empty for a draft against itself', () => {
    for (const id of ['p28', 'e3', 'p20'] as const) expect(Diff.isEmpty(diff(id, id))).toBe(true)
    expect(Diff.isEmpty(d)).toBe(false)
  })
})

describe('Diff.proposals: conditions and sequencing', () => {
  it('compares conditions structurally: order of the list and of sets does not matter', () => {
    const p = proposal('p28')
    const shuffled = {
      ...p,
      conditions: [
        { kind: 'other', text: 'Subject to a referendum' },
        { kind: 'value', issue: 'alliance.nato', in: { kind: 'options', options: ['barred', 'renounced'] } },
      ],
    } as Proposal
    expect(diff('p28', shuffled).conditions).toEqual([])
  })

  it('pairs a condition on the same subject as changed, and reads a reversed order of steps as a change', () => {
    const d = diff('p28', 'e3')
    expect(d.conditions).toHaveLength(1)
    expect(d.conditions[0]).toMatchObject({
      status: 'changed',
      subject: 'value:alliance.nato',
      fromLabel: 'NATO membership in {Renounced, Barred}',
      summary: 'NATO membership in {Renounced, Barred} → NATO membership in {Deferred, Renounced, Barred}',
    })
    expect(d.sequencing).toEqual([
      expect.objectContaining({
        status: 'changed',
        summary: 'Army size before Energy moratorium → Energy moratorium before Army size',
      }),
    ])
  })

  it('reports conditions added and dropped', () => {
    const d = diff('e3', 'p20')
    expect(d.conditions.map((c) => [c.status, c.subject])).toEqual([
      ['removed', 'other:Subject to a referendum'],
      ['removed', 'value:alliance.nato'],
    ])
    expect(diff('p20', 'e3').conditions.map((c) => c.status)).toEqual(['added', 'added'])
  })

  it('gives equal keys to conditions that say the same thing', () => {
    const a = { kind: 'acceptance', party: 'UA', issues: ['x', 'y'], appliesTo: ['z'] } as const
    const b = { appliesTo: ['z'], issues: ['y', 'x', 'x'], party: 'UA', kind: 'acceptance' } as const
    expect(Diff.conditionKey(a as never)).toBe(Diff.conditionKey(b as never))
    expect(Diff.conditionKey(a as never)).not.toBe(Diff.conditionKey({ ...a, party: 'RU' } as never))
  })
})

describe('Diff.proposals: alignment by a mapping', () => {
  it('pairs terms filed under different issues, and never pairs the rest silently', () => {
    const a = {
      ...proposal('p28'),
      terms: { 'negotiation.format': { value: 'direct-talks' }, 'alliance.nato': { value: 'barred' } },
    } as Proposal
    const b = { ...proposal('p28'), terms: { 'alliance.nato': { value: 'deferred' } } } as Proposal
    const d = diff(a, b, { mapping: { 'negotiation.format': 'alliance.nato' } })
    expect(d.terms.map((t) => [t.issue, t.status, t.aligned])).toEqual([
      ['alliance.nato', 'removed', null],
      ['alliance.nato', 'changed', { from: 'negotiation.format', to: 'alliance.nato' }],
    ])
    expect(d.terms[1]?.change).toEqual({ kind: 'replaced', from: 'Direct talks', to: 'Deferred' })
  })

  it('rejects a mapping onto unknown issues or two issues onto one', () => {
    const p = problems(
      Diff.proposals(negotiation, 'p28', 'e3', {
        mapping: { nope: 'army.size', 'alliance.nato': 'army.size' },
      }),
    )
    expect(p.map((x) => x.kind)).toEqual(['invalid-mapping', 'invalid-mapping'])
    expect(p[1]?.message).toMatch(/both `[^`]+` and `[^`]+` are mapped to `army.size`/)
  })
})

describe('Diff.proposals: errors and call styles', () => {
  it('returns a problem naming the known drafts for an unknown id', () => {
    const p = problems(Diff.proposals(negotiation, 'p28', 'p29'))
    expect(p).toEqual([
      {
        kind: 'unknown-proposal',
        at: 'to',
        message: 'there is no proposal `p29`; proposals are: e3, p20, p28',
      },
    ])
  })

  it('returns every problem of an inline draft at once: unknown issue, value outside its domain', () => {
    const bad = {
      ...proposal('p28'),
      terms: { nope: { value: 1 }, 'army.size': { value: 2_000_000 }, 'alliance.nato': { value: 'memebr' } },
    } as unknown as Proposal
    const p = problems(Diff.proposals(negotiation, 'p28', bad))
    expect(p.map((x) => [x.kind, x.at])).toEqual([
      ['invalid-value', 'to.terms.army.size.value'],
      ['invalid-value', 'to.terms.alliance.nato.value'],
      ['unknown-issue', 'to.terms.nope'],
    ])
    expect(p[1]?.message).toContain('memebr')
  })

  it('rejects a bad date and an unknown party', () => {
    const p = problems(Diff.proposals(negotiation, 'p28', 'e3', { asOf: '2025-02-30', parties: ['XX'] }))
    expect(p.map((x) => x.kind)).toEqual(['invalid-date', 'unknown-party'])
  })

  it('works data-last, and names a draft passed as an object by its id when it is in the negotiation', () => {
    const last = pipe(negotiation, Diff.proposals('p28', 'e3'))
    expect(last).toEqual(Diff.proposals(negotiation, proposal('p28'), 'e3'))
    const inline = ok(Diff.proposals(negotiation, { ...proposal('p28') }, 'e3'))
    expect(inline.from.id).toBeNull()
  })

  it('returns plain JSON data', () => {
    const d = diff('p28', 'e3')
    expect(JSON.parse(JSON.stringify(d))).toEqual(d)
  })

  it('freezes its result deeply and leaves its inputs alone', () => {
    const a = { ...proposal('p28'), terms: { 'guarantees.guarantors': { value: ['us'] } } } as Proposal
    const d = diff(a, 'e3')
    expect(Object.isFrozen(a.terms['guarantees.guarantors' as never])).toBe(false)
    expect(Object.isFrozen(d)).toBe(true)
    expect(Object.isFrozen(term(d, 'guarantees.guarantors').from)).toBe(true)
    expect(Object.isFrozen(d.conditions[0]?.to)).toBe(true)
    expect(Object.isFrozen(d.parties?.principals[0]?.issues)).toBe(true)
  })
})

describe('Diff.proposals: who gains', () => {
  // built before each test, not while the tests are collected (see test/diff/render.test.ts)
  let d: Diff.ProposalDiff
  let parties: Diff.PartyImpacts
  beforeEach(() => {
    d = diff('p28', 'e3')
    parties = d.parties as Diff.PartyImpacts
  })
  const party = (id: string): Diff.PartyImpact => {
    const p = [...parties.principals, ...parties.others].find((x) => x.party === id)
    if (p === undefined) throw new Error(id)
    return p
  }
  const effect = (p: string, issue: string): Diff.IssueEffect | undefined =>
    party(p).issues.find((e) => e.issue === issue)

  it('reads positions as of the later draft (a stance stated between the drafts counts)', () => {
    expect(parties.asOf).toBe('2025-11-23')
    expect(effect('UA', 'alliance.nato')?.standing).toEqual({ from: 'red-line', to: 'acceptable' })
  })

  it('reports principals apart from the mediator and the guarantor', () => {
    expect(parties.principals.map((p) => p.party)).toEqual(['RU', 'UA'])
    expect(parties.others.map((p) => [p.party, p.role])).toEqual([
      ['EUR', 'guarantor'],
      ['US', 'mediator'],
    ])
  })

  it('the army cap moves toward Ukraine and across a Russian red line', () => {
    expect(effect('UA', 'army.size')).toMatchObject({
      effect: 'gain',
      ideal: 'toward',
      acceptable: 'entered',
      redLine: null,
    })
    expect(effect('RU', 'army.size')).toMatchObject({
      effect: 'loss',
      ideal: 'away',
      redLine: 'crossed',
      positions: ['ru-army'],
      sources: ['s-ru'],
    })
    expect(party('RU').redLines.crossed).toContain('army.size')
    expect(party('UA').redLines.cleared).toEqual(['alliance.nato'])
  })

  it('the utility deltas agree with the utility model, and the gainer is named', () => {
    expect(party('UA').verdict).toBe('gains')
    expect(party('RU').verdict).toBe('loses')
    expect((party('UA').utility.delta as number) > 0).toBe(true)
    expect(parties.gainedMost).toEqual(['UA'])
  })

  it('a party without positions has "no stated position", not zero', () => {
    expect(party('US')).toMatchObject({
      verdict: 'no-stated-position',
      utility: { from: null, to: null, delta: null },
    })
    expect(effect('US', 'army.size')).toMatchObject({ effect: 'no-stated-position', score: null })
    expect(effect('EUR', 'army.size')?.effect).toBe('no-stated-position')
    expect(effect('EUR', 'guarantees.guarantors')).toMatchObject({ effect: 'gain', ideal: 'toward' })
  })

  it('a prepared context gives the same reading; it must match the negotiation and the date', () => {
    const c = ok(Diff.context(negotiation, '2025-11-23'))
    expect(diff('p28', 'e3', { context: c })).toEqual(d)
    const other = frozen({ ...negotiation }) as Negotiation
    expect(problems(Diff.proposals(other, 'p28', 'e3', { context: c }))[0]?.at).toBe('context')
    expect(
      problems(Diff.proposals(negotiation, 'p28', 'e3', { context: c, asOf: '2025-12-01' }))[0]?.kind,
    ).toBe('invalid-date')
    const last = ok(pipe(negotiation, Diff.context('2025-11-23', ['UA'])))
    expect([last.asOf, last.parties.map((p) => p.party)]).toEqual(['2025-11-23', ['UA']])
  })

  it('can be limited to some parties, or left out', () => {
    expect(diff('p28', 'e3', { parties: ['UA'] }).parties?.principals.map((p) => p.party)).toEqual(['UA'])
    expect(diff('p28', 'e3', { impact: false }).parties).toBeNull()
  })
})
