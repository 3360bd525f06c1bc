import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Load } from '../src'

const dir = join(__dirname, 'fixtures', 'malformed')
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<
  string,
  ReadonlyArray<{ readonly path: string; readonly code: string }>
>
const files = readdirSync(dir).filter((f) => f !== 'manifest.json')

describe('the malformed corpus', () => {
  it('has an expectation for every file and a file for every expectation', () => {
    expect([...files].sort()).toEqual(Object.keys(manifest).sort())
    expect(files.length).toBeGreaterThanOrEqual(50)
  })

  it('holds distinct mistakes', () => {
    const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'))
    expect(new Set(texts).size).toBe(texts.length)
  })

  it('uses only documented codes', () => {
    for (const expected of Object.values(manifest))
      for (const { code } of expected) expect(Object.keys(Load.issueCodes)).toContain(code)
  })

  describe.each(Object.entries(manifest))('%s', (file, expected) => {
    const text = readFileSync(join(dir, file), 'utf8')

    it('yields exactly the expected problems (path and code), without throwing', () => {
      const r = Load.parse(text, file.endsWith('.json') ? 'json' : 'yaml')
      expect(r._tag).toBe('Left')
      if (r._tag !== 'Left') return
      expect(r.left.map((i) => ({ path: i.path, code: i.code }))).toEqual(expected)
    })

    it('gives each problem a sentence, a line and a column', () => {
      const r = Load.parse(text)
      if (r._tag !== 'Left') throw new Error('expected problems')
      for (const i of r.left) {
        expect(i.message.length).toBeGreaterThan(20)
        expect(i.line).toBeGreaterThanOrEqual(1)
        expect(i.column).toBeGreaterThanOrEqual(1)
      }
    })
  })
})

describe('the valid samples', () => {
  const valid = join(__dirname, 'fixtures', 'valid')
  it.each(readdirSync(valid))('%s loads without problems', (file) => {
    const r = Load.parse(readFileSync(join(valid, file), 'utf8'))
    if (r._tag === 'Left') throw new Error(Load.format(r.left))
    expect(r.right.format).toBe('negotiation-positions/1')
  })

  it('the Jeddah sample cites a source title and address for every source', () => {
    const doc = Load.parseOrThrow(readFileSync(join(valid, 'jeddah-2025.json'), 'utf8'))
    for (const s of Object.values(doc.sources)) expect(s.url).toMatch(/^https:\/\//)
    expect(Object.keys(doc.parties)).toEqual(['RU', 'UA', 'US', 'SA'])
    expect(doc.proposals['us-30-day-ceasefire' as keyof typeof doc.proposals]?.date).toBe('2025-03-11')
  })
})

describe('the example in docs/format.md', () => {
  const doc = readFileSync(join(__dirname, '..', 'docs', 'format.md'), 'utf8')
  const block = (lang: string): string => {
    const m = new RegExp('```' + lang + '\\n(format: |\\{\\n  "format")([\\s\\S]*?)```').exec(doc)
    if (m === null) throw new Error(`no ${lang} example`)
    return (m[1] as string) + (m[2] as string)
  }

  it('loads from JSON and from YAML to the same document', () => {
    const json = Load.parse(block('json'), 'json')
    if (json._tag === 'Left') throw new Error(Load.format(json.left))
    expect(Load.parse(block('yaml'), 'yaml')).toEqual(json)
  })
})
