/**
 * What a notebook shows for each kind of value: the one-line text of each chart, the problems of a `Left` (counted,
 * with their paths), a Vega-Lite spec, a negotiation's summary with its Markdown escaped, an explanation, an SVG
 * string; and, as important, what is NOT taken for something else: values that only look like an `Either`, a
 * negotiation, a spec or a list of findings are shown as plain JSON, and `null`, `undefined` or a bigint never throw.
 */
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import * as Chart from '../../src/chart'
import * as Deadlock from '../../src/deadlock'
import { deepFreeze } from '../../src/internal/freeze'
import * as Ledger from '../../src/ledger'
import * as Notebook from '../../src/notebook'
import { right, talks, variant } from '../report/fixture'

/** The bundle as Deno's kernel receives it (from the display method the bundle carries). */
const fields = (x: unknown): Notebook.MimeBundle =>
  Notebook.display(deepFreeze(x))[Notebook.JUPYTER_DISPLAY]()

const json = (x: unknown): string => JSON.stringify(x, null, 2)

describe('charts as one line of text', () => {
  it('counts one as one', () => {
    const n = talks()
    const [issue] = Object.keys(n.issues)
    const [party] = Object.keys(n.parties)
    expect(
      Notebook.display(right(Chart.positions(n, { issues: [issue!], parties: [party!] })))['text/plain'],
    ).toMatch(/^Positions over time: 1 issue, 1 party, /)
    const one = {
      ...n,
      parties: { [party!]: n.parties[party as never] },
      events: [n.events[0]],
      positions: [n.positions[0]],
    }
    expect(Notebook.display(one)['text/plain']).toMatch(
      /: 1 party, \d+ issues, 1 position, \d+ drafts, 1 event$/,
    )
  })

  it('names the chart, counts what it draws and gives its dates', () => {
    expect(Notebook.display(right(Chart.positions(talks())))['text/plain']).toBe(
      'Positions over time: 3 issues, 2 parties, 2025-01-10 to 2025-06-30',
    )
    const ledger = right(Ledger.fromNegotiation(talks()))
    expect(Notebook.display(right(Chart.acceptance(ledger)))['text/plain']).toBe(
      'Acceptance over time: 6 lanes, 2025-02-01 to 2025-06-11',
    )
    expect(Notebook.display(Chart.deadlocks(right(Deadlock.timeline(talks()))))['text/plain']).toBe(
      'Deadlocks over time: 3 findings, 2025-01-10 to 2025-06-30',
    )
  })
})

describe('problems', () => {
  it('counts them, and prefixes each with its path when it has one', () => {
    const shown = fields(
      E.left([
        { path: 'issues.truce', message: 'has no domain' },
        { path: '', message: 'the title is empty' },
        { message: 'no parties' },
        { path: 3, message: 'a path that is not text' },
      ]),
    )
    expect(shown).toEqual({
      'text/plain':
        '4 problems\n✖ issues.truce: has no domain\n✖ the title is empty\n✖ no parties\n✖ a path that is not text',
      'text/markdown':
        '**4 problems**\n\n- issues.truce: has no domain\n- the title is empty\n- no parties\n- a path that is not text\n',
    })
  })

  it('shows a single problem that is not in a list, and problems without a message as they are', () => {
    expect(fields(E.left({ path: 'parties', message: 'is empty' }))).toEqual({
      'text/plain': '1 problem\n✖ parties: is empty',
      'text/markdown': '**1 problem**\n\n- parties: is empty\n',
    })
    expect(Notebook.display(E.left(['out of range', null, { code: 'x' }]))['text/plain']).toBe(
      `3 problems\n✖ out of range\n✖ null\n✖ ${json({ code: 'x' })}`,
    )
  })
})

describe('values that look like something else', () => {
  it('an object with `left` or `right` but no matching `_tag` is not an Either', () => {
    for (const x of [{ left: 1 }, { _tag: 'Right', left: 1 }, { right: 'x' }, { _tag: 'Left', right: 'x' }])
      expect(fields(x)).toEqual({ 'text/plain': json(x) })
    expect(fields(E.right('the value'))).toEqual({ 'text/plain': 'the value' })
  })

  it('a Vega-Lite v5 spec is shown as a chart, titled or not; a v4 spec is not', () => {
    const spec = { $schema: 'https://vega.github.io/schema/vega-lite/v5.json', title: 'Troops', mark: 'bar' }
    expect(fields(spec)).toEqual({
      'text/plain': 'Vega-Lite chart: Troops',
      'application/vnd.vegalite.v5+json': spec,
    })
    const untitled = { $schema: 'https://vega.github.io/schema/vega-lite/v5.17.0.json', mark: 'bar' }
    expect(fields(untitled)).toEqual({
      'text/plain': 'Vega-Lite chart',
      'application/vnd.vegalite.v5+json': untitled,
    })
    const old = { $schema: 'https://vega.github.io/schema/vega-lite/v4.json', title: 'Troops', mark: 'bar' }
    expect(fields(old)).toEqual({ 'text/plain': json(old) })
  })

  it('an object with issues but another format is not a negotiation', () => {
    const x = { format: 'negotiation-positions/2', title: 'Later', issues: {} }
    expect(fields(x)).toEqual({ 'text/plain': json(x) })
  })

  it('a list is findings only when it is not empty and every item is a finding', () => {
    const findings = right(Deadlock.detect(talks()))
    expect(fields([])).toEqual({ 'text/plain': '[]' })
    const mixed = [findings[0], 'a note']
    expect(fields(mixed)).toEqual({ 'text/plain': json(mixed) })
    const noExplanation = [{ kind: findings[0]?.kind }]
    expect(fields(noExplanation)).toEqual({ 'text/plain': json(noExplanation) })
    expect(fields([null])).toEqual({ 'text/plain': '[\n  null\n]' })
  })
})

describe('everything else', () => {
  it('null, undefined and numbers as their text', () => {
    expect(fields(null)).toEqual({ 'text/plain': 'null' })
    expect(fields(undefined)).toEqual({ 'text/plain': 'undefined' })
    expect(fields(42)).toEqual({ 'text/plain': '42' })
  })

  it('big integers as their digits', () => {
    expect(fields({ troops: 12n })).toEqual({ 'text/plain': '{\n  "troops": "12"\n}' })
  })

  it('an explanation as text and as Markdown', () => {
    expect(fields({ explanation: 'No zone: the red lines do not overlap.' })).toEqual({
      'text/plain': 'No zone: the red lines do not overlap.',
      'text/markdown': 'No zone: the red lines do not overlap.\n',
    })
  })

  it('an SVG string as an image, even after leading white space', () => {
    const svg = '\n  <svg xmlns="http://www.w3.org/2000/svg"></svg>'
    expect(fields(svg)).toEqual({ 'text/plain': 'SVG image', 'image/svg+xml': svg })
  })

  it('a negotiation as a summary line, its Markdown characters escaped', () => {
    const n = variant((d) => ({ ...d, title: 'Talks *now* [v2] <draft> a|b _x_ `c` \\' }))
    const summary =
      'Talks *now* [v2] <draft> a|b _x_ `c` \\: 3 parties, 3 issues, 8 positions, 2 drafts, 4 events'
    expect(fields(n)).toEqual({
      'text/plain': summary,
      'text/markdown':
        '**Talks \\*now\\* \\[v2\\] \\<draft\\> a\\|b \\_x\\_ \\`c\\` \\\\: 3 parties, 3 issues, 8 positions, 2 drafts, 4 events**\n',
    })
  })
})
