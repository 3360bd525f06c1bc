/**
 * Equally cheap sets of concessions, edge cases: the order of concessions within a set and of the sets themselves
 * (each rule of the order on its own), and the sentence that names several sets at once.
 */
import { describe, expect, it } from 'vitest'
import type { IssueId, PartyId } from '../../src'
import type { Concession } from '../../src/zone/model'
import { byConcession, byTie, tiesText, type Block, type Names, type Tie } from '../../src/zone/ties'

const concession = (
  party: string,
  kind: Concession['kind'],
  issue: string | undefined,
  cost: number,
  explanation: string,
): Concession => ({
  party: party as PartyId,
  kind,
  ...(issue === undefined ? {} : { issue: issue as IssueId }),
  cost,
  evidence: null,
  explanation,
})

const namesOf = (parties: Record<string, string>, issues: Record<string, string>): Names => ({
  party: (p) => parties[p] ?? p,
  issue: (i) => issues[i] ?? i,
})

const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']

const tie = (count: string, ...concessions: Concession[]): Tie => ({ ids: [], count, concessions })

/** The concessions sorted, in their explanations. */
const orderOf = (names: Names, ...cs: Concession[]): string[] =>
  [...cs].sort(byConcession(names)).map((c) => c.explanation)

/** The sets sorted, each as the explanations of its concessions joined by "+". */
const tiesOrder = (...ts: Tie[]): string[] =>
  [...ts].sort(byTie).map((t) => t.concessions.map((c) => c.explanation).join('+'))

describe('the order of concessions within a set', () => {
  it('goes by party name before kind, issue and sentence', () => {
    const names = namesOf({ A: 'Zed', B: 'Abe' }, {})
    const a = concession('A', 'acceptable', undefined, 1, 'a concession')
    const b = concession('B', 'red-line', undefined, 1, 'b concession')
    expect(orderOf(names, a, b)).toEqual(['b concession', 'a concession'])
    expect(orderOf(names, b, a)).toEqual(['b concession', 'a concession'])
  })

  it('puts a concession on no issue before one on an issue, whatever the issue label', () => {
    const names = namesOf({}, { x: 'Alpha' })
    const none = concession('P', 'reservation', undefined, 1, 'z overall')
    const onX = concession('P', 'reservation', 'x', 1, 'a on x')
    expect(orderOf(names, onX, none)).toEqual(['z overall', 'a on x'])
    expect(orderOf(names, none, onX)).toEqual(['z overall', 'a on x'])
  })

  it('falls back on issue ids, both ways, when names, kinds, labels and sentences are equal', () => {
    const names = namesOf({}, { x: 'Same', y: 'Same' })
    const onX = concession('P', 'red-line', 'x', 1, 'same words')
    const onY = concession('P', 'red-line', 'y', 1, 'same words')
    expect(byConcession(names)(onX, onY)).toBeLessThan(0)
    expect(byConcession(names)(onY, onX)).toBeGreaterThan(0)
  })

  it('puts no issue before an issue whose label is empty', () => {
    const names = namesOf({}, { A: '' })
    const none = concession('P', 'red-line', undefined, 1, 'same words')
    const onA = concession('P', 'red-line', 'A', 1, 'same words')
    expect(byConcession(names)(none, onA)).toBeLessThan(0)
    expect(byConcession(names)(onA, none)).toBeGreaterThan(0)
  })
})

