/**
 * Every notebook example runs with `npx ts-node`, the way the README tells users to run them, from the sources and
 * with no build step; the first also runs with `npx tsx`. (`npm run typecheck` type-checks them; here ts-node runs them transpile-only, for speed.)
 */
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(__dirname, '..')
const examples = readdirSync(join(root, 'examples'))
  .filter((f) => /^\d\d-.*\.ts$/.test(f))
  .sort()

describe('examples', () => {
  it('are numbered from 00 and there are several', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6)
    expect(examples[0]).toMatch(/^00-/)
  })
  for (const file of examples) {
    it(`npx ts-node examples/${file} runs and prints`, () => {
      const run = spawnSync('npx', ['ts-node', join('examples', file)], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, TS_NODE_TRANSPILE_ONLY: '1' },
        timeout: 240_000,
      })
      expect(run.stderr).not.toMatch(/Error:/)
      expect(run.status).toBe(0)
      expect(run.stdout.trim().length).toBeGreaterThan(200)
    }, 250_000)
  }

  it('npx tsx examples/01-*.ts runs too (the other runner the README names), with no build step', () => {
    const file = examples.find((f) => f.startsWith('01-'))
    expect(file).toBeDefined()
    const run = spawnSync('npx', ['tsx', join('examples', file ?? '')], {
      cwd: root,
      encoding: 'utf8',
      timeout: 240_000,
    })
    expect(run.stderr).not.toMatch(/Error:/)
    expect(run.status).toBe(0)
    expect(run.stdout.trim().length).toBeGreaterThan(200)
  }, 250_000)
})
