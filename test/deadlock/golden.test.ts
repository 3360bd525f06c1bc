/**
 * Deadlock findings exactly as a reader gets them, each held to a reviewed file in test/deadlock/golden/: the
 * findings as of the document's date as text and Markdown, and the deadlock timeline as text, for the fixture
 * negotiation, the variant whose texts try to break out of every format, and the embedded dataset; and, for the two
 * fixtures, the JSON of the findings themselves. A change to a finding's wording, evidence, order, dates or way out
 * fails here and shows the difference; when it is meant, `npx vitest run test/deadlock/golden.test.ts -u` rewrites
 * the files.
 */
import { describe, expect, it } from 'vitest'
import { ruUa2025 } from '../../src/datasets'
import * as Deadlock from '../../src/deadlock'
import { hostile, right, talks } from '../report/fixture'

describe.each([
  ['talks', talks],
  ['hostile', hostile],
  ['ru-ua-2025', ruUa2025],
] as const)('the deadlocks of %s', (name, negotiation) => {
  // built inside each test, not while the tests are collected, so that mutation testing's per-test coverage
  // ties what the build runs to the tests that check its output
  const findings = () => right(Deadlock.detect(negotiation()))
  const timeline = () => right(Deadlock.timeline(negotiation()))
  const renderings: ReadonlyArray<readonly [string, () => string]> = [
    ['txt', () => Deadlock.toText(findings())],
    ['md', () => Deadlock.toMarkdown(findings())],
    ['timeline.txt', () => Deadlock.timelineToText(timeline())],
    // the findings themselves for the fixtures only: the dataset's are about 100 KB
    ...(name === 'ru-ua-2025' ? [] : [['json', () => `${JSON.stringify(findings(), null, 2)}\n`] as const]),
  ]
  it.each(renderings)('as %s', async (ext, render) => {
    await expect(render()).toMatchFileSnapshot(`golden/${name}.${ext}`)
  })
})
