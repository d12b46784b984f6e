/**
 * The valid-time index: entries ordered by the start of the event's interval, then its
 * recorded time, then its append position. A late event lands in its place in a chunked
 * sorted list, so an insertion moves at most one chunk, never the whole index.
 */

/**
 * One place of an event in valid time: what an `EventLog` keeps in valid-time order. An
 * event has one entry, plus one for each correction that moved its `occurred`; which of them is
 * active depends on what a view knows.
 *
 * @example
 * ```ts
 * import { memoryLog, Timeline } from 'entente-timeline'
 * import { readFileSync } from 'node:fs'
 *
 * const log = memoryLog()
 * log.append(Timeline.fromNdjson(readFileSync('fixtures/vilnius-2023.ndjson', 'utf8')).events)
 * const first = log.validTime()[0]!
 * log.event(first.seq).id //=> 'actor-bel'
 * new Date(first.start).toISOString() //=> '1949-04-04T00:00:00.000Z'
 * ```
 */
export interface ValidTimeEntry {
  /** First instant of the event's interval (ms). */
  readonly start: number
  /** First instant after the event's interval (ms). */
  readonly end: number
  /** Recorded time of the event (ms): the second key. */
  readonly rec: number
  /** Append position of the event this entry places. */
  readonly seq: number
  /** Append position of the correction that gave this time, or -1 for the event's own. */
  readonly variant: number
}

/** The same entry, under the name the log's internals use. */
export type _Entry = ValidTimeEntry

/** Orders entries by (start, recorded, append position, variant). */
export function _compareEntries(a: _Entry, b: _Entry): number {
  return a.start - b.start || a.rec - b.rec || a.seq - b.seq || a.variant - b.variant
}

const CHUNK = 1024

/**
 * A sorted list in chunks of at most 2 × 1024 entries. Appending in order is O(1); a late
 * insertion binary-searches the chunk and moves at most one chunk's entries.
 */
export class _SortedEntries {
  private chunks: _Entry[][] = []
  private flat: _Entry[] | undefined = []
  private count = 0
  /** Late insertions moved into `flat` since it was last read. */
  private unread = 0

  get size(): number {
    return this.count
  }

  /** Inserts an entry at its place; returns true when it went to the very end. */
  insert(entry: _Entry): boolean {
    this.count++
    const last = this.chunks[this.chunks.length - 1]
    if (last === undefined || _compareEntries(last[last.length - 1]!, entry) <= 0) {
      if (last === undefined || last.length >= CHUNK) this.chunks.push([entry])
      else last.push(entry)
      this.flat?.push(entry)
      return true
    }
    let lo = 0
    let hi = this.chunks.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const chunk = this.chunks[mid]!
      if (_compareEntries(chunk[chunk.length - 1]!, entry) <= 0) lo = mid + 1
      else hi = mid
    }
    const chunk = this.chunks[lo]!
    let a = 0
    let b = chunk.length
    while (a < b) {
      const mid = (a + b) >>> 1
      if (_compareEntries(chunk[mid]!, entry) <= 0) a = mid + 1
      else b = mid
    }
    chunk.splice(a, 0, entry)
    // A flat list someone reads (a projection's stream) takes a few late entries in place:
    // moving its tail costs far less than flattening every chunk again. Many late entries in a
    // row (a bulk load) drop it instead, to be flattened once when next read.
    if (this.flat !== undefined && this.unread < 8) {
      let at = a
      for (let k = 0; k < lo; k++) at += this.chunks[k]!.length
      this.flat.splice(at, 0, entry)
      this.unread++
    } else this.flat = undefined
    if (chunk.length >= 2 * CHUNK) this.chunks.splice(lo, 1, chunk.slice(0, CHUNK), chunk.slice(CHUNK))
    return false
  }

  /** All entries in order, as one array (flattened again only after many late insertions in a row). */
  toArray(): readonly _Entry[] {
    if (this.flat === undefined) this.flat = this.chunks.flat()
    this.unread = 0
    return this.flat
  }
}

/** The first index in a sorted entry array whose start is at or after `ms`. */
export function _firstStartingAtOrAfter(entries: readonly _Entry[], ms: number): number {
  let lo = 0
  let hi = entries.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (entries[mid]!.start < ms) lo = mid + 1
    else hi = mid
  }
  return lo
}
