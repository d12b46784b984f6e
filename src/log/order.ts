/**
 * The valid-time index: entries ordered by the start of the event's interval, then its
 * recorded time, then its append position. A late event waits beside the list until the list is
 * next read, so a load never moves entries one late event at a time.
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

/**
 * A sorted list that takes entries in any order. An entry at or after the last one is appended;
 * an earlier one (a late event) waits in a side list, and the next read sorts the side list and
 * merges it in from the back, moving only the entries after the first late one. Loading a log,
 * which appends almost everything in order, costs one comparison and one push per entry, and a
 * log read out of valid-time order costs a sort per read, never a move per entry.
 */
export class _SortedEntries {
  private items: _Entry[] = []
  /** Entries that came after a later one, unsorted; made when the first one comes (most lists never have one). */
  private late: _Entry[] | undefined

  get size(): number {
    return this.items.length + (this.late?.length ?? 0)
  }

  /** Adds an entry; it takes its place by the next read. */
  insert(entry: _Entry): void {
    const items = this.items
    if (items.length === 0 || _compareEntries(items[items.length - 1]!, entry) <= 0) items.push(entry)
    else (this.late ??= []).push(entry)
  }

  /** All entries in order: the same array from read to read, grown in place. */
  toArray(): readonly _Entry[] {
    if (this.late !== undefined) this.mergeLate(this.late)
    return this.items
  }

  /**
   * Makes the list exactly as long as it is: an array grown entry by entry keeps room for more
   * (half again as much). What came late is still sorted in when first read. Only for a list
   * nobody has read, since a read gives the array itself.
   */
  settle(): void {
    this.items = this.items.slice()
    if (this.late !== undefined) this.late = this.late.slice()
  }

  /** Visits every entry in no particular order: what gathers a part of the list does not sort all of it. */
  forEach(visit: (entry: _Entry) => void): void {
    for (const entry of this.items) visit(entry)
    if (this.late !== undefined) for (const entry of this.late) visit(entry)
  }

  private mergeLate(late: _Entry[]): void {
    late.sort(_compareEntries)
    this.late = undefined
    const items = this.items
    let from = items.length - 1
    // Grow by pushing (an array with holes would be slower to read), then fill from the back.
    for (const entry of late) items.push(entry)
    for (let to = items.length - 1, next = late.length - 1; next >= 0; to--) {
      if (from >= 0 && _compareEntries(items[from]!, late[next]!) > 0) items[to] = items[from--]!
      else items[to] = late[next--]!
    }
  }
}

/**
 * The first index of a sorted array whose item `before` no longer holds for (the array's length
 * if it holds for every item): a binary search, `before` holding for a prefix of the array.
 */
export function _firstNotBefore<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (before(items[mid]!)) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The first index in a sorted entry array whose start is at or after `ms`. */
export function _firstStartingAtOrAfter(entries: readonly _Entry[], ms: number): number {
  return _firstNotBefore(entries, (entry) => entry.start < ms)
}
