/**
 * The fold engine. Events fold in valid-time order, a run of them inside one immer `produce`.
 * Checkpoints (frozen states every K entries of a projection's stream) let a query replay only
 * the tail after the nearest one; a late event or a correction drops only the checkpoints after
 * its place. Scoped projections fold a stream built from the actor indexes, not the whole log.
 */
import { type Draft, produce } from 'immer'
import type { EventLog } from '../log/event-log.js'
import type { _FoldOptions } from '../log/fold-port.js'
import { _compareEntries, type _Entry, _firstNotBefore, _firstStartingAtOrAfter } from '../log/order.js'
import { _boundDay } from '../log/query-date.js'
import type { _View } from '../log/view.js'
import type { Direction, Vocabulary } from '../model/define-kind.js'
import type { EventBase } from '../model/envelope.js'
import { _dateOf, _isoDay, type PartialDate } from '../model/partial-date.js'
import type { Certainty } from '../model/vocabulary.js'
import { type KindWeights, type Weight, weightOf } from '../model/weights.js'
import type { EventContext, Projection, ProjectionDefinition, ResultContext } from './define-projection.js'
import { _actingFor, type _OfficeIndex, _officeIndex } from './offices.js'
import { _runtimeOf } from './runtime.js'
import { _counts, type Uncertainty } from './uncertainty.js'

interface Checkpoint {
  /** The stream position the state covers: entries [0, pos). */
  readonly pos: number
  readonly state: unknown
  /** The highest append position and recorded time of anything folded into it. */
  readonly maxSeq: number
  readonly maxTx: number
  /** Kept where a fold reached the end of the stream, off the regular grid; only the latest is kept. */
  readonly end?: boolean
  /** On the fine grid of the stream's last stretch, not the regular one: dropped when the end moves away. */
  readonly fine?: boolean
  /**
   * For a checkpoint past entries that had not ended by the date it was folded for (under the
   * `'strict'` policy they had not counted yet, and were left out): the bounds at which the same
   * entries before it count, from `from` to before `until`. Absent when every entry before it
   * counted, so that it serves every later bound.
   */
  readonly counts?: { readonly from: number; readonly until: number }
}

interface Cache {
  stream: readonly _Entry[]
  streamLength: number
  prefixMaxEnd: number[]
  checkpoints: Checkpoint[]
  syncedChanges: number
  atDependent: boolean
  scopeActors: ReadonlySet<string> | undefined
  /**
   * Whether an entry belongs to the scoped stream, while the sides stay as they are (no office
   * changes); undefined when only building the stream anew can tell.
   */
  belongs: ((entry: _Entry) => boolean) | undefined
  /** The log's length when the stream was last brought up to date. */
  syncedLength: number
}

/** Projects a view at a date. */
export function _project<E extends EventBase, R>(
  view: _View<E>,
  projection: Projection<R, E>,
  options: _FoldOptions,
): R {
  const definition = projection.definition
  const state = _foldState(view, projection, options)
  return finish(definition, state, options.bound, view) as R
}

