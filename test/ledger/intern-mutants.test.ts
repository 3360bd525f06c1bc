import { option as O } from 'fp-ts'
import { describe, expect, it } from 'vitest'
import type { Event, EventId } from '../../src'
import { Ledger } from '../../src'
import { Interner } from '../../src/ledger/intern'
import { jsonHash } from '../../src/ledger/plain'
import { ledgerOf, meeting, response } from './fixture'

/** Two different texts whose hashes, as `jsonHash` works them out, are equal (found by searching). */
const COLLIDING = ['monitors 9pf8', 'monitors arj6'] as const

/** A condition whose hash, as `jsonHash` works it out, happens to be 0 (found by searching). */
const hashesToZero = () => ({ a: 'apojejv' })

/** The event of a ledger with this id, failing the test when there is none. */
const eventOf = (ledger: Ledger.Ledger, id: string): Event =>
  O.getOrElse<Event>(() => expect.fail(`no event ${id}`))(Ledger.event(ledger, id as EventId))

describe('Interner.list', () => {
  it('gives the same frozen empty list for every empty list', () => {
    const i = new Interner()
    const a = i.list([])
    expect(a).toStrictEqual([])
    expect(Object.isFrozen(a)).toBe(true)
    expect(i.list([])).toBe(a)
  })

  it('shares one-element lists of a string, even without share', () => {
    const i = new Interner()
    const a = i.list(['wh-0318'])
    expect(a).toStrictEqual(['wh-0318'])
    expect(Object.isFrozen(a)).toBe(true)
    expect(i.list(['wh-0318'])).toBe(a)
    expect(i.list(['riyadh'])).toStrictEqual(['riyadh'])
  })

  it('copies longer lists afresh without share, and never keeps or freezes the caller’s array', () => {
    const i = new Interner()
    const xs = ['a', 'b', 'c']
    const a = i.list(xs)
    const b = i.list(['a', 'b', 'c'])
    expect(a).toStrictEqual(['a', 'b', 'c'])
    expect(b).toStrictEqual(a)
    expect(b).not.toBe(a)
    expect(a).not.toBe(xs)
    expect(Object.isFrozen(a)).toBe(true)
    expect(Object.isFrozen(xs)).toBe(false)
    expect(i.list(['a', 'b'])).not.toBe(i.list(['a', 'b']))
  })

  it('shares equal lists of two or more strings with share', () => {
    const i = new Interner()
    const two = ['RU', 'UA']
    const a = i.list(two, true)
    expect(a).toStrictEqual(['RU', 'UA'])
    expect(a).not.toBe(two)
    expect(Object.isFrozen(a)).toBe(true)
    expect(i.list(['RU', 'UA'], true)).toBe(a)
    const b = i.list(['RU', 'UA', 'US'], true)
    expect(b).toStrictEqual(['RU', 'UA', 'US'])
    expect(i.list(['RU', 'UA', 'US'], true)).toBe(b)
  })

  it('keeps the first copy of a list shared even after another list with the same letters', () => {
    const i = new Interner()
    const a = i.list(['ab', 'c', 'd'], true)
    expect(i.list(['a', 'bc', 'd'], true)).toStrictEqual(['a', 'bc', 'd'])
    expect(i.list(['ab', 'c', 'd'], true)).toBe(a)
  })

  it('never hands out a shared list for a different one whose strings join to the same text', () => {
    const i = new Interner()
    expect(i.list(['a', 'b\nc', 'd'], true)).toStrictEqual(['a', 'b\nc', 'd'])
    expect(i.list(['a\nb', 'c', 'd'], true)).toStrictEqual(['a\nb', 'c', 'd'])
  })

  it('does not share a list with holes in place of an equal one without', () => {
    const i = new Interner()
    // eslint-disable-next-line no-sparse-arrays
    i.list(['a', , 'b'], true)
    expect(i.list(['a', '', 'b'], true)).toStrictEqual(['a', '', 'b'])
  })

  it('gives undefined for what is not a list of strings', () => {
    const i = new Interner()
    expect(i.list('a')).toBeUndefined()
    expect(i.list([1])).toBeUndefined()
    expect(i.list([1, 'a'])).toBeUndefined()
    expect(i.list(['a', 1])).toBeUndefined()
    expect(i.list(['a', 'b', 1])).toBeUndefined()
    expect(i.list([1, 'a'], true)).toBeUndefined()
  })
})

