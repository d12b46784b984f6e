/**
 * The in-memory log: events in append order and the indexes over them (ids, declared actors,
 * citations, corrections, valid time, actors). It only grows; every version of a timeline sees
 * the prefix of it that was there when the version was made. It trusts what it is given:
 * validation happens before (see validate.ts), projection caches live with the projections.
 *
 * A fork (an append to an older version or to a knownOn view) is a log of its own over the
 * log it forks: it keeps the positions below its cut, reads what they hold from its base
 * (leaving out what the forked view did not see), and holds only what was appended to it. So a
 * fork costs what its own events cost, however long the log it forks.
 */
import { ConcurrencyError } from '../errors.js'
import type { Citation } from '../model/citation.js'
import type { Vocabulary } from '../model/define-kind.js'
import type { EventBase } from '../model/envelope.js'
import { _recordedMs, _toMsInterval, type PartialDate } from '../model/partial-date.js'
import type { EventLog } from './event-log.js'
import { _IdTable } from './id-table.js'
import { _compareEntries, type _Entry, _SortedEntries } from './order.js'

/**
 * A change to the valid-time index: events at or after this entry may fold differently now;
 * its `seq` is the event that changed. One entry, not a wrapper: there is one change an event.
 */
export type _Change = _Entry

/** What a fork reads below its cut: the log it forks, and the view of it that it forked. */
export interface _Base<E extends EventBase> {
  readonly log: _MemoryLog<E>
  /** The positions below this are the base's. */
  readonly cut: number
  /** The recorded times the forked view saw: a base event recorded at or after it is not in the fork. */
  readonly bound: number
}

/** The in-memory implementation of the log's port. */
export class _MemoryLog<E extends EventBase> implements EventLog<E> {
  readonly vocabulary: Vocabulary<E>
  private readonly base: _Base<E> | undefined
  /** The first position this log holds itself (0 unless it is a fork). */
  private readonly cut: number
  /** Events in append order, deep-frozen, from `cut` on. */
  private events: E[] = []
  /** The valid-time entry of each event as appended, which holds its recorded time (the index holds it too: no copy per event). */
  private own: _Entry[] = []
  /** Position of each event by id (this log's own events). */
  private readonly byId = new _IdTable(
    (seq, id) => this.events[seq - this.cut]!.id === id,
    (add) => {
      for (let i = 0; i < this.events.length; i++) add(this.events[i]!.id, this.cut + i)
    },
  )
  /** Actor id → positions of the events that declare it. */
  private readonly declarations = new Map<string, number[]>()
  /**
   * Citation id → the position of the first event of this log that gives it inline (unless an
   * event of the base gives it). The citation itself is read from that event's sources: most
   * citations are given once, and a position here costs nothing beside the event that holds it.
   */
  private readonly citations = new _IdTable(
    (seq, id) => inlineCitation(this.events[seq - this.cut]!, id) !== undefined,
    (add) => {
      for (let i = 0; i < this.events.length; i++)
        for (const source of this.events[i]!.sources)
          if (typeof source !== 'string' && this.baseGiver(source.id) === undefined) add(source.id, this.cut + i)
    },
  )
  /** Every event of this log that gives a citation inline, first giver first, for the citations given more than once. */
  private readonly givenAgain = new Map<string, number[]>()
  /** Citations whose first giver quoted them, without the quote: made once, when first asked for. */
  private readonly unquoted = new Map<string, Citation>()
  /** Event position → positions of the corrections and retractions appended here that target it. */
  private readonly mods = new Map<number, number[]>()
  /** Events whose `occurred` a correction appended here moved: they have more than one entry. */
  private readonly moved = new Map<number, _Entry[]>()
  /**
   * Every actor an event was ever indexed under, for the events a correction appended here added
   * actors to (below the cut too): any other event's are its own.
   */
  private readonly addedActors = new Map<number, readonly string[]>()
  /**
   * The highest append position and recorded time among an event and the modifications this
   * log holds of it, for the events it modified: an event never modified is its own last.
   */
  private readonly maxSeq = new Map<number, number>()
  private readonly maxTx = new Map<number, number>()
  private readonly entries = new _SortedEntries()
  private readonly byActor = new Map<string, _SortedEntries>()
  /**
   * Actor → partner → entries of the events naming both (each pair under its smaller id), and
   * actor → kind → entries of its events of that kind: a question about two actors reads the
   * events they share, not every event of either. An office event is also found under the
   * person and the actor any correction of it names.
   */
  private readonly byPair = new Map<string, Map<string, _SortedEntries>>()
  private readonly byActorKind = new Map<string, Map<string, _SortedEntries>>()
  /** The kinds listed under each actor as they arrive (see `Vocabulary`); others on first request. */
  private readonly listedByActor: ReadonlySet<string>
  private readonly referencedBy = new Map<number, number[]>()
  private readonly offices: number[] = []
  private changes: _Change[] = []
  private merged: { readonly key: string; readonly entries: readonly _Entry[] } | undefined
  private readonly mergedByActor = new Map<string, { readonly key: string; readonly entries: readonly _Entry[] }>()
  private mergedOffices: { readonly key: string; readonly seqs: readonly number[] } | undefined
  private absentCount: number | undefined

