/**
 * Deadlock detection given a negotiation built in code that the loader would refuse: each ill-formed part comes
 * back as an error naming where it is and what to write, never as a crash or a silent result, and the input is left
 * as it was.
 */
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call --
   each test changes the negotiation as plain data, to make it ill-formed */
import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import { Deadlock, type Negotiation } from '../../src'
import type { DeadlockOptions } from '../../src/deadlock/model'
import { base, withChange } from '../hand-built'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Change = (n: any) => void

/** What detect and timeline say about the negotiation with one change, checking the input is unchanged. */
const refusals = (
  change: Change,
  options: DeadlockOptions = {},
): { detect: string[]; timeline: string[] } => {
  const negotiation: Negotiation = withChange(change)
  const before = JSON.stringify(negotiation)
  const said = (r: E.Either<readonly { _tag: string; message: string }[], unknown>): string[] =>
    E.isLeft(r) ? r.left.map((e) => `${e._tag}: ${e.message}`) : ['(accepted)']
  const out = {
    detect: said(Deadlock.detect(negotiation, options)),
    timeline: said(Deadlock.timeline(negotiation, options)),
  }
  expect(JSON.stringify(negotiation)).toBe(before)
  return out
}

/** Both detect and timeline refuse the change with exactly these errors. */
const expectRefused = (change: Change, expected: string[], options?: DeadlockOptions): void => {
  expect(refusals(change, options)).toEqual({ detect: expected, timeline: expected })
}

