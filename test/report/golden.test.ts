/**
 * The report, exactly as a reader gets it: the fixture negotiation, and a variant whose texts try to break out of
 * every format, rendered as text, Markdown, HTML and JSON, each held to a reviewed file in test/report/golden/. A
 * change to the wording, the layout, the escaping or the order of anything a report prints fails here and shows the
 * difference; when the change is meant, `npx vitest run test/report/golden.test.ts -u` rewrites the files, and the
 * diff of the files is what a reviewer reads.
 */
import { describe, expect, it } from 'vitest'
import * as Report from '../../src/report'
import { right, talks, variant } from './fixture'

const hostile = () =>
  variant((d) => ({
    ...d,
    title: 'Talks <script>alert(1)</script> | *bold* `code` [link](x)\r\n# not a heading',
    parties: {
      ...(d.parties as object),
      N: { name: 'North | "land" <b>', role: 'principal' },
      S: { name: '1. South_land ~ \\ #2', role: 'principal' },
    },
    sources: {
      ...(d.sources as object),
      s1: { title: 'A <i>statement</i> & more', url: 'javascript:alert(1)' },
      s2: { title: '- Southland statement\n\nsecond line', url: 'https://example.org/a?b=1&c=2' },
    },
  }))

const formats = [
  ['txt', Report.toText],
  ['md', Report.toMarkdown],
  ['html', Report.toHtml],
  ['json', Report.toJson],
] as const

describe.each([
  ['talks', talks],
  ['hostile', hostile],
] as const)('the report of the %s fixture', (name, negotiation) => {
  const report = right(Report.build(negotiation()))
  it.each(formats)('as %s', async (ext, render) => {
    await expect(render(report)).toMatchFileSnapshot(`golden/${name}.${ext}`)
  })
})