/** Folds a view up to a date and returns the state before `result`. */
export function _foldState<E extends EventBase>(
  view: _View<E>,
  projection: Projection<unknown, E>,
  options: _FoldOptions,
): unknown {
  const definition = projection.definition
  const cache = sync(view, projection)
  const { stream } = cache
  const { bound, policy } = options
  const hi = _firstStartingAtOrAfter(stream, bound)
  // Every entry before `safe` counts at this date, so checkpoints up to there can serve.
  const safe = policy === 'possible' ? hi : lastPrefixEndingBy(cache.prefixMaxEnd, bound, hi)
  let pos = 0
  let state: unknown = definition.initial
  // The checkpoint the fold starts from, if any.
  let base: Checkpoint | undefined
  if (!cache.atDependent) {
    for (let i = cache.checkpoints.length - 1; i >= 0; i--) {
      const checkpoint = cache.checkpoints[i]!
      const counts = checkpoint.counts
      const serves =
        counts === undefined
          ? checkpoint.pos <= safe
          : policy === 'strict' && checkpoint.pos <= hi && counts.from <= bound && bound < counts.until
      if (serves && checkpoint.maxSeq < view.length && checkpoint.maxTx < view.bound) {
        pos = checkpoint.pos
        state = checkpoint.state
        base = checkpoint
        break
      }
    }
  }
  const folder = new Folder(view, definition, bound, cache)
  const grid = gridOf(stream.length, projection.scope !== undefined)
  if (view.complete && !cache.atDependent) {
    let next = grid.after(pos, safe)
    while (next <= safe) {
      const from = pos
      state = _runOf(definition, state, (draft) => {
        for (let i = from; i < next; i++) folder.apply(draft, stream[i]!, policy)
      })
      const previous = cache.checkpoints.findLast((c) => c.pos < next)
      if (folder.readAt) cache.atDependent = true
      else {
        base = { pos: next, state, ...lastKnown(view, stream, from, next, previous) }
        if (grid.fineOnly(next)) base = { ...base, fine: true }
        insertCheckpoint(cache, base)
      }
      pos = next
      next = grid.after(pos, safe)
    }
    // The fine checkpoints the end of the stream has moved away from serve no better than the
    // regular ones around them.
    if (cache.checkpoints.some((c) => c.fine === true && c.pos < grid.fineFrom))
      cache.checkpoints = cache.checkpoints.filter((c) => c.fine !== true || c.pos >= grid.fineFrom)
    // Past `safe`, entries that have not ended by the date are left out: the grid's checkpoints
    // there serve the dates at which the same ones are left out (the rest of that year, for an
    // event dated by its year), so that asking such a date again does not fold them all again.
    if (policy === 'strict' && pos < hi && !cache.atDependent) {
      const held = foldHeldBack(definition, view, folder, cache, { state, base, pos, hi, bound, every: grid.dense })
      state = held.state
      pos = held.pos
    }
  }
  if (pos < hi) {
    const from = pos
    // A fold that counted the whole stream is where every later date starts: its state is kept
    // (below), so that asking again (or after the next event) does not refold up to a grid's
    // spacing of events. Any other tail's state is read once.
    const kept = hi === stream.length && hi <= safe && view.complete && !cache.atDependent
    state = _runOf(
      definition,
      state,
      (draft) => {
        for (let i = from; i < hi; i++) folder.apply(draft, stream[i]!, policy, bound)
      },
      kept,
    )
    if (kept && !folder.readAt) {
      const previous = cache.checkpoints.findLast((c) => c.pos <= from)
      cache.checkpoints = cache.checkpoints.filter((c) => c.end !== true)
      insertCheckpoint(cache, { pos: hi, state, ...lastKnown(view, stream, from, hi, previous), end: true })
    }
  }
  if (folder.readAt) cache.atDependent = true
  return state
}

/**
 * The widest spacing of a scoped stream's checkpoints near the dates asked. A question folds up
 * to a spacing of entries from the checkpoint before its date: a thirty-second of a busy pair's
 * stream is 3,100 entries at 1,000,000 events, a few milliseconds.
 */
const SCOPED_SPACING = 256

/** Where a fold keeps checkpoints (see `gridOf`). */
interface Grid {
  /** The spacing inside the regular cell of the date asked: the regular one, or less for a scoped stream. */
  readonly dense: number
  /** Where the fine grid of the stream's last stretch begins. */
  readonly fineFrom: number
  /** The next position of the grid after `pos`, for a fold up to `target`. */
  after(pos: number, target: number): number
  /** Whether a checkpoint at `pos` is only on the fine grid, and goes once the end moves away. */
  fineOnly(pos: number): boolean
}

/**
 * Where a fold over a stream of `length` entries keeps checkpoints:
 *
 * - every `every` entries (a thirty-second of the stream, at least 64), whatever it folds for;
 * - over the last such spacing every eighth of one (at least 64): a late event mostly lands in the
 *   last stretch of the stream, where the next question also starts, and refolding from a
 *   checkpoint there costs a few of its entries instead of up to a whole spacing;
 * - for a scoped stream (a pair's, an actor's), every `SCOPED_SPACING` entries inside the regular
 *   spacing that holds the date asked. A question then folds at most that many entries from a
 *   checkpoint the questions before it left near its date. Kept everywhere, a pair's checkpoints
 *   made the first question and every refold after a late event cross a checkpoint every 256
 *   entries, each copying what its run wrote (up to half again for the first question of a busy
 *   pair, up to three times as long a refold): kept where asked, the rest is folded as before.
 *
 * @param length - the stream's length
 * @param scoped - whether the stream is a scope's, not the whole log (`network()`'s)
 * @returns the grid's dense spacing, where its fine stretch begins, and its next position after a position
 */
