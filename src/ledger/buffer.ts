/**
 * The marks of a bulk build, before they become timelines: each mark is three numbers (its timeline's key, its
 * date and mark packed as `date × 16 + mark`, its event), kept in typed-array chunks filed by the high bits of the
 * key. Each stream of chunks covers a range of keys small enough to be grouped by timeline in cache at the end,
 * and the chunks grow with their stream, so the buffer takes about twelve bytes a mark and is never copied.
 * Internal to the ledger.
 *
 * @internal
 * @since 0.1.0
 */

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** The most streams: enough to keep each one small, few enough that filling them stays in cache. */
const MAX_STREAM_BITS = 10
/** The sizes of a stream's chunks, in marks: they double from the first to the last, then stay. */
const FIRST_CHUNK = 256
const LAST_CHUNK = 2048

/** The marks of a bulk build, by timeline key. */
export class MarkBuffer {
  /** How many keys each stream covers. */
  private readonly span: number
  private readonly chunks: Int32Array[][]
  /** Per stream: marks in its last chunk. */
  private readonly fill: Int32Array
  private readonly total: Int32Array
  /** The most marks in one stream. */
  private longest = 0

  /** A buffer for keys 0 to `keys - 1`. */
  constructor(keys: number) {
    const bits = Math.max(1, Math.ceil(Math.log2(Math.max(2, keys))))
    const high = Math.min(MAX_STREAM_BITS, Math.floor(bits / 2))
    this.span = 2 ** (bits - high)
    const streams = Math.max(1, Math.ceil(keys / this.span))
    this.chunks = Array.from({ length: streams }, () => [])
    this.fill = new Int32Array(streams)
    this.total = new Int32Array(streams)
  }

  push(key: number, day: number, event: number, mark: number): void {
    const s = Math.floor(key / this.span)
    const chunks = this.chunks[s] as Int32Array[]
    let f = this.fill[s] as number
    let chunk = chunks[chunks.length - 1]
    if (chunk === undefined || f * 3 === chunk.length) {
      chunk = new Int32Array(3 * Math.min(LAST_CHUNK, FIRST_CHUNK << chunks.length))
      chunks.push(chunk)
      f = 0
    }
    chunk[3 * f] = key - s * this.span
    chunk[3 * f + 1] = day * 16 + mark
    chunk[3 * f + 2] = event
    this.fill[s] = f + 1
    const n = (this.total[s] as number) + 1
    this.total[s] = n
    if (n > this.longest) this.longest = n
  }

  // -------------------------------------------------------------------------------------
  // destructors
  // -------------------------------------------------------------------------------------

  /**
   * Calls `f` for each key that has marks, in increasing key order, with its marks: `codes[from .. from + n)` and
   * `events[from .. from + n)`, in the order they were pushed (the arrays are reused from one call to the next).
   * Each stream's chunks are let go once read.
   */
  forEachTimeline(
    f: (key: number, codes: Int32Array, events: Int32Array, from: number, n: number) => void,
  ): void {
    const codes = new Int32Array(this.longest)
    const events = new Int32Array(this.longest)
    const start = new Int32Array(this.span + 1)
    const next = new Int32Array(this.span)
    for (let s = 0; s < this.chunks.length; s++) {
      const chunks = this.chunks[s] as Int32Array[]
      if (chunks.length === 0) continue
      const last = chunks.length - 1
      const used = (c: number): number =>
        c === last ? (this.fill[s] as number) : (chunks[c] as Int32Array).length / 3
      // count the marks of each key of the stream, then file them by key (stable)
      start.fill(0)
      for (let c = 0; c <= last; c++) {
        const chunk = chunks[c] as Int32Array
        for (let j = 0, n = used(c); j < n; j++) {
          const k = (chunk[3 * j] as number) + 1
          start[k] = (start[k] as number) + 1
        }
      }
      for (let k = 0; k < this.span; k++) start[k + 1] = (start[k + 1] as number) + (start[k] as number)
      next.set(start.subarray(0, this.span))
      for (let c = 0; c <= last; c++) {
        const chunk = chunks[c] as Int32Array
        for (let j = 0, n = used(c); j < n; j++) {
          const k = chunk[3 * j] as number
          const at = next[k] as number
          next[k] = at + 1
          codes[at] = chunk[3 * j + 1] as number
          events[at] = chunk[3 * j + 2] as number
        }
      }
      this.chunks[s] = []
      for (let k = 0; k < this.span; k++) {
        const from = start[k] as number
        const n = (start[k + 1] as number) - from
        if (n > 0) f(s * this.span + k, codes, events, from, n)
      }
    }
  }
}
