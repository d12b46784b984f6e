/**
 * The backing store that every version of a timeline shares: events in append order, and the
 * indexes over them (ids, declared actors, citations, corrections, valid time, actors). It
 * only grows; a timeline sees the prefix of it that was there when the timeline was made.
 *
 * This is the storage seam: a store on a database would offer the same few operations
 * (append a batch with an expected version, read events by position and recorded range, read
 * the valid-time and actor indexes).
 */
import {
  DuplicateEventError,
  UnknownReferenceError,
  ValidationError,
  type ValidationIssue,
  type ValidationIssueCode,
} from '../errors.js'
import type { Citation } from '../model/citation.js'
import type { Vocabulary } from '../model/define-kind.js'
import type { EventBase } from '../model/envelope.js'
import { kindSchemas } from '../model/event.js'
import { _recordedMs, _toMsInterval, type PartialDate } from '../model/partial-date.js'
import { _canonical, _cloneJson, _freezeDeep } from './freeze.js'
import { type _Entry, _SortedEntries } from './order.js'

/** An event as it enters: the raw value and the input line it came from, if any. */
export interface _Incoming {
  readonly value: unknown
  readonly line?: number | undefined
}

/**
 * A change to the valid-time index: events at or after this entry may fold differently now;
 * its `seq` is the event that changed. One entry, not a wrapper: there is one change an event.
 */
export type _Change = _Entry

const SCHEDULABLE = new Set(['summit', 'meeting', 'visit', 'office', 'membership', 'agreement'])
const NOT_CORRECTABLE = new Set(['correction', 'retraction'])

interface Reference {
  readonly path: readonly (string | number)[]
  readonly id: string
  readonly referenceKind: 'event' | 'proposal' | 'summit'
  readonly mustBe?: string
}

function referencesOf(event: EventBase & Record<string, unknown>): Reference[] {
  switch (event.kind) {
    case 'correction':
    case 'retraction':
      return [{ path: ['target'], id: event['target'] as string, referenceKind: 'event' }]
    case 'position':
      return [{ path: ['proposal'], id: event['proposal'] as string, referenceKind: 'proposal', mustBe: 'proposal' }]
    case 'meeting':
    case 'communique':
      return event['summit'] === undefined
        ? []
        : [{ path: ['summit'], id: event['summit'] as string, referenceKind: 'summit', mustBe: 'summit' }]
    case 'reaction':
      return [{ path: ['respondsTo'], id: event['respondsTo'] as string, referenceKind: 'event' }]
    default:
      return []
  }
}

/** The store. Internal: everything public goes through `Timeline`. */
export class _Store<E extends EventBase> {
  readonly vocabulary: Vocabulary<E>
  /** Events in append order, deep-frozen. */
  readonly events: E[] = []
  /** Recorded time of each event (ms). */
  readonly rec: number[] = []
  /** The valid-time entry of each event as appended (the index holds it too: no copy per event). */
  readonly own: _Entry[] = []
  readonly byId = new Map<string, number>()
  /** Actor id → append position of its first declaration. */
  readonly declared = new Map<string, number>()
  /** Actor id → the earliest recorded time (ms) of a declaration of it. */
  readonly declaredAt = new Map<string, number>()
  readonly citations = new Map<string, Citation>()
  /** Event position → positions of the corrections and retractions that target it. */
  readonly mods = new Map<number, number[]>()
  /** Events whose `occurred` a correction moved: they have more than one entry. */
  readonly variants = new Map<number, _Entry[]>()
  /** Every actor each event was ever indexed under (its own and its corrections'). */
  readonly eventActors: (readonly string[])[] = []
  /** The highest append position and recorded time among an event and its modifications. */
  readonly maxSeq: number[] = []
  readonly maxTx: number[] = []
  readonly entries = new _SortedEntries()
  readonly byActor = new Map<string, _SortedEntries>()
  /** Event position → positions of the events that reference it (positions, meetings, reactions). */
  readonly referencedBy = new Map<number, number[]>()
  /** Positions of office events and of modifications of office events, ascending. */
  readonly officeChanges: number[] = []
  /** Every change of the valid-time index, in order. */
  readonly changes: _Change[] = []
  /** Caches of projections that fold over this store, by projection key. */
  readonly caches = new Map<string, unknown>()
  /**
   * Caches of projections without a key, by projection object: they go with the object, so a
   * caller who makes such a projection per question does not keep every one's checkpoints.
   */
  readonly objectCaches = new WeakMap<object, unknown>()
  /** Caches of office indexes, by view. */
  readonly officeIndexes = new Map<string, unknown>()