  constructor(vocabulary: Vocabulary<E>, base?: _Base<E>) {
    this.vocabulary = vocabulary
    this.listedByActor = vocabulary._listedByActor ?? NO_KINDS
    this.base = base
    this.cut = base?.cut ?? 0
    // A fork's projections start from nothing: its first change places every base entry anew.
    if (base !== undefined && base.cut > 0)
      this.changes.push({ start: -Infinity, end: -Infinity, rec: -Infinity, seq: 0, variant: -1 })
  }

  get length(): number {
    return this.cut + this.events.length
  }

  get changeCount(): number {
    return this.changes.length
  }

  get absent(): number {
    if (this.base === undefined) return 0
    if (this.absentCount === undefined) {
      let count = 0
      for (let seq = 0; seq < this.cut; seq++) if (!this.present(seq)) count++
      this.absentCount = count
    }
    return this.absentCount
  }

  present(seq: number): boolean {
    const base = this.base
    if (base === undefined || seq >= this.cut) return true
    return base.log.recorded(seq) < base.bound && base.log.present(seq)
  }

  append(events: readonly E[], expectedVersion?: number): void {
    if (expectedVersion !== undefined && expectedVersion !== this.length)
      throw new ConcurrencyError(expectedVersion, this.length)
    for (const event of events) this.commit(event)
  }

  /**
   * Makes every list the log holds exactly as long as it is, once a load has filled it: arrays
   * grown an item at a time keep room for half as many again, and a pair's list of three events
   * room for sixteen. Only for a log nobody has read yet (a list read is given as itself).
   */
  _settle(): void {
    this.events = this.events.slice()
    this.own = this.own.slice()
    this.changes = this.changes.slice()
    this.entries.settle()
    for (const list of this.byActor.values()) list.settle()
    for (const lists of [this.byPair, this.byActorKind])
      for (const inner of lists.values()) for (const list of inner.values()) list.settle()
  }

  event(seq: number): E {
    return seq < this.cut ? this.base!.log.event(seq) : this.events[seq - this.cut]!
  }

  recorded(seq: number): number {
    return seq < this.cut ? this.base!.log.recorded(seq) : this.own[seq - this.cut]!.rec
  }

  positionOf(id: string): number | undefined {
    const seq = this.byId.get(id)
    if (seq !== undefined || this.base === undefined) return seq
    const inBase = this.base.log.positionOf(id)
    return inBase !== undefined && this.inBase(inBase) ? inBase : undefined
  }

  citation(id: string): Citation | undefined {
    const seq = this.firstGiver(id)
    if (seq === undefined) return undefined
    // Every giver says the same but for the quote (validation holds them to it): any one serves.
    const source = inlineCitation(this.event(seq), id)
    if (source === undefined || source.quote === undefined) return source
    let unquoted = this.unquoted.get(id)
    if (unquoted === undefined) this.unquoted.set(id, (unquoted = withoutQuote(source)))
    return unquoted
  }

  declaredAt(actor: string): number | undefined {
    const positions = this.declarationsOf(actor)
    if (positions.length === 0) return undefined
    let earliest = Infinity
    for (const seq of positions) earliest = Math.min(earliest, this.recorded(seq))
    return earliest
  }

  modifications(seq: number): readonly number[] | undefined {
    const own = this.mods.get(seq)
    if (this.base === undefined || seq >= this.cut) return own
    const below = this.fromBase(this.base.log.modifications(seq))
    if (below === undefined) return own
    return own === undefined ? below : [...below, ...own]
  }

  variants(seq: number): readonly _Entry[] | undefined {
    const own = this.moved.get(seq)
    if (this.base === undefined || seq >= this.cut) return own
    const below = this.base.log.variants(seq)?.filter((entry) => this.inBase(entry.variant))
    if (below === undefined || below.length === 0) return own
    return own === undefined ? below : [...below, ...own]
  }

