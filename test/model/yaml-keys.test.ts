/**
 * YAML keys written twice are named as the parser read them (unquoted, unescaped, whole) and placed at their second
 * writing; block nesting deep enough to overflow the parser's stack is refused as too deep.
 */
import { describe, expect, it } from 'vitest'
import * as Load from '../../src/model/load'
import { readYaml } from '../../src/model/load-yaml'

const problems = (text: string) => {
  const r = Load.parse(text, 'yaml')
  return r._tag === 'Left' ? r.left.map((i) => [i.path, i.code, i.message, i.line]) : []
}

const twice = (key: string) => `the key \`${key}\` appears twice in one mapping; merge the two or rename one`

describe('YAML keys written twice', () => {
  it("names a single-quoted key with a doubled quote ('it''s') whole", () => {
    expect(problems("'it''s': 1\n'it''s': 2\n")).toEqual([['$', 'duplicate-key', twice("it's"), 2]])
  })

  it('names a double-quoted key with an escaped quote unescaped', () => {
    expect(problems('x:\n  "s\\"1": 1\n  "s\\"1": 2\n')).toEqual([['$', 'duplicate-key', twice('s"1'), 3]])
  })

  it('names an explicit (`? key`) key with a comma whole', () => {
    expect(problems('? a,b\n: 1\n? a,b\n: 2\n')).toEqual([['$', 'duplicate-key', twice('a,b'), 3]])
  })

  it('names a key written twice whose first value is empty, at its second place', () => {
    expect(problems('a:\na: 1\n')).toEqual([['$', 'duplicate-key', twice('a'), 2]])
  })

  it('names each key written twice, each at its own place, in a flow mapping too', () => {
    // the reader's own problems (`Load.parse` keeps one problem per path, and both are at the root)
    const r = readYaml('a: 1\nb: { s1: 1, s1 }\na: 2\n')
    expect(r.issues.map((i) => [i.code, i.message, i.line, i.column])).toEqual([
      ['duplicate-key', twice('s1'), 2, 13],
      ['duplicate-key', twice('a'), 3, 1],
    ])
  })
})

describe('YAML text nested too deeply to parse', () => {
  it('refuses a thousand nested block lists as too deep, not as a syntax error', () => {
    // where the parser runs out of stack depends on the stack it is given: it refuses the text (too deep to read),
    // or reads it and the document is refused as nested more than 64 levels (too deep, at the 65th level)
    const r = Load.parse(`${'- '.repeat(1000)}x\n`, 'yaml')
    expect(r._tag === 'Left' && r.left.map((i) => i.code)).toEqual(['too-deep'])
  })
})
