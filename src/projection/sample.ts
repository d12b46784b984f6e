/**
 * A projection sampled at rising dates in one pass forward: the state folded over the events
 * that count at one date is where the fold for the next date starts, so a series of N dates
 * costs about one replay of the stream, not N. Along the diagonal (each date as known on that
 * date) an event recorded late lands in the past: the fold steps back to the last state taken
 * before its place and goes forward again.
 */
import { type _Entry, _firstStartingAtOrAfter } from '../log/order.js'
import { _View } from '../log/view.js'
import type { EventBase } from '../model/envelope.js'
import { _toMsInterval, type PartialDate } from '../model/partial-date.js'
import type { Projection } from './define-projection.js'
import { _checkReferences } from './references.js'
import { _foldState, _runOf, _streamOf, Folder, finish } from './run.js'
import { _counts, type Uncertainty } from './uncertainty.js'

/** What to sample. */
export interface _SampleOptions {
  /** Exclusive bounds of the dates sampled, rising. */
  readonly bounds: readonly number[]
  /** The bound one step before the first date: what counts by then is not new at the first. */
  readonly before: number
  readonly policy: Uncertainty
  /** Whether each date sees the log as known on that date, rather than as the view knows it. */
  readonly diagonal: boolean
}

/** A state folded over the first `pos` entries of the stream. */
interface Snapshot {
  readonly pos: number
  readonly state: unknown
}

/**
 * Samples a projection at each bound, calling `each` with the result (as `project` gives it) and
 * the ids of the events that came to count since the previous date (or, along the diagonal,
 * that became known and count), in fold order.
 */
export function _sample<E extends EventBase>(
  view: _View<E>,
  projection: Projection<unknown, E>,
  options: _SampleOptions,
  each: (result: unknown, events: readonly string[]) => void,
): void {
  const { bounds, policy, diagonal } = options
  // Checked against the view sampled, not each date's: along the diagonal an actor declared
  // later than the first date is still one the series is about.
  _checkReferences(view, projection.definition.name, projection.definition.references)
  if (bounds.length === 0) return
  const log = view.log
  const definition = projection.definition
  const viewAt = (bound: number): _View<E> =>
    diagonal ? new _View(log, view.length, Math.min(bound, view.bound)) : view
  const { stream, atDependent } = _streamOf(viewAt(bounds[0]!), projection)
  // A projection whose reducers read the date asked about folds to a different state at each
  // date: it cannot carry one date's state to the next, and is asked cold at each.
  let cold = atDependent
  const snapshots: Snapshot[] = [{ pos: 0, state: definition.initial }]
  // Positions below the last snapshot whose entries had not passed yet (an interval still
  // running, under 'strict'): when one comes to count, the fold goes back to before it.
  let pending: number[] = []
  let folded = 0
  let previous = Number.NEGATIVE_INFINITY
  const late = diagonal ? lateness(view, stream) : undefined
  let known = 0

  // The date one step before the first is folded too, unreported: what counts by then is not new at the first.
  for (const [index, bound] of [options.before, ...bounds].entries()) {
    const current = viewAt(bound)
    const hi = _firstStartingAtOrAfter(stream, bound)
    const ids = new Set<string>()
    const counted = (entry: _Entry): boolean =>
      current.sees(entry.seq) &&
      current.active(entry) &&
      current.effective(entry.seq) !== null &&
      _counts(entry, bound, policy)
    let dirty = Number.POSITIVE_INFINITY
    for (const i of pending) {
      const entry = stream[i]!
      if (!_counts(entry, bound, policy)) continue
      if (i < dirty) dirty = i
      if (counted(entry)) ids.add(log.event(entry.seq).id)
    }
    // Entries from the previous date's end start after it: none counted then.
    for (let i = folded; i < hi; i++) if (counted(stream[i]!)) ids.add(log.event(stream[i]!.seq).id)
    if (late !== undefined) {
      // Events recorded since the previous date change how the stream folds from the earliest
      // place of anything they touch: themselves, what they correct or retract, and for office
      // changes everything after, as whom a person acts for changes from there.
      const limit = Math.min(bound, view.bound)
      let dirtyStart = Number.POSITIVE_INFINITY
      while (known < late.byRecorded.length && log.recorded(late.byRecorded[known]!) < limit) {
        const seq = late.byRecorded[known++]!
        const touched = [seq, ...(late.targets.get(seq) ?? [])]
        if (!late.offices.has(seq) && !touched.some((target) => late.entries.has(target))) continue
        for (const target of touched) dirtyStart = Math.min(dirtyStart, late.earliest(target))
        if (previous === Number.NEGATIVE_INFINITY) continue
        for (const target of touched) {
          if ((late.entries.get(target) ?? []).some(counted)) {
            ids.add(log.event(seq).id)
            ids.add(log.event(target).id)
          }
        }
      }
      if (dirtyStart !== Number.POSITIVE_INFINITY) dirty = Math.min(dirty, _firstStartingAtOrAfter(stream, dirtyStart))
    }
    if (dirty !== Number.POSITIVE_INFINITY) {
      while (snapshots.length > 1 && snapshots[snapshots.length - 1]!.pos > dirty) snapshots.pop()
      const from = snapshots[snapshots.length - 1]!.pos
      pending = pending.filter((i) => i < from)
    }
    const snapshot = snapshots[snapshots.length - 1]!
    const folder = new Folder(current, definition, bound)
    const skip = (i: number): boolean => {
      if (_counts(stream[i]!, bound, policy)) return false
      pending.push(i)
      return true
    }
    let state = snapshot.state
    if (snapshot.pos < hi) {
      // A state is kept just before the first entry that has not passed yet, as well as at the
      // end: when that entry comes to count, the fold goes back no further than to it.
      let split = snapshot.pos
      while (split < hi && _counts(stream[split]!, bound, policy)) split++
      for (const [from, to] of [
        [snapshot.pos, split],
        [split, hi],
      ] as const) {
        if (from === to) continue
        if (cold) for (let i = from; i < to; i++) skip(i)
        else
          state = _runOf(definition, state, (draft) => {
            for (let i = from; i < to; i++) if (!skip(i)) folder.apply(draft, stream[i]!, policy)
          })
        snapshots.push({ pos: to, state })
      }
      thin(snapshots)
    }
    if (folder.readAt) cold = true
    folded = hi
    previous = bound
    if (index === 0) continue
    const result = cold
      ? finish(definition, _foldState(current, projection, { bound, policy }), bound, current)
      : finish(definition, state, bound, current)
    each(result, [...ids])
  }
}

