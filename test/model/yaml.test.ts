/**
 * Reading a negotiation from YAML text with `Load.parse`: where problems of YAML text are reported (code, path, line
 * and column), how keys written twice are named, how many problems one text can give, and where a later problem is
 * placed when its value has no node of its own in the text.
 */
import { describe, expect, it } from 'vitest'
import * as Load from '../../src/model/load'

const HEAD = 'format: negotiation-positions/1\ntitle: x\nparties: {}\nissues: {}\n'

const problems = (text: string) => {
  const r = Load.parse(text, 'yaml')
  return r._tag === 'Left' ? r.left.map((i) => [i.path, i.code, i.line, i.column]) : []
}

const duplicateKey = (text: string): string | undefined => {
  const r = Load.parse(text, 'yaml')
  const issue = r._tag === 'Left' ? r.left.find((i) => i.code === 'duplicate-key') : undefined
  return issue === undefined ? undefined : /^the key `([^`]*)` appears twice/.exec(issue.message)?.[1]
}

describe('YAML keys written twice', () => {
  it('names a single-quoted key without its quotes', () => {
    expect(duplicateKey("'s1': 1\n's1': 2\n")).toBe('s1')
  })

  it('names a quoted key on the last line of a text without a final line break', () => {
    const r = Load.parse('"s1": 1\n"s1":', 'yaml')
    expect(r._tag === 'Left' && r.left.map((i) => [i.code, i.message, i.line, i.column])).toEqual([
      ['duplicate-key', 'the key `s1` appears twice in one mapping; merge the two or rename one', 2, 1],
    ])
  })

  it('names a key of a flow mapping without the brackets and keys after it', () => {
    expect(duplicateKey('a: { s1: {x: 1}, s1 }\n')).toBe('s1')
    expect(duplicateKey('a: [ {k: 1, k} ]\n')).toBe('k')
    expect(duplicateKey('x: { s1: 1, s1, s2: 3 }\n')).toBe('s1')
    expect(duplicateKey('x: {\n  s1: 1,\n  s1 }\n')).toBe('s1')
    expect(duplicateKey('x: {\n  s1: 1,\n  s1, s2: 3 }\n')).toBe('s1')
    expect(duplicateKey('x: { "{": 1, s1: 2, s1, s2: 3 }\n')).toBe('s1')
  })

  it('names a plain block key whole, commas and brackets included', () => {
    expect(duplicateKey('a,b: 1\na,b: 2\n')).toBe('a,b')
    expect(duplicateKey('a[1]: 1\na[1]: 2\n')).toBe('a[1]')
    expect(duplicateKey('x: [1]\n"}": 1\na,b: 1\na,b: 2\n')).toBe('a,b')
  })

  it('names an explicit (`? key`) key, without the blanks after it', () => {
    const r = Load.parse('? s1  \n: 1\n? s1  \n: 2\n', 'yaml')
    expect(r._tag === 'Left' && r.left.map((i) => [i.code, i.message, i.line, i.column])).toEqual([
      ['duplicate-key', 'the key `s1` appears twice in one mapping; merge the two or rename one', 3, 3],
    ])
  })
})

describe('YAML syntax errors', () => {
  it('gives the message without the place, and the place as line and column, past line and column 9', () => {
    const keys = Array.from({ length: 12 }, (_, i) => `k${String(i)}: v`).join('\n')
    const r = Load.parse(`${keys}\nbad:          @x\n`, 'yaml')
    expect(r._tag === 'Left' && r.left.map((i) => [i.path, i.code, i.message, i.line, i.column])).toEqual([
      ['$', 'syntax', 'YAML syntax: Plain value cannot start with reserved character @', 13, 15],
    ])
  })
})

describe('how many problems one YAML text gives', () => {
  it('stops at 100 problems', () => {
    const r = Load.parse('x:\n' + '  - __proto__: 1\n'.repeat(150), 'yaml')
    const issues = r._tag === 'Left' ? r.left : []
    expect(issues).toHaveLength(100)
    expect(issues.every((i) => i.code === 'hostile-key')).toBe(true)
    // the first 100 of the list, each at its own line
    expect(new Set(issues.map((i) => i.path))).toEqual(
      new Set(Array.from({ length: 100 }, (_, j) => `x[${String(j)}].__proto__`)),
    )
    expect(issues.find((i) => i.path === 'x[99].__proto__')).toMatchObject({ line: 101, column: 5 })
  })
})

describe('values with no node of their own', () => {
  it('reads a key without a value as null, and places the problem at the mapping that holds it', () => {
    expect(problems(`${HEAD}sources: { s1 }\n`)).toEqual([['sources.s1', 'type', 5, 10]])
  })

  it('reads an empty text as null, with no place in the text', () => {
    expect(problems('')).toEqual([['$', 'type', undefined, undefined]])
  })
})

describe('a value nested too deeply through an alias', () => {
  it('places the problem at the alias, 64 levels down', () => {
    const text = `a: &a [[x]]\nb: ${'['.repeat(63)}*a${']'.repeat(63)}\n`
    const r = Load.parse(text, 'yaml')
    expect(r._tag === 'Left' && r.left.map((i) => [i.code, i.line, i.column])).toEqual([['too-deep', 2, 67]])
  })
})

describe('YAML text nested too deeply to parse', () => {
  const message = (text: string): string | undefined => {
    const r = Load.parse(text, 'yaml')
    return r._tag === 'Left' ? r.left.map((i) => `${i.code}: ${i.message}`).join('\n') : undefined
  }

  it('refuses a million `[` before parsing, with one problem', () => {
    const r = Load.parse('['.repeat(1_000_000), 'yaml')
    expect(r._tag === 'Left' && r.left.map((i) => [i.path, i.code])).toEqual([['$', 'too-deep']])
    expect(message('{ a: '.repeat(5_000))).toMatch(
      /^too-deep: the YAML text nests brackets more than 128 levels/,
    )
  })

  it('parses brackets nested up to 128 levels, and reports the document too deep past 64', () => {
    expect(message(`x: ${'['.repeat(128)}${']'.repeat(128)}\n`)).toMatch(
      /^too-deep: the document is nested more than 64 levels deep here/,
    )
    expect(message(`x: ${'['.repeat(129)}${']'.repeat(129)}\n`)).toMatch(
      /^too-deep: the YAML text nests brackets more than 128 levels/,
    )
  })

  it('does not count brackets in quoted text or comments', () => {
    const many = '['.repeat(2_000)
    for (const text of [
      `${HEAD}title: "${many}"\n`,
      `${HEAD}title: '${many}'\n`,
      `${HEAD}title: 'it''s ${many}'\n`,
      `${HEAD}title: "a \\" ${many}"\n`,
      `${HEAD}# ${many}\n`,
      `${HEAD}title: x # ${many}\n`,
    ])
      expect(message(text) ?? '').not.toMatch(/too-deep/)
  })

  it('gives at most 100 syntax problems', () => {
    const r = Load.parse('x: @a\n'.repeat(150), 'yaml')
    const issues = r._tag === 'Left' ? r.left : []
    expect(issues.length).toBeLessThanOrEqual(100)
    expect(issues.length).toBeGreaterThan(0)
    expect(issues.every((i) => i.code === 'syntax' || i.code === 'duplicate-key')).toBe(true)
  })
})
