/**
 * The whole report on the embedded 2025–26 Russia–Ukraine dataset: printed as Markdown, and written as one
 * self-contained HTML page (out/report.html), with each chart as a Vega-Lite spec (out/*.vl.json) and, where it has
 * one, as Mermaid text (out/*.mmd) for notebooks and READMEs.
 *
 * Run from a fresh clone: npx ts-node examples/06-report.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { either as E } from 'fp-ts'
import { Chart, Datasets, Report } from '../src'

const out = join(__dirname, '..', 'out')
mkdirSync(out, { recursive: true })

const built = Report.build(Datasets.ruUa2025())
if (E.isLeft(built)) {
  for (const e of built.left) console.error(e.message)
  process.exit(1)
}
const report = built.right

console.log(Report.toMarkdown(report))

const written: string[] = []
const write = (name: string, text: string): void => {
  writeFileSync(join(out, name), text)
  written.push(`out/${name}`)
}
write('report.html', Report.toHtml(report))
write('report.json', Report.toJson(report))
// Every chart in the two forms notebooks draw: a Vega-Lite v5 spec and Mermaid text.
for (const [name, chart] of Object.entries(report.charts)) {
  if (chart === null) continue
  write(`${name}.vl.json`, `${JSON.stringify(Chart.toVegaLite(chart), null, 2)}\n`)
  write(`${name}.mmd`, Chart.toMermaid(chart))
}

console.error(`\nWrote ${written.join(', ')}.`)