  actorsOf(seq: number): readonly string[] {
    const added = this.addedActors.size === 0 ? undefined : this.addedActors.get(seq)
    if (added !== undefined) return added
    return seq >= this.cut ? this.events[seq - this.cut]!.actors : this.base!.log.actorsOf(seq)
  }

  lastPosition(seq: number): number {
    if (seq >= this.cut) return this.maxSeq.get(seq) ?? seq
    // A fork's base may hold later modifications the fork does not: counting them only makes
    // a checkpoint ask more of a view than it needs to.
    return Math.max(this.base!.log.lastPosition(seq), this.maxSeq.get(seq) ?? -1)
  }

  lastRecorded(seq: number): number {
    if (seq >= this.cut) return this.maxTx.get(seq) ?? this.own[seq - this.cut]!.rec
    return Math.max(this.base!.log.lastRecorded(seq), this.maxTx.get(seq) ?? -Infinity)
  }

  validTime(): readonly _Entry[] {
    if (this.base === undefined) return this.entries.toArray()
    const key = `${this.base.log.changeCount}:${this.changes.length}`
    if (this.merged?.key !== key)
      this.merged = { key, entries: this.mergeWithBase(this.base.log.validTime(), this.entries.toArray()) }
    return this.merged.entries
  }

  actorEntries(actor: string): readonly _Entry[] {
    const own = this.byActor.get(actor)?.toArray() ?? []
    if (this.base === undefined) return own
    const key = `${this.base.log.changeCount}:${this.changes.length}`
    const known = this.mergedByActor.get(actor)
    if (known?.key === key) return known.entries
    const entries = this.mergeWithBase(this.base.log.actorEntries(actor), own)
    this.mergedByActor.set(actor, { key, entries })
    return entries
  }

  pairEntries(a: string, b: string): readonly _Entry[] {
    const own = (a < b ? this.byPair.get(a)?.get(b) : this.byPair.get(b)?.get(a))?.toArray() ?? NONE
    if (this.base === undefined) return own
    return this.mergeWithBase(this.base.log.pairEntries(a, b), own)
  }

  actorKindEntries(actor: string, kind: string): readonly _Entry[] {
    const own = (this.byActorKind.get(actor)?.get(kind) ?? this.indexKind(actor, kind))?.toArray() ?? NONE
    if (this.base === undefined) return own
    return this.mergeWithBase(this.base.log.actorKindEntries(actor, kind), own)
  }

  actorEntryCount(actor: string): number {
    return (this.byActor.get(actor)?.size ?? 0) + (this.base?.log.actorEntryCount(actor) ?? 0)
  }

  referrers(seq: number): readonly number[] | undefined {
    const own = this.referencedBy.get(seq)
    if (this.base === undefined || seq >= this.cut) return own
    const below = this.fromBase(this.base.log.referrers(seq))
    if (below === undefined) return own
    return own === undefined ? below : [...below, ...own]
  }

  officeChanges(): readonly number[] {
    if (this.base === undefined) return this.offices
    const key = `${this.base.log.changeCount}:${this.changes.length}`
    if (this.mergedOffices?.key !== key)
      this.mergedOffices = { key, seqs: [...(this.fromBase(this.base.log.officeChanges()) ?? []), ...this.offices] }
    return this.mergedOffices.seqs
  }

  change(i: number): _Entry {
    return this.changes[i]!
  }

  /** Whether a position below the cut holds an event this fork has. */
  private inBase(seq: number): boolean {
    return seq < this.cut && this.present(seq)
  }

  /** The positions of a base list that this fork has; undefined for none. */
  private fromBase(seqs: readonly number[] | undefined): number[] | undefined {
    if (seqs === undefined) return undefined
    const kept = seqs.filter((seq) => this.inBase(seq))
    return kept.length === 0 ? undefined : kept
  }

  /** The base's entries that this fork has (their event, and the correction that placed them), merged with its own. */
  private mergeWithBase(below: readonly _Entry[], own: readonly _Entry[]): _Entry[] {
    const out: _Entry[] = []
    let j = 0
    for (const entry of below) {
      if (!this.inBase(entry.seq) || (entry.variant !== -1 && !this.inBase(entry.variant))) continue
      while (j < own.length && _compareEntries(own[j]!, entry) < 0) out.push(own[j++]!)
      out.push(entry)
    }
    while (j < own.length) out.push(own[j++]!)
    return out
  }

  private declarationsOf(actor: string): readonly number[] {
    const own = this.declarations.get(actor) ?? NO_POSITIONS
    if (this.base === undefined) return own
    return [...this.base.log.declarationsOf(actor).filter((seq) => this.inBase(seq)), ...own]
  }

