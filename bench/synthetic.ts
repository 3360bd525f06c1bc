/**
 * A synthetic negotiation for benchmarks: issues of mixed kinds (ordered and unordered choices, quantities, subsets,
 * flags), two principals with a position on every issue, and two drafts of exactly `n` terms each: one term in eleven
 * changes value, one in a hundred is reworded and one in a hundred renumbered, and one in five hundred is dropped
 * (the later draft adds as many).
 */
import type { Negotiation, Proposal } from '../src'

export interface Synthetic {
  readonly negotiation: Negotiation
  readonly a: Proposal
  readonly b: Proposal
}

const options = ['o0', 'o1', 'o2', 'o3', 'o4'].map((id) => ({ id, label: `Option ${id}` }))
const universe = ['e0', 'e1', 'e2', 'e3', 'e4', 'e5'].map((id) => ({ id, label: `Element ${id}` }))

const domainOf = (i: number): Record<string, unknown> => {
  switch (i % 5) {
    case 0:
      return { kind: 'choice', ordered: true, options }
    case 1:
      return { kind: 'choice', options }
    case 2:
      return { kind: 'quantity', unit: 'troops', min: 0, max: 1_000_000, integer: true }
    case 3:
      return { kind: 'subset', universe }
    default:
      return { kind: 'flag' }
  }
}

const valueOf = (i: number, variant: number): unknown => {
  switch (i % 5) {
    case 0:
    case 1:
      return `o${String((i + variant) % 5)}`
    case 2:
      return 100_000 + ((i * 37 + variant * 50_000) % 900_000)
    case 3:
      return variant === 0 ? ['e0', 'e2'] : ['e0', 'e3', 'e5']
    default:
      return (i + variant) % 2 === 0
  }
}

const stanceOf = (i: number, party: number): Record<string, unknown> => {
  switch (i % 5) {
    case 0:
      return {
        ideal: party === 0 ? 'o0' : 'o4',
        redLines: { kind: 'options', options: [party === 0 ? 'o4' : 'o0'] },
      }
    case 1:
      return { ideal: `o${String(party + 1)}`, acceptable: { kind: 'options', options: ['o1', 'o2', 'o3'] } }
    case 2:
      return party === 0
        ? {
            ideal: 1_000_000,
            acceptable: { kind: 'intervals', intervals: [{ min: 500_000, max: 1_000_000 }] },
          }
        : { ideal: 0, redLines: { kind: 'intervals', intervals: [{ min: 900_000, max: 1_000_000 }] } }
    case 3:
      return { ideal: party === 0 ? ['e0', 'e1'] : ['e2', 'e3'] }
    default:
      return { ideal: party === 0, priority: 0.8 }
  }
}

/** A negotiation of `n + n / 500` issues with two principals, and two drafts of `n` terms each. */
export const synthetic = (n: number): Synthetic => {
  const issues: Record<string, unknown> = {}
  const positions: unknown[] = []
  const termsA: Record<string, unknown> = {}
  const termsB: Record<string, unknown> = {}
  const k = Math.ceil(n / 500)
  for (let i = 0; i < n + k; i++) {
    const id = `issue.${String(i).padStart(5, '0')}`
    issues[id] = { label: `Issue ${String(i)}`, category: 'other', domain: domainOf(i) }
    for (const [p, party] of ['RU', 'UA'].entries())
      positions.push({
        id: `pos-${party}-${id}`,
        party,
        issue: id,
        asOf: '2025-01-01',
        sources: ['s1'],
        ...stanceOf(i, p),
      })
    const changed = i % 11 === 3 // 11 and 5 are coprime: the changes fall on every kind of issue
    const point = String(i + 1)
    if (i < n) termsA[id] = { value: valueOf(i, 0), point, text: `Term ${String(i)}` }
    if (i % 500 !== 8 || i >= n)
      termsB[id] = {
        value: valueOf(i, changed ? 1 : 0),
        point: i % 100 === 5 ? String(i + 2) : point,
        text: i % 100 === 6 ? `Term ${String(i)}, reworded` : `Term ${String(i)}`,
      }
  }
  const negotiation = {
    format: 'negotiation-positions/1',
    title: 'Synthetic',
    parties: { RU: { name: 'Party R', role: 'principal' }, UA: { name: 'Party U', role: 'principal' } },
    issues,
    positions,
    events: [],
    sources: { s1: { title: 'Synthetic source' } },
    proposals: {
      a: { title: 'Draft A', date: '2025-02-01', tabledBy: ['RU'], sources: ['s1'], terms: termsA },
      b: {
        title: 'Draft B',
        date: '2025-02-02',
        tabledBy: ['UA'],
        sources: ['s1'],
        terms: termsB,
        basedOn: 'a',
      },
    },
  } as unknown as Negotiation
  const proposals = negotiation.proposals as unknown as Record<'a' | 'b', Proposal>
  return { negotiation, a: proposals.a, b: proposals.b }
}
