/**
 * Executed documentation: every `@example` in the TSDoc of `src` is extracted, its import of the package is pointed
 * at the sources, and it is run. A broken example fails the suite.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(__dirname, '..')
const srcDir = join(root, 'src')
const outDir = join(root, 'test', '.examples')

const walk = (dir: string): string[] =>
  readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name)
      return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : []
    })

interface Example {
  readonly file: string
  readonly line: number
  readonly code: string
}

/** Pulls the `@example` sections out of every TSDoc block of a file. */
const examplesOf = (file: string): Example[] => {
  const source = readFileSync(file, 'utf8')
  const out: Example[] = []
  const block = /\/\*\*([\s\S]*?)\*\//g
  for (let m = block.exec(source); m !== null; m = block.exec(source)) {
    const body = m[1] ?? ''
    const lines = body.split('\n').map((l) => l.replace(/^\s*\* ?/, ''))
    let start = -1
    for (let i = 0; i <= lines.length; i++) {
      const l = lines[i]
      const isTag = l === undefined || /^@\w+/.test(l)
      if (start >= 0 && (isTag || l === undefined)) {
        const code = lines.slice(start, i).join('\n').trim()
        const line = source.slice(0, m.index).split('\n').length
        if (code.length > 0) out.push({ file, line, code })
        start = -1
      }
      if (l !== undefined && /^@example\b/.test(l)) start = i + 1
    }
  }
  return out
}

const examples = walk(srcDir).flatMap(examplesOf)

rmSync(outDir, { recursive: true, force: true })
mkdirSync(outDir, { recursive: true })

const indexPath = join(srcDir, 'index')
const toModule = (ex: Example, i: number): string => {
  const code = ex.code.replace(/from 'negotiation-positions'/g, `from ${JSON.stringify(indexPath)}`)
  const name = `${String(i).padStart(3, '0')}-${relative(srcDir, ex.file).replace(/[\\/.]/g, '_')}-${String(ex.line)}.ts`
  const path = join(outDir, name)
  writeFileSync(path, `import assert from 'node:assert'\n${code}\nexport {}\n`)
  return path
}

describe('documentation examples', () => {
  it('finds examples in the sources', () => {
    expect(examples.length).toBeGreaterThan(10)
  })
  examples.forEach((ex, i) => {
    const path = toModule(ex, i)
    it(`${relative(root, ex.file)}:${String(ex.line)}`, async () => {
      await import(path)
    }, 60_000) // the first example pays for loading the whole library
  })
})
