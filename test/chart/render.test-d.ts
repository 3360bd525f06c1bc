/**
 * Type tests: every chart has all three forms, so the renderers take any chart and nothing else.
 */
import { describe, expectTypeOf, it } from 'vitest'
import * as Chart from '../../src/chart'

declare const any: Chart.Chart
declare const graph: Chart.LinkageGraph
declare const positions: Chart.PositionsChart

describe('Chart renderers', () => {
  it('take any chart: Mermaid, Vega-Lite and SVG alike', () => {
    expectTypeOf(Chart.toMermaid).parameter(0).toEqualTypeOf<Chart.Chart>()
    expectTypeOf(Chart.toVegaLite).parameter(0).toEqualTypeOf<Chart.Chart>()
    expectTypeOf(Chart.toMermaid(positions)).toEqualTypeOf<string>()
    expectTypeOf(Chart.toVegaLite(graph)).toEqualTypeOf<Chart.VegaLiteSpec>()
    expectTypeOf(Chart.toVegaLite(any)).toEqualTypeOf<Chart.VegaLiteSpec>()
    expectTypeOf(Chart.toSvg(any)).toEqualTypeOf<string>()
  })

  it('refuse what is not a chart', () => {
    // @ts-expect-error a ledger is not a chart: build its acceptance chart first
    Chart.toMermaid({ _tag: 'Ledger' })
    // @ts-expect-error a Vega-Lite spec is already rendered
    Chart.toVegaLite({ $schema: 'https://vega.github.io/schema/vega-lite/v5.json' })
  })

  it('keep the bends of a long arrow optional and readonly', () => {
    expectTypeOf<Chart.LinkEdge['bends']>().toEqualTypeOf<readonly Chart.LinkBend[] | undefined>()
    expectTypeOf<Chart.LinkBend>().toEqualTypeOf<{ readonly layer: number; readonly order: number }>()
  })
})
