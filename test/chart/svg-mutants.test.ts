import { describe, expect, it } from 'vitest'
import { emptySvg, fit, grouped, timeAxis, timeScale } from '../../src/chart/svg'

/** The labels of a time axis with their anchors. */
const anchors = (axis: string) =>
  [...axis.matchAll(/<text [^>]*text-anchor="([a-z]+)"[^>]*>([^<]*)/g)].map((m) => [m[2], m[1]])

describe('the SVG vocabulary, at its edges', () => {
  it('keeps a label that just fits, and trims the space before an ellipsis', () => {
    expect(fit('abcde', 32, 11)).toBe('abcde')
    expect(fit('ab  cdefgh', 26, 11)).toBe('ab…')
  })

  it('writes zero without a sign', () => {
    expect(grouped(0)).toBe('0')
  })

  it('writes the message of an empty chart in grey at a larger size', () => {
    expect(emptySvg('e', 'Empty', 'Nothing here')).toContain(
      '<text x="12" y="34" fill="#555555" font-size="13">Nothing here</text>',
    )
  })

  it('spreads a single day over the whole axis', () => {
    const s = timeScale('2025-03-01', '2025-03-01', 0, 100)
    expect([s.x('2025-03-01'), s.x('2025-03-02')]).toEqual([0, 100])
  })

  it('ticks months up to 200 days, quarters up to 1200 days, then years', () => {
    const labels = (from: string, to: string) => timeScale(from, to, 0, 1000).ticks.map((t) => t.label)
    expect(labels('2025-01-01', '2025-07-20').slice(0, 3)).toEqual(['Jan 2025', 'Feb 2025', 'Mar 2025'])
    expect(labels('2025-01-01', '2028-04-15').slice(0, 3)).toEqual(['Jan 2025', 'Apr 2025', 'Jul 2025'])
  })

  it('places the ticks of a year before 1000', () => {
    const s = timeScale('0999-01-01', '0999-03-15', 0, 100)
    expect(s.ticks.map((t) => t.label)).toEqual(['Jan 999', 'Feb 999', 'Mar 999'])
    expect(s.ticks.every((t) => Number.isFinite(t.x))).toBe(true)
  })

  it('stops after 500 ticks on an absurdly long range', () => {
    expect(timeScale('1000-01-01', '2999-01-01', 0, 100).ticks).toHaveLength(500)
  })

  it('anchors a tick label at the start or end only when it is within 24 pixels of the edge', () => {
    const right = timeScale('2025-01-01', '2025-02-02', 0, 768)
    expect(anchors(timeAxis(right, 0, 768, 50, 0))).toEqual([
      ['Jan 2025', 'start'],
      ['Feb 2025', 'middle'],
    ])
    const left = timeScale('2025-01-31', '2025-03-03', 0, 744)
    expect(anchors(timeAxis(left, 0, 744, 50, 0))).toEqual([
      ['Feb 2025', 'middle'],
      ['Mar 2025', 'middle'],
    ])
  })
})