function gridOf(length: number, scoped: boolean): Grid {
  const spread = Math.max(64, Math.ceil(length / 32))
  // The regular spacing a multiple of the dense one, so that the two grids meet.
  const dense = scoped ? Math.min(spread, SCOPED_SPACING) : spread
  const every = Math.ceil(spread / dense) * dense
  const fine = Math.max(64, Math.ceil(every / 8))
  const fineFrom = length - every
  return {
    dense,
    fineFrom,
    after(pos, target) {
      let next = (Math.floor(pos / every) + 1) * every
      const close = (Math.floor(pos / fine) + 1) * fine
      if (close < next && close >= fineFrom) next = close
      const near = (Math.floor(pos / dense) + 1) * dense
      if (near < next && near >= Math.floor(target / every) * every) next = near
      return next
    },
    fineOnly: (pos) => pos % dense !== 0,
  }
}

/**
 * Folds the entries from `pos` to the last position of the checkpoint grid before `hi`, at the
 * fold's bound under the `'strict'` policy, and keeps a checkpoint at each grid position with
 * the bounds at which the same entries before it count (see `Checkpoint.counts`). Such a
 * checkpoint sits beside the one every entry before counted in, which a question at the end of
 * the stream has mostly made already (see `insertCheckpoint`).
 */
function foldHeldBack<E extends EventBase>(
  definition: ProjectionDefinition<unknown, unknown, E>,
  view: _View<E>,
  folder: Folder<E>,
  cache: Cache,
  at: {
    readonly state: unknown
    readonly base: Checkpoint | undefined
    readonly pos: number
    readonly hi: number
    readonly bound: number
    readonly every: number
  },
): { readonly state: unknown; readonly pos: number } {
  const { stream, prefixMaxEnd } = cache
  const { bound } = at
  let { state, pos } = at
  // What counted before `pos`: every entry when the fold starts on the regular grid or from
  // nothing, the same entries as for the checkpoint it starts from when that one left some out.
  let lowest = at.base?.counts?.from ?? (pos > 0 ? prefixMaxEnd[pos - 1]! : -Infinity)
  let until = at.base?.counts?.until ?? Infinity
  let known: { readonly maxSeq: number; readonly maxTx: number } | undefined = at.base
  let next = (Math.floor(pos / at.every) + 1) * at.every
  while (next < at.hi) {
    const first = pos
    const last = next
    state = _runOf(definition, state, (draft) => {
      for (let i = first; i < last; i++) folder.apply(draft, stream[i]!, 'strict', bound)
    })
    if (folder.readAt) {
      cache.atDependent = true
      return { state, pos: last }
    }
    for (let i = first; i < last; i++) {
      const end = stream[i]!.end
      if (end <= bound) lowest = Math.max(lowest, end)
      else until = Math.min(until, end)
    }
    known = lastKnown(view, stream, first, last, known)
    insertCheckpoint(cache, { pos: last, state, ...known, counts: { from: lowest, until } })
    pos = last
    next += at.every
  }
  return { state, pos }
}

/**
 * The highest append position and recorded time of anything in the entries `from` to `to` (and
 * their modifications), and in what `known` covers already (the checkpoint the entries follow):
 * what a checkpoint after them holds, and so what a view must know for it to serve.
 */
function lastKnown<E extends EventBase>(
  view: _View<E>,
  stream: readonly _Entry[],
  from: number,
  to: number,
  known: { readonly maxSeq: number; readonly maxTx: number } | undefined,
): { readonly maxSeq: number; readonly maxTx: number } {
  let maxSeq = known?.maxSeq ?? -1
  let maxTx = known?.maxTx ?? -Infinity
  for (let i = from; i < to; i++) {
    const seq = stream[i]!.seq
    maxSeq = Math.max(maxSeq, view.log.lastPosition(seq))
    maxTx = Math.max(maxTx, view.log.lastRecorded(seq))
  }
  return { maxSeq, maxTx }
}

