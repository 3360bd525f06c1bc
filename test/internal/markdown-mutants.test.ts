/**
 * A list marker is escaped only at the start of the text (after any white space), never after a word.
 */
import { describe, expect, it } from 'vitest'
import { escapeMarkdown } from '../../src/internal/markdown'

describe('escapeMarkdown and list markers', () => {
  it('escapes an indented list marker', () => {
    expect(escapeMarkdown('  - South')).toBe('  \\- South')
    expect(escapeMarkdown('\t+ North')).toBe('\t\\+ North')
  })

  it('leaves a dash that ends a word alone', () => {
    expect(escapeMarkdown('north- and south-east')).toBe('north- and south-east')
    expect(escapeMarkdown('1+ 2')).toBe('1+ 2')
  })
})
