/**
 * The Timeline: an immutable, append-only log of diplomatic events. Every version shares one
 * backing store; appending to the newest version is amortised O(1), and appending to an older
 * version (or to a knownOn view) copies only then.
 */
import {
  ConcurrencyError,
  EntenteError,
  InvalidArgumentError,
  ValidationError,
  type ValidationIssue,
} from '../errors.js'
import { defaultVocabulary, type Vocabulary } from '../model/define-kind.js'
import type { EventBase } from '../model/envelope.js'
import type { DiplomaticEvent } from '../model/event.js'
import { _isoDay, _parseDateString } from '../model/partial-date.js'
import type { EventInputOf, UncheckedInput } from './authoring.js'
import { _limits, type ReadLimits } from './codec/limits.js'
import { _lines, _parseLine, _streamLines, type NdjsonSource } from './codec/ndjson.js'
import type { EventLog } from './event-log.js'
import type { Diff, Explanation, Projectable, Uncertainty } from './fold-port.js'
import { _firstStartingAtOrAfter } from './order.js'
import { _queryBound, type QueryDate } from './query-date.js'
import { _MemoryLog } from './store.js'
import { type _Incoming, _stage } from './validate.js'
import { _View } from './view.js'

/** Lines read, validated and appended at a time when loading NDJSON. */
const BATCH = 1024

/**
 * Options of a new timeline.
 *
 * @example
 * ```ts
 * import { Timeline, type TimelineOptions } from 'entente-timeline'
 *
 * const options: TimelineOptions = { limits: { maxDepth: 32 } }
 * Timeline.empty(options)
 * ```
 */
export interface TimelineOptions<E extends EventBase = DiplomaticEvent> {
  /** The kinds the timeline accepts. @defaultValue the built-in vocabulary */
  readonly vocabulary?: Vocabulary<E>
  /** Limits on input. @defaultValue see {@link ReadLimits} */
  readonly limits?: ReadLimits
}

/**
 * Options of reading a timeline from text.
 *
 * @example
 * ```ts
 * import { Timeline, type ReadOptions } from 'entente-timeline'
 *
 * const options: ReadOptions = { collectErrors: true }
 * Timeline.fromNdjson('', options)
 * ```
 */
export interface ReadOptions<E extends EventBase = DiplomaticEvent> extends TimelineOptions<E> {
  /**
   * Read on past bad lines and throw one ValidationError listing the problems (the first
   * {@link MAX_COLLECTED_ISSUES}, with `total` counting them all), instead of stopping at the
   * first. @defaultValue false
   */
  readonly collectErrors?: boolean
}

/**
 * Options of `append` and `appendMany`.
 *
 * @example
 * ```ts
 * import type { AppendOptions } from 'entente-timeline'
 *
 * const options: AppendOptions = { expectedVersion: 12 }
 * ```
 */
export interface AppendOptions {
  /** Append only if the timeline is at this version, else throw a ConcurrencyError. @defaultValue no check */
  readonly expectedVersion?: number
}

/**
 * Options of `project`.
 *
 * @example
 * ```ts
 * import type { ProjectOptions } from 'entente-timeline'
 *
 * const options: ProjectOptions = { at: '2023-07-12', knownOn: '2023-07-13', uncertainty: 'strict' }
 * ```
 */
export interface ProjectOptions {
  /** The valid-time date asked about: a day means once that day is over. */
  readonly at: QueryDate
  /** The transaction-time date: the log as it was known then. @defaultValue everything */
  readonly knownOn?: QueryDate
  /** When imprecise events count. @defaultValue 'strict' */
  readonly uncertainty?: Uncertainty
}

/**
 * Options of `timeline.chronology`.
 *
 * @example
 * ```ts
 * import type { ChronologyOptions } from 'entente-timeline'
 *
 * const options: ChronologyOptions = { actors: ['JPN'], kinds: ['meeting'], from: '2023-07-01', to: '2023-07-31' }
 * ```
 */
export interface ChronologyOptions {
  /** Only events involving any of these actors. @defaultValue every actor */
  readonly actors?: readonly string[]
  /** Only events of these kinds. @defaultValue every kind */
  readonly kinds?: readonly string[]
  /** Only events whose interval ends after the start of this date. @defaultValue from the first event */
  readonly from?: QueryDate
  /** Only events whose interval starts by the end of this date. @defaultValue to the last event */
  readonly to?: QueryDate
  /** Include retracted events (marked as such). @defaultValue false */
  readonly includeRetracted?: boolean
}

/**
 * One event of a chronology: the event as the timeline knows it (corrected), its day, and
 * whether it was retracted.
 *
 * @example
 * ```ts
 * import type { ChronologyEntry } from 'entente-timeline'
 *
 * const line = (entry: ChronologyEntry) => `${entry.date} ${entry.event.kind}`
 * ```
 */
