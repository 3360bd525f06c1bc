/**
 * A terminal and a file system in memory for running the command line in-process: what it prints to each stream,
 * the files it writes, and files to read. A file given as an Error fails to read with that error; a missing one fails
 * with ENOENT; writing under `/read-only/` fails with EACCES.
 */
import type { Io } from '../../src/cli/io'

/** A read failure as node gives it: an Error with a `code`. */
export type Failure = Error & { readonly code?: string }

/** An Error with a node error code. */
export const failure = (code: string, message: string): Failure => Object.assign(new Error(message), { code })

/** A fresh fake: its `io`, what was printed so far on each stream, and the files written. */
export const fake = (files: Record<string, string | Failure> = {}, stdin = '') => {
  const out: string[] = []
  const err: string[] = []
  const written: Record<string, string> = {}
  const io: Io = {
    stdout: (s) => void out.push(s),
    stderr: (s) => void err.push(s),
    readFile: (path) => {
      const f = files[path]
      if (f === undefined) return Promise.reject(failure('ENOENT', `ENOENT: no such file, open '${path}'`))
      return typeof f === 'string' ? Promise.resolve(f) : Promise.reject(f)
    },
    readStdin: () => Promise.resolve(stdin),
    writeFile: (path, data) => {
      if (path.startsWith('/read-only/'))
        return Promise.reject(failure('EACCES', 'EACCES: permission denied'))
      written[path] = data
      return Promise.resolve()
    },
  }
  return { io, stdout: () => out.join(''), stderr: () => err.join(''), written }
}
