/**
 * Reading YAML text with `Load.parse`: which brackets count towards the nesting refused before parsing (brackets in
 * quoted text and comments do not, brackets after a quote or `#` inside a word do), how a key written twice is named,
 * and where a syntax error at the very start of the text is placed.
 */
import { describe, expect, it } from 'vitest'
import * as Load from '../../src/model/load'
import { readYaml } from '../../src/model/load-yaml'

const HEAD = 'format: negotiation-positions/1\ntitle: x\nparties: {}\nissues: {}\n'

/** The problems of a YAML text as `code: message` lines, or undefined when it loads. */
const message = (text: string): string | undefined => {
  const r = Load.parse(text, 'yaml')
  return r._tag === 'Left' ? r.left.map((i) => `${i.code}: ${i.message}`).join('\n') : undefined
}

const REFUSED = /^too-deep: the YAML text nests brackets more than 128 levels/

const many = '['.repeat(200)
const deep = `${'['.repeat(200)}${']'.repeat(200)}`

const duplicateKey = (text: string): string | undefined => {
  const r = Load.parse(text, 'yaml')
  const issue = r._tag === 'Left' ? r.left.find((i) => i.code === 'duplicate-key') : undefined
  return issue === undefined ? undefined : /^the key `([^`]*)` appears twice/s.exec(issue.message)?.[1]
}

describe('brackets that do not count towards the nesting refused before parsing', () => {
  it('skips quoted text that starts after a tab, a bracket, a brace, a comma or a colon', () => {
    for (const text of [
      `${HEAD}title:\t"${many}"\n`,
      `${HEAD}x: ["${many}"]\n`,
      `${HEAD}x: {"${many}": 1}\n`,
      `${HEAD}x: [a,"${many}"]\n`,
      `${HEAD}x: {"a":"${many}"}\n`,
    ])
      expect(message(text) ?? '').not.toMatch(/too-deep/)
  })

  it('skips a comment on the first line of the text', () => {
    expect(message(`# ${many}\n${HEAD}`)).toBeUndefined()
  })

  it('reads a text ending in a comment without a final line break', () => {
    expect(message(`${HEAD}# the end`)).toBeUndefined()
  })

  it('counts a closing brace as closing', () => {
    expect(message(`${HEAD}x: [${'{a: 1}, '.repeat(200)}]\n`)).toBe(
      'unknown-field: unknown field `x` in Negotiation; remove it',
    )
  })

  it('does not take an apostrophe inside a word for the start of quoted text', () => {
    // were `it's` the start of quoted text, it would run to the quote before `y`'s brackets, and hide the `]` of `x`
    const text = `${HEAD}x: ${'['.repeat(40)}it's${']'.repeat(40)}\ny: '${'['.repeat(100)}'\n`
    expect(message(text) ?? '').not.toMatch(/too-deep/)
  })

  it('does not take a `#` inside a word for the start of a comment', () => {
    // were `a#b` the start of a comment, the `]` after it would be hidden and the four lines would add up
    const line = (k: string) => `${k}: ${'['.repeat(40)}a#b${']'.repeat(40)}\n`
    const text = `${HEAD}${line('k1')}${line('k2')}${line('k3')}${line('k4')}`
    expect(message(text) ?? '').not.toMatch(/too-deep/)
  })
})

describe('brackets that count towards the nesting refused before parsing', () => {
  it('counts brackets after the line of a comment', () => {
    expect(message(`# a comment\nx: ${deep}\n`)).toMatch(REFUSED)
  })

  it('counts brackets after quoted text, once it is closed', () => {
    for (const quoted of ['"x"', "'x'", '""', "''", '"a \\" b"', "'it''s'", "'C:\\'", '"x"\'', '"x""'])
      expect(message(`a: ${quoted}\nb: ${deep}\n`), quoted).toMatch(REFUSED)
  })

  it('does not let closing brackets in plain text hide deeper nesting after them', () => {
    expect(message(`a: x${']'.repeat(100)}\nb: ${deep}\n`)).toMatch(REFUSED)
  })

  it('counts a `#` right after a comma or a carriage return as text, as the parser does', () => {
    // the parser reads neither as the start of a comment: it gives a syntax error, not a refusal
    expect(message(`x: [a,# ${many}\n]\n`)).toMatch(/^syntax: YAML syntax: /)
    expect(message(`x: 1\r# ${many}\n`)).toMatch(/^syntax: YAML syntax: /)
  })
})

describe('YAML keys written twice', () => {
  it('names a plain key with quotes inside it whole', () => {
    expect(duplicateKey("o'neil's: 1\no'neil's: 2\n")).toBe("o'neil's")
  })

  it('names an explicit (`? key`) key on the last line of a text without a final line break', () => {
    expect(duplicateKey('? s1\n: 1\n? s1')).toBe('s1')
  })

  it('names an explicit (`? key`) key followed by a comment line', () => {
    expect(duplicateKey('? s1\n: 1\n? s1\n# note: here\n: 2\n')).toBe('s1')
  })
})

describe('YAML syntax errors', () => {
  it('places an error at the very start of the text at line 1, column 1', () => {
    const r = Load.parse('@a: 1\n', 'yaml')
    expect(r._tag === 'Left' && r.left.map((i) => [i.path, i.code, i.message, i.line, i.column])).toEqual([
      ['$', 'syntax', 'YAML syntax: Plain value cannot start with reserved character @', 1, 1],
    ])
  })

  it('reads at most 100 syntax problems from one text', () => {
    const read = readYaml('a: @\n'.repeat(150))
    expect(read.value).toBeUndefined()
    expect(read.issues).toHaveLength(100)
  })
})