  constructor(vocabulary: Vocabulary<E>) {
    this.vocabulary = vocabulary
  }

  get length(): number {
    return this.events.length
  }

  /**
   * Validates a batch against the store's newest state and, only if every event passes, adds
   * it. Returns how many events were added (identical re-appends are skipped). Throws the
   * first error found and changes nothing.
   */
  appendBatch(batch: readonly _Incoming[], maxDepth: number): number {
    const staged = this.stage(batch, maxDepth)
    for (const event of staged) this.commit(event)
    return staged.length
  }

  /** Adds events known to be valid and consistent (from another store), skipping the checks. */
  appendTrusted(events: readonly E[]): void {
    for (const event of events) this.commit(event)
  }

  private stage(batch: readonly _Incoming[], maxDepth: number): E[] {
    const staged: E[] = []
    const stagedIds = new Map<string, E>()
    const stagedActors = new Map<string, number>()
    const stagedCitations = new Map<string, Citation>()
    // Corrections staged in this batch, by target id: a long batch must not be rescanned per correction.
    const stagedCorrections = new Map<string, E[]>()
    for (const { value, line } of batch) {
      const result = this.vocabulary.safeParse(value)
      if (!result.ok) throw withLine(result.error, line)
      const event = _freezeDeep(copyOf(result.value, maxDepth, line))
      const id = event.id
      const existing = stagedIds.get(id) ?? this.eventById(id)
      if (existing !== undefined) {
        if (_canonical(existing) === _canonical(event)) continue
        throw new DuplicateEventError(id, line)
      }
      this.checkTime(event, line)
      const issue = (code: ValidationIssueCode, path: (string | number)[], message: string): ValidationError =>
        new ValidationError([{ ...(line === undefined ? {} : { line }), eventId: id, code, path, message }])
      // Actors are declared before use, in append order and in recorded time, so that every
      // knownOn view holds the declarations of the actors its events name; an actor event declares its own.
      const rec = _recordedMs(event.recorded)
      if (event.kind === 'actor')
        stagedActors.set(event.actors[0]!, Math.min(rec, stagedActors.get(event.actors[0]!) ?? Infinity))
      event.actors.forEach((actor, i) => {
        if (!this.declaredBy(actor, rec, stagedActors))
          throw new UnknownReferenceError(id, ['actors', i], 'actor', actor, line)
      })
      // Citations: given inline once, then by id; inline repeats must agree.
      event.sources.forEach((source, i) => {
        if (typeof source === 'string') {
          if (!this.citations.has(source) && !stagedCitations.has(source))
            throw new UnknownReferenceError(id, ['sources', i], 'citation', source, line)
          return
        }
        const known = stagedCitations.get(source.id) ?? this.citations.get(source.id)
        if (known !== undefined && !sameCitation(known, source)) {
          throw issue(
            'citation-conflict',
            ['sources', i],
            `citation "${source.id}" was given before with another publisher, title, author, url or date`,
          )
        }
        if (known === undefined) stagedCitations.set(source.id, source)
      })
      for (const reference of referencesOf(event as EventBase & Record<string, unknown>)) {
        const target = stagedIds.get(reference.id) ?? this.eventById(reference.id)
        if (target === undefined || (reference.mustBe !== undefined && target.kind !== reference.mustBe)) {
          throw new UnknownReferenceError(id, reference.path, reference.referenceKind, reference.id, line)
        }
        if (event.kind === 'correction' || event.kind === 'retraction') {
          if (target.kind === 'retraction' || (event.kind === 'correction' && NOT_CORRECTABLE.has(target.kind))) {
            throw issue(
              'invalid-target',
              ['target'],
              `a ${event.kind} cannot target a ${target.kind} ("${target.id}"): retract it and target the original event`,
            )
          }
          if (_recordedMs(event.recorded) < _recordedMs(target.recorded)) {
            throw issue(
              'recorded-too-early',
              ['recorded'],
              `is before the recorded time of its target "${target.id}" (${target.recorded})`,
            )
          }
          if (event.kind === 'correction') {
            this.checkCorrection(event, target, stagedCorrections.get(target.id) ?? [], stagedActors, line)
            push(stagedCorrections, target.id, event)
          }
        }
      }
      staged.push(event)
      stagedIds.set(id, event)
    }
    return staged
  }

