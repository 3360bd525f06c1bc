#!/usr/bin/env node
/**
 * The `negotiation-positions` executable: runs the command line on the process's arguments and exits with its code.
 *
 * @internal
 */
import { nodeIo } from './io'
import { run } from './program'

run(process.argv.slice(2), nodeIo()).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    process.stderr.write(`internal error: ${e instanceof Error ? e.message : String(e)}\n`)
    process.exitCode = 1
  },
)
