/**
 * Reading the negotiation a command works on: a JSON or YAML file (by its extension, else by its content), standard
 * input (`-`), or the embedded dataset when no file is given. Problems come back as the loader's readable list.
 *
 * @internal
 */
import { either as E } from 'fp-ts'
import { load as loadDataset } from '../datasets'
import { format, parse, type TextFormat } from '../model/load'
import type { Negotiation } from '../model/negotiation'
import type { Io } from './io'

/** What went wrong reading the input: the message to print (already formatted). @internal */
export interface InputProblem {
  readonly message: string
}

/** The text format a file name implies. @internal */
export const formatOf = (path: string): TextFormat =>
  /\.json$/i.test(path) ? 'json' : /\.ya?ml$/i.test(path) ? 'yaml' : 'auto'

/**
 * The negotiation from `file` (`-` for standard input), or the embedded dataset `dataset` when there is no file.
 *
 * @internal
 */
export const readNegotiation = async (
  io: Io,
  file: string | undefined,
  dataset: string,
): Promise<E.Either<InputProblem, { readonly negotiation: Negotiation; readonly name: string }>> => {
  if (file === undefined) {
    const r = loadDataset(dataset)
    return E.isLeft(r)
      ? E.left({ message: format(r.left) })
      : E.right({ negotiation: r.right, name: `dataset ${dataset}` })
  }
  let text: string
  try {
    text = file === '-' ? await io.readStdin() : await io.readFile(file)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : String((e as Error).message)
    return E.left({ message: `cannot read ${file}: ${why}` })
  }
  const r = parse(text, file === '-' ? 'auto' : formatOf(file))
  return E.isLeft(r)
    ? E.left({ message: `${file}: ${format(r.left)}` })
    : E.right({ negotiation: r.right, name: file })
}
