/**
 * The acceptance ledger's charts exactly as a reader gets them, each held to a reviewed file in test/ledger/golden/:
 * the Mermaid timeline of agreements and breaches and the Vega-Lite acceptance matrix, for the fixture negotiation
 * and for the embedded dataset, without options and with a title, a width, some parties or proposals and a date
 * window. The dataset's whole matrix is about 390 KB, so it is held only through two narrower views: the two
 * principals in March and April 2025, and the three spring 2025 truce drafts. A change to a chart's wording, order,
 * dates, colours or spec fails here and shows the difference; when it is meant,
 * `npx vitest run test/ledger/golden.test.ts -u` rewrites the files.
 */
import { describe, expect, it } from 'vitest'
import { ruUa2025 } from '../../src/datasets'
import * as Ledger from '../../src/ledger'
import type { IsoDate, PartyId, ProposalId } from '../../src/model'
import { right, talks } from '../report/fixture'

const json = (spec: Ledger.VegaLiteSpec): string => `${JSON.stringify(spec, null, 2)}\n`

describe('the charts of the fixture’s ledger', () => {
  // built inside each test, not while the tests are collected, so that mutation testing's per-test coverage
  // ties what the build runs to the tests that check its output
  const ledger = () => right(Ledger.fromNegotiation(talks()))
  it.each([
    ['talks.mmd', () => Ledger.mermaid(ledger())],
    ['talks-title.mmd', () => Ledger.mermaid(ledger(), { title: 'Harbour talks: the truce; #1' })],
    ['talks.vl.json', () => json(Ledger.vegaLite(ledger()))],
    [
      'talks-window.vl.json',
      () =>
        json(
          Ledger.vegaLite(ledger(), {
            parties: ['S', 'N'] as PartyId[],
            from: '2025-02-04' as IsoDate,
            to: '2025-06-01' as IsoDate,
            title: 'Harbour talks, February to May 2025',
            width: 480,
          }),
        ),
    ],
  ] as const)('%s', async (file, render) => {
    await expect(render()).toMatchFileSnapshot(`golden/${file}`)
  })
})

describe('the charts of the embedded dataset’s ledger', () => {
  const ledger = () => right(Ledger.fromNegotiation(ruUa2025()))
  it.each([
    ['ru-ua-2025.mmd', () => Ledger.mermaid(ledger())],
    [
      'ru-ua-2025-title.mmd',
      () => Ledger.mermaid(ledger(), { title: 'Russia–Ukraine 2025–26: who agreed; who broke #what' }),
    ],
    [
      'ru-ua-2025-principals-2025-03-01-2025-04-30.vl.json',
      () =>
        json(
          Ledger.vegaLite(ledger(), {
            parties: ['UA', 'RU'] as PartyId[],
            from: '2025-03-01' as IsoDate,
            to: '2025-04-30' as IsoDate,
          }),
        ),
    ],
    [
      'ru-ua-2025-truces.vl.json',
      () =>
        json(
          Ledger.vegaLite(ledger(), {
            proposals: [
              'us-jeddah-2025-03-11',
              'energy-moratorium-2025-03-18',
              'black-sea-2025-03-25',
            ] as ProposalId[],
            title: 'The spring 2025 truces',
            width: 800,
          }),
        ),
    ],
  ] as const)('%s', async (file, render) => {
    await expect(render()).toMatchFileSnapshot(`golden/${file}`)
  })
})
