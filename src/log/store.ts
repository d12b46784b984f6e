/**
 * The in-memory log: events in append order and the indexes over them (ids, declared actors,
 * citations, corrections, valid time, actors). It only grows; every version of a timeline sees
 * the prefix of it that was there when the version was made. It trusts what it is given:
 * validation happens before (see validate.ts), projection caches live with the projections.
 */
import { ConcurrencyError } from '../errors.js'
import type { Citation } from '../model/citation.js'
import type { Vocabulary } from '../model/define-kind.js'
import type { EventBase } from '../model/envelope.js'
import { _recordedMs, _toMsInterval, type PartialDate } from '../model/partial-date.js'
import type { EventLog } from './event-log.js'
import { type _Entry, _SortedEntries } from './order.js'

/**
 * A change to the valid-time index: events at or after this entry may fold differently now;
 * its `seq` is the event that changed. One entry, not a wrapper: there is one change an event.
 */
export type _Change = _Entry

/** The in-memory implementation of the log's port. */
export class _MemoryLog<E extends EventBase> implements EventLog<E> {
  readonly vocabulary: Vocabulary<E>
  /** Events in append order, deep-frozen. */
  private readonly events: E[] = []
  /** Recorded time of each event (ms). */
  private readonly rec: number[] = []
  /** The valid-time entry of each event as appended (the index holds it too: no copy per event). */
  private readonly own: _Entry[] = []
  private readonly byId = new Map<string, number>()
  /** Actor id → the earliest recorded time (ms) of a declaration of it. */
  private readonly declared = new Map<string, number>()
  private readonly citations = new Map<string, Citation>()
  /** Event position → positions of the corrections and retractions that target it. */
  private readonly mods = new Map<number, number[]>()
  /** Events whose `occurred` a correction moved: they have more than one entry. */
  private readonly moved = new Map<number, _Entry[]>()
  /** Every actor each event was ever indexed under (its own and its corrections'). */
  private readonly eventActors: (readonly string[])[] = []
  private readonly maxSeq: number[] = []
  private readonly maxTx: number[] = []
  private readonly entries = new _SortedEntries()
  private readonly byActor = new Map<string, _SortedEntries>()
  private readonly referencedBy = new Map<number, number[]>()
  private readonly offices: number[] = []
  private readonly changes: _Change[] = []

  constructor(vocabulary: Vocabulary<E>) {
    this.vocabulary = vocabulary
  }

  get length(): number {
    return this.events.length
  }

  get changeCount(): number {
    return this.changes.length
  }

  append(events: readonly E[], expectedVersion?: number): void {
    if (expectedVersion !== undefined && expectedVersion !== this.length)
      throw new ConcurrencyError(expectedVersion, this.length)
    for (const event of events) this.commit(event)
  }

  event(seq: number): E {
    return this.events[seq]!
  }

  recorded(seq: number): number {
    return this.rec[seq]!
  }

  positionOf(id: string): number | undefined {
    return this.byId.get(id)
  }

  citation(id: string): Citation | undefined {
    return this.citations.get(id)
  }

  declaredAt(actor: string): number | undefined {
    return this.declared.get(actor)
  }

  modifications(seq: number): readonly number[] | undefined {
    return this.mods.get(seq)
  }

  variants(seq: number): readonly _Entry[] | undefined {
    return this.moved.get(seq)
  }

  actorsOf(seq: number): readonly string[] {
    return this.eventActors[seq]!
  }

  lastPosition(seq: number): number {
    return this.maxSeq[seq]!
  }

  lastRecorded(seq: number): number {
    return this.maxTx[seq]!
  }

  validTime(): readonly _Entry[] {
    return this.entries.toArray()
  }

  actorEntries(actor: string): readonly _Entry[] {
    return this.byActor.get(actor)?.toArray() ?? []
  }

  actorEntryCount(actor: string): number {
    return this.byActor.get(actor)?.size ?? 0
  }

  referrers(seq: number): readonly number[] | undefined {
    return this.referencedBy.get(seq)
  }

  officeChanges(): readonly number[] {
    return this.offices
  }

