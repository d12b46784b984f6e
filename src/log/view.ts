/**
 * What one timeline sees of a log: the first `length` events, and of those only the ones
 * recorded before `bound` (a knownOn view), with the corrections and retractions it sees
 * applied.
 */
import { _GIVE_UP, _parseJsonValue } from '../model/compiled-schema.js'
import type { EventBase } from '../model/envelope.js'
import type { EventLog } from './event-log.js'
import { _freezeDeep } from './freeze.js'
import type { _Entry } from './order.js'

interface Cached<E> {
  readonly mods: number
  readonly value: E | null
}

/**
 * Corrected events of complete views, by log: every complete view of a log shares them, and
 * they go with the log.
 */
const corrected = new WeakMap<object, Map<number, Cached<EventBase>>>()

/** A view of a log. Internal. */
export class _View<E extends EventBase> {
  private readonly effectiveCache = new Map<number, E | null>()

  constructor(
    readonly log: EventLog<E>,
    /** How many events of the log (in append order) this view can see. */
    readonly length: number,
    /** The exclusive upper bound of the recorded times this view sees; Infinity for all. */
    readonly bound: number,
  ) {}

  /** Whether this view sees every event and modification of its log. */
  get complete(): boolean {
    return this.length === this.log.length && this.bound === Infinity
  }

  /** Whether the event at this position is in the view. */
  sees(seq: number): boolean {
    return (
      seq < this.length && (this.bound === Infinity || this.log.recorded(seq) < this.bound) && this.log.present(seq)
    )
  }

  /** Whether everything that touched this event (its modifications) is in the view. */
  seesAllOf(seq: number): boolean {
    return this.log.lastPosition(seq) < this.length && this.log.lastRecorded(seq) < this.bound
  }

  /** Whether an event the view sees is retracted in it. */
  retracted(seq: number): boolean {
    return this.effective(seq) === null
  }

  /** The event as this view knows it: corrected, or null when retracted. */
  effective(seq: number): E | null {
    const mods = this.log.modifications(seq)
    const event = this.log.event(seq)
    if (mods === undefined) return event
    if (this.seesAllOf(seq)) return this.completeEffective(seq, mods)
    const known = this.effectiveCache.get(seq)
    if (known !== undefined) return known
    const value = this.compute(seq, mods)
    this.effectiveCache.set(seq, value)
    return value
  }

  /** Whether an entry of the valid-time index is the event's current place in this view. */
  active(entry: _Entry): boolean {
    if (this.log.variants(entry.seq) === undefined) return entry.variant === -1
    return this.currentVariant(entry.seq) === entry.variant
  }

  /** The correction whose `occurred` this view applies to the event, or -1 for its own. */
  private currentVariant(seq: number): number {
    const id = this.log.event(seq).id
    let best = -1
    for (const mod of this.applicable(seq, id)) {
      const changes = (this.log.event(mod) as unknown as { changes: Record<string, unknown> }).changes
      if (changes['occurred'] !== undefined) best = mod
    }
    return best
  }

  /** The visible, unretracted corrections of an event, in recorded order. */
  private applicable(seq: number, id: string): number[] {
    const log = this.log
    const mods = log.modifications(seq) ?? []
    const retractedIds = new Set<string>()
    for (const mod of mods)
      if (this.sees(mod) && log.event(mod).kind === 'retraction')
        retractedIds.add((log.event(mod) as unknown as { target: string }).target)
    return mods
      .filter(
        (mod) =>
          this.sees(mod) &&
          log.event(mod).kind === 'correction' &&
          (log.event(mod) as unknown as { target: string }).target === id &&
          !retractedIds.has(log.event(mod).id),
      )
      .sort((a, b) => log.recorded(a) - log.recorded(b) || a - b)
  }

  private completeEffective(seq: number, mods: readonly number[]): E | null {
    let cache = corrected.get(this.log)
    if (cache === undefined) corrected.set(this.log, (cache = new Map()))
    const known = cache.get(seq) as Cached<E> | undefined
    if (known !== undefined && known.mods === mods.length) return known.value
    const value = this.compute(seq, mods)
    cache.set(seq, { mods: mods.length, value })
    return value
  }

  private compute(seq: number, mods: readonly number[]): E | null {
    const log = this.log
    const event = log.event(seq)
    for (const mod of mods) {
      if (
        this.sees(mod) &&
        log.event(mod).kind === 'retraction' &&
        (log.event(mod) as unknown as { target: string }).target === event.id
      )
        return null
    }
    let current: E = event
    for (const mod of this.applicable(seq, event.id)) {
      const changes = (log.event(mod) as unknown as { changes: Record<string, unknown> }).changes
      // Made of validated events and changes: the compiled validator may read it, zod when it gives up.
      const merged = { ...current, ...changes }
      const fast = _parseJsonValue(log.vocabulary.schema, merged)
      const result = fast !== _GIVE_UP ? { ok: true as const, value: fast as E } : log.vocabulary.safeParse(merged)
      // Each correction was checked against the event as it then stood; a view that sees only
      // some of them may combine them into an invalid event, and then skips the one that breaks it.
      if (result.ok) current = result.value
    }
    return current === event ? event : _freezeDeep(current)
  }
}
