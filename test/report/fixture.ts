/**
 * Shared test data for the report, chart and notebook tests: the small made-up negotiation of the CLI fixtures
 * (test/cli/fixtures/talks.yaml), loaded through the public loader, and a way to build variants of it.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { either as E } from 'fp-ts'
import { deepFreeze } from '../../src/internal/freeze'
import * as Load from '../../src/model/load'
import type { Negotiation } from '../../src/model/negotiation'

export const TALKS_PATH = join(__dirname, '..', 'cli', 'fixtures', 'talks.yaml')

/** The fixture negotiation (deeply frozen, as the loader returns it). */
export const talks = (): Negotiation => {
  const r = Load.parse(readFileSync(TALKS_PATH, 'utf8'), 'yaml')
  if (E.isLeft(r)) throw new Error(Load.format(r.left))
  return r.right
}

/** A variant of the fixture, checked by the loader and deeply frozen. */
export const variant = (change: (doc: Record<string, unknown>) => Record<string, unknown>): Negotiation => {
  const doc = change(JSON.parse(JSON.stringify(talks())) as Record<string, unknown>)
  const r = Load.decode(doc)
  if (E.isLeft(r)) throw new Error(Load.format(r.left))
  return deepFreeze(r.right)
}

/** The fixture with texts that try to break out of every format: markup, table pipes, line breaks, list markers. */
export const hostile = (): Negotiation =>
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

/** A document with nothing in it but its title. */
export const emptyDoc = (): Negotiation =>
  deepFreeze({
    format: 'negotiation-positions/1',
    title: 'Nothing yet',
    parties: {},
    issues: {},
    positions: [],
    proposals: {},
    events: [],
    sources: {},
  }) as unknown as Negotiation

export const right = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error(`expected Right, got Left: ${JSON.stringify(e.left)}`)
  return e.right
}