/** Maps a folded state through the projection's `result`, frozen. */
export function finish<E extends EventBase>(
  definition: ProjectionDefinition<unknown, unknown, E>,
  state: unknown,
  bound: number,
  view: _View<E>,
): unknown {
  if (definition.result === undefined) return state
  // A result frozen already (the built-ins freeze theirs) has nothing for immer to do.
  const own = definition.result(state, resultContext(bound, view))
  if (typeof own !== 'object' || own === null || Object.isFrozen(own)) return own
  const result = produce({ value: undefined as unknown }, (draft) => {
    draft.value = own as Draft<unknown>
  }).value
  return result
}

/** The context handed to `result`. */
export function resultContext<E extends EventBase>(bound: number, view: _View<E>): ResultContext {
  const instant = bound - 1
  let offices: _OfficeIndex | undefined
  return {
    at: _boundDay(bound),
    instant: new Date(instant).toISOString(),
    daysSince: (date: string) => (instant - Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date)) / 86_400_000,
    officesHeld(actor: string): readonly string[] {
      offices ??= _officeIndex(view)
      return [...new Set((offices.get(actor) ?? []).map((term) => term.of))]
    },
  }
}

/**
 * How many checkpoints that left entries out (see `Checkpoint.counts`) a position keeps beside
 * the one that counted every entry before it. The dates a grid position serves fall into a few
 * such windows: an event dated by its month or its year that started before the position counts
 * from the first day after it, so that the window changes there.
 */
const WINDOWS_KEPT = 4

/**
 * Puts a checkpoint in its place, by position: at a position, the one every entry before counted
 * in first (a new one replaces it), then those that left entries out, oldest first; past
 * `WINDOWS_KEPT` of them, the oldest goes.
 *
 * Such a checkpoint used to take only a position no other held. A question at the end of the
 * stream, mostly the first asked, fills the whole grid with checkpoints every entry counted in, so
 * that a question dated inside a year with an event dated by that year (the busy pair of the
 * benchmark has several each year) folded from before the year's start, every time.
 */
function insertCheckpoint(cache: Cache, checkpoint: Checkpoint): void {
  const list = cache.checkpoints
  const { pos, counts } = checkpoint
  let i = _firstNotBefore(list, (c) => c.pos < pos)
  if (counts === undefined) {
    if (i < list.length && list[i]!.pos === pos && list[i]!.counts === undefined) list[i] = checkpoint
    else list.splice(i, 0, checkpoint)
    return
  }
  // None of those here is for the same window: it would have served the fold that made this one.
  let oldest = -1
  let windows = 0
  for (; i < list.length && list[i]!.pos === pos; i++) {
    if (list[i]!.counts === undefined) continue
    if (oldest === -1) oldest = i
    windows++
  }
  list.splice(i, 0, checkpoint)
  if (windows >= WINDOWS_KEPT) list.splice(oldest, 1)
}

function lastPrefixEndingBy(prefixMaxEnd: readonly number[], bound: number, hi: number): number {
  let lo = 0
  let top = hi
  while (lo < top) {
    const mid = (lo + top) >>> 1
    if (prefixMaxEnd[mid]! <= bound) lo = mid + 1
    else top = mid
  }
  return lo
}

/** Where a context keeps the vocabulary's directions, for the built-in projections' tone. */
export const _DIRECTIONS = Symbol('directions')

/** The directions of kinds of one's own, as a context carries them. */
export function _directionsOf(ctx: EventContext): Readonly<Record<string, (event: never) => Direction>> {
  return (
    (ctx as unknown as Record<symbol, Readonly<Record<string, (event: never) => Direction>> | undefined>)[
      _DIRECTIONS
    ] ?? {}
  )
}

/** Folds a run of entries into a state, in one immer `produce` or by the projection's own copy-on-write. */
export function _runOf<E extends EventBase>(
  definition: ProjectionDefinition<unknown, unknown, E>,
  state: unknown,
  fold: (draft: Draft<unknown>) => void,
  kept = true,
): unknown {
  const own = definition.copyOnWrite
  if (own === undefined) return produce(state, fold)
  const work = own.begin(state, kept)
  fold(work as Draft<unknown>)
  return own.end(work)
}

