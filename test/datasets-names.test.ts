/**
 * Asking for a dataset that is not embedded: one problem a person can act on — which name was asked for and which
 * names exist — with the path, code, expected and actual value every loading problem carries.
 */
import { describe, expect, it } from 'vitest'
import * as Datasets from '../src/datasets'
import * as Load from '../src/model/load'

describe('an unknown dataset name', () => {
  it('is one problem at the root that names the datasets there are', () => {
    const r = Datasets.load('ru-ua-2024')
    expect(r).toEqual({
      _tag: 'Left',
      left: [
        {
          path: '$',
          pathSegments: [],
          code: 'unknown-reference',
          message: 'there is no embedded dataset named "ru-ua-2024"; the datasets are: ru-ua-2025',
          expected: '"ru-ua-2025"',
          actual: '"ru-ua-2024"',
        },
      ],
    })
    expect(Object.isFrozen(r._tag === 'Left' ? r.left[0] : undefined)).toBe(true)
  })

  it('reads as one sentence in the loader’s rendering, even for an empty name', () => {
    const r = Datasets.load('')
    expect(r._tag).toBe('Left')
    if (r._tag === 'Right') return
    expect(Load.format(r.left)).toContain(
      'there is no embedded dataset named ""; the datasets are: ru-ua-2025',
    )
  })
})
