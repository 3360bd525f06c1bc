/**
 * Notebook display: `display(x)` turns any result of the library — a report, a chart, a diff, deadlock findings, a
 * ledger, an `Either` — into a Jupyter MIME bundle that Deno's kernel shows by itself (the bundle carries the
 * `Symbol.for('Jupyter.display')` method), and `show(x, tslab.display)` shows it in tslab.
 *
 * @packageDocumentation
 * @since 0.1.0
 */
export { display, JUPYTER_DISPLAY, show } from './display'
export type { Displayable, DisplaySink, MimeBundle } from './display'
