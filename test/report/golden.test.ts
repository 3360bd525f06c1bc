/**
 * The report, exactly as a reader gets it: the fixture negotiation, and a variant whose texts try to break out of
 * every format, rendered as text, Markdown, HTML and JSON, each held to a reviewed file in test/report/golden/. A
 * change to the wording, the layout, the escaping or the order of anything a report prints fails here and shows the
 * difference; when the change is meant, `npx vitest run test/report/golden.test.ts -u` rewrites the files, and the
 * diff of the files is what a reviewer reads.
 */
import { describe, expect, it } from 'vitest'
import * as Report from '../../src/report'
import { hostile, right, talks } from './fixture'

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
  // built inside each test, not while the tests are collected, so that mutation testing's per-test coverage
  // ties what the build runs to the tests that check its output
  const report = () => right(Report.build(negotiation()))
  it.each(formats)('as %s', async (ext, render) => {
    await expect(render(report())).toMatchFileSnapshot(`golden/${name}.${ext}`)
  })
})
