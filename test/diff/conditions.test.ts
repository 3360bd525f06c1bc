import { describe, expect, it } from 'vitest'
import { describeCondition, type Names } from '../../src/diff/conditions'
import type { Condition, Issue, IssueId } from '../../src/model'
import { deepFreeze } from '../../src/internal/freeze'
import { negotiation } from './fixture'

const guarantors = negotiation.issues['guarantees.guarantors' as IssueId] as Issue
const names: Names = {
  issue: (id) => (id === 'guarantees.guarantors' ? guarantors : undefined),
  party: (id) => id,
}

const on = (any: ReadonlyArray<Record<string, unknown>>): string =>
  describeCondition(
    deepFreeze({
      kind: 'value',
      issue: 'guarantees.guarantors',
      in: { kind: 'subsets', any },
    }) as unknown as Condition,
    names,
  )

describe('describeCondition: a condition on a set of subsets', () => {
  it('reads the sets in braces, like every other kind of set, with the options by label in the domain’s order', () => {
    expect(on([{ include: ['european-states', 'us'] }])).toBe(
      'Guarantors in {sets with United States, European states}',
    )
    expect(on([{ exclude: ['russia'] }, { include: ['us'], exclude: ['russia'] }])).toBe(
      'Guarantors in {sets with United States without Russia or sets without Russia}',
    )
  })

  it('says the size first: at least, at most, or both as a range', () => {
    expect(on([{ minSize: 2, include: ['us'] }])).toBe(
      'Guarantors in {sets of at least 2 with United States}',
    )
    expect(on([{ maxSize: 1 }])).toBe('Guarantors in {sets of at most 1}')
    expect(on([{ minSize: 1, maxSize: 2 }])).toBe('Guarantors in {sets of 1 to 2}')
  })

  it('reads a constraint with no limit as any set', () => {
    expect(on([{}])).toBe('Guarantors in {any set}')
  })
})
