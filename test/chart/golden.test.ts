/**
 * Every chart of the fixture's report, and of the variant whose texts try to break out of every format, drawn as
 * SVG, Mermaid and a Vega-Lite spec, each held to a reviewed file in test/chart/golden/. A change to a chart's
 * geometry, colours, labels, escaping or spec fails here and shows the difference; when it is meant,
 * `npx vitest run test/chart/golden.test.ts -u` rewrites the files.
 */
import { describe, expect, it } from 'vitest'
import * as Chart from '../../src/chart'
import * as Report from '../../src/report'
import { hostile, right, talks } from '../report/fixture'

const KINDS = ['positions', 'acceptance', 'deadlocks', 'linkage'] as const

describe.each([
  ['talks', talks],
  ['hostile', hostile],
] as const)('the charts of the %s fixture', (name, negotiation) => {
  it.each(KINDS)('%s', async (kind) => {
    // built inside the test, not while the tests are collected, so that mutation testing's per-test coverage ties
    // what the build runs to the test that checks its output
    const chart = right(Report.build(negotiation())).charts[kind]
    if (chart === null) throw new Error(`the fixture's report has no ${kind} chart`)
    await expect(Chart.toSvg(chart)).toMatchFileSnapshot(`golden/${name}-${kind}.svg`)
    await expect(Chart.toMermaid(chart)).toMatchFileSnapshot(`golden/${name}-${kind}.mmd`)
    await expect(`${JSON.stringify(Chart.toVegaLite(chart), null, 2)}\n`).toMatchFileSnapshot(
      `golden/${name}-${kind}.vl.json`,
    )
  })
})