/**
 * Keeps the snapshots few: past 64, every other one of the older half goes, so that a daily
 * series over decades holds at most 64 states, dense near the date reached and sparser back.
 */
function thin(snapshots: Snapshot[]): void {
  if (snapshots.length <= 64) return
  const half = snapshots.length >> 1
  const kept = snapshots.slice(0, half).filter((_, i) => i === 0 || i % 2 === 0)
  snapshots.splice(0, half, ...kept)
}

/** What the diagonal needs to know of late records: their order, targets, and places in the stream. */
interface Lateness {
  /** Append positions sorted by recorded time. */
  readonly byRecorded: readonly number[]
  /** A correction's or retraction's targets (a retraction of a correction targets both). */
  readonly targets: ReadonlyMap<number, readonly number[]>
  /** The stream's entries of each event. */
  readonly entries: ReadonlyMap<number, readonly _Entry[]>
  /** The earliest start (ms) of any place an event has or may take. */
  readonly earliest: (seq: number) => number
  /** Office events and their corrections and retractions: they change whom people act for. */
  readonly offices: ReadonlySet<number>
}

function lateness<E extends EventBase>(view: _View<E>, stream: readonly _Entry[]): Lateness {
  const log = view.log
  const byRecorded = Array.from({ length: view.length }, (_, seq) => seq).sort(
    (a, b) => log.recorded(a) - log.recorded(b) || a - b,
  )
  const targets = new Map<number, number[]>()
  for (let target = 0; target < log.length; target++) {
    for (const mod of log.modifications(target) ?? []) {
      const list = targets.get(mod)
      if (list === undefined) targets.set(mod, [target])
      else list.push(target)
    }
  }
  const entries = new Map<number, _Entry[]>()
  for (const entry of stream) {
    const list = entries.get(entry.seq)
    if (list === undefined) entries.set(entry.seq, [entry])
    else list.push(entry)
  }
  const earliest = (seq: number): number => {
    let start = _toMsInterval(log.event(seq).occurred as PartialDate).start
    for (const variant of log.variants(seq) ?? []) start = Math.min(start, variant.start)
    return start
  }
  return { byRecorded, targets, entries, earliest, offices: new Set(log.officeChanges()) }
}
