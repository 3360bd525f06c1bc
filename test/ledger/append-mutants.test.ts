import { either as E } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import type { Event } from '../../src'
import { Ledger } from '../../src'
import { ledgerOf, left, monitors, response, right, sanctionsRelief, statusOf } from './fixture'

describe('append: conditions and counters', () => {
  it('a conditional acceptance with other conditions than the one in the ledger begins a new status', () => {
    const l = ledgerOf([
      response('r1', '2025-03-20', 'RU', 'energy', 'conditionally-accepted', { conditions: [monitors] }),
    ])
    const other = right(
      Ledger.append(
        l,
        response('r2', '2025-03-22', 'RU', 'energy', 'conditionally-accepted', {
          conditions: [sanctionsRelief],
        }),
      ),
    )
    expect(statusOf(other.ledger, 'RU', 'energy', 'energy', '2025-03-22')).toMatchObject({
      status: 'conditionally-accepted',
      since: '2025-03-22',
    })
    const same = right(
      Ledger.append(
        l,
        response('r2', '2025-03-22', 'RU', 'energy', 'conditionally-accepted', { conditions: [monitors] }),
      ),
    )
    expect(statusOf(same.ledger, 'RU', 'energy', 'energy', '2025-03-22')).toMatchObject({
      status: 'conditionally-accepted',
      since: '2025-03-20',
    })
  })
})

describe('appendAll: what it takes', () => {
  it('appending nothing gives the same ledger, no patches and no inverse patches', () => {
    const l = ledgerOf([response('r1', '2025-03-20', 'RU', 'energy', 'accepted')])
    const r = right(Ledger.appendAll(l, []))
    expect(r.ledger).toBe(l)
    expect(r.patches).toStrictEqual([])
    expect(r.inversePatches).toStrictEqual([])
    // deeply frozen, as every result is
    expect([Object.isFrozen(r), Object.isFrozen(r.patches), Object.isFrozen(r.inversePatches)]).toEqual([
      true,
      true,
      true,
    ])
  })

  it('gives a missing-field error for events given as an async iterable', () => {
    const l = ledgerOf()
    const events = {
      async *[Symbol.asyncIterator]() {
        yield await Promise.resolve(response('r1', '2025-03-20', 'RU', 'energy', 'accepted'))
      },
    } as unknown as Iterable<Event>
    const r = Ledger.appendAll(l, events)
    expect(E.isLeft(r)).toBe(true)
    expect(left(r)).toMatchObject([{ _tag: 'missing-field', field: 'events' }])
  })
})

describe('toJsonPatch', () => {
  it('writes a remove operation without a value, and other operations with theirs', () => {
    expect(
      Ledger.toJsonPatch([
        { op: 'remove', path: ['events', 3, 'e1'] },
        { op: 'add', path: ['x'], value: undefined },
      ]),
    ).toStrictEqual([
      { op: 'remove', path: '/events/3/e1' },
      { op: 'add', path: '/x', value: undefined },
    ])
    const [removal] = Ledger.toJsonPatch([{ op: 'remove', path: ['x'] }])
    expect(Object.keys(removal ?? {})).toEqual(['op', 'path'])
  })
})
