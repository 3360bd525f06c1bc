import { describe, expect, it } from 'vitest'
import { escapeMarkdown, isWebUrl, sourceMarkdown } from '../../src/internal/markdown'

describe('escapeMarkdown', () => {
  it('escapes what would start emphasis, code, a link, HTML, a heading or a table cell', () => {
    expect(escapeMarkdown('*a* _b_ `c` [d](e) <f> #g ~h~ i|j \\k')).toBe(
      '\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\#g \\~h\\~ i\\|j \\\\k',
    )
  })

  it('turns line breaks into single spaces', () => {
    expect(escapeMarkdown('one\r\ntwo\n\nthree\rfour')).toBe('one two three four')
  })

  it('escapes a list marker at the start with an escape that reads the same in the middle of a line', () => {
    expect(escapeMarkdown('1. South')).toBe('1\\. South')
    expect(escapeMarkdown('  12. South')).toBe('  12\\. South')
    expect(escapeMarkdown('- South')).toBe('\\- South')
    expect(escapeMarkdown('+ South')).toBe('\\+ South')
    // not markers: no space after, or not at the start
    expect(escapeMarkdown('-1500 troops')).toBe('-1500 troops')
    expect(escapeMarkdown('10.5 km')).toBe('10.5 km')
    expect(escapeMarkdown('from 1. to 2.')).toBe('from 1. to 2.')
    expect(escapeMarkdown('a - b')).toBe('a - b')
  })
})

describe('isWebUrl', () => {
  it('accepts http and https addresses only, without spaces, angle brackets or quotes', () => {
    expect(
      ['https://example.org/a?b=1&c=2', 'HTTP://EXAMPLE.ORG', 'https://w.org/x_(y)'].map(isWebUrl),
    ).toEqual([true, true, true])
    expect(
      [
        'javascript:alert(1)',
        'ftp://example.org',
        'https://example.org/a b',
        'https://example.org/<x>',
        'https://example.org/"x',
        "https://example.org/'x",
        'see https://example.org',
        'https://',
      ].map(isWebUrl),
    ).toEqual([false, false, false, false, false, false, false, false])
  })
})

describe('sourceMarkdown', () => {
  it('links a title to a web address, in angle brackets when the address has parentheses', () => {
    expect(sourceMarkdown('The [28] points', 'https://example.org/28')).toBe(
      '[The \\[28\\] points](https://example.org/28)',
    )
    expect(sourceMarkdown('Wiki', 'https://w.org/x_(y)')).toBe('[Wiki](<https://w.org/x_(y)>)')
  })

  it('prints any other address as text, and a title without one alone, escaped', () => {
    expect(sourceMarkdown('A <i>note</i>', 'javascript:alert(1)')).toBe(
      'A \\<i\\>note\\</i\\> javascript:alert(1)',
    )
    expect(sourceMarkdown('*Briefing*', null)).toBe('\\*Briefing\\*')
  })
})
