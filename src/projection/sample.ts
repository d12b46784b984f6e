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
import type { Projection } from './define-projection.js'
import { _foldState, _lastPrefixEndingBy, _runOf, _streamOf, Folder, finish } from './run.js'
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
  if (bounds.length === 0) return
  const store = view.store
  const definition = projection.definition
  const viewAt = (bound: number): _View<E> =>
    diagonal ? new _View(store, view.length, Math.min(bound, view.bound)) : view
  const { stream, prefixMaxEnd, atDependent } = _streamOf(viewAt(bounds[0]!), projection)
  const safeAt = (bound: number, hi: number): number =>
    policy === 'possible' ? hi : _lastPrefixEndingBy(prefixMaxEnd, bound, hi)
  // A projection whose reducers read the date asked about folds to a different state at each
  // date: it cannot carry one date's state to the next, and is asked cold at each.
  let cold = atDependent
  const snapshots: Snapshot[] = [{ pos: 0, state: definition.initial }]
  let previous = options.before
  let seenFrom = safeAt(previous, _firstStartingAtOrAfter(stream, previous))
  const late = diagonal ? lateness(view, stream) : undefined
  let known = 0
  while (late !== undefined && known < late.byRecorded.length && store.rec[late.byRecorded[known]!]! < previous) known++

  for (const bound of bounds) {
    const current = viewAt(bound)
    const hi = _firstStartingAtOrAfter(stream, bound)
    const safe = safeAt(bound, hi)
    const ids = new Set<string>()
    const counted = (entry: _Entry): boolean =>
      current.sees(entry.seq) &&
      current.active(entry) &&
      current.effective(entry.seq) !== null &&
      _counts(entry, bound, policy)
    for (let i = seenFrom; i < hi; i++) {
      const entry = stream[i]!
      if (counted(entry) && !_counts(entry, previous, policy)) ids.add(store.events[entry.seq]!.id)
    }
    if (late !== undefined) {
      // Events recorded since the previous date: they change how the stream folds from the
      // earliest place of anything they touch (themselves, what they correct or retract, and,
      // for office changes, everything after, as whom a person acts for changes from there).
      const limit = Math.min(bound, view.bound)
      let dirtyStart = Number.POSITIVE_INFINITY
      while (known < late.byRecorded.length && store.rec[late.byRecorded[known]!]! < limit) {
        const seq = late.byRecorded[known++]!
        if (seq >= view.length) continue
        const touched = [seq, ...(late.targets.get(seq) ?? [])]
        for (const target of touched) dirtyStart = Math.min(dirtyStart, late.earliest(target))
        for (const target of touched) {
          if ((late.entries.get(target) ?? []).some(counted)) {
            ids.add(store.events[seq]!.id)
            ids.add(store.events[target]!.id)
          }
        }
      }
      if (dirtyStart !== Number.POSITIVE_INFINITY) {
        const dirty = _firstStartingAtOrAfter(stream, dirtyStart)
        while (snapshots.length > 1 && snapshots[snapshots.length - 1]!.pos > dirty) snapshots.pop()
      }
    }
    let result: unknown
    if (!cold) {
      const snapshot = snapshots[snapshots.length - 1]!
      const folder = new Folder(current, definition, bound)
      let base = snapshot.state
      if (snapshot.pos < safe) {
        // Every entry before `safe` has ended by this date (or begun, under 'possible'): they all count.
        base = _runOf(definition, base, (draft) => {
          for (let i = snapshot.pos; i < safe; i++) folder.apply(draft, stream[i]!, policy)
        })
        // Off the diagonal the view never changes, so only the latest state can serve again.
        if (!diagonal) snapshots.pop()
        snapshots.push({ pos: safe, state: base })
      }
      const state =
        safe < hi
          ? _runOf(definition, base, (draft) => {
              for (let i = safe; i < hi; i++) folder.apply(draft, stream[i]!, policy, bound)
            })
          : base
      if (folder.readAt) cold = true
      else result = finish(definition, state, bound)
    }
    if (cold) result = finish(definition, _foldState(current, projection, { bound, policy }), bound)
    each(result, [...ids])
    previous = bound
    seenFrom = safe
  }
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
}

function lateness<E extends EventBase>(view: _View<E>, stream: readonly _Entry[]): Lateness {
  const store = view.store
  const byRecorded = Array.from({ length: view.length }, (_, seq) => seq).sort(
    (a, b) => store.rec[a]! - store.rec[b]! || a - b,
  )
  const targets = new Map<number, number[]>()
  for (const [target, mods] of store.mods) {
    for (const mod of mods) {
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
    let start = store.own[seq]!.start
    for (const variant of store.variants.get(seq) ?? []) start = Math.min(start, variant.start)
    return start
  }
  return { byRecorded, targets, entries, earliest }
}