  change(i: number): _Entry {
    return this.changes[i]!
  }

  private commit(event: E): void {
    const seq = this.events.length
    const rec = _recordedMs(event.recorded)
    const interval = _toMsInterval(event.occurred as PartialDate)
    this.events.push(event)
    this.rec.push(rec)
    this.byId.set(event.id, seq)
    this.maxSeq.push(seq)
    this.maxTx.push(rec)
    if (event.kind === 'actor')
      this.declared.set(event.actors[0]!, Math.min(rec, this.declared.get(event.actors[0]!) ?? Infinity))
    for (const source of event.sources)
      if (typeof source !== 'string' && !this.citations.has(source.id))
        this.citations.set(source.id, _withoutQuote(source))
    if (event.kind === 'office') this.offices.push(seq)
    const entry: _Entry = { start: interval.start, end: interval.end, rec, seq, variant: -1 }
    this.own.push(entry)
    this.eventActors.push(event.actors)
    this.index(entry, event.actors)
    this.changes.push(entry)
    for (const reference of this.vocabulary.references(event)) {
      const target = this.byId.get(reference.id)
      // A log filled with the part of a stored log that a question needs may lack what an event
      // references (the summit of a meeting); a modification always comes with its target.
      if (target === undefined) continue
      if (reference.modifies === true) this.modify(target, seq, event)
      else push(this.referencedBy, target, seq)
    }
  }

  private index(entry: _Entry, actors: readonly string[]): void {
    this.entries.insert(entry)
    for (const actor of new Set(actors)) {
      let list = this.byActor.get(actor)
      if (list === undefined) this.byActor.set(actor, (list = new _SortedEntries()))
      list.insert(entry)
    }
  }

  /** Records a correction or retraction of `target` (and of whatever `target` corrects). */
  private modify(target: number, seq: number, event: E): void {
    push(this.mods, target, seq)
    // A retraction of a correction changes how the corrected event reads.
    const targetEvent = this.events[target]!
    const inner = this.vocabulary.references(targetEvent).find((reference) => reference.modifies === true)
    const corrected = inner === undefined ? target : this.byId.get(inner.id)!
    if (corrected !== target) push(this.mods, corrected, seq)
    this.maxSeq[corrected] = Math.max(this.maxSeq[corrected]!, seq)
    this.maxTx[corrected] = Math.max(this.maxTx[corrected]!, this.rec[seq]!)
    const base = this.events[corrected]!
    if (base.kind === 'office') this.offices.push(seq)
    const changes =
      event.kind === 'correction' ? (event as unknown as { changes: Record<string, unknown> }).changes : {}
    const own = this.own[corrected]!
    let key = own
    for (const variant of this.moved.get(corrected) ?? []) if (variant.start < key.start) key = variant
    if (changes['occurred'] !== undefined) {
      const interval = _toMsInterval(changes['occurred'] as PartialDate)
      const variant: _Entry = {
        start: interval.start,
        end: interval.end,
        rec: this.rec[corrected]!,
        seq: corrected,
        variant: seq,
      }
      push(this.moved, corrected, variant)
      this.index(variant, this.eventActors[corrected]!)
      if (variant.start < key.start) key = variant
    }
    if (Array.isArray(changes['actors'])) {
      const added = (changes['actors'] as string[]).filter((actor) => !this.eventActors[corrected]!.includes(actor))
      if (added.length > 0) {
        this.eventActors[corrected] = Object.freeze([...this.eventActors[corrected]!, ...added])
        for (const entry of [own, ...(this.moved.get(corrected) ?? [])]) {
          for (const actor of added) {
            let list = this.byActor.get(actor)
            if (list === undefined) this.byActor.set(actor, (list = new _SortedEntries()))
            list.insert(entry)
          }
        }
      }
    }
    this.changes.push(key)
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}

/** A citation as the log keeps it: the quote belongs to the event that gave it. */
export function _withoutQuote(citation: Citation): Citation {
  const { quote: _quote, ...rest } = citation
  return Object.freeze(rest)
}