describe('Deadlock given a hand-built negotiation', () => {
  it('accepts the well-formed one', () => {
    const n = withChange(() => undefined)
    expect(E.isRight(Deadlock.detect(n))).toBe(true)
    expect(E.isRight(Deadlock.timeline(n))).toBe(true)
  })

  describe('refuses a date that is not written YYYY-MM-DD, naming where it is', () => {
    it("in a position's asOf", () => {
      expectRefused(
        (n) => {
          n.positions[0].asOf = 'yesterday'
        },
        [
          'bad-document: position `p1` (positions[0].asOf): `asOf` is `yesterday`, not a date; write it YYYY-MM-DD',
        ],
      )
    })
    it("in a proposal's date", () => {
      expectRefused(
        (n) => {
          n.proposals.d1.date = 'soon'
        },
        [
          'bad-document: proposal `d1` (proposals.d1.date): `date` is `soon`, not a date; write it YYYY-MM-DD',
        ],
      )
    })
    it("in an event's date", () => {
      expectRefused(
        (n) => {
          n.events[0].date = 'never'
        },
        ['bad-document: event `e1` (events[0].date): `date` is `never`, not a date; write it YYYY-MM-DD'],
      )
    })
    it("in an agreement's expiry", () => {
      expectRefused(
        (n) => {
          n.events.push({
            id: 'e4',
            kind: 'agreement',
            date: '2025-03-01',
            sources: ['s1'],
            parties: ['A', 'B'],
            proposal: 'd1',
            expires: 'x',
          })
        },
        ['bad-document: event `e4` (events[3].expires): `expires` is `x`, not a date; write it YYYY-MM-DD'],
      )
    })
    it("in the negotiation's asOf, which must be a real calendar date", () => {
      expectRefused(
        (n) => {
          n.asOf = '2025-02-30'
        },
        ["bad-document: the negotiation's `asOf` is `2025-02-30`, not a date; write it YYYY-MM-DD"],
      )
    })
    it('in the asOf option', () => {
      expectRefused(() => undefined, ['bad-option: `asOf` is `garbage`, not a date; write it YYYY-MM-DD'], {
        asOf: 'garbage' as never,
      })
    })
  })

  describe("refuses a value set that does not fit its issue, in the algebra's words", () => {
    it('a flags set without its values', () => {
      expectRefused(
        (n) => {
          n.positions[0].acceptable = { kind: 'flags' }
        },
        [
          'bad-document: position `p1` (positions[0]): `acceptable`: a flags set needs `values`, a list of true/false; got {"kind":"flags"}',
        ],
      )
    })
    it('an options set without its options', () => {
      expectRefused(
        (n) => {
          n.positions[2].acceptable = { kind: 'options' }
        },
        [
          'bad-document: position `p3` (positions[2]): `acceptable`: an options set needs `options`, a list of option ids; got {"kind":"options"}',
        ],
      )
    })
    it('red lines naming an option the issue does not have', () => {
      expectRefused(
        (n) => {
          n.positions[2].redLines = { kind: 'options', options: ['far'] }
        },
        [
          'bad-document: position `p3` (positions[2]): `redLines`: the value set names option `far`, which the choice does not have; options are: old, contact, new',
        ],
      )
    })
    it('a value condition without the set its issue must take, or with a `when` without one', () => {
      expectRefused(
        (n) => {
          n.positions[8].conditions = [
            { kind: 'value', issue: 'truce' },
            { kind: 'value', issue: 'truce', in: { kind: 'flags', values: [true] }, when: { issue: 'army' } },
          ]
        },
        [
          "bad-document: position `p9` (positions[8].conditions[0].in): the value condition has no `in`; give the values it requires, e.g. `{ kind: 'flags', values: [true] }`",
          "bad-document: position `p9` (positions[8].conditions[1].when.in): the value condition has no `when.in`; give the values it requires, e.g. `{ kind: 'flags', values: [true] }`",
        ],
      )
    })
  })

  describe('refuses conditions that are not a list of conditions', () => {
    it('an object in place of the list', () => {
      expectRefused(
        (n) => {
          n.positions[8].conditions = { kind: 'sequence', first: 'truce', then: 'border' }
        },
        [
          'bad-document: position `p9` (positions[8].conditions): `conditions` is an object, not a list; write the conditions as a list, or leave `conditions` out',
        ],
      )
    })
    it('a null in the list', () => {
      expectRefused(
        (n) => {
          n.positions[8].conditions = [null]
        },
        [
          'bad-document: position `p9` (positions[8].conditions[0]): the condition is `null`, not a condition; write the condition or leave it out',
        ],
      )
    })
  })

  describe('refuses a collection left out, or an entry that is not an object', () => {
    it.each([
      [
        'positions',
        'bad-document: the negotiation has no `positions`; write `positions: []` when it has none (the loader fills this in; a negotiation built in code must give it)',
      ],
      [
        'events',
        'bad-document: the negotiation has no `events`; write `events: []` when it has none (the loader fills this in; a negotiation built in code must give it)',
      ],
      [
        'proposals',
        'bad-document: the negotiation has no `proposals`; write `proposals: {}` when it has none (the loader fills this in; a negotiation built in code must give it)',
      ],
    ])('no %s', (field, message) => {
      expectRefused(
        (n) => {
          delete n[field]
        },
        [message],
      )
    })
    it('a null event', () => {
      expectRefused(
        (n) => {
          n.events.push(null)
        },
        ['bad-document: the event (events[3]): it is `null`, not an event; write the event or leave it out'],
      )
    })
    it('a null position', () => {
      expectRefused(
        (n) => {
          n.positions.push(null)
        },
        [
          'bad-document: the position (positions[9]): it is `null`, not a position; write the position or leave it out',
        ],
      )
    })
    it('a null proposal', () => {
      expectRefused(
        (n) => {
          n.proposals.d3 = null
        },
        [
          'bad-document: proposal `d3` (proposals.d3): it is `null`, not a draft; write the draft or leave it out',
        ],
      )
    })
  })

  it('reports the bad options first, then what is wrong with the document: its shape before its value sets', () => {
    expectRefused(
      (n) => {
        n.positions[0].asOf = 'yesterday'
        n.positions[1].sources = undefined
        n.positions[0].acceptable = { kind: 'flags' }
      },
      [
        'bad-option: `window` must be a positive number of days, got -1',
        'bad-document: position `p1` (positions[0].asOf): `asOf` is `yesterday`, not a date; write it YYYY-MM-DD',
        'bad-document: position `p2` (positions[1].sources): `sources` is `undefined`, not a list of ids; list its sources (`[]` when there are none)',
      ],
      { window: -1 },
    )
    expectRefused(
      (n) => {
        delete n.events
        n.positions[0].asOf = 'yesterday'
      },
      [
        'bad-document: the negotiation has no `events`; write `events: []` when it has none (the loader fills this in; a negotiation built in code must give it)',
        'bad-document: position `p1` (positions[0].asOf): `asOf` is `yesterday`, not a date; write it YYYY-MM-DD',
      ],
    )
  })

  it('leaves a base negotiation untouched when it refuses it', () => {
    const n = base() as { positions: { asOf: string }[] }
    n.positions[0]!.asOf = 'yesterday'
    const before = JSON.stringify(n)
    expect(E.isLeft(Deadlock.timeline(n as unknown as Negotiation))).toBe(true)
    expect(JSON.stringify(n)).toBe(before)
  })
})