export interface ChronologyEntry<E extends EventBase = DiplomaticEvent> {
  /** The ISO day the event's interval starts on. */
  readonly date: string
  /** The event, with the corrections the timeline knows applied. */
  readonly event: E
  /** Whether a retraction the timeline knows withdrew it. */
  readonly retracted: boolean
}

/**
 * The view behind a timeline, for the engine's entry points outside the class (a series walks
 * a timeline's views forward). Internal.
 */
export let _viewOf: <E extends EventBase>(timeline: Timeline<E>) => _View<E>

/**
 * An immutable, append-only, bitemporal log of diplomatic events. Every method that adds
 * returns a new Timeline; earlier ones keep seeing exactly what they saw.
 *
 * @example
 * ```ts
 * import { Timeline, relationship } from 'entente-timeline'
 * import { readFileSync } from 'node:fs'
 *
 * const timeline = Timeline.fromNdjson(readFileSync('fixtures/vilnius-2023.ndjson', 'utf8'))
 * const japanNato = timeline.project(relationship('JPN', 'NATO'), { at: '2023-07-12' })
 * console.log(japanNato.ties.map((tie) => tie.status))
 * ```
 */
export class Timeline<E extends EventBase = DiplomaticEvent> {
  readonly #view: _View<E>
  readonly #limits: Required<ReadLimits>
  #events: readonly E[] | undefined

  static {
    _viewOf = (timeline) => timeline.#view
  }

  private constructor(view: _View<E>, limits: Required<ReadLimits>) {
    this.#view = view
    this.#limits = limits
  }

  /**
   * An empty timeline.
   *
   * @param options - the vocabulary and limits
   * @returns a timeline with no events
   * @example
   * ```ts
   * import { Timeline } from 'entente-timeline'
   *
   * Timeline.empty().version // 0
   * ```
   */
  static empty<E extends EventBase = DiplomaticEvent>(options: TimelineOptions<E> = {}): Timeline<E> {
    const vocabulary = (options.vocabulary ?? defaultVocabulary) as Vocabulary<E>
    return new Timeline(new _View(new _MemoryLog(vocabulary), 0, Infinity), _limits(options.limits))
  }

  /**
   * A timeline over a log that holds events already (validated when they entered it), seeing all
   * of it: how a log of one's own, or one a store filled, is handed to the query API. Appending
   * to the timeline appends to the log (when it is the newest version).
   *
   * @param log - a log that implements the storage port, such as `memoryLog()`
   * @param options - limits on what is appended through the timeline
   * @returns a timeline of every event the log holds
   * @throws never
   * @example
   * ```ts
   * import { memoryLog, Timeline } from 'entente-timeline'
   *
   * const log = memoryLog()
   * Timeline.over(log).version //=> 0
   * ```
   */
  static over<E extends EventBase>(log: EventLog<E>, options: Pick<TimelineOptions<E>, 'limits'> = {}): Timeline<E> {
    return new Timeline(new _View(log, log.length, Infinity), _limits(options.limits))
  }

  /** @internal As {@link Timeline.over}, with the limits given alone. */
  static _over<E extends EventBase>(log: EventLog<E>, limits?: ReadLimits): Timeline<E> {
    return Timeline.over(log, limits === undefined ? {} : { limits })
  }

  /**
   * A timeline of these events, validated and checked in order; all or nothing.
   *
   * @param events - events in append order
   * @param options - the vocabulary and limits
   * @returns the timeline
   * @throws {@link ValidationError}, {@link DuplicateEventError} or {@link UnknownReferenceError} for the first bad event;
   *   {@link InvalidArgumentError} when `events` is not an iterable
   * @example
   * ```ts
   * import { Timeline } from 'entente-timeline'
   *
   * const timeline = Timeline.from([
   *   { id: 'actor-nato', kind: 'actor', occurred: '1949-04-04', recorded: '2023-07-13', actors: ['NATO'],
   *     sources: [{ id: 'nato', publisher: 'NATO', published: '2023' }], actorKind: 'organisation', name: 'NATO' },
   * ])
   * timeline.version // 1
   * ```
   */
  static from<E extends EventBase = DiplomaticEvent>(
    events: Iterable<NoInfer<EventInputOf<E>>>,
    options?: TimelineOptions<E>,
  ): Timeline<E>
  /**
   * A timeline of events whose type names no built-in kind (read from JSON, say), each validated when appended.
   *
   * @param events - events in append order
   * @param options - the vocabulary and limits
   * @returns the timeline
   * @throws {@link ValidationError}, {@link DuplicateEventError} or {@link UnknownReferenceError} for the first bad event
   * @example
   * ```ts
   * import { Timeline } from 'entente-timeline'
   *
   * const events: unknown[] = JSON.parse('[]')
   * console.log(Timeline.from(events).version)
   * //=> 0
   * ```
   */
  static from<const T, E extends EventBase = DiplomaticEvent>(
    events: Iterable<UncheckedInput<T>>,
    options?: TimelineOptions<E>,
  ): Timeline<E>
  static from<E extends EventBase = DiplomaticEvent>(
    events: Iterable<unknown>,
    options: TimelineOptions<E> = {},
  ): Timeline<E> {
    return Timeline.empty(options)
      .appendMany(events as Iterable<unknown>)
      .#settled()
  }

