/**
 * The executable: it runs the command line on the process's own arguments (those after the program name) and
 * leaves the command's exit code as the process's. Run in-process here, with the arguments and output streams
 * stood in for, so that mutation testing sees it (cli.test.ts runs the built executable as a child process).
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CLI_VERSION } from '../../src/cli/program'

const argv = process.argv
type Listener = (...args: unknown[]) => void

let listeners: readonly Listener[] = []

/** The error listeners on standard output. */
const errorListeners = (): Listener[] => process.stdout.listeners('error') as Listener[]

afterEach(() => {
  process.argv = argv
  process.exitCode = undefined
  for (const l of errorListeners()) if (!listeners.includes(l)) process.stdout.off('error', l)
  vi.restoreAllMocks()
})

/**
 * Runs src/cli/main.ts afresh as `negotiation-positions ...args`; returns what it wrote and its exit code. With
 * `broken`, standard output fails on every write and standard error on its first.
 */
const main = async (args: readonly string[], broken = false) => {
  listeners = errorListeners()
  let failures = broken ? 1 : 0
  const out: unknown[] = []
  const err: unknown[] = []
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    if (broken) throw new Error('standard output is gone')
    return out.push(s) > 0
  })
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    if (failures-- > 0) throw new Error('standard error is gone')
    return err.push(s) > 0
  })
  process.argv = [argv[0] ?? 'node', '/usr/local/bin/negotiation-positions', ...args]
  process.exitCode = undefined
  vi.resetModules()
  await import('../../src/cli/main')
  await vi.waitFor(() => expect(process.exitCode).not.toBeUndefined(), { timeout: 5000 })
  const code = process.exitCode
  return { code, stdout: out.join(''), stderr: err.join('') }
}

describe('negotiation-positions (the executable)', () => {
  it('prints its version and exits 0', async () => {
    expect(await main(['--version'])).toEqual({ code: 0, stdout: `${CLI_VERSION}\n`, stderr: '' })
  })

  it('exits 2 on an unknown command, saying so on standard error', async () => {
    const r = await main(['frobnicate'])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain("error: unknown command 'frobnicate'")
  })

  it('exits 1 with an internal error when even reporting a failure fails', async () => {
    const r = await main(['validate'], true)
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('internal error: standard error is gone\n')
  })
})
