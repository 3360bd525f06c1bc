import { describe, expect, test } from 'vitest'
import { idsFor } from '../../src/interop/geniusweb-ids'
import { deepFreeze } from '../../src/internal/freeze'

const cases: ReadonlyArray<readonly [string, readonly string[], readonly string[]]> = [
  ['a plain name is its own id', ['salary'], ['salary']],
  ['letters, digits and . _ : - are kept', ['v1.2_x:y-z'], ['v1.2_x:y-z']],
  [
    'each run of other characters becomes one -',
    ['lease car', 'Custom, Handmade', 'a  b'],
    ['lease-car', 'Custom-Handmade', 'a-b'],
  ],
  ['accents are dropped', ['Café crème'], ['Cafe-creme']],
  ['leading characters other than letters and digits are dropped', ['  --a', '__proto__'], ['a', 'proto__']],
  ['trailing dashes are dropped', ['yes!', 'no--', 'maybe - '], ['yes', 'no', 'maybe']],
  ['a name with no letter or digit becomes x', ['', '!!!', '日本'], ['x', 'x-2', 'x-3']],
  ['a prototype key gets a suffix', ['constructor', 'prototype'], ['constructor-1', 'prototype-1']],
  ['repeated names are numbered from 2, in order', ['a', 'a', 'a'], ['a', 'a-2', 'a-3']],
  ['a numbered id already taken by a name is skipped', ['a-2', 'a', 'a'], ['a-2', 'a', 'a-3']],
  ['names that differ only in case stay distinct', ['Car', 'car'], ['Car', 'car']],
  [
    'a long name is cut to 90 characters',
    ['x'.repeat(95), 'x'.repeat(90)],
    ['x'.repeat(90), `${'x'.repeat(90)}-2`],
  ],
]

describe('idsFor', () => {
  test.each(cases)('%s', (_, names, expected) => {
    expect(idsFor(deepFreeze(names))).toStrictEqual(expected)
  })

  test('avoids the ids already taken, without changing them', () => {
    const taken = new Set(['a', 'b-2'])
    expect(idsFor(deepFreeze(['a', 'b', 'b']), taken)).toStrictEqual(['a-2', 'b', 'b-3'])
    expect([...taken]).toStrictEqual(['a', 'b-2'])
  })
})