  /**
   * A timeline read from NDJSON text (one event a line; blank lines, a BOM and CRLF are fine).
   *
   * @param text - the NDJSON text
   * @param options - vocabulary, limits, and whether to collect every error
   * @returns the timeline
   * @throws {@link ValidationError} (with line numbers) or another {@link EntenteError} for bad input; an
   *   {@link InvalidArgumentError} when the argument is not of the type it must be
   * @example
   * ```ts
   * import { Timeline } from 'entente-timeline'
   *
   * Timeline.fromNdjson('\n').version // 0
   * ```
   */
  static fromNdjson<E extends EventBase = DiplomaticEvent>(text: string, options: ReadOptions<E> = {}): Timeline<E> {
    checkText(text)
    const limits = _limits(options.limits)
    const empty = Timeline.empty(options)
    if (options.collectErrors === true) {
      return empty
        .#appendCollecting(
          (function* () {
            for (const { text: line, line: number } of _lines(text)) yield () => _parseLine(line, number, limits)
          })(),
        )
        .#settled()
    }
    // In batches, as a stream is read: each batch's parsed lines are done with while they are
    // young, and nobody sees the timeline before the last batch is in.
    let timeline = empty
    let batch: _Incoming[] = []
    for (const { text: line, line: number } of _lines(text)) {
      batch.push(_parseLine(line, number, limits))
      if (batch.length >= BATCH) {
        timeline = timeline.#appendIncoming(batch)
        batch = []
      }
    }
    return (batch.length > 0 ? timeline.#appendIncoming(batch) : timeline).#settled()
  }