describe('the order of equally cheap sets', () => {
  const one = (
    explanation: string,
    kind: Concession['kind'] = 'red-line',
    cost = 1,
    party = 'P',
    issue?: string,
  ) => concession(party, kind, issue, cost, explanation)

  it('puts the larger zone first, both ways', () => {
    const small = tie('3', one('a'))
    const large = tie('5', one('b'))
    expect(tiesOrder(small, large)).toEqual(['b', 'a'])
    expect(tiesOrder(large, small)).toEqual(['b', 'a'])
  })

  it('puts infinitely many packages first and an unknown number last, both ways', () => {
    const infinite = tie('infinite', one('c'))
    const finite = tie('5', one('b'))
    const unknown = tie('unknown', one('a'))
    expect(tiesOrder(unknown, finite, infinite)).toEqual(['c', 'b', 'a'])
    expect(tiesOrder(infinite, unknown, finite)).toEqual(['c', 'b', 'a'])
    expect(tiesOrder(finite, infinite, unknown)).toEqual(['c', 'b', 'a'])
  })

  it('orders two infinite zones, or two unknown ones, by what comes next', () => {
    expect(tiesOrder(tie('infinite', one('b')), tie('infinite', one('a')))).toEqual(['a', 'b'])
    expect(tiesOrder(tie('unknown', one('b')), tie('unknown', one('a')))).toEqual(['a', 'b'])
  })

  it('compares the kinds as sorted lists, not in the order of the concessions', () => {
    // [reservation, red-line] holds a red line, [condition, acceptable] does not
    const withRedLine = tie('1', one('a1', 'reservation', 1, 'A'), one('z1', 'red-line', 1, 'B'))
    const without = tie('1', one('a2', 'condition', 1, 'A'), one('b2', 'acceptable', 1, 'B'))
    expect(tiesOrder(without, withRedLine)).toEqual(['a1+z1', 'a2+b2'])
    expect(tiesOrder(withRedLine, without)).toEqual(['a1+z1', 'a2+b2'])
  })

  it('looks past an equal first kind', () => {
    const red = tie('1', one('z1', 'red-line'), one('z2', 'acceptable'))
    const condition = tie('1', one('a1', 'red-line'), one('a2', 'condition'))
    expect(tiesOrder(condition, red)).toEqual(['z1+z2', 'a1+a2'])
  })

  it('puts the set holding the costliest single concession first, whatever the order of its concessions', () => {
    const spread = tie('1', one('a1', 'red-line', 0.2), one('a2', 'red-line', 0.5))
    const even = tie('1', one('b1', 'red-line', 0.4), one('b2', 'red-line', 0.3))
    expect(tiesOrder(spread, even)).toEqual(['a1+a2', 'b1+b2'])
    expect(tiesOrder(even, spread)).toEqual(['a1+a2', 'b1+b2'])
  })

  it('lets a costlier concession go first even when its words come later', () => {
    const cheap = tie('1', one('a', 'red-line', 0.3))
    const dear = tie('1', one('b', 'red-line', 0.7))
    expect(tiesOrder(cheap, dear)).toEqual(['b', 'a'])
  })

  it('compares the sentences concession by concession', () => {
    // "a" ends its first sentence before "ab" does
    const x = tie('1', one('ab'), one('c'))
    const y = tie('1', one('a'), one('bz'))
    expect(tiesOrder(x, y)).toEqual(['a+bz', 'ab+c'])
  })

  it('falls back on party and issue ids only when the sets read the same', () => {
    const byA = tie('1', one('same', 'red-line', 1, 'A'))
    const byB = tie('1', one('same', 'red-line', 1, 'B'))
    expect(byTie(byA, byB)).toBeLessThan(0)
    expect(byTie(byB, byA)).toBeGreaterThan(0)
    const onX = tie('1', one('same', 'red-line', 1, 'P', 'x'))
    const onY = tie('1', one('same', 'red-line', 1, 'P', 'y'))
    expect(byTie(onX, onY)).toBeLessThan(0)
    expect(byTie(onY, onX)).toBeGreaterThan(0)
    const overall = tie('1', one('same', 'red-line', 1, 'P'))
    const onA = tie('1', one('same', 'red-line', 1, 'P', 'A'))
    expect(byTie(overall, onA)).toBeLessThan(0)
    expect(byTie(onA, overall)).toBeGreaterThan(0)
  })

  it('compares the ids concession by concession', () => {
    // the first set's first concession is on issue x, the second's on no issue: the second goes first
    const x = tie('1', one('s', 'red-line', 1, 'P', 'x'), one('t', 'red-line', 1, 'A'))
    const y = tie('1', one('s', 'red-line', 1, 'P'), one('t', 'red-line', 1, 'z'))
    expect(byTie(x, y)).toBeGreaterThan(0)
    expect(byTie(y, x)).toBeLessThan(0)
  })
})

