/**
 * What the loader says about text that is not valid JSON or YAML, or YAML that is not JSON data, and where in the
 * text it says so: for each kind of mistake, the exact problems `Load.parse` gives (path, code, sentence, line and
 * column).
 */
import { describe, expect, it } from 'vitest'
import * as Load from '../../src/model/load'

type Case = readonly [
  mistake: string,
  input: readonly ['json' | 'yaml', string],
  expected: ReadonlyArray<
    readonly [path: string, code: string, message: string, line: number, column: number]
  >,
]

const problems = ([format, text]: readonly ['json' | 'yaml', string]) => {
  const r = Load.parse(text, format)
  return r._tag === 'Left' ? r.left.map((i) => [i.path, i.code, i.message, i.line, i.column]) : []
}

const cases: ReadonlyArray<Case> = [
  ['empty JSON text', ['json', ''], [['$', 'syntax', 'JSON syntax: the document is empty', 1, 1]]],
  [
    'JSON text of blanks only',
    ['json', '   \n '],
    [['$', 'syntax', 'JSON syntax: the document is empty', 2, 2]],
  ],
  [
    'a string left open',
    ['json', '{"format": "neg'],
    [['$', 'syntax', 'JSON syntax: the text ends inside a string; close it with `"`', 1, 12]],
  ],
  [
    'a tab inside a string',
    ['json', '{"title": "a\tb"}'],
    [
      [
        '$',
        'syntax',
        'JSON syntax: a line break or control character inside a string; write it as an escape (\\n, \\t)',
        1,
        11,
      ],
    ],
  ],
  [
    'a `\\u` escape without four hex digits',
    ['json', '{"title": "\\u12G4"}'],
    [['$', 'syntax', 'JSON syntax: a `\\u` escape needs four hex digits', 1, 11]],
  ],
  [
    'an escape JSON does not have',
    ['json', '{"title": "\\x"}'],
    [['$', 'syntax', 'JSON syntax: `\\x` is not a JSON escape', 1, 11]],
  ],
  [
    'a backslash at the very end',
    ['json', '{"title": "\\'],
    [['$', 'syntax', 'JSON syntax: `\\` is not a JSON escape', 1, 11]],
  ],
  [
    'a misspelt literal',
    ['json', '{"title": tru}'],
    [
      [
        '$',
        'syntax',
        'JSON syntax: expected a value (text in double quotes, a number, true, false, null, an object or a list), found `t`',
        1,
        11,
      ],
    ],
  ],
  [
    'the text ending where a value should be',
    ['json', '{"title": '],
    [['$', 'syntax', 'JSON syntax: the text ends where a value should be', 1, 11]],
  ],
  [
    'the text ending after a comma in a list',
    ['json', '[1, '],
    [['$', 'syntax', 'JSON syntax: the text ends where a value should be', 1, 5]],
  ],
  [
    'a key without quotes',
    ['json', '{title: 1}'],
    [['$', 'syntax', 'JSON syntax: expected a key in double quotes, found `t`', 1, 2]],
  ],
  [
    'an object left open',
    ['json', '{'],
    [['$', 'syntax', 'JSON syntax: the text ends inside an object; close it with `}`', 1, 2]],
  ],
  [
    'the text ending after a key',
    ['json', '{"a"'],
    [['$', 'syntax', 'JSON syntax: expected `:` after the key "a", found the end of the text', 1, 5]],
  ],
  [
    'a key without a colon',
    ['json', '{"a" 1}'],
    [['$', 'syntax', 'JSON syntax: expected `:` after the key "a", found `1`', 1, 6]],
  ],
  [
    'something after the document',
    ['json', '{} x'],
    [['$', 'syntax', 'JSON syntax: unexpected `x` after the end of the document', 1, 4]],
  ],
  [
    'a trailing comma in an object',
    ['json', '{"a": 1,\n}'],
    [['$', 'syntax', 'JSON syntax: a comma before `}`: JSON allows no trailing comma; remove it', 1, 8]],
  ],
  [
    'a trailing comma in a list',
    ['json', '[1, 2, ]'],
    [['$', 'syntax', 'JSON syntax: a comma before `]`: JSON allows no trailing comma; remove it', 1, 6]],
  ],
  [
    'an object left open after a value',
    ['json', '{"a": 1'],
    [['$', 'syntax', 'JSON syntax: the text ends inside an object; close it with `}`', 1, 8]],
  ],
  [
    'a list left open after a value',
    ['json', '[1'],
    [['$', 'syntax', 'JSON syntax: the text ends inside a list; close it with `]`', 1, 3]],
  ],
  [
    'a missing comma in an object',
    ['json', '{"a": 1 "b": 2}'],
    [['$', 'syntax', 'JSON syntax: expected `,` or `}` after a value in an object, found `"`', 1, 9]],
  ],
  [
    'a missing comma in a list',
    ['json', '[1 2]'],
    [['$', 'syntax', 'JSON syntax: expected `,` or `]` after a value in a list, found `2`', 1, 4]],
  ],
  [
    'a key written twice, deep inside',
    [
      'json',
      '{"format": "negotiation-positions/1", "title": "x", "parties": {}, "issues": {}' +
        ', "sources": {"s1": {"title": "a", "title": "b"}}}',
    ],
    [
      [
        'sources.s1.title',
        'duplicate-key',
        'the key `title` appears twice in this object; JSON keeps only the last — merge the two or rename one',
        1,
        115,
      ],
    ],
  ],
  [
    'a key written twice, once with an escape',
    [
      'json',
      '{"format": "negotiation-positions/1", "title": "x", "parties": {}, "issues": {}' +
        ', "sources": {"s\\u0031": {"title": "a"}, "s1": {"title": "b"}}}',
    ],
    [
      [
        'sources.s1',
        'duplicate-key',
        'the key `s1` appears twice in this object; JSON keeps only the last — merge the two or rename one',
        1,
        121,
      ],
    ],
  ],
  [
    'a later problem, with its line and column',
    [
      'json',
      '{"format": "negotiation-positions/1", "title": "x", "parties": {}, "issues": {}' +
        ',\n "sources": {"s1": {"title": ""}}}',
    ],
    [['sources.s1.title', 'empty', 'expected a non-empty text; write something here', 2, 30]],
  ],
  [
    'a later problem inside a list',
    [
      'json',
      '{"format": "negotiation-positions/1", "title": "x", "parties": {}, "issues": {},\n "events": [\n  {"id": "e1", "kind": "meeting", "date": "2025-13-01", "parties": [], "sources": []}]}',
    ],
    [['events[0].date', 'bad-date', 'not a real date: 2025-13-01 (there is no month 13)', 3, 43]],
  ],
  [
    'null where a text is expected',
    [
      'json',
      '{"format": "negotiation-positions/1", "title": "x", "parties": {}, "issues": {}' +
        ', "description": null}',
    ],
    [['description', 'type', 'expected text, got null', 1, 97]],
  ],
  [
    'a YAML key written twice',
    ['yaml', 'format: negotiation-positions/1\ntitle: x\ntitle: y\nparties: {}\nissues: {}\n'],
    [
      [
        '$',
        'duplicate-key',
        'the key `title` appears twice in one mapping; merge the two or rename one',
        3,
        1,
      ],
    ],
  ],
  [
    'a quoted YAML key written twice',
    [
      'yaml',
      'format: negotiation-positions/1\ntitle: x\nparties: {}\nissues: {}\nsources:\n  "s1": { title: a }\n  "s1": { title: b }\n',
    ],
    [['$', 'duplicate-key', 'the key `s1` appears twice in one mapping; merge the two or rename one', 7, 3]],
  ],
  [
    'two YAML documents in one text',
    ['yaml', 'title: x\n---\ntitle: y\n'],
    [
      [
        '$',
        'syntax',
        'the text holds more than one YAML document (a second `---`); keep one negotiation per file',
        2,
        1,
      ],
    ],
  ],
  [
    'a YAML syntax error',
    ['yaml', 'format: negotiation-positions/1\ntitle: [x\n'],
    [
      [
        '$',
        'syntax',
        'YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]',
        3,
        1,
      ],
    ],
  ],
  [
    'a custom YAML tag',
    ['yaml', 'format: negotiation-positions/1\ntitle: !secret x\nparties: {}\nissues: {}\n'],
    [
      [
        'title',
        'not-json',
        'the YAML tag `!secret` is not JSON data; remove it and write plain text, numbers, true/false, lists or mappings',
        2,
        16,
      ],
    ],
  ],
  [
    'a YAML tag that is not JSON data',
    ['yaml', 'format: negotiation-positions/1\ntitle: !!binary aGVsbG8=\nparties: {}\nissues: {}\n'],
    [
      [
        'title',
        'not-json',
        'the YAML tag `!!binary` is not JSON data; remove it and write plain text, numbers, true/false, lists or mappings',
        2,
        17,
      ],
    ],
  ],
  [
    'a number as a YAML key',
    [
      'yaml',
      'format: negotiation-positions/1\ntitle: x\nparties:\n  7: { name: A, role: principal }\nissues: {}\n',
    ],
    [['parties', 'not-json', "the key 7 is a number, but keys must be text; quote it: '7'", 4, 3]],
  ],
  [
    'true as a YAML key',
    [
      'yaml',
      'format: negotiation-positions/1\ntitle: x\nparties:\n  true: { name: A, role: principal }\nissues: {}\n',
    ],
    [['parties', 'not-json', "the key true is a boolean, but keys must be text; quote it: 'true'", 4, 3]],
  ],
  [
    'a missing YAML key',
    [
      'yaml',
      'format: negotiation-positions/1\ntitle: x\nparties:\n  ? \n  : { name: A, role: principal }\nissues: {}\n',
    ],
    [['parties', 'not-json', 'a mapping key is missing (or null); keys must be text', 4, 5]],
  ],
  [
    'an alias as a YAML key',
    [
      'yaml',
      'format: negotiation-positions/1\ntitle: &t x\nparties:\n  *t : { name: A, role: principal }\nissues: {}\n',
    ],
    [['parties', 'not-json', 'an alias cannot be a key; keys must be text', 4, 3]],
  ],
  [
    'a list as a YAML key',
    [
      'yaml',
      'format: negotiation-positions/1\ntitle: x\nparties:\n  ? [a, b]\n  : { name: A, role: principal }\nissues: {}\n',
    ],
    [['parties', 'not-json', 'a list or mapping cannot be a key; keys must be text', 4, 5]],
  ],
  [
    'a __proto__ key in YAML',
    [
      'yaml',
      'format: negotiation-positions/1\ntitle: x\nparties:\n  __proto__: { name: A, role: principal }\nissues: {}\n',
    ],
    [
      [
        'parties.__proto__',
        'hostile-key',
        'the key `__proto__` is not allowed anywhere in a document (it could reach the object prototype); rename or remove it',
        4,
        3,
      ],
    ],
  ],
  [
    'a YAML text that expands too many aliases',
    [
      'yaml',
      'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c]\n',
    ],
    [
      [
        '$',
        'too-large',
        'the YAML text expands too many aliases (more than 100 alias uses, as in a "billion laughs" attack); write the values out',
        1,
        1,
      ],
    ],
  ],
  [
    'YAML nested past 64 levels',
    ['yaml', 'a: ' + '['.repeat(70) + ']'.repeat(70) + '\n'],
    [
      [
        'a[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]',
        'too-deep',
        'the document is nested more than 64 levels deep here; check for a runaway structure',
        1,
        68,
      ],
    ],
  ],
  [
    'a later problem in YAML, with its line and column',
    [
      'yaml',
      'format: negotiation-positions/1\ntitle: x\nparties:\n  RU: { name: Russia, role: principle }\nissues: {}\n',
    ],
    [
      [
        'parties.RU.role',
        'unknown-value',
        '`principle` is not a party role; did you mean `principal`? allowed values are: principal, mediator, guarantor, observer',
        4,
        29,
      ],
    ],
  ],
  [
    'a YAML merge key, which is not JSON: read as a field',
    [
      'yaml',
      'format: negotiation-positions/1\ntitle: x\nparties: {}\nissues: {}\nsources:\n  s1: &s { title: a }\n  s2:\n    <<: *s\n',
    ],
    [
      ['sources.s2["<<"]', 'unknown-field', 'unknown field `<<` in Source; remove it', 8, 9],
      [
        'sources.s2.title',
        'missing',
        'missing required field `title` (a non-empty text) in Source; add it',
        8,
        5,
      ],
    ],
  ],
]