  /** Nothing but a scheduled kind can be recorded before it began. */
  private checkTime(event: E, line: number | undefined): void {
    if (SCHEDULABLE.has(event.kind) || !this.vocabulary.kinds.includes(event.kind as never)) return
    const occurred = _toMsInterval(event.occurred as PartialDate)
    if (_recordedMs(event.recorded) < occurred.start) {
      throw new ValidationError([
        {
          ...(line === undefined ? {} : { line }),
          eventId: event.id,
          code: 'recorded-too-early',
          path: ['recorded'],
          message: `"${event.recorded}" is before the event began (${occurredText(event.occurred as PartialDate)}): only ${[...SCHEDULABLE].join(', ')} events can be recorded before they happen`,
        },
      ])
    }
  }

  /** The target with this correction applied (on top of every earlier one) must still be valid and consistent. */
  private checkCorrection(
    correction: E,
    target: E,
    stagedCorrections: readonly E[],
    stagedActors: ReadonlyMap<string, number>,
    line: number | undefined,
  ): void {
    const changes = (correction as unknown as { changes: Record<string, unknown> }).changes
    const prior = [
      ...(this.mods.get(this.byId.get(target.id) ?? -1) ?? []).map((seq) => this.events[seq]!),
      ...stagedCorrections,
    ]
    const bases = [
      target,
      Object.assign(
        {},
        target,
        ...prior.map((c) => (c.kind === 'correction' ? (c as unknown as { changes: object }).changes : {})),
      ) as E,
    ]
    for (const base of bases) {
      const result = this.vocabulary.safeParse({ ...base, ...changes })
      if (!result.ok) {
        const issues: ValidationIssue[] = result.error.issues.map((inner) => ({
          ...(line === undefined ? {} : { line }),
          eventId: correction.id,
          code: inner.code,
          path: ['changes', ...inner.path],
          message: `would make "${target.id}" invalid: ${inner.message}`,
        }))
        throw new ValidationError(issues)
      }
      result.value.actors.forEach((actor, i) => {
        if (!this.declaredBy(actor, _recordedMs(correction.recorded), stagedActors))
          throw new UnknownReferenceError(correction.id, ['changes', 'actors', i], 'actor', actor, line)
      })
    }
  }

  /** Whether an actor has a declaration appended before and recorded no later than `rec`. */
  private declaredBy(actor: string, rec: number, staged: ReadonlyMap<string, number>): boolean {
    return Math.min(this.declaredAt.get(actor) ?? Infinity, staged.get(actor) ?? Infinity) <= rec
  }