/** Where a context keeps the start of the event's interval (ms), for the built-in projections' tone. */
export const _START = Symbol('start')

/**
 * The first instant of the event's UTC day (ms), as a context tells it: read from the entry,
 * not through `ctx.date`, whose ISO text would be formatted and parsed back for every event.
 */
export function _dayStartOf(ctx: EventContext): number {
  const start = (ctx as unknown as Record<symbol, number | undefined>)[_START]
  return start === undefined ? Date.parse(`${ctx.date}T00:00:00Z`) : Math.floor(start / 86_400_000) * 86_400_000
}

/**
 * What a reducer is told of the event it folds, read from its folder as the fold moves on. One
 * class, so that every fold's context has the same shape: reducers read it on every event.
 * `actingFor` and `weight` are its own functions, which a reducer may pass on unbound.
 */
class FoldContext<E extends EventBase> implements EventContext {
  readonly #folder: Folder<E>
  readonly #bound: number
  readonly #directions: Vocabulary<E>['directions']
  /** The day last written for `date`, and the start it was written for: a busy pair's events come several a day. */
  #dayOf = Number.NaN
  #day = ''
  readonly actingFor: (actor: string) => readonly string[]
  readonly weight: (subtype?: string) => Weight

  constructor(
    folder: Folder<E>,
    bound: number,
    offices: _OfficeIndex,
    vocabulary: Vocabulary<E>,
    weights: Readonly<Record<string, KindWeights>>,
  ) {
    this.#folder = folder
    this.#bound = bound
    this.#directions = vocabulary.directions
    this.actingFor = (actor) => _actingFor(offices, actor, folder.start)
    this.weight = (subtype) => weightOf(folder.event as never, weights, subtype)
  }

