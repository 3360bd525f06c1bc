/**
 * What the commands print for the options they are given: the report date of a section, the Markdown of a diff, and
 * the window of the acceptance chart when a date is given.
 */
import { describe, expect, it } from 'vitest'
import { diff, ledger, section } from '../../src/cli/commands'
import * as Diff from '../../src/diff'
import type { IsoDate } from '../../src/model/date'
import { right, talks } from '../report/fixture'
import { fake } from './fake-io'

describe('a section of the report', () => {
  it('is dated as asked', () => {
    const f = fake()
    expect(section(f.io, talks(), 'zone', { asOf: '2025-02-01' as IsoDate, format: 'json' })).toBe(0)
    expect((JSON.parse(f.stdout()) as { asOf: string }).asOf).toBe('2025-02-01')
  })
})

describe('diff', () => {
  it('prints the comparison of two drafts as Markdown when asked', () => {
    const f = fake()
    expect(diff(f.io, talks(), ['m-plan', 'm-plan-2'], { format: 'md' })).toBe(0)
    expect(f.stdout()).toBe(Diff.toMarkdown(right(Diff.proposals(talks(), 'm-plan', 'm-plan-2'))))
    expect(f.stderr()).toBe('')
  })
})

describe('ledger as a Vega-Lite chart', () => {
  const ends = (asOf: IsoDate | undefined): readonly string[] => {
    const f = fake()
    expect(ledger(f.io, talks(), { ...(asOf === undefined ? {} : { asOf }), format: 'vl' })).toBe(0)
    const spec = JSON.parse(f.stdout()) as { data: { values: { end: string }[] } }
    return spec.data.values.map((v) => v.end)
  }

  it('ends the day after the date asked for', () => {
    const cut = ends('2025-03-01' as IsoDate)
    expect(cut.length).toBeGreaterThan(0)
    expect(cut.every((e) => e <= '2025-03-02')).toBe(true)
    expect(cut).toContain('2025-03-02')
    expect(ends(undefined).some((e) => e > '2025-03-02')).toBe(true)
  })
})
