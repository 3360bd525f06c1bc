/**
 * Proposal diffs exactly as a reader gets them, each held to a reviewed file in test/diff/golden/: the fixture's
 * revised plan against its first plan (and the variant whose texts try to break out of every format) as text,
 * Markdown and the JSON of the diff itself; and the embedded dataset's drafts, each against the one before it in
 * date order, as text and Markdown. The dataset has 62 drafts, and all 61 diffs would make files of about 500 KB,
 * so two date windows of it are held: spring 2025 (the Black Sea deal to the direct-talks offer) and winter 2025–26
 * (the envoy talks to the Paris declaration), 7 diffs each. A change to the wording, the layout, the order or the
 * reading of who gains fails here and shows the difference; when it is meant,
 * `npx vitest run test/diff/golden.test.ts -u` rewrites the files, and the diff of the files is what a reviewer
 * reads.
 */
import { describe, expect, it } from 'vitest'
import { ruUa2025 } from '../../src/datasets'
import * as Diff from '../../src/diff'
import { hostile, right, talks } from '../report/fixture'

describe.each([
  ['talks', talks],
  ['hostile', hostile],
] as const)('the diff of the %s fixture’s two drafts', (name, negotiation) => {
  // built inside each test, not while the tests are collected, so that mutation testing's per-test coverage
  // ties what the diff runs to the tests that check its output
  const diff = () => right(Diff.proposals(negotiation(), 'm-plan', 'm-plan-2'))
  it.each([
    ['txt', Diff.toText],
    ['md', Diff.toMarkdown],
    ['json', (d: Diff.ProposalDiff) => `${JSON.stringify(d, null, 2)}\n`],
  ] as const)('as %s', async (ext, render) => {
    await expect(render(diff())).toMatchFileSnapshot(`golden/${name}.${ext}`)
  })
})

describe.each([
  ['2025-03-25', '2025-04-25'],
  ['2025-12-02', '2026-01-06'],
] as const)('the diffs of consecutive dataset drafts dated %s to %s', (from, to) => {
  // built inside each test (see above)
  const diffs = () => {
    const negotiation = ruUa2025()
    // drafts in date order, drafts of one date by id
    const drafts = Object.entries(negotiation.proposals)
      .filter(([, p]) => p.date >= from && p.date <= to)
      .sort(([a, p], [b, q]) => (p.date === q.date ? (a < b ? -1 : 1) : p.date < q.date ? -1 : 1))
      .map(([id]) => id)
    return drafts.slice(1).map((id, k) => right(Diff.proposals(negotiation, drafts[k]!, id)))
  }
  it.each([
    ['txt', Diff.toText, `\n${'='.repeat(100)}\n\n`],
    ['md', Diff.toMarkdown, '\n---\n\n'],
  ] as const)('as %s', async (ext, render, between) => {
    const all = diffs()
    expect(all).toHaveLength(7)
    await expect(all.map(render).join(between)).toMatchFileSnapshot(`golden/ru-ua-2025_${from}_${to}.${ext}`)
  })
})
