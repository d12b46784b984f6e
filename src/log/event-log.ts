/**
 * The log's storage port: the few operations the timeline, its views and the projection engine
 * read a log through. The in-memory log implements it; a stored log (see `entente-timeline/postgres`)
 * fills one with the events a question needs, then the same engine folds them.
 */
import type { Citation } from '../model/citation.js'
import type { Vocabulary } from '../model/define-kind.js'
import type { EventBase } from '../model/envelope.js'
import type { ValidTimeEntry } from './order.js'

/**
 * The storage port: a log of events in append order with the indexes the timeline, its views and
 * the projection engine read it through, and nothing else (no validation, no projection caches).
 * Positions (`seq`) are append positions from 0; times are milliseconds since 1970 UTC. Events
 * handed to `append` are validated and frozen already: a log checks only the expected version.
 * `memoryLog()` makes the in-memory one; `Timeline.over(log)` puts the query API over any log.
 * A store that cannot answer synchronously (a database) fills a `memoryLog()` with the events a
 * question needs, as `entente-timeline/postgres` does. See docs/storage.md.
 *
 * @example
 * ```ts
 * import { type EventLog, memoryLog, membership, Timeline } from 'entente-timeline'
 * import { readFileSync } from 'node:fs'
 *
 * // events validated once, by a timeline, then kept in a log of one's own
 * const { events } = Timeline.fromNdjson(readFileSync('fixtures/vilnius-2023.ndjson', 'utf8'))
 * const log: EventLog = memoryLog()
 * log.append(events, 0)
 * log.length //=> 154
 * log.actorEntryCount('JPN') //=> 29
 * Timeline.over(log).project(membership('NATO'), { at: '2023-07-12' }).members.length //=> 35
 * ```
 */
export interface EventLog<E extends EventBase = EventBase> {
  /** The kinds the log holds. */
  readonly vocabulary: Vocabulary<E>
  /** How many positions it has: the events it holds, and those a fork left out below its cut. */
  readonly length: number
  /** How many positions below `length` hold no event of this log (a fork of a knownOn view leaves some out). */
  readonly absent: number
  /** Whether a position below `length` holds an event of this log. */
  present(seq: number): boolean
  /**
   * Adds a batch of validated events at once, if the log holds `expectedVersion` events
   * (when given); throws a ConcurrencyError otherwise and adds nothing.
   */
  append(events: readonly E[], expectedVersion?: number): void
  /** The event at an append position. */
  event(seq: number): E
  /** Its recorded time (ms). */
  recorded(seq: number): number
  /** The append position of the event with this id. */
  positionOf(id: string): number | undefined
  /** The citation given inline with this id, without its quote. */
  citation(id: string): Citation | undefined
  /** The earliest recorded time (ms) of a declaration of this actor. */
  declaredAt(actor: string): number | undefined
  /** Positions of the corrections and retractions of an event (and of its corrections), in append order. */
  modifications(seq: number): readonly number[] | undefined
  /** The valid-time entries a correction of `occurred` gave an event. */
  variants(seq: number): readonly ValidTimeEntry[] | undefined
  /** Every actor the event was indexed under (its own and its corrections'). */
  actorsOf(seq: number): readonly string[]
  /** The highest append position among an event and its modifications. */
  lastPosition(seq: number): number
  /** The highest recorded time (ms) among an event and its modifications. */
  lastRecorded(seq: number): number
  /** Every entry in valid-time order. */
  validTime(): readonly ValidTimeEntry[]
  /** The entries of the events naming an actor, in valid-time order. */
  actorEntries(actor: string): readonly ValidTimeEntry[]
  /** The entries of the events naming both actors, in valid-time order. */
  pairEntries(a: string, b: string): readonly ValidTimeEntry[]
  /**
   * The entries of the events of one kind naming an actor, in valid-time order; an office event
   * is also listed under the person and the actor any correction of it names. The engine asks
   * it for positions and offices, of each side of a question: the in-memory log lists those as
   * events arrive, and gathers any other kind from the actor's entries when first asked for.
   */
  actorKindEntries(actor: string, kind: string): readonly ValidTimeEntry[]
  /** How many entries name an actor. */
  actorEntryCount(actor: string): number
  /** Positions of the events that reference an event (positions, meetings, reactions). */
  referrers(seq: number): readonly number[] | undefined
  /** Positions of office events and of modifications of office events, ascending. */
  officeChanges(): readonly number[]
  /** How many changes the valid-time index had: one per event, one per modification. */
  readonly changeCount: number
  /** The i-th change: the entry from which projections may fold differently. */
  change(i: number): ValidTimeEntry
}
