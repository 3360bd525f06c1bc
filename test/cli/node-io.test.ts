/**
 * The real terminal and file system behind the command line (nodeIo): files read as UTF-8, reports written into
 * folders that do not exist yet, standard input read whole whether it arrives as text or bytes, output to the
 * process's streams, and a closed pipe (`negotiation-positions report | head`) ending quietly while any other
 * stream error still surfaces.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nodeIo } from '../../src/cli/io'

let dir = ''
type Listener = (...args: unknown[]) => void

let listeners: readonly Listener[] = []

/** The error listeners on standard output. */
const errorListeners = (): Listener[] => process.stdout.listeners('error') as Listener[]

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'np-io-'))
  listeners = errorListeners()
})

afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
  // nodeIo listens for errors on standard output: take its listeners off again
  for (const l of errorListeners()) if (!listeners.includes(l)) process.stdout.off('error', l)
  vi.restoreAllMocks()
})

const failure = (code: string): Error => Object.assign(new Error(`${code}: test`), { code })

describe('nodeIo', () => {
  it('reads a file as UTF-8 text, and fails with the system’s code for a missing one', async () => {
    writeFileSync(join(dir, 'talks.yaml'), 'title: Gespräche “Hafen”\n', 'utf8')
    const io = nodeIo()
    expect(await io.readFile(join(dir, 'talks.yaml'))).toBe('title: Gespräche “Hafen”\n')
    await expect(io.readFile(join(dir, 'nowhere.yaml'))).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('writes a file as UTF-8, making the folders it is in', async () => {
    const path = join(dir, 'out', 'reports', 'r.md')
    await nodeIo().writeFile(path, '# Gespräche\n')
    expect(readFileSync(path, 'utf8')).toBe('# Gespräche\n')
  })

  it('reads standard input whole, whether it comes as text or as bytes', async () => {
    const stdin = Readable.from(['talks: ', Buffer.from('“Hafen”', 'utf8'), '\n'])
    vi.spyOn(process, 'stdin', 'get').mockReturnValue(stdin as unknown as typeof process.stdin)
    expect(await nodeIo().readStdin()).toBe('talks: “Hafen”\n')
  })

  it('writes to the process’s standard output and standard error', () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    const io = nodeIo()
    io.stdout('report\n')
    io.stderr('wrote r.md\n')
    expect(out.mock.calls).toEqual([['report\n']])
    expect(err.mock.calls).toEqual([['wrote r.md\n']])
  })

  it('ends quietly when standard output is a closed pipe, and lets any other stream error through', () => {
    nodeIo()
    const added = errorListeners().filter((l) => !listeners.includes(l))
    expect(added).toHaveLength(1)
    const onError = added[0] as Listener
    expect(() => onError(failure('EPIPE'))).not.toThrow()
    expect(() => onError(failure('EIO'))).toThrow('EIO: test')
  })
})
