/**
 * The marks of a bulk build, before they become timelines: each mark is three numbers (its timeline's key, its
 * step and mark packed as `(day × 8 + precedence) × 16 + mark`, the number of its stance's signature, 0 for most marks: see `Sink` in intake.ts) and its event's id, kept in
 * chunks (a typed array and a list of ids) filed by the high bits of the key. Each stream of chunks covers a range
 * of keys small enough to be sorted in cache at the end, by step and then by timeline (two counting sorts), so
 * that each timeline comes out in date order, ids and all (no look-up of an event, all over memory, per mark); the chunks grow with their stream, so the buffer takes about twenty bytes a mark and is never copied.
 * Internal to the ledger.
 *
 * @internal
 * @since 0.1.0
 */
import { PRECEDENCE } from './marks'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** The most streams: enough to keep each one small, few enough that filling them stays in cache. */
const MAX_STREAM_BITS = 10
/** The sizes of a stream's chunks, in marks: they double from the first to the last, then stay. */
const FIRST_CHUNK = 256
const LAST_CHUNK = 2048
const DOUBLINGS = Math.log2(LAST_CHUNK / FIRST_CHUNK)
/**
 * The widest range of steps a stream is sorted by with a counting sort, in all and per mark of the stream (wider
 * ones are left to the layout, which sorts each timeline by insertion).
 */
const MAX_STEPS = 1 << 16
const STEPS_PER_MARK = 4
/** The precedence of each mark, bound here once (see intake.ts). */
const precedence = PRECEDENCE
const NONE = new Int32Array(0)

/** The marks of a bulk build, by timeline key. */
export class MarkBuffer {
  /** How many keys each stream covers: `2 ** shift`. */
  private readonly shift: number
  private readonly span: number
  private readonly chunks: Int32Array[][]
  /** The ids of the marks' events, chunk by chunk as `chunks` (`null` for a proposal's own tabling). */
  private readonly idChunks: (string | null)[][][]
  /** Per stream: its last chunk and its ids, the marks in them, and the marks they hold. */
  private readonly last: Int32Array[]
  private readonly lastIds: (string | null)[][]
  private readonly fill: Int32Array
  private readonly room: Int32Array

  /** A buffer for keys 0 to `keys - 1`. */
  constructor(keys: number) {
    const bits = Math.max(1, Math.ceil(Math.log2(Math.max(2, keys))))
    const high = Math.min(MAX_STREAM_BITS, Math.floor(bits / 2))
    this.shift = bits - high
    this.span = 2 ** this.shift
    const streams = Math.max(1, Math.ceil(keys / this.span))
    this.chunks = Array.from({ length: streams }, () => [])
    this.idChunks = Array.from({ length: streams }, () => [])
    this.last = Array.from({ length: streams }, () => NONE)
    this.lastIds = Array.from({ length: streams }, () => [])
    this.fill = new Int32Array(streams)
    this.room = new Int32Array(streams)
  }

  /** Starts a new chunk for stream `s` (twice as large as its last one, up to `LAST_CHUNK` marks). */
  private grow(s: number): void {
    const chunks = this.chunks[s] as Int32Array[]
    const size = chunks.length < DOUBLINGS ? FIRST_CHUNK << chunks.length : LAST_CHUNK
    const chunk = new Int32Array(3 * size)
    const ids = new Array<string | null>(size)
    chunks.push(chunk)
    ;(this.idChunks[s] as (string | null)[][]).push(ids)
    this.last[s] = chunk
    this.lastIds[s] = ids
    this.fill[s] = 0
    this.room[s] = size
  }

  /** Files a mark: its timeline's key, its day number, its signature's number, its event's id and its mark's code. */
  push(key: number, day: number, signature: number, id: string | null, mark: number): void {
    const s = key >>> this.shift
    if (this.fill[s] === this.room[s]) this.grow(s)
    const f = this.fill[s] as number
    const chunk = this.last[s] as Int32Array
    const at = 3 * f
    chunk[at] = key - (s << this.shift)
    chunk[at + 1] = ((day * 8 + (precedence[mark] as number)) << 4) | mark
    chunk[at + 2] = signature
    ;(this.lastIds[s] as (string | null)[])[f] = id
    this.fill[s] = f + 1
  }

  // -------------------------------------------------------------------------------------
  // destructors
  // -------------------------------------------------------------------------------------

