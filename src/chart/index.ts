/**
 * Charts people would rather look at: how each party's stance on each ordered issue moved over time, the
 * acceptance matrix over time, the deadlock timeline and the linkage and sequencing graph. Each is built as plain
 * data (`positions`, `acceptance`, `deadlocks`, `linkage`), then rendered as an inline SVG string (`toSvg`, our own
 * small deterministic drawing code, no chart library), a Vega-Lite v5 spec with its data inline (`toVegaLite`) or
 * Mermaid text (`toMermaid`) for notebooks and Markdown.
 *
 * @packageDocumentation
 * @since 0.1.0
 */
export type {
  AcceptanceChart,
  AcceptanceLane,
  Chart,
  DeadlockBar,
  DeadlockChart,
  Level,
  LinkBend,
  LinkEdge,
  LinkNode,
  LinkageGraph,
  PartyKey,
  PositionPanel,
  PositionSeries,
  PositionStep,
  PositionsChart,
  StatusSpan,
  VegaLiteSpec,
} from './model'
export type { ChartError } from './errors'
export { positions } from './positions'
export type { PositionsOptions } from './positions'
export { acceptance } from './acceptance'
export type { AcceptanceOptions } from './acceptance'
export { deadlocks } from './deadlocks'
export type { DeadlockChartOptions } from './deadlocks'
export { linkage } from './linkage'
export type { LinkageOptions } from './linkage'
export { isChart, toMermaid, toSvg, toVegaLite } from './render'
export type { SvgOptions } from './render'
