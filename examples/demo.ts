/**
 * The demo: the report on the embedded 2025–26 Russia–Ukraine dataset, printed as plain text, and written as one
 * self-contained HTML page with its charts (open it in a browser; it loads nothing from the network).
 *
 * Run: npm run demo
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { Datasets, Report } from '../src'

const report = Report.buildOrThrow(Datasets.ruUa2025())
console.log(Report.toText(report))

const dir = join(__dirname, '..', 'out')
const file = join(dir, 'report.html')
mkdirSync(dir, { recursive: true })
writeFileSync(file, Report.toHtml(report))
console.log(`The HTML report, with its charts, is in ${relative(process.cwd(), file) || file}.`)
