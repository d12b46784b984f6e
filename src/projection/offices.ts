/**
 * Who held which office when, as a view knows it: the index that lets a person's acts count
 * for the state or organisation they acted for.
 */
import type { EventLog } from '../log/event-log.js'
import type { _View } from '../log/view.js'
import type { EventBase } from '../model/envelope.js'
import type { OfficeEvent } from '../model/kinds/office.js'
import { _toMsInterval } from '../model/partial-date.js'
import { _runtimeOf } from './runtime.js'

/** One term of office. */
export interface _Term {
  readonly person: string
  readonly office: string
  readonly of: string
  readonly start: number
  /** The first instant the person no longer held it; Infinity while in office. */
  end: number
  readonly evidence: string[]
}

/**
 * Terms by person, each person's terms in start order. A person's terms are read from the
 * office events that name them, on first use: a question pays for the people it meets, not
 * for every office in the log.
 */
export class _OfficeIndex {
  private readonly byPerson = new Map<string, readonly _Term[] | undefined>()

  constructor(private readonly view: _View<EventBase>) {}

  /** The person's terms in start order, or undefined for someone who never held an office. */
  get(person: string): readonly _Term[] | undefined {
    if (this.byPerson.has(person)) return this.byPerson.get(person)
    const terms = this.build(person)
    this.byPerson.set(person, terms)
    return terms
  }

  private build(person: string): readonly _Term[] | undefined {
    const { view } = this
    const { log } = view
    const offices: { event: OfficeEvent; start: number; seq: number }[] = []
    for (const entry of log.actorKindEntries(person, 'office')) {
      // A corrected date adds a second entry: each event is read once, from its own.
      if (entry.variant !== -1 || !view.sees(entry.seq)) continue
      const event = view.effective(entry.seq) as OfficeEvent | null
      if (event === null || event.person !== person) continue
      offices.push({ event, start: _toMsInterval(event.occurred).start, seq: entry.seq })
    }
    if (offices.length === 0) return undefined
    offices.sort((a, b) => a.start - b.start || log.recorded(a.seq) - log.recorded(b.seq) || a.seq - b.seq)
    const terms: _Term[] = []
    for (const { event, start } of offices) {
      const open = terms.findLast(
        (term) => term.office === event.office && term.of === event.of && term.end === Infinity,
      )
      // A second start of an office the person holds restates it, as in officeHolders: one term.
      if (event.change === 'start' && open !== undefined) open.evidence.push(event.id)
      else if (event.change === 'start') {
        terms.push({ person, office: event.office, of: event.of, start, end: Infinity, evidence: [event.id] })
      } else if (open !== undefined) {
        open.end = start
        open.evidence.push(event.id)
      }
    }
    return terms
  }
}

/** Builds (or reuses) the office index of a view. */
export function _officeIndex<E extends EventBase>(view: _View<E>): _OfficeIndex {
  const { log } = view
  const officeIndexes = _runtimeOf(log as EventLog<never>).officeIndexes
  const changes = log.officeChanges()
  // The index only changes with office events and their modifications; key it by the last one the view sees.
  let lastChange = -1
  for (let i = changes.length - 1; i >= 0; i--) {
    const seq = changes[i]!
    if (seq < view.length) {
      lastChange = seq
      break
    }
  }
  const key = `${lastChange}:${view.bound}`
  const cached = officeIndexes.get(key) as _OfficeIndex | undefined
  if (cached !== undefined) return cached
  // Every view with the same last office change and bound sees the same office events: the
  // index reads them through this one.
  const index = new _OfficeIndex(view as unknown as _View<EventBase>)
  if (officeIndexes.size > 64) officeIndexes.clear()
  officeIndexes.set(key, index)
  return index
}

/** The actors a person acted for at an instant (the offices they held), or the actor itself. */
export function _actingFor(index: _OfficeIndex, actor: string, at: number): readonly string[] {
  const terms = index.get(actor)
  if (terms === undefined) return [actor]
  const result: string[] = []
  for (const term of terms) if (term.start <= at && at < term.end && !result.includes(term.of)) result.push(term.of)
  return result.length > 0 ? result : [actor]
}