  /**
   * Calls `f` for each key that has marks, in increasing key order, with its marks: `codes[from .. from + n)`,
   * `signatures[from .. from + n)` and `ids[from .. from + n)`, by step (date, then precedence) when the stream's steps
   * span a narrow enough range, and in the order they were pushed among marks of the same step (the arrays are
   * reused from one call to the next). Each stream's chunks are let go once read.
   */
  forEachTimeline(
    f: (
      key: number,
      codes: Int32Array,
      signatures: Int32Array,
      ids: ReadonlyArray<string | null>,
      from: number,
      n: number,
    ) => void,
  ): void {
    const span = this.span
    const used = (s: number, chunks: ReadonlyArray<Int32Array>, c: number): number =>
      c === chunks.length - 1 ? (this.fill[s] as number) : (chunks[c] as Int32Array).length / 3
    let longest = 0
    for (let s = 0; s < this.chunks.length; s++) {
      const chunks = this.chunks[s] as Int32Array[]
      let n = 0
      for (let c = 0; c < chunks.length; c++) n += used(s, chunks, c)
      longest = Math.max(longest, n)
    }
    const codes = new Int32Array(longest)
    const signatures = new Int32Array(longest)
    const ids = new Array<string | null>(longest).fill(null)
    // the stream in step order, before it is filed by key
    const keys = new Int32Array(longest)
    const byStep = new Int32Array(longest)
    const byStepSignatures = new Int32Array(longest)
    const byStepIds = new Array<string | null>(longest).fill(null)
    const start = new Int32Array(span + 1)
    const next = new Int32Array(span)
    let steps = new Int32Array(0)
    for (let s = 0; s < this.chunks.length; s++) {
      const chunks = this.chunks[s] as Int32Array[]
      const idChunks = this.idChunks[s] as (string | null)[][]
      if (chunks.length === 0) continue
      // count the marks of each key of the stream, and the range of its steps
      start.fill(0)
      let low = Infinity
      let high = -Infinity
      let n = 0
      for (let c = 0; c < chunks.length; c++) {
        const chunk = chunks[c] as Int32Array
        for (let j = 0, m = used(s, chunks, c); j < m; j++) {
          const k = (chunk[3 * j] as number) + 1
          start[k] = (start[k] as number) + 1
          const step = (chunk[3 * j + 1] as number) >> 4
          if (step < low) low = step
          if (step > high) high = step
        }
        n += used(s, chunks, c)
      }
      for (let k = 0; k < span; k++) start[k + 1] = (start[k + 1] as number) + (start[k] as number)
      next.set(start.subarray(0, span))
      if (high - low < MAX_STEPS && high - low < STEPS_PER_MARK * n) {
        // by step first (a counting sort, stable), then by key (stable): each key's marks in step order
        const range = high - low + 1
        if (steps.length < range + 1) steps = new Int32Array(Math.max(range + 1, 2 * steps.length))
        steps.fill(0, 0, range + 1)
        for (let c = 0; c < chunks.length; c++) {
          const chunk = chunks[c] as Int32Array
          for (let j = 0, m = used(s, chunks, c); j < m; j++) {
            const t = ((chunk[3 * j + 1] as number) >> 4) - low + 1
            steps[t] = (steps[t] as number) + 1
          }
        }
        for (let t = 0; t < range; t++) steps[t + 1] = (steps[t + 1] as number) + (steps[t] as number)
        for (let c = 0; c < chunks.length; c++) {
          const chunk = chunks[c] as Int32Array
          const idChunk = idChunks[c] as (string | null)[]
          for (let j = 0, m = used(s, chunks, c); j < m; j++) {
            const code = chunk[3 * j + 1] as number
            const t = (code >> 4) - low
            const at = steps[t] as number
            steps[t] = at + 1
            keys[at] = chunk[3 * j] as number
            byStep[at] = code
            byStepSignatures[at] = chunk[3 * j + 2] as number
            byStepIds[at] = idChunk[j] as string | null
          }
        }
        for (let j = 0; j < n; j++) {
          const k = keys[j] as number
          const at = next[k] as number
          next[k] = at + 1
          codes[at] = byStep[j] as number
          signatures[at] = byStepSignatures[j] as number
          ids[at] = byStepIds[j] as string | null
        }
      } else
        for (let c = 0; c < chunks.length; c++) {
          const chunk = chunks[c] as Int32Array
          const idChunk = idChunks[c] as (string | null)[]
          for (let j = 0, m = used(s, chunks, c); j < m; j++) {
            const k = chunk[3 * j] as number
            const at = next[k] as number
            next[k] = at + 1
            codes[at] = chunk[3 * j + 1] as number
            signatures[at] = chunk[3 * j + 2] as number
            ids[at] = idChunk[j] as string | null
          }
        }
      this.chunks[s] = []
      this.idChunks[s] = []
      this.last[s] = NONE
      this.lastIds[s] = []
      this.fill[s] = 0
      this.room[s] = 0
      for (let k = 0; k < span; k++) {
        const from = start[k] as number
        const count = (start[k + 1] as number) - from
        if (count > 0) f(s * span + k, codes, signatures, ids, from, count)
      }
    }
  }
}
