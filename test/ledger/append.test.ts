import { function as F, option as O } from 'fp-ts'
import { applyPatches, enablePatches } from 'immer'
import { describe, expect, it } from 'vitest'
import type { EventId } from '../../src'
import { Ledger } from '../../src'
import {
  left,
  ledgerOf,
  meeting,
  negotiation,
  party,
  prop,
  response,
  right,
  statusOf,
  timeline,
  violation,
} from './fixture'

const start = () =>
  ledgerOf([
    response('r1', '2025-03-18', 'RU', 'energy', 'accepted'),
    response('r2', '2025-03-24', 'UA', 'sea', 'rejected'),
  ])

describe('append', () => {
  it('adds an event wherever its date falls, data-first and data-last', () => {
    const l = start()
    const late = violation('v1', '2025-03-20', 'UA', 'RU', 'energy')
    const a = right(Ledger.append(l, late))
    const b = right(F.pipe(l, Ledger.append(late)))
    expect(b).toStrictEqual(a)
    expect(statusOf(a.ledger, 'RU', 'energy', 'energy', '2025-03-20').status).toBe('violated')
    // an event dated before the last one already in that timeline
    const early = right(Ledger.append(a.ledger, response('r0', '2025-03-18', 'UA', 'energy', 'accepted')))
    expect(early.ledger).toStrictEqual(
      ledgerOf([
        response('r1', '2025-03-18', 'RU', 'energy', 'accepted'),
        response('r2', '2025-03-24', 'UA', 'sea', 'rejected'),
        late,
        response('r0', '2025-03-18', 'UA', 'energy', 'accepted'),
      ]),
    )
  })

  it('leaves the old ledger as it was and shares every untouched part with the new one', () => {
    const l = start()
    const before = structuredClone(l)
    const { ledger: next } = right(Ledger.append(l, violation('v1', '2025-03-20', 'UA', 'RU', 'energy')))
    expect(l).toStrictEqual(before)
    expect(statusOf(l, 'RU', 'energy', 'energy', '2025-03-20').status).toBe('accepted')
    expect(next.timelines[party('UA')]).toBe(l.timelines[party('UA')])
    expect(next.timelines[party('RU')]?.[prop('sea')]).toBe(l.timelines[party('RU')]?.[prop('sea')])
    expect(next.parties).toBe(l.parties)
    expect(Object.isFrozen(timeline(next, 'RU', 'energy', 'energy')?.codes)).toBe(true)
    expect(Object.isFrozen(timeline(next, 'RU', 'energy', 'energy')?.events)).toBe(true)
  })

  it('returns patches that turn the old ledger into the new one, and inverse patches that undo it', () => {
    enablePatches()
    const l = start()
    const r = right(Ledger.append(l, violation('v1', '2025-03-20', 'UA', 'RU', 'energy')))
    expect(applyPatches(l, r.patches as never)).toStrictEqual(r.ledger)
    expect(right(Ledger.applyPatches(r.ledger, r.inversePatches))).toStrictEqual(l)
    expect(right(F.pipe(l, Ledger.applyPatches(r.patches)))).toStrictEqual(r.ledger)
    const paths = r.patches.map((p) => p.path.join('/')).sort()
    expect(paths.filter((p) => p.startsWith('timelines'))).toEqual([
      'timelines/RU/energy/energy/codes/1',
      'timelines/RU/energy/energy/events/1',
    ])
    expect(paths.some((p) => /^events\/\d+(\/v1)?$/.test(p))).toBe(true)
  })

  it('refuses patches that are not immer patches, or do not apply, as bad-patch, leaving the ledger as it was', () => {
    const l = start()
    const before = structuredClone(l)
    const r = right(Ledger.append(l, violation('v1', '2025-03-20', 'UA', 'RU', 'energy')))
    const refusal = (patches: unknown) => {
      const errors = left(Ledger.applyPatches(l, patches as never))
      expect(errors.map((e) => [e._tag, e.field, e.fix])).toEqual([
        [
          'bad-patch',
          'patches',
          'Give the `patches` of an append to the ledger it was made on, or its `inversePatches` to the ledger it made.',
        ],
      ])
      return errors[0]?.message
    }
    expect(refusal(null)).toBe('the patches are null, not a list of immer patches.')
    // the JSON Patch form is for other tools: its paths are text
    expect(refusal(Ledger.toJsonPatch(r.patches))).toMatch(
      /^patch 0 has the path "\/[^"]*", not a list of keys \(a JSON Patch path such as \/events\/0 is written \['events', 0\]\)\.$/,
    )
    expect(refusal([{ op: 'move', path: ['events'] }])).toBe(
      'patch 0 is {"op":"move","path":["events"]}: its op is not add, replace or remove.',
    )
    expect(refusal([r.patches[0], 7])).toBe('patch 1 is 7: its op is not add, replace or remove.')
    expect(refusal([{ op: 'add', path: ['events', {}] }])).toMatch(/^patch 0 has the path \[/)
    expect(refusal([{ op: 'remove', path: ['timelines', 'XX', 'energy', 'energy'] }])).toMatch(
      /^the patches do not apply to this ledger \(.+\)\.$/,
    )
    expect(l).toStrictEqual(before)
    expect(right(Ledger.applyPatches(l, []))).toBe(l)
  })

  it('writes patches as RFC 6902 operations with JSON Pointer paths', () => {
    const r = right(Ledger.append(start(), meeting('m1', '2025-03-20', ['RU'])))
    const [patch] = r.patches
    expect(Ledger.toJsonPatch(r.patches)).toEqual([
      { op: 'add', path: `/${patch?.path.join('/') ?? ''}`, value: patch?.value as unknown },
    ])
    expect(Ledger.toJsonPatch(r.inversePatches)).toEqual([
      { op: 'remove', path: `/${patch?.path.join('/') ?? ''}` },
    ])
    expect(Ledger.toJsonPatch([{ op: 'replace', path: ['a/b', 'c~d', 0], value: 1 }])).toEqual([
      { op: 'replace', path: '/a~1b/c~0d/0', value: 1 },
    ])
  })

  it('a bad event gives errors and leaves the ledger unchanged', () => {
    const l = start()
    const before = structuredClone(l)
    const errors = left(Ledger.append(l, response('r1', '2025-03-19', 'UA', 'energy', 'accepted')))
    expect(errors).toMatchObject([{ _tag: 'duplicate-event', event: 'r1', field: 'id' }])
    expect(left(Ledger.append(l, response('r9', '2025-03-01', 'UA', 'energy', 'accepted')))).toMatchObject([
      { _tag: 'before-tabling', event: 'r9' },
    ])
    expect(l).toStrictEqual(before)
  })

  it('appendAll is all or nothing, and catches ids repeated within the batch', () => {
    const l = start()
    const good = response('r3', '2025-03-20', 'UA', 'energy', 'accepted')
    const errors = left(
      Ledger.appendAll(l, [
        good,
        response('r3', '2025-03-21', 'UA', 'energy', 'withdrawn'),
        meeting('m1', '2025-03-22', ['XX']),
      ]),
    )
    expect(errors.map((e) => [e._tag, e.event])).toEqual([
      ['duplicate-event', 'r3'],
      ['unknown-party', 'm1'],
    ])
    const ok = right(
      F.pipe(l, Ledger.appendAll([good, response('r4', '2025-03-21', 'UA', 'energy', 'withdrawn')])),
    )
    expect(statusOf(ok.ledger, 'UA', 'energy', 'energy', '2025-03-21')).toMatchObject({
      status: 'withdrawn',
      previous: { status: 'accepted', since: '2025-03-20' },
    })
  })

  it('appending nothing gives the same ledger and no patches', () => {
    const l = start()
    const r = right(Ledger.appendAll(l, []))
    expect(r.ledger).toBe(l)
    expect(r.patches).toEqual([])
  })

  it('an empty ledger grows into the ledger of the negotiation', () => {
    const events = [
      response('r1', '2025-03-18', 'RU', 'energy', 'accepted'),
      violation('v1', '2025-03-20', 'UA', 'RU', 'energy'),
    ]
    let l = right(Ledger.empty(negotiation()))
    for (const e of [...events].reverse()) l = right(Ledger.append(l, e)).ledger
    expect(l).toStrictEqual(ledgerOf(events))
    expect(O.isSome(Ledger.event(l, 'v1' as EventId))).toBe(true)
  })
})