  private eventById(id: string): E | undefined {
    const seq = this.byId.get(id)
    return seq === undefined ? undefined : this.events[seq]
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
    if (event.kind === 'actor' && !this.declared.has(event.actors[0]!)) this.declared.set(event.actors[0]!, seq)
    if (event.kind === 'actor')
      this.declaredAt.set(event.actors[0]!, Math.min(rec, this.declaredAt.get(event.actors[0]!) ?? Infinity))
    for (const source of event.sources)
      if (typeof source !== 'string' && !this.citations.has(source.id))
        this.citations.set(source.id, stripQuote(source))
    if (event.kind === 'office') this.officeChanges.push(seq)
    const entry: _Entry = { start: interval.start, end: interval.end, rec, seq, variant: -1 }
    this.own.push(entry)
    this.eventActors.push(event.actors)
    this.index(entry, event.actors)
    this.changes.push(entry)
    for (const reference of referencesOf(event as EventBase & Record<string, unknown>)) {
      const target = this.byId.get(reference.id)!
      if (event.kind === 'correction' || event.kind === 'retraction') this.modify(target, seq, event)
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
    const corrected =
      this.events[target]!.kind === 'correction'
        ? this.byId.get((this.events[target] as unknown as { target: string }).target)!
        : target
    if (corrected !== target) push(this.mods, corrected, seq)
    this.maxSeq[corrected] = Math.max(this.maxSeq[corrected]!, seq)
    this.maxTx[corrected] = Math.max(this.maxTx[corrected]!, this.rec[seq]!)
    const base = this.events[corrected]!
    if (base.kind === 'office') this.officeChanges.push(seq)
    const changes =
      event.kind === 'correction' ? (event as unknown as { changes: Record<string, unknown> }).changes : {}
    const own = this.own[corrected]!
    let key = own
    for (const variant of this.variants.get(corrected) ?? []) if (variant.start < key.start) key = variant
    if (changes['occurred'] !== undefined) {
      const interval = _toMsInterval(changes['occurred'] as PartialDate)
      const variant: _Entry = {
        start: interval.start,
        end: interval.end,
        rec: this.rec[corrected]!,
        seq: corrected,
        variant: seq,
      }
      push(this.variants, corrected, variant)
      this.index(variant, this.eventActors[corrected]!)
      if (variant.start < key.start) key = variant
    }
    if (Array.isArray(changes['actors'])) {
      const added = (changes['actors'] as string[]).filter((actor) => !this.eventActors[corrected]!.includes(actor))
      if (added.length > 0) {
        this.eventActors[corrected] = Object.freeze([...this.eventActors[corrected]!, ...added])
        for (const entry of [own, ...(this.variants.get(corrected) ?? [])]) {
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

/**
 * A copy of a validated event that the log can own. The built-in schemas copy what they accept
 * and bound its depth, all but a correction's `changes`; a kind of one's own may accept any value
 * (`z.unknown()`), which would otherwise be kept by reference, frozen in the caller's hands, and
 * nested deeper than any limit (and than JSON.stringify can write).
 */
function copyOf<E extends EventBase>(event: E, maxDepth: number, line: number | undefined): E {
  try {
    if (event.kind === 'correction')
      return {
        ...event,
        changes: _cloneJson((event as unknown as { changes: unknown }).changes, maxDepth, ['changes']),
      }
    return Object.hasOwn(kindSchemas, event.kind) ? event : (_cloneJson(event, maxDepth) as E)
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error
    throw new ValidationError(
      error.issues.map((issue) => ({ ...(line === undefined ? {} : { line }), eventId: event.id, ...issue })),
    )
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}

function withLine(error: ValidationError, line: number | undefined): ValidationError {
  if (line === undefined) return error
  return new ValidationError(error.issues.map((issue) => ({ ...issue, line })))
}

function stripQuote(citation: Citation): Citation {
  const { quote: _quote, ...rest } = citation
  return Object.freeze(rest)
}

function sameCitation(a: Citation, b: Citation): boolean {
  return _canonical(stripQuote(a)) === _canonical(stripQuote(b))
}

function occurredText(date: PartialDate): string {
  return typeof date === 'string' ? date : 'date' in date ? date.date : `${date.from} to ${date.to}`
}