  get at(): string {
    this.#folder.readAt = true
    return new Date(this.#bound - 1).toISOString()
  }

  get date(): string {
    const start = this.#folder.start
    if (start !== this.#dayOf) {
      this.#dayOf = start
      this.#day = _isoDay(start)
    }
    return this.#day
  }

  get when(): string {
    return _dateOf(this.#folder.event!.occurred as PartialDate)
  }

  get interval(): EventContext['interval'] {
    const { entry, event } = this.#folder
    const occurred = event!.occurred
    const approximate = typeof occurred === 'object' && occurred.approximate === true
    return { start: new Date(entry!.start).toISOString(), end: new Date(entry!.end).toISOString(), approximate }
  }

  get certainty(): Certainty {
    return this.#folder.event!.certainty
  }

  get [_DIRECTIONS](): Vocabulary<E>['directions'] {
    return this.#directions
  }

  get [_START](): number {
    return this.#folder.start
  }
}

/** Applies entries to a draft, through a context object reused for every event. */
export class Folder<E extends EventBase> {
  readAt = false
  /** The entry and event being folded, which the context reads. */
  entry: _Entry | undefined
  event: E | undefined
  private readonly context: EventContext

  constructor(
    private readonly view: _View<E>,
    private readonly definition: ProjectionDefinition<unknown, unknown, E>,
    bound: number,
    _cache?: Cache,
  ) {
    // A projection's table overrides the kinds it names; every other kind keeps the vocabulary's weight.
    const vocabulary = view.log.vocabulary
    const weights =
      definition.weights === undefined ? vocabulary.weights : { ...vocabulary.weights, ...definition.weights }
    this.context = new FoldContext(this, bound, _officeIndex(view), vocabulary, weights)
  }

  /** The event's start (ms), for built-in projections that keep times as numbers inside. */
  get start(): number {
    return this.entry!.start
  }

  /** Applies one entry, if the view sees it, it is the event's current place, and it counts. */
  apply(draft: Draft<unknown>, entry: _Entry, policy: Uncertainty, bound = Infinity): E | undefined {
    const view = this.view
    if (!view.sees(entry.seq) || !view.active(entry)) return undefined
    if (bound !== Infinity && !_counts(entry, bound, policy)) return undefined
    const event = view.effective(entry.seq)
    if (event === null) return undefined
    this.entry = entry
    this.event = event
    // Only the projection's own reducers: a kind of one's own may be called `valueOf`.
    const on = this.definition.on as Record<string, ((d: unknown, e: unknown, c: EventContext) => void) | undefined>
    const reducer = Object.hasOwn(on, event.kind) ? on[event.kind] : undefined
    if (reducer !== undefined) reducer(draft, event, this.context)
    if (this.definition.every !== undefined) this.definition.every(draft as never, event, this.context)
    return event
  }
}

/**
 * The stream a projection folds over a view (in valid-time order), and whether its reducers
 * read the date asked about: what a series walks forward.
 */
export function _streamOf<E extends EventBase>(
  view: _View<E>,
  projection: Projection<unknown, E>,
): { readonly stream: readonly _Entry[]; readonly atDependent: boolean } {
  const cache = sync(view, projection)
  return { stream: cache.stream, atDependent: cache.atDependent }
}

/** Brings a projection's cache up to date with its log: the stream, and which checkpoints still hold. */
function sync<E extends EventBase>(view: _View<E>, projection: Projection<unknown, E>): Cache {
  const log = view.log
  const runtime = _runtimeOf(log as EventLog<never>)
  const key = projection.key === undefined ? undefined : `p:${projection.key}`
  let cache = (key === undefined ? runtime.objectCaches.get(projection) : runtime.caches.get(key)) as Cache | undefined
  if (cache === undefined) {
    cache = {
      stream: [],
      streamLength: 0,
      prefixMaxEnd: [],
      checkpoints: [],
      syncedChanges: 0,
      atDependent: false,
      scopeActors: undefined,
      belongs: undefined,
      syncedLength: 0,
    }
    if (key === undefined) runtime.objectCaches.set(projection, cache)
    else runtime.caches.set(key, cache)
  }
  if (cache.syncedChanges === log.changeCount) return cache
  let dirty: _Entry | undefined
  const scope = projection.scope
  // A cache with nothing in it yet has nothing to invalidate: a first question reads no change.
  const fresh = cache.stream.length === 0 && cache.checkpoints.length === 0
  // New events that are neither corrections, retractions nor office changes (which can move
  // events or change who is on each side) go into a scoped stream in place: building it anew
  // merges every list the scope reads, all of the stream, for one event.
  let added: _Entry[] | undefined = scope !== undefined && cache.belongs !== undefined && !fresh ? [] : undefined
  for (let i = fresh ? log.changeCount : cache.syncedChanges; i < log.changeCount; i++) {
    const change = log.change(i)
    if (scope !== undefined && !touches(log.actorsOf(change.seq), cache.scopeActors, scope)) continue
    const plain = added !== undefined && isPlain(log, change, cache.syncedLength)
    // A plain event the stream does not take (one side's own, for a pair) changes nothing a fold
    // reads: it leaves the checkpoints after its place as they are.
    if (plain && !cache.belongs!(change)) continue
    if (dirty === undefined || _compareEntries(change, dirty) < 0) dirty = change
    if (added === undefined) continue
    if (plain) added.push(change)
    else added = undefined
  }
  cache.syncedChanges = log.changeCount
  cache.syncedLength = log.length
  if (dirty === undefined && !fresh && cache.syncedChanges > 0 && cache.stream.length > 0) return cache
  const stream =
    scope === undefined
      ? log.validTime()
      : added !== undefined
        ? insertAll(cache.stream as _Entry[], added)
        : scopedStream(view, scope, cache)
  let firstDirty = 0
  if (dirty !== undefined) {
    const first = dirty
    firstDirty = Math.min(
      _firstNotBefore(stream, (entry) => _compareEntries(entry, first) < 0),
      cache.streamLength,
    )
  }
  if (scope !== undefined && added === undefined) {
    // A stream built anew can gain old entries anywhere, not only at the changes (an office
    // change brings a person's earlier events into a side): it is dirty from its first difference.
    const old = cache.stream
    let same = 0
    for (const limit = Math.min(firstDirty, old.length, stream.length); same < limit && old[same] === stream[same]; )
      same++
    firstDirty = same
  }
  cache.checkpoints = cache.checkpoints.filter((c) => c.pos <= firstDirty)
  const prefix = cache.prefixMaxEnd
  prefix.length = Math.min(prefix.length, firstDirty)
  let max = prefix.length > 0 ? prefix[prefix.length - 1]! : -Infinity
  for (let i = prefix.length; i < stream.length; i++) {
    if (stream[i]!.end > max) max = stream[i]!.end
    prefix.push(max)
  }
  cache.stream = stream
  cache.streamLength = stream.length
  return cache
}

/**
 * Whether a change is a new event that goes into a scoped stream in place, or stays out of it,
 * as the sides stand: new since the last sync, never modified (a correction in the same batch
 * adds a second change for it), and neither an office change, a correction nor a retraction.
 */
function isPlain<E extends EventBase>(log: EventLog<E>, change: _Entry, syncedLength: number): boolean {
  if (change.seq < syncedLength || change.variant !== -1 || log.modifications(change.seq) !== undefined) return false
  const kind = log.event(change.seq).kind
  return kind !== 'office' && kind !== 'correction' && kind !== 'retraction'
}

/** Whether a change can matter to a scoped stream. An office event lists the actor it is of, so it touches that actor's scope. */
function touches(
  actors: readonly string[],
  scopeActors: ReadonlySet<string> | undefined,
  scope: { readonly events?: readonly string[] | undefined },
): boolean {
  if (scope.events !== undefined || scopeActors === undefined) return true
  for (const actor of actors) if (scopeActors.has(actor)) return true
  return false
}

/** The entries a scoped projection needs, in valid-time order. */
function scopedStream<E extends EventBase>(
  view: _View<E>,
  scope: NonNullable<Projection<unknown, E>['scope']>,
  cache: Cache,
): readonly _Entry[] {
  const log = view.log
  if (scope.events !== undefined) {
    const seqs = new Set<number>()
    for (const id of scope.events) {
      const seq = log.positionOf(id)
      if (seq === undefined) continue
      seqs.add(seq)
      for (const referrer of log.referrers(seq) ?? []) seqs.add(referrer)
    }
    // The offices of the people these events name decide whom they acted for: fold them too, so
    // a checkpoint counts them and a view that does not know one never reuses a state folded with it.
    const people = new Set<string>()
    for (const seq of seqs) for (const actor of log.actorsOf(seq)) people.add(actor)
    for (const seq of log.officeChanges()) {
      const event = log.event(seq) as unknown as { kind: string; person: string }
      if (event.kind !== 'office') continue
      const corrected = (log.modifications(seq) ?? []).map(
        (mod) => (log.event(mod) as unknown as { changes?: { person?: unknown } }).changes?.person,
      )
      if ([event.person, ...corrected].some((person) => typeof person === 'string' && people.has(person))) seqs.add(seq)
    }
    cache.scopeActors = undefined
    cache.belongs = undefined
    return log.validTime().filter((entry) => seqs.has(entry.seq))
  }
  // Whoever held an office of a side, as the office event or any correction of it names them:
  // the stream is shared by every view of the store, so it holds what any view may count, and
  // the fold decides through the view's own office index whom each person acted for. The office
  // events of an actor are found under it, so a side costs its own offices, not the log's.
  const side = (actors: readonly string[]): Set<string> => {
    const result = new Set<string>()
    for (const actor of actors) for (const member of sideOf(log, actor)) result.add(member)
    return result
  }
  if (scope.pair !== undefined) {
    const a = side([scope.pair[0]])
    const b = side([scope.pair[1]])
    cache.scopeActors = new Set([...a, ...b])
    const [small, other] = a.size <= b.size ? [a, b] : [b, a]
    // Events naming both sides, the positions of either side when the scope asks for them (a
    // stance on a shared proposal names only the actor taking it), and the office changes of
    // either side: they decide who acts for whom, so a checkpoint must count them among what it
    // folded, or a view that does not know one would reuse a state folded with it.
    const names = (entry: _Entry, side: ReadonlySet<string>): boolean =>
      log.actorsOf(entry.seq).some((actor) => side.has(actor))
    const positions = scope.positions === true
    const oneSided = (entry: _Entry): boolean => {
      const kind = log.event(entry.seq).kind
      return kind === 'office' || (positions && kind === 'position')
    }
    const belongs = (entry: _Entry): boolean =>
      (names(entry, small) && names(entry, other)) || (oneSided(entry) && (names(entry, small) || names(entry, other)))
    cache.belongs = belongs
    // Read from the indexes: the events each pair of the sides' actors share, every event of an
    // actor on both sides, and the office changes (and positions, if asked) of each.
    const lists: (readonly _Entry[])[] = []
    for (const p of small) {
      for (const q of other) lists.push(p === q ? log.actorEntries(p) : log.pairEntries(p, q))
    }
    for (const actor of cache.scopeActors) {
      if (positions) lists.push(log.actorKindEntries(actor, 'position'))
      lists.push(log.actorKindEntries(actor, 'office'))
    }
    return mergeLists(lists)
  }
  const all = side(scope.actors ?? [])
  cache.scopeActors = all
  cache.belongs = (entry) => log.actorsOf(entry.seq).some((actor) => all.has(actor))
  return merged(log, all)
}

/**
 * An actor and whoever held an office of it (or of anyone so added), as any version of the
 * office event names them; kept until the log's office changes change.
 */
function sideOf<E extends EventBase>(log: EventLog<E>, actor: string): ReadonlySet<string> {
  const caches = _runtimeOf(log as EventLog<never>).caches
  const key = `side:${actor}`
  const offices = log.officeChanges().length
  const known = caches.get(key) as { readonly offices: number; readonly side: ReadonlySet<string> } | undefined
  if (known !== undefined && known.offices === offices) return known.side
  const result = new Set([actor])
  const queue = [actor]
  while (queue.length > 0) {
    for (const entry of log.actorKindEntries(queue.pop()!, 'office')) {
      if (entry.variant !== -1) continue
      const event = log.event(entry.seq) as unknown as { kind: string; person: string; of: string }
      if (event.kind !== 'office') continue
      const mods = log.modifications(entry.seq) ?? []
      const versions = [event, ...mods.map((mod) => correctedFields(log.event(mod)))]
      if (!versions.some((version) => typeof version.of === 'string' && result.has(version.of))) continue
      for (const version of versions)
        if (typeof version.person === 'string' && !result.has(version.person)) {
          result.add(version.person)
          queue.push(version.person)
        }
    }
  }
  caches.set(key, { offices, side: result })
  return result
}

/** The fields a correction sets (none for a retraction). */
function correctedFields(event: EventBase): { readonly person?: unknown; readonly of?: unknown } {
  return event.kind === 'correction'
    ? (event as unknown as { changes: { person?: unknown; of?: unknown } }).changes
    : {}
}

/** Inserts entries into a sorted stream at their places. */
function insertAll(stream: _Entry[], entries: readonly _Entry[]): _Entry[] {
  for (const entry of entries)
    stream.splice(
      _firstNotBefore(stream, (e) => _compareEntries(e, entry) < 0),
      0,
      entry,
    )
  return stream
}

/** The entries of several actors, in order, each once. */
function merged<E extends EventBase>(log: EventLog<E>, actors: ReadonlySet<string>): _Entry[] {
  return mergeLists([...actors].map((actor) => log.actorEntries(actor)))
}

/** Sorted entry lists merged into one, each entry once: shortest first, so the longest is walked once. */
function mergeLists(all: readonly (readonly _Entry[])[]): _Entry[] {
  const lists = all.filter((list) => list.length > 0)
  if (lists.length === 0) return []
  lists.sort((p, q) => p.length - q.length)
  let out: _Entry[] = [...lists[0]!]
  for (let k = 1; k < lists.length; k++) out = mergeTwo(out, lists[k]!)
  return out
}

/** Merges two sorted entry lists; an entry both hold (the same event naming two actors) comes once. */
function mergeTwo(p: readonly _Entry[], q: readonly _Entry[]): _Entry[] {
  const out: _Entry[] = []
  let i = 0
  let j = 0
  while (i < p.length && j < q.length) {
    const order = _compareEntries(p[i]!, q[j]!)
    if (order < 0) out.push(p[i++]!)
    else if (order > 0) out.push(q[j++]!)
    else {
      out.push(p[i++]!)
      j++
    }
  }
  while (i < p.length) out.push(p[i++]!)
  while (j < q.length) out.push(q[j++]!)
  return out
}
