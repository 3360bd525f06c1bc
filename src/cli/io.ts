/**
 * What the command line touches outside itself — standard output and error, files, standard input — behind one
 * small interface, so the commands can be run in-process by tests with a fake and by `main` with the real thing.
 *
 * @internal
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

/** @internal */
export interface Io {
  readonly stdout: (s: string) => void
  readonly stderr: (s: string) => void
  readonly readFile: (path: string) => Promise<string>
  readonly readStdin: () => Promise<string>
  readonly writeFile: (path: string, data: string) => Promise<void>
}

/**
 * The process's own standard streams and file system. Writing to a closed pipe (`| head`) ends quietly.
 *
 * @internal
 */
export const nodeIo = (): Io => {
  const quiet = (e: NodeJS.ErrnoException): void => {
    if (e.code !== 'EPIPE') throw e
  }
  process.stdout.on('error', quiet)
  return {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    readFile: (path) => readFile(path, 'utf8'),
    readStdin: async () => {
      const chunks: Buffer[] = []
      for await (const chunk of process.stdin)
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
      return Buffer.concat(chunks).toString('utf8')
    },
    writeFile: async (path, data) => {
      await mkdir(dirname(path), { recursive: true })
      await writeFile(path, data, 'utf8')
    },
  }
}
