/**
 * Which revision the drafts section compares when the latest one only restates the draft it revises: it is skipped
 * for the latest revision that changes something; when none does, the latest revision is compared and the report
 * does not claim that it changes something. (A revision's link to the draft it revises is in every such diff, and
 * is not a change of what the drafts say.)
 */
import { describe, expect, it } from 'vitest'
import * as Report from '../../src/report'
import { right } from './fixture'
import { draft, withDrafts } from './sections-fixture'

const base = draft('Base', '2025-02-01', { truce: true, harbour: 'north', troops: 3000 })
const changes = draft('Changes the troops', '2025-03-01', { troops: 2000 }, { basedOn: 'base' })
const restates = draft('Restates the harbour', '2025-04-01', { harbour: 'north' }, { basedOn: 'base' })

describe('the drafts compared by default', () => {
  it('skip a later revision that only restates the draft it revises', () => {
    const d = right(Report.build(withDrafts({ base, changes, restates }), { timeline: false })).drafts
    expect(d.compared).toMatchObject({
      from: 'base',
      to: 'changes',
      carryOver: true,
      reason:
        'the latest draft that revises an earlier one and changes something, against the draft it revises; it states fewer terms, so it is read as amending the earlier draft (terms it does not restate carry over)',
    })
  })

  it('are the latest revision when no revision changes anything, without saying it changes something', () => {
    const d = right(Report.build(withDrafts({ base, restates }), { timeline: false })).drafts
    expect(d.compared).toMatchObject({
      from: 'base',
      to: 'restates',
      carryOver: true,
      reason:
        'the latest draft that revises an earlier one, against the draft it revises; it states fewer terms, so it is read as amending the earlier draft (terms it does not restate carry over)',
    })
    expect(d.compared?.diff.terms.filter((t) => t.status !== 'unchanged')).toEqual([])
  })
})