  /** The position of an event this log sees that gives the citation inline. */
  private firstGiver(id: string): number | undefined {
    return this.citations.get(id) ?? this.baseGiver(id)
  }

  /** The position of an event of the base this fork sees that gives the citation inline. */
  private baseGiver(id: string): number | undefined {
    const below = this.base?.log.givers(id)
    if (below === undefined) return undefined
    if (typeof below === 'number') return this.inBase(below) ? below : undefined
    return below.find((seq) => this.inBase(seq))
  }

  /** Adds a citation this fork gives first, unless the base gives it: the position of its first giver here, if any. */
  private addUnlessInBase(id: string, seq: number): number | undefined {
    const first = this.citations.get(id)
    if (first !== undefined || this.baseGiver(id) !== undefined) return first
    return this.citations.add(id, seq)
  }

  /** Every event that gives the citation inline, as kept by the log that first had it. */
  private givers(id: string): number | readonly number[] | undefined {
    return this.givenAgain.get(id) ?? this.citations.get(id) ?? this.base?.log.givers(id)
  }

  private commit(event: E): void {
    const seq = this.length
    const rec = _recordedMs(event.recorded)
    const interval = _toMsInterval(event.occurred as PartialDate)
    // Room first, while the tables still hold what the log holds: a table grows from the log.
    this.byId.reserve(1)
    this.citations.reserve(event.sources.length)
    this.events.push(event)
    this.byId.add(event.id, seq)
    if (event.kind === 'actor') push(this.declarations, event.actors[0]!, seq)
    for (const source of event.sources) {
      if (typeof source === 'string') continue
      // A citation a base event gives is the base's: the fork lists no giver of its own.
      const first = this.base === undefined ? this.citations.add(source.id, seq) : this.addUnlessInBase(source.id, seq)
      if (first === undefined) continue
      const again = this.givenAgain.get(source.id)
      if (again === undefined) this.givenAgain.set(source.id, [first, seq])
      else again.push(seq)
    }
    if (event.kind === 'office') this.offices.push(seq)
    const entry: _Entry = { start: interval.start, end: interval.end, rec, seq, variant: -1 }
    this.own.push(entry)
    this.index(entry, event.actors, event.kind)
    this.changes.push(entry)
    for (const reference of this.vocabulary.references(event)) {
      const target = this.positionOf(reference.id)
      // A log filled with the part of a stored log that a question needs may lack what an event
      // references (the summit of a meeting); a modification always comes with its target.
      if (target === undefined) continue
      if (reference.modifies === true) this.modify(target, seq, event)
      else push(this.referencedBy, target, seq)
    }
  }

  private ownEntry(seq: number): _Entry {
    return seq < this.cut ? this.base!.log.ownEntry(seq) : this.own[seq - this.cut]!
  }

  private index(entry: _Entry, actors: readonly string[], kind: string): void {
    this.entries.insert(entry)
    // Most events name two or three actors, and each once: a set for them cost more than indexing.
    const distinct = actors.length <= 8 && isDistinct(actors) ? actors : [...new Set(actors)]
    for (let i = 0; i < distinct.length; i++) {
      this.indexActor(entry, distinct[i]!, kind)
      for (let j = i + 1; j < distinct.length; j++) this.indexPair(entry, distinct[i]!, distinct[j]!)
    }
  }

  private indexActor(entry: _Entry, actor: string, kind: string): void {
    let list = this.byActor.get(actor)
    if (list === undefined) this.byActor.set(actor, (list = new _SortedEntries()))
    list.insert(entry)
    const ofKind = this.byActorKind.get(actor)?.get(kind)
    if (ofKind !== undefined) ofKind.insert(entry)
    else if (this.listedByActor.has(kind)) nested(this.byActorKind, actor, kind).insert(entry)
  }

  /**
   * An actor's events of a kind the vocabulary does not have listed as they arrive, gathered from
   * the actor's events when first asked for and kept up to date from then on: a list of every
   * kind of every actor would cost memory for each event, and questions read few of them.
   */
  private indexKind(actor: string, kind: string): _SortedEntries | undefined {
    if (this.listedByActor.has(kind)) return undefined
    const list = nested(this.byActorKind, actor, kind)
    this.byActor.get(actor)?.forEach((entry) => {
      if (this.event(entry.seq).kind === kind) list.insert(entry)
    })
    return list
  }

  private indexPair(entry: _Entry, a: string, b: string): void {
    ;(a < b ? nested(this.byPair, a, b) : nested(this.byPair, b, a)).insert(entry)
  }