describe('Interner.conditions', () => {
  it('shares one deep-frozen copy among equal conditions, without freezing the caller’s', () => {
    const i = new Interner()
    const raw = { kind: 'other', text: 'monitors in place', list: [1, 2] }
    const a = i.conditions(raw)
    expect(a).toStrictEqual(raw)
    expect(a).not.toBe(raw)
    expect(Object.isFrozen(a)).toBe(true)
    expect(Object.isFrozen(raw)).toBe(false)
    expect(i.conditions({ kind: 'other', text: 'monitors in place', list: [1, 2] })).toBe(a)
  })

  it('shares a condition whose hash is 0', () => {
    expect(jsonHash(hashesToZero(), 0)).toBe(0)
    const i = new Interner()
    const a = i.conditions(hashesToZero())
    expect(a).toStrictEqual(hashesToZero())
    expect(i.conditions(hashesToZero())).toBe(a)
  })

  it('tells apart different conditions whose hashes are equal', () => {
    const [x, y] = COLLIDING
    expect(jsonHash({ text: x }, 0)).toBe(jsonHash({ text: y }, 0))
    const i = new Interner()
    const a = i.conditions({ text: x })
    const b = i.conditions({ text: y })
    expect(b).toStrictEqual({ text: y })
    expect(i.conditions({ text: x })).toBe(a)
    expect(i.conditions({ text: y })).toBe(b)
  })

  it('copies what is not JSON data on its own, without taking it for other data', () => {
    const i = new Interner()
    const a = i.conditions({ at: new Date(0) })
    const b = i.conditions({ at: new Date(86_400_000) })
    expect(a).toStrictEqual({ at: new Date(0) })
    expect(b).toStrictEqual({ at: new Date(86_400_000) })
  })
})

describe('a ledger’s events', () => {
  const sourced = (id: string, sources: string[], extra: Record<string, unknown> = {}): Event =>
    ({ ...response(id, '2025-03-19', 'RU', 'energy', 'accepted', extra), sources }) as unknown as Event

  it('share equal one-element lists of sources', () => {
    const l = ledgerOf([sourced('r1', ['kremlin']), sourced('r2', ['kremlin'])])
    expect(eventOf(l, 'r1').sources).toStrictEqual(['kremlin'])
    expect(eventOf(l, 'r2').sources).toBe(eventOf(l, 'r1').sources)
  })

  it('share equal lists of parties', () => {
    const l = ledgerOf([
      meeting('m1', '2025-03-19', ['RU', 'UA']),
      meeting('m2', '2025-03-20', ['RU', 'UA']),
      meeting('m3', '2025-03-21', ['RU', 'UA', 'US']),
      meeting('m4', '2025-03-22', ['RU', 'UA', 'US']),
    ])
    const parties = (id: string) => (eventOf(l, id) as Extract<Event, { kind: 'meeting' }>).parties
    expect(parties('m1')).toStrictEqual(['RU', 'UA'])
    expect(parties('m2')).toBe(parties('m1'))
    expect(parties('m3')).toStrictEqual(['RU', 'UA', 'US'])
    expect(parties('m4')).toBe(parties('m3'))
  })

  it('share equal conditions and keep apart different ones with equal hashes', () => {
    const [x, y] = COLLIDING
    const cond = (text: string) => ({ conditions: [{ kind: 'other', text }] })
    const conditional = (id: string, text: string) =>
      response(id, '2025-03-19', 'RU', 'energy', 'conditionally-accepted', cond(text))
    const l = ledgerOf([conditional('r1', x), conditional('r2', y), conditional('r3', x)])
    const conditions = (id: string) => (eventOf(l, id) as Extract<Event, { kind: 'response' }>).conditions
    expect(conditions('r1')).toStrictEqual([{ kind: 'other', text: x }])
    expect(conditions('r2')).toStrictEqual([{ kind: 'other', text: y }])
    expect(conditions('r3')).toBe(conditions('r1'))
  })
})