  /**
   * A timeline read from a JSON array of events.
   *
   * @param text - the JSON text of an array
   * @param options - vocabulary and limits
   * @returns the timeline
   * @throws {@link ValidationError} for bad input (the path starts with the array index); {@link InvalidArgumentError}
   *   when `text` is not a string
   * @example
   * ```ts
   * import { Timeline } from 'entente-timeline'
   *
   * Timeline.fromJson('[]').version // 0
   * ```
   */
  static fromJson<E extends EventBase = DiplomaticEvent>(text: string, options: TimelineOptions<E> = {}): Timeline<E> {
    checkText(text)
    const limits = _limits(options.limits)
    const value = _parseLine(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, undefined, {
      ...limits,
      maxLineLength: Math.max(limits.maxLineLength, text.length),
    }).value
    if (!Array.isArray(value))
      throw new ValidationError([{ code: 'invalid-json', path: [], message: 'a JSON timeline is an array of events' }])
    // A JSON text has no lines to point at, so an issue's path starts with the event's index.
    let timeline = Timeline.empty(options)
    value.forEach((event: unknown, index) => {
      try {
        timeline = timeline.#appendIncoming([{ value: event }])
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error
        throw new ValidationError(
          error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] })),
          { cause: error },
        )
      }
    })
    return timeline.#settled()
  }

  /**
   * A timeline read from a stream of NDJSON, with bounded memory: a web ReadableStream, a
   * Node stream or any async iterable of strings or bytes. Chunks may split lines and UTF-8
   * characters.
   *
   * @param source - the stream
   * @param options - vocabulary, limits, and whether to collect every error
   * @returns a promise of the timeline
   * @throws {@link ValidationError} (with line numbers) or another {@link EntenteError} for bad input; an
   *   {@link InvalidArgumentError} when the argument is not of the type it must be
   * @example
   * ```ts
   * import { Timeline } from 'entente-timeline'
   * import { createReadStream } from 'node:fs'
   *
   * const timeline = await Timeline.readNdjson(createReadStream('fixtures/vilnius-2023.ndjson'))
   * ```
   */
  static async readNdjson<E extends EventBase = DiplomaticEvent>(
    source: NdjsonSource,
    options: ReadOptions<E> = {},
  ): Promise<Timeline<E>> {
    checkSource(source)
    const limits = _limits(options.limits)
    let timeline = Timeline.empty(options)
    const issues = new Collected()
    let batch: _Incoming[] = []
    const flush = (): void => {
      if (batch.length === 0) return
      timeline = timeline.#appendIncoming(batch)
      batch = []
    }
    for await (const { text, line } of _streamLines(source, limits.maxLineLength)) {
      if (options.collectErrors === true) {
        try {
          timeline = timeline.#appendIncoming([_parseLine(text, line, limits)])
        } catch (error) {
          issues.add(asIssues(error, line))
        }
      } else {
        batch.push(_parseLine(text, line, limits))
        if (batch.length >= BATCH) flush()
      }
    }
    flush()
    issues.throwIfAny()
    return timeline.#settled()
  }

  /**
   * The number of events in the log (in a knownOn view, the number it knows): pass it back as
   * `expectedVersion` to append only if no one else has appended since.
   *
   * @example
   * ```ts
   * import { Timeline } from 'entente-timeline'
   *
   * const timeline = Timeline.empty()
   * timeline.version // 0
   * timeline.append({ id: 'actor-nato', kind: 'actor', occurred: '1949-04-04', recorded: '1949-04-04', actors: ['NATO'],
   *   sources: [{ id: 'nato', publisher: 'NATO', published: '1949-04-04' }], actorKind: 'organisation', name: 'NATO' },
   *   { expectedVersion: timeline.version }).version // 1
   * ```
   */
  get version(): number {
    return this.#view.bound === Infinity ? this.#view.length - this.#view.log.absent : this.events.length
  }

  /**
   * The events in append (recorded) order, each frozen, as appended (see `chronology` for the
   * corrected events in valid-time order).
   *
   * @example
   * ```ts
   * import { Timeline } from 'entente-timeline'
   * import { readFileSync } from 'node:fs'
   *
   * const timeline = Timeline.fromNdjson(readFileSync('fixtures/vilnius-2023.ndjson', 'utf8'))
   * timeline.events.filter((event) => event.kind === 'correction').length // 2
   * Object.isFrozen(timeline.events[0]) // true
   * ```
   */
  get events(): readonly E[] {
    if (this.#events === undefined) {
      const view = this.#view
      const events: E[] = []
      for (let seq = 0; seq < view.length; seq++) if (view.sees(seq)) events.push(view.log.event(seq))
      this.#events = Object.freeze(events)
    }
    return this.#events
  }

  /**
   * The vocabulary this timeline accepts.
   *
   * @example
   * ```ts
   * import { Timeline } from 'entente-timeline'
   *
   * Timeline.empty().vocabulary.kinds.length // 24
   * ```
   */
  get vocabulary(): Vocabulary<E> {
    return this.#view.log.vocabulary
  }

  /**
   * The event with this id, as it was appended, if this timeline holds it.
   *
   * @param id - the event id
   * @returns the frozen event, or undefined
   * @example
   * ```ts
   * import { Timeline } from 'entente-timeline'
   *
   * Timeline.empty().get('summit-vilnius') // undefined
   * ```
   */
  get(id: string): E | undefined {
    const seq = this.#view.log.positionOf(id)
    return seq !== undefined && this.#view.sees(seq) ? this.#view.log.event(seq) : undefined
  }

  /**
   * The event with this id as this timeline knows it: with the corrections it knows applied;
   * undefined when it does not hold the event or a retraction it knows withdrew it (`get(id)`
   * still returns a withdrawn event as appended, so the two together tell which).
   *
   * @param id - the event id
   * @returns the corrected event, or undefined if absent or retracted
   * @example
   * ```ts
   * import { Timeline } from 'entente-timeline'
   * import { readFileSync } from 'node:fs'
   *
   * const timeline = Timeline.fromNdjson(readFileSync('fixtures/vilnius-2023.ndjson', 'utf8'))
   * timeline.get('launch-prk-2023-07-12')?.certainty // 'suspected', as first recorded
   * timeline.effective('launch-prk-2023-07-12')?.certainty // 'confirmed', as corrected the next day
   * timeline.knownOn('2023-07-12').effective('launch-prk-2023-07-12')?.certainty // 'suspected'
   * ```
   */
  effective(id: string): E | undefined {
    const seq = this.#view.log.positionOf(id)
    return seq !== undefined && this.#view.sees(seq) ? (this.#view.effective(seq) ?? undefined) : undefined
  }

  /**
   * Appends one event: validated, checked against the log (actors declared, references
   * existing), deep-frozen. Re-appending an identical event is a no-op.
   *
   * @param event - the event, as unknown input
   * @param options - an expected version, for optimistic concurrency
   * @returns the new timeline (this one is unchanged)
   * @throws {@link ValidationError}, {@link DuplicateEventError}, {@link UnknownReferenceError} or {@link ConcurrencyError};
   *   {@link InvalidArgumentError} for arguments of the wrong type or an `expectedVersion` that is not a whole number
   * @example
   * ```ts
   * import { Timeline } from 'entente-timeline'
   *
   * const v1 = Timeline.empty()
   * const v2 = v1.append({ id: 'actor-nato', kind: 'actor', occurred: '1949-04-04', recorded: '2023-07-13', actors: ['NATO'],
   *   sources: [{ id: 'nato', publisher: 'NATO', published: '2023' }], actorKind: 'organisation', name: 'NATO' })
   * v1.version // 0
   * v2.version // 1
   * ```
   */
  append(event: NoInfer<EventInputOf<E>>, options?: AppendOptions): Timeline<E>
  /**
   * Appends one event whose type names no built-in kind (read from JSON, say), validated as it is appended.
   *
   * @param event - the event, as unknown input
   * @param options - an expected version, for optimistic concurrency
   * @returns the new timeline (this one is unchanged)
   * @throws {@link ValidationError}, {@link DuplicateEventError}, {@link UnknownReferenceError} or {@link ConcurrencyError}
   * @example
   * ```ts
   * import { Timeline, ValidationError } from 'entente-timeline'
   *
   * const event: unknown = JSON.parse('{"id": "x", "kind": "meeting"}')
   * try {
   *   Timeline.empty().append(event)
   * } catch (error) {
   *   console.log(error instanceof ValidationError)
   * }
   * //=> true
   * ```
   */
  append<const T>(event: UncheckedInput<T>, options?: AppendOptions): Timeline<E>
  append(event: unknown, options: AppendOptions = {}): Timeline<E> {
    return this.appendMany([event] as unknown[], options)
  }

  /**
   * Appends events in order, all or nothing: if any fails, none is added.
   *
   * @param events - the events, as unknown input
   * @param options - an expected version, for optimistic concurrency
   * @returns the new timeline (this one is unchanged)
   * @throws {@link ValidationError}, {@link DuplicateEventError}, {@link UnknownReferenceError} or {@link ConcurrencyError};
   *   {@link InvalidArgumentError} for arguments of the wrong type or an `expectedVersion` that is not a whole number
   * @example
   * ```ts
   * import { Timeline } from 'entente-timeline'
   *
   * const timeline = Timeline.empty().appendMany([], { expectedVersion: 0 })
   * ```
   */
  appendMany(events: Iterable<NoInfer<EventInputOf<E>>>, options?: AppendOptions): Timeline<E>
  /**
   * Appends events whose type names no built-in kind (read from JSON, say) in order, all or
   * nothing, each validated as it is appended.
   *
   * @param events - the events, as unknown input
   * @param options - an expected version, for optimistic concurrency
   * @returns the new timeline (this one is unchanged)
   * @throws {@link ValidationError}, {@link DuplicateEventError}, {@link UnknownReferenceError} or {@link ConcurrencyError}
   * @example
   * ```ts
   * import { Timeline } from 'entente-timeline'
   *
   * const events: unknown[] = JSON.parse('[]')
   * console.log(Timeline.empty().appendMany(events).version)
   * //=> 0
   * ```
   */
  appendMany<const T>(events: Iterable<UncheckedInput<T>>, options?: AppendOptions): Timeline<E>
  appendMany(events: Iterable<unknown>, options: AppendOptions = {}): Timeline<E> {
    checkEvents(events)
    checkExpectedVersion(options)
    if (options.expectedVersion !== undefined && options.expectedVersion !== this.version) {
      throw new ConcurrencyError(options.expectedVersion, this.version)
    }
    const incoming: _Incoming[] = []
    for (const value of events) incoming.push({ value })
    return this.#appendIncoming(incoming)
  }

  /** This timeline, its log's lists made exactly as long as they are: for a log a load has just filled, that nobody has read. */
  #settled(): Timeline<E> {
    const log = this.#view.log
    if (log instanceof _MemoryLog) log._settle()
    return this
  }

  #appendIncoming(incoming: readonly _Incoming[]): Timeline<E> {
    const view = this.#view
    if (!view.complete) {
      // Appending to an older version or a view: a fork over the log, holding only what is appended to it.
      const fork =
        view.log instanceof _MemoryLog
          ? new _MemoryLog(view.log.vocabulary, { log: view.log, cut: view.length, bound: view.bound })
          : new _MemoryLog(view.log.vocabulary)
      if (!(view.log instanceof _MemoryLog)) fork.append(this.events)
      const staged = _stage(fork, incoming, this.#limits.maxDepth)
      if (staged.length === 0) return this
      fork.append(staged)
      return new Timeline(new _View(fork, fork.length, Infinity), this.#limits)
    }
    const log = view.log
    const staged = _stage(log, incoming, this.#limits.maxDepth)
    if (staged.length === 0) return this
    log.append(staged, view.length)
    return new Timeline(new _View(log, log.length, Infinity), this.#limits)
  }

  #appendCollecting(reads: Iterable<() => _Incoming>): Timeline<E> {
    let timeline: Timeline<E> = this
    const issues = new Collected()
    for (const read of reads) {
      let line: number | undefined
      try {
        const incoming = read()
        line = incoming.line
        timeline = timeline.#appendIncoming([incoming])
      } catch (error) {
        issues.add(asIssues(error, line))
      }
    }
    issues.throwIfAny()
    return timeline
  }

  /**
   * The log as it stood at a transaction time: only the events recorded by then, with only the
   * corrections and retractions recorded by then applied. A day means the end of that day.
   *
   * @param date - the transaction time
   * @returns a timeline view (appending to it copies it first)
   * @throws {@link InvalidArgumentError} for a bad date
   * @example
   * ```ts
   * import { Timeline } from 'entente-timeline'
   * import { readFileSync } from 'node:fs'
   *
   * const timeline = Timeline.fromNdjson(readFileSync('fixtures/vilnius-2023.ndjson', 'utf8'))
   * timeline.knownOn('2023-07-12').version // 108: before the reports of 13 July
   * timeline.knownOn('2023-07-13').version // 144
   * ```
   */
  knownOn(date: QueryDate): Timeline<E> {
    const bound = Math.min(_queryBound(date, 'knownOn'), this.#view.bound)
    return new Timeline(new _View(this.#view.log, this.#view.length, bound), this.#limits)
  }

  /**
   * Projects the state at a valid-time date, as known on a transaction-time date.
   *
   * @param projection - a built-in projection or one from `defineProjection`
   * @param options - `at`, and optionally `knownOn` and `uncertainty`
   * @returns the projection's result: frozen, structurally shared
   * @throws {@link InvalidArgumentError} for a bad date or uncertainty policy, or arguments of the wrong type;
   *   {@link UnknownReferenceError} when a built-in projection (or one with `references`) names an actor the
   *   timeline does not declare, or a proposal it does not hold, as known on `knownOn`
   * @example
   * ```ts
   * import { Timeline, membership } from 'entente-timeline'
   * import { readFileSync } from 'node:fs'
   *
   * const timeline = Timeline.fromNdjson(readFileSync('fixtures/vilnius-2023.ndjson', 'utf8'))
   * timeline.project(membership('NATO'), { at: '2023-07-12' }).members.length //=> 35
   * ```
   */
  project<R>(projection: Projectable<R, E> | Projectable<R, DiplomaticEvent>, options: ProjectOptions): R {
    checkQuestion(projection, options)
    const view = this.#viewFor(options)
    return asOwn(projection).fold.project(view, { bound: _queryBound(options.at, 'at'), policy: policyOf(options) })
  }

  /**
   * Which events made a projection's result at a date, each with the changes it made (immer
   * patches), in the order they were folded.
   *
   * @param projection - the projection
   * @param options - as for `project`
   * @returns the result and, for each event that changed the state, its id and patches
   * @throws {@link InvalidArgumentError} for a bad date or uncertainty policy, or arguments of the wrong type
   * @example
   * ```ts
   * import { Timeline, membership } from 'entente-timeline'
   * import { readFileSync } from 'node:fs'
   *
   * const timeline = Timeline.fromNdjson(readFileSync('fixtures/vilnius-2023.ndjson', 'utf8'))
   * const { result, steps } = timeline.explain(membership('NATO'), { at: '1952-12-31' })
   * result.members.length // 14
   * steps.map((step) => step.event) // the 12 founders' accessions, then Greece's and Turkey's
   * ```
   */
  explain<R>(projection: Projectable<R, E> | Projectable<R, DiplomaticEvent>, options: ProjectOptions): Explanation<R> {
    checkQuestion(projection, options)
    return asOwn(projection).fold.explain(this.#viewFor(options), {
      bound: _queryBound(options.at, 'at'),
      policy: policyOf(options),
    })
  }

  /**
   * What changed in a projection's state between two dates, and which events changed it.
   *
   * @param projection - the projection
   * @param options - `from` and `to` (valid-time dates), and optionally `knownOn` and `uncertainty`
   * @returns both results and the events between them, each with its patches
   * @throws {@link InvalidArgumentError} for a bad date, or when `to` is before `from`
   * @example
   * ```ts
   * import { Timeline, membership } from 'entente-timeline'
   * import { readFileSync } from 'node:fs'
   *
   * const timeline = Timeline.fromNdjson(readFileSync('fixtures/vilnius-2023.ndjson', 'utf8'))
   * const change = timeline.diff(membership('NATO'), { from: '2023-04-03', to: '2024-03-07' })
   * change.steps.map((step) => step.event)
   * // Finland's accession, the partner and observer claims of July 2023, Sweden's accession
   * ```
   */
  diff<R>(
    projection: Projectable<R, E> | Projectable<R, DiplomaticEvent>,
    options: Omit<ProjectOptions, 'at'> & { readonly from: QueryDate; readonly to: QueryDate },
  ): Diff<R> {
    checkQuestion(projection, options)
    const from = _queryBound(options.from, 'from')
    const to = _queryBound(options.to, 'to')
    if (to < from) throw new InvalidArgumentError('to', 'is before "from"')
    return asOwn(projection).fold.diff(this.#viewFor(options), { from, to, policy: policyOf(options) })
  }

  /**
   * The events in valid-time order (start of their interval, then recorded order), as this
   * timeline knows them, optionally filtered by actor, kind and dates.
   *
   * @param options - filters
   * @returns the entries, oldest first
   * @throws {@link InvalidArgumentError} for a bad `from` or `to`
   * @example
   * ```ts
   * import { Timeline } from 'entente-timeline'
   * import { readFileSync } from 'node:fs'
   *
   * const timeline = Timeline.fromNdjson(readFileSync('fixtures/vilnius-2023.ndjson', 'utf8'))
   * for (const entry of timeline.chronology({ actors: ['JPN'], kinds: ['meeting', 'visit'], from: '2023' })) {
   *   console.log(entry.date, entry.event.id) // 2023-03-21 visit-kishida-kyiv-2023-03-21, ...
   * }
   * ```
   */
  chronology(options: ChronologyOptions = {}): readonly ChronologyEntry<E>[] {
    checkOptions(options)
    const view = this.#view
    const log = view.log
    const actors = options.actors === undefined ? undefined : new Set(options.actors)
    const kinds = options.kinds === undefined ? undefined : new Set(options.kinds)
    const fromStart = options.from === undefined ? -Infinity : startOf(options.from)
    const to = options.to === undefined ? Infinity : _queryBound(options.to, 'to')
    const entries = log.validTime()
    const out: ChronologyEntry<E>[] = []
    for (let i = 0, hi = _firstStartingAtOrAfter(entries, to); i < hi; i++) {
      const entry = entries[i]!
      if (entry.end <= fromStart || !view.sees(entry.seq) || !view.active(entry)) continue
      const event = view.effective(entry.seq)
      if (event === null && options.includeRetracted !== true) continue
      const shown = event ?? log.event(entry.seq)
      if (kinds !== undefined && !kinds.has(shown.kind)) continue
      if (actors !== undefined && !shown.actors.some((actor) => actors.has(actor))) continue
      out.push(Object.freeze({ date: _isoDay(entry.start), event: shown, retracted: event === null }))
    }
    return Object.freeze(out)
  }

  /**
   * The log as NDJSON: one event a line, in append order, ending with a newline.
   *
   * @returns the NDJSON text; `Timeline.fromNdjson` reads it back to the same events
   * @example
   * ```ts
   * import { Timeline } from 'entente-timeline'
   *
   * Timeline.empty().toNdjson() // ''
   * ```
   */
  toNdjson(): string {
    let text = ''
    for (const event of this.events) text += `${JSON.stringify(event)}\n`
    return text
  }

  #viewFor(options: { readonly knownOn?: QueryDate | undefined }): _View<E> {
    return options.knownOn === undefined ? this.#view : this.knownOn(options.knownOn).#view
  }
}

/**
 * A projection over the built-in kinds serves a timeline with kinds of its own too: events of
 * kinds it has no reducer for are skipped, and the built-ins' `every` reducers read only the
 * envelope of such events.
 */
function asOwn<R, E extends EventBase>(
  projection: Projectable<R, E> | Projectable<R, DiplomaticEvent>,
): Projectable<R, E> {
  return projection as Projectable<R, E>
}

function policyOf(options: { readonly uncertainty?: Uncertainty | undefined }): Uncertainty {
  const policy = options.uncertainty ?? 'strict'
  if (policy !== 'strict' && policy !== 'possible')
    throw new InvalidArgumentError('uncertainty', `must be "strict" or "possible", not ${JSON.stringify(policy)}`)
  return policy
}

function startOf(date: QueryDate): number {
  if (date instanceof Date) return date.getTime()
  // Validates the date as any query date is, then reads its start with the one date reader.
  _queryBound(date, 'from')
  return (_parseDateString(date) as { start: number }).start
}

/**
 * How many issues `collectErrors` keeps: the first ones, in input order, while every one is
 * counted (`ValidationError.total`), so a file of a million bad lines costs no more memory than
 * one of a thousand.
 *
 * @example
 * ```ts
 * import { MAX_COLLECTED_ISSUES, Timeline, ValidationError } from 'entente-timeline'
 *
 * try {
 *   Timeline.fromNdjson('{}\n'.repeat(1500), { collectErrors: true })
 * } catch (error) {
 *   if (error instanceof ValidationError) console.log(error.issues.length === MAX_COLLECTED_ISSUES, error.total > 1500)
 *   //=> true true
 * }
 * ```
 */
export const MAX_COLLECTED_ISSUES = 1000

/** The issues `collectErrors` keeps (the first {@link MAX_COLLECTED_ISSUES}) and how many there were. */
class Collected {
  readonly kept: ValidationIssue[] = []
  total = 0

  add(issues: readonly ValidationIssue[]): void {
    this.total += issues.length
    for (const issue of issues) if (this.kept.length < MAX_COLLECTED_ISSUES) this.kept.push(issue)
  }

  throwIfAny(): void {
    if (this.total > 0) throw new ValidationError(this.kept, { total: this.total })
  }
}

function asIssues(error: unknown, line: number | undefined): ValidationIssue[] {
  if (error instanceof ValidationError) return [...error.issues]
  if (error instanceof EntenteError) {
    const withLine = error as EntenteError & { line?: number; eventId?: string; path?: readonly (string | number)[] }
    const eventId = withLine.eventId
    const at = withLine.line ?? line
    const prefix = /^(line \d+: )?(event "[^"]*": )?/
    return [
      {
        ...(at === undefined ? {} : { line: at }),
        ...(eventId === undefined ? {} : { eventId }),
        code:
          error.code === 'unknown-reference' || error.code === 'duplicate-event' || error.code === 'limit-exceeded'
            ? error.code
            : 'rule',
        path: [],
        message: error.message.replace(prefix, ''),
      },
    ]
  }
  throw error
}

/** How a value of the wrong type reads in a message. */
function described(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (value instanceof Uint8Array) return 'bytes (a Buffer or Uint8Array)'
  return typeof value === 'object' ? 'an object' : typeof value
}

function checkEvents(events: unknown): void {
  if (typeof events === 'string')
    throw new InvalidArgumentError(
      'events',
      'must be an iterable of events, not a string: read NDJSON text with fromNdjson',
    )
  if (events === null || typeof (events as { [Symbol.iterator]?: unknown })?.[Symbol.iterator] !== 'function')
    throw new InvalidArgumentError(
      'events',
      `must be an iterable of events (such as an array), not ${described(events)}`,
    )
}

function checkExpectedVersion(options: unknown): void {
  if (options === null || typeof options !== 'object')
    throw new InvalidArgumentError('options', `must be an object, not ${described(options)}`)
  const expected = (options as AppendOptions).expectedVersion
  if (expected !== undefined && !(Number.isSafeInteger(expected) && expected >= 0))
    throw new InvalidArgumentError(
      'expectedVersion',
      `must be a whole number of events (0 or more), not ${typeof expected === 'string' ? JSON.stringify(expected) : String(expected)}`,
    )
}

function checkText(text: unknown): void {
  if (typeof text !== 'string')
    throw new InvalidArgumentError(
      'text',
      `must be a string, not ${described(text)}${text instanceof Uint8Array ? ': decode it first, or read bytes with readNdjson' : ''}`,
    )
}

function checkSource(source: unknown): void {
  const stream = source as { getReader?: unknown; [Symbol.asyncIterator]?: unknown } | null
  if (
    stream === null ||
    typeof stream !== 'object' ||
    (typeof stream.getReader !== 'function' && typeof stream[Symbol.asyncIterator] !== 'function')
  )
    throw new InvalidArgumentError(
      'source',
      `must be a ReadableStream or an async iterable of strings or bytes, not ${described(source)}`,
    )
}

/** A question's options must be an object, as the types say. */
function checkOptions(options: unknown): void {
  if (options === null || typeof options !== 'object')
    throw new InvalidArgumentError(
      'options',
      `must be an object such as { at: '2023-07-12' }, not ${described(options)}`,
    )
}

/** A question's projection and options must be what the types say. */
function checkQuestion(projection: unknown, options: unknown): void {
  if (projection === null || typeof (projection as { fold?: unknown } | undefined)?.fold !== 'object')
    throw new InvalidArgumentError('projection', 'must be a built-in projection or one made with defineProjection')
  checkOptions(options)
}
