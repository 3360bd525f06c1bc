/**
 * The command line in-process: a file that cannot be read stops the command with the reader's message only, each
 * command's help ends with its examples, and a lone file argument to `diff` is read as the file.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { run } from '../../src/cli/program'
import { TALKS_PATH } from '../report/fixture'
import { type Failure, fake } from './fake-io'

const cli = async (argv: readonly string[], files: Record<string, string | Failure> = {}) => {
  const f = fake(files)
  const code = await run(argv, f.io)
  return { code, stdout: f.stdout(), stderr: f.stderr() }
}

const TALKS = readFileSync(TALKS_PATH, 'utf8')

describe('a file that cannot be read', () => {
  it('stops every command with exit 1 and the reader’s message, and nothing else', async () => {
    for (const command of ['validate', 'diff', 'ledger', 'zone', 'deadlocks', 'report']) {
      const r = await cli([command, 'missing.yaml'])
      expect([command, r.code]).toEqual([command, 1])
      expect(r.stderr).toMatch(/^cannot read missing\.yaml/)
      expect(r.stderr).not.toContain('internal error')
      expect(r.stdout).toBe('')
    }
  })
})

describe('help', () => {
  it('ends each command’s help with its examples', async () => {
    const r = await cli(['diff', '--help'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(
      '\nExamples:\n  $ negotiation-positions diff us-28-point-2025-11-20 e3-counter-2025-11-23 --carry-over\n' +
        '  $ negotiation-positions diff talks.yaml draft-1 draft-2 -f md\n  $ negotiation-positions diff\n',
    )
  })
})

describe('diff’s arguments', () => {
  it('reads a lone file argument as the file, and refuses a file followed by one draft id', async () => {
    const one = await cli(['diff', 'talks.yaml'], { 'talks.yaml': TALKS })
    expect(one.code).toBe(0)
    expect(one.stderr).toBe('')
    expect(one.stdout).toContain('m-plan')
    const two = await cli(['diff', 'talks.yaml', 'm-plan'], { 'talks.yaml': TALKS })
    expect(two.code).toBe(2)
    expect(two.stderr).toContain(
      'error: give a file, two draft ids, or a file and two draft ids (got 2 arguments)',
    )
  })
})
