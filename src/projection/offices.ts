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

/** Terms by person, each person's terms in start order. */
export type _OfficeIndex = ReadonlyMap<string, readonly _Term[]>

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
  const offices: { event: OfficeEvent; start: number; seq: number }[] = []
  for (const seq of changes) {
    if (!view.sees(seq) || log.event(seq).kind !== 'office') continue
    const event = view.effective(seq) as OfficeEvent | null
    if (event === null) continue
    offices.push({ event, start: _toMsInterval(event.occurred).start, seq })
  }
  offices.sort((a, b) => a.start - b.start || log.recorded(a.seq) - log.recorded(b.seq) || a.seq - b.seq)
  const index = new Map<string, _Term[]>()
  for (const { event, start } of offices) {
    let terms = index.get(event.person)
    if (terms === undefined) index.set(event.person, (terms = []))
    const open = terms.findLast((term) => term.office === event.office && term.of === event.of && term.end === Infinity)
    // A second start of an office the person holds restates it, as in officeHolders: one term.
    if (event.change === 'start' && open !== undefined) open.evidence.push(event.id)
    else if (event.change === 'start') {
      terms.push({
        person: event.person,
        office: event.office,
        of: event.of,
        start,
        end: Infinity,
        evidence: [event.id],
      })
    } else {
      if (open !== undefined) {
        open.end = start
        open.evidence.push(event.id)
      }
    }
  }
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