describe('the sentence for equally cheap sets', () => {
  const blockOf =
    (blocks: Map<Concession, Block>) =>
    (c: Concession): Block =>
      blocks.get(c) ?? { key: 'across', label: 'the constraints that span several issues' }
  const outcome = (k: number): string => `then outcome ${String(k)}`

  it('counts only those found when the sets are not all known, and never lists shared concessions', () => {
    const shared = concession('P', 'red-line', 'x', 1, 'P drops x')
    const ts = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((s) =>
      tie('1', shared, concession('Q', 'red-line', s, 1, `Q drops ${s}`)),
    )
    expect(tiesText({ ties: ts, complete: false, cost: 2, blockOf: blockOf(new Map()), outcome })).toBe(
      'At least 7 equally cheap sets of concessions (total cost 2 each) would open a zone, none preferred over ' +
        'another: either P drops x and Q drops a (then outcome 0); or P drops x and Q drops b (then outcome 1); or ' +
        'P drops x and Q drops c (then outcome 2); or P drops x and Q drops d (then outcome 3); or P drops x and ' +
        'Q drops e (then outcome 4); or one of at least 2 other sets of the same cost.',
    )
  })

  it('names every concession that all sets share, separated by semicolons', () => {
    const s1 = concession('P', 'red-line', 'x', 1, 'P drops x')
    const s2 = concession('P', 'red-line', 'y', 1, 'P drops y')
    const a = concession('Q', 'reservation', undefined, 1, 'Q lowers its reservation')
    const b = concession('R', 'reservation', undefined, 1, 'R lowers its reservation')
    const ts = [tie('1', s1, s2, a), tie('1', s1, s2, b)]
    expect(tiesText({ ties: ts, complete: true, cost: 3, blockOf: blockOf(new Map()), outcome })).toBe(
      '2 equally cheap sets of concessions (total cost 3 each) would open a zone, none preferred over another. ' +
        'Each includes: P drops x; P drops y. Besides, either Q lowers its reservation (then outcome 0); or ' +
        'R lowers its reservation (then outcome 1).',
    )
  })

  it('names the alternatives issue by issue, issues by label and alternatives in the order of sets', () => {
    // seen first: the issue labelled "Zeta" (key k-a) and, within each issue, its second alternative
    const x1 = concession('A', 'red-line', 'xa', 1, 'Alpha drops x one')
    const x2 = concession('A', 'red-line', 'xb', 1, 'Alpha drops x two')
    const y1 = concession('B', 'red-line', 'ya', 1, 'Beta drops y one')
    const y2 = concession('B', 'red-line', 'yb', 1, 'Beta drops y two')
    const zeta: Block = { key: 'k-a', label: 'Zeta' }
    const alpha: Block = { key: 'k-b', label: 'Alpha' }
    const blocks = new Map<Concession, Block>([
      [x1, zeta],
      [x2, zeta],
      [y1, alpha],
      [y2, alpha],
    ])
    const ts = [tie('9', x2, y2), tie('1', x1, y1), tie('1', x1, y2), tie('1', x2, y1)].sort(byTie)
    expect(ts[0]!.concessions).toEqual([x2, y2])
    expect(tiesText({ ties: ts, complete: true, cost: 2, blockOf: blockOf(blocks), outcome })).toBe(
      '4 equally cheap sets of concessions (total cost 2 each) would open a zone, none preferred over another. ' +
        'Any combination of the following costs the same. On Alpha: either Beta drops y one; or Beta drops y two. ' +
        'On Zeta: either Alpha drops x one; or Alpha drops x two.',
    )
  })

  it('tells apart alternatives that share a concession, however many concessions come before', () => {
    // on x: {x1, x3}, {x12, x3} or {x1, x23}, numbered as they first appear; elsewhere: ten concessions or ten others
    const red = (party: string, explanation: string) =>
      concession(party, 'red-line', undefined, 1, explanation)
    const x1 = red('B', 'Bx drops 1')
    const x3 = red('D', 'Dx drops 3')
    const x12 = red('C', 'Cx drops 12')
    const x23 = red('E', 'Ex drops 23')
    const y1 = [
      red('A', 'A gives'),
      red('C0', 'C0 gives'),
      ...letters.map((l) => red(`E${l}`, `E${l} gives`)),
    ]
    const y2 = ['A', 'C0', ...letters.map((l) => `E${l}`)].map((p) => red(`${p}2`, `${p}2 gives`))
    const blocks = new Map<Concession, Block>([x1, x3, x12, x23].map((c) => [c, { key: 'x', label: 'X' }]))
    const set = (count: string, ...cs: Concession[]) =>
      tie(count, ...[...cs].sort(byConcession(namesOf({}, {}))))
    const ts = [
      set('100', x1, x3, ...y1),
      set('99', x12, x3, ...y1),
      set('98', x1, x3, ...y2),
      set('97', x1, x23, ...y1),
      set('1', x12, x3, ...y2),
      set('1', x1, x23, ...y2),
    ].sort(byTie)
    expect(ts[0]!.concessions.slice(0, 4).map((c) => c.party)).toEqual(['A', 'B', 'C0', 'D'])
    const text = tiesText({ ties: ts, complete: true, cost: 12, blockOf: blockOf(blocks), outcome })
    expect(text).toContain('Any combination of the following costs the same.')
    expect(text).toContain(
      'On X: either Bx drops 1 and Dx drops 3; or Bx drops 1 and Ex drops 23; or Cx drops 12 and Dx drops 3.',
    )
  })
})