describe('reading text', () => {
  it.each(cases)('reports %s', (_, input, expected) => {
    expect(problems(input)).toEqual(expected)
  })

  it('reads escapes, numbers in every JSON form, literals and YAML aliases', () => {
    const json = Load.parse(
      '{"format": "negotiation-positions/1", "title": "a\\n\\"b\\u00e9\\/", "parties": {"A": {"name": "A", "role": "principal", "reservation": 1e-1}}, ' +
        '"issues": {"q": {"label": "Q", "category": "other", "domain": {"kind": "quantity", "unit": "u", "min": -0.5, "max": 1E+2}}, ' +
        '"f": {"label": "F", "category": "other", "domain": {"kind": "flag", "yes": "Yes"}}}, "proposals": {"p": {"title": "P", "date": "2025-01-01", ' +
        '"tabledBy": [], "terms": {"f": {"value": false}, "q": {"value": 0}}, "sources": []}}}',
      'json',
    )
    expect(json._tag === 'Right' && [json.right.title, json.right.parties['A' as never]]).toEqual([
      'a\n"b\u00e9/',
      { name: 'A', role: 'principal', reservation: 0.1 },
    ])
    expect(json._tag === 'Right' && json.right.issues['q' as never]).toMatchObject({
      domain: { min: -0.5, max: 100 },
    })
    const yaml = Load.parse(
      'format: negotiation-positions/1\ntitle: &t x\ndescription: *t\nparties: {}\nissues: {}\n',
      'yaml',
    )
    expect(yaml._tag === 'Right' && yaml.right.description).toBe('x')
  })
})
