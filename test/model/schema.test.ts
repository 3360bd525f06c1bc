/**
 * The field names of the format's objects, as the loader uses them to suggest the field a typo meant.
 */
import { describe, expect, it } from 'vitest'
import { fieldsOf } from '../../src/model/schema'

describe('fieldsOf', () => {
  it('lists the fields of an object of the format', () => {
    expect(fieldsOf('When')).toEqual(['issue', 'in'])
  })

  it('has no fields for a name the format does not have', () => {
    expect(fieldsOf('Nope')).toBeUndefined()
    expect(fieldsOf('toString')).toBeUndefined()
  })

  it('has no fields for a name of the format that is not an object (an id, a date)', () => {
    expect(fieldsOf('PartyId')).toBeUndefined()
    expect(fieldsOf('IsoDate')).toBeUndefined()
  })
})
