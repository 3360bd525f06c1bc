import { describe, expect, it } from 'vitest'
import { addDays, escapeXml, fit, grouped, num, timeScale } from '../../src/chart/svg'

describe('the SVG vocabulary', () => {
  it('escapes markup, quotes and characters XML forbids', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>\u0000\u0007`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
    )
  })

  it('writes numbers with at most two decimals and never -0', () => {
    expect([num(1 / 3), num(-0.001), num(12), num(-2.456)]).toEqual(['0.33', '0', '12', '-2.46'])
  })

  it('groups thousands the same way everywhere', () => {
    expect([grouped(800000), grouped(-1234567.5), grouped(999)]).toEqual(['800,000', '-1,234,567.5', '999'])
  })

  it('shortens a label to the width it has, with an ellipsis', () => {
    expect(fit('Recognition of Russia’s sovereignty over Crimea', 60, 11)).toBe('Recognit…')
    expect(fit('Truce', 60, 11)).toBe('Truce')
  })

  it('counts days across months and years', () => {
    expect([addDays('2025-02-28', 1), addDays('2024-12-31', 1), addDays('2025-03-01', -1)]).toEqual([
      '2025-03-01',
      '2025-01-01',
      '2025-02-28',
    ])
  })

  it('puts calendar ticks at month starts: every month, quarter or year depending on the span', () => {
    expect(timeScale('2025-01-10', '2025-04-20', 0, 100).ticks.map((t) => t.label)).toEqual([
      'Feb 2025',
      'Mar 2025',
      'Apr 2025',
    ])
    expect(timeScale('2025-01-01', '2026-02-26', 0, 100).ticks.map((t) => t.label)).toEqual([
      'Jan 2025',
      'Apr 2025',
      'Jul 2025',
      'Oct 2025',
      'Jan 2026',
    ])
    expect(timeScale('2019-06-01', '2025-06-01', 0, 100).ticks.map((t) => t.label)).toEqual([
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ])
    const s = timeScale('2025-01-01', '2025-01-11', 100, 200)
    expect([s.x('2025-01-01'), s.x('2025-01-06'), s.x('2025-01-11')]).toEqual([100, 150, 200])
  })
})