  /** Records a correction or retraction of `target` (and of whatever `target` corrects). */
  private modify(target: number, seq: number, event: E): void {
    push(this.mods, target, seq)
    // A retraction of a correction changes how the corrected event reads.
    const targetEvent = this.event(target)
    const inner = this.vocabulary.references(targetEvent).find((reference) => reference.modifies === true)
    const corrected = inner === undefined ? target : this.positionOf(inner.id)!
    if (corrected !== target) push(this.mods, corrected, seq)
    const lastSeq = Math.max(this.lastPosition(corrected), seq)
    const lastTx = Math.max(this.lastRecorded(corrected), this.recorded(seq))
    this.maxSeq.set(corrected, lastSeq)
    this.maxTx.set(corrected, lastTx)
    const base = this.event(corrected)
    if (base.kind === 'office') this.offices.push(seq)
    const changes =
      event.kind === 'correction' ? (event as unknown as { changes: Record<string, unknown> }).changes : {}
    // An event a correction points elsewhere (a position at another proposal) is found from there too.
    if (event.kind === 'correction') {
      for (const reference of this.vocabulary.references({ ...base, ...changes } as E)) {
        if (reference.modifies === true) continue
        const referenced = this.positionOf(reference.id)
        if (referenced !== undefined && !(this.referrers(referenced) ?? []).includes(corrected))
          push(this.referencedBy, referenced, corrected)
      }
    }
    const own = this.ownEntry(corrected)
    let key = own
    for (const variant of this.variants(corrected) ?? []) if (variant.start < key.start) key = variant
    if (changes['occurred'] !== undefined) {
      const interval = _toMsInterval(changes['occurred'] as PartialDate)
      const variant: _Entry = {
        start: interval.start,
        end: interval.end,
        rec: this.recorded(corrected),
        seq: corrected,
        variant: seq,
      }
      push(this.moved, corrected, variant)
      this.index(variant, this.actorsOf(corrected), base.kind)
      if (variant.start < key.start) key = variant
    }
    if (Array.isArray(changes['actors'])) {
      const known = this.actorsOf(corrected)
      const added = (changes['actors'] as string[]).filter((actor) => !known.includes(actor))
      if (added.length > 0) {
        const actors = Object.freeze([...known, ...added])
        this.addedActors.set(corrected, actors)
        for (const entry of [own, ...(this.variants(corrected) ?? [])]) {
          added.forEach((actor, i) => {
            this.indexActor(entry, actor, base.kind)
            for (const other of known) if (other !== actor) this.indexPair(entry, actor, other)
            for (const other of added.slice(i + 1)) if (other !== actor) this.indexPair(entry, actor, other)
          })
        }
      }
    }
    // Whoever a correction makes the holder of an office, or the actor it is of, finds it too.
    if (base.kind === 'office') {
      for (const field of ['person', 'of']) {
        const actor = changes[field]
        if (typeof actor !== 'string' || this.actorsOf(corrected).includes(actor)) continue
        const list = nested(this.byActorKind, actor, 'office')
        for (const entry of [own, ...(this.variants(corrected) ?? [])])
          if (!list.toArray().includes(entry)) list.insert(entry)
      }
    }
    this.changes.push(key)
  }
}

const NONE: readonly _Entry[] = Object.freeze([])
const NO_POSITIONS: readonly number[] = Object.freeze([])
const NO_KINDS: ReadonlySet<string> = new Set()

/** The list under two keys, made on first use. */
function nested(map: Map<string, Map<string, _SortedEntries>>, a: string, b: string): _SortedEntries {
  let inner = map.get(a)
  if (inner === undefined) map.set(a, (inner = new Map()))
  let list = inner.get(b)
  if (list === undefined) inner.set(b, (list = new _SortedEntries()))
  return list
}

/** Whether no actor is named twice in a short list. */
function isDistinct(actors: readonly string[]): boolean {
  for (let i = 1; i < actors.length; i++) if (actors.lastIndexOf(actors[i]!, i - 1) !== -1) return false
  return true
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}

/** The citation with this id that an event gives inline, if it gives one. */
function inlineCitation(event: EventBase, id: string): Citation | undefined {
  for (const source of event.sources) if (typeof source !== 'string' && source.id === id) return source
  return undefined
}

/** A citation as the log keeps it: the quote belongs to the event that gave it. */
function withoutQuote(citation: Citation): Citation {
  const { quote: _quote, ...rest } = citation
  return Object.freeze(rest)
}
