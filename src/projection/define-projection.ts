/**
 * Projections: a name, an initial state, and one pure reducer per kind that mutates an immer
 * draft. The result is frozen and structurally shared with earlier results.
 */
import { type Draft, freeze } from 'immer'
import type { _Fold, Projectable } from '../log/fold-port.js'
import type { ActorId } from '../model/actor-id.js'
import type { Vocabulary } from '../model/define-kind.js'
import type { EventBase } from '../model/envelope.js'
import type { DiplomaticEvent } from '../model/event.js'
import type { DateInterval } from '../model/partial-date.js'
import type { Certainty } from '../model/vocabulary.js'
import { _checkWeights, type KindWeights, type Weight } from '../model/weights.js'
import { _diff, _explain } from './explain.js'
import { _checkReferences } from './references.js'
import { _project } from './run.js'

/**
 * What a reducer is told besides the event: the query's date, the event's resolved interval,
 * its certainty after corrections, and who acted for whom at the event's date.
 *
 * @example
 * ```ts
 * import { defineProjection } from 'entente-timeline'
 *
 * const contacts = defineProjection({
 *   name: 'contacts',
 *   initial: { days: [] as string[] },
 *   on: { meeting(draft, _event, ctx) { draft.days.push(ctx.date) } },
 * })
 * ```
 */
export interface EventContext {
  /**
   * The date asked about, as an ISO timestamp. A projection whose reducers read it cannot
   * reuse checkpoints across dates, so prefer computing date-dependent values in `result`.
   */
  readonly at: string
  /** The ISO day (`YYYY-MM-DD`) the event's interval starts on. */
  readonly date: string
  /**
   * The event's date as precise as its evidence, after corrections: `YYYY`, `YYYY-MM` or
   * `YYYY-MM-DD` as written (a timestamp gives its UTC day, a range its `from`). The built-in
   * projections put it in their results.
   */
  readonly when: string
  /** The event's half-open UTC interval, after corrections. */
  readonly interval: DateInterval
  /** The event's certainty after the corrections the view knows. */
  readonly certainty: Certainty
  /**
   * The actors a person acted for at the event's date (the offices they held); a state or an
   * organisation acts for itself, and so does a person who held no office.
   */
  actingFor(actor: ActorId): readonly ActorId[]
  /** The event's weight under the projection's weights table (a sub-type may be named). */
  weight(subtype?: string): Weight
}

/**
 * What a projection's `result` is told: the date asked about.
 *
 * @example
 * ```ts
 * import { defineProjection } from 'entente-timeline'
 *
 * const count = defineProjection({
 *   name: 'count',
 *   initial: { n: 0 },
 *   on: { meeting(draft) { draft.n++ } },
 *   result: (state, ctx) => ({ at: ctx.at, meetings: state.n }),
 * })
 * ```
 */
export interface ResultContext {
  /** The day asked about, `YYYY-MM-DD` (the day of the instant, for a timestamp). */
  readonly at: string
  /** The instant asked about, as an ISO timestamp (the end of the day, for a day). */
  readonly instant: string
  /** The number of days from an ISO date (or timestamp) to the instant asked about. */
  daysSince(date: string): number
  /**
   * The states and organisations a person held an office of at any time, as the timeline asked
   * knows (whatever the date asked); empty for an actor that held none.
   */
  officesHeld(actor: ActorId): readonly ActorId[]
}

/**
 * The reducers of a projection, one per kind, each typed with its own event.
 *
 * @example
 * ```ts
 * import type { Reducers } from 'entente-timeline'
 *
 * const on: Reducers<{ n: number }> = { visit(draft) { draft.n++ } }
 * ```
 */
export type Reducers<S, E extends EventBase = DiplomaticEvent> = {
  readonly [K in E['kind']]?: (draft: Draft<S>, event: Extract<E, { kind: K }>, ctx: EventContext) => void
}

/**
 * Which events a projection needs: only those involving some actors, a pair of actors, or
 * some events and what references them. The engine then folds only those, through its indexes.
 *
 * @example
 * ```ts
 * import { type ProjectionScope, defineProjection } from 'entente-timeline'
 *
 * // Only events involving both Japan and NATO (or people in office in them) are folded.
 * const scope: ProjectionScope = { pair: ['JPN', 'NATO'] }
 * const meetings = defineProjection({ name: 'japan-nato-meetings', key: 'japan-nato-meetings', scope, initial: { n: 0 }, on: { meeting(draft) { draft.n++ } } })
 * ```
 */
export interface ProjectionScope {
  /** Events involving any of these actors (or anyone who held office in them). */
  readonly actors?: readonly ActorId[]
  /**
   * Events involving both sides of this pair (each side with those who held office in it), and
   * the office changes of either side, which decide who acts for whom.
   */
  readonly pair?: readonly [ActorId, ActorId]
  /**
   * With `pair`: also every position either side takes, on any proposal. A stance names only the
   * side taking it, so a projection that looks for the proposals both sides took a position on
   * (as `relationship()` does) asks for them; others fold fewer events without them.
   *
   * @example
   * ```ts
   * import { defineProjection, Timeline } from 'entente-timeline'
   *
   * const stances = defineProjection({
   *   name: 'japan-nato-stances',
   *   key: 'japan-nato-stances',
   *   scope: { pair: ['JPN', 'NATO'], positions: true },
   *   initial: { n: 0 },
   *   on: { position(draft) { draft.n++ } },
   * })
   * Timeline.empty().project(stances, { at: '2023-07-12' }).n //=> 0
   * ```
   */
  readonly positions?: boolean
  /** These events, and the events that reference them (positions on a proposal). */
  readonly events?: readonly string[]
}

/**
 * The actors and events a projection is asked about, which the timeline it is asked of must
 * hold: otherwise `project`, `explain`, `diff` and a series throw an `UnknownReferenceError`
 * naming the argument, instead of answering about an id the log never heard of with nothing.
 * An actor counts as declared when an `actor` event the timeline (or its `knownOn` view) sees
 * declares it, whatever the date asked about; an event, when the timeline sees it (and it is of
 * `kind`, when given).
 *
 * @example
 * ```ts
 * import { Timeline, UnknownReferenceError, defineProjection, type ProjectionReferences } from 'entente-timeline'
 *
 * const references: ProjectionReferences = { actors: [{ argument: 'actor', id: 'JPN' }] }
 * const japanMeetings = defineProjection({ name: 'meetings(JPN)', references, initial: { n: 0 }, on: {} })
 * try {
 *   Timeline.empty().project(japanMeetings, { at: '2023-07-12' })
 * } catch (error) {
 *   if (error instanceof UnknownReferenceError) console.log(error.message)
 *   //=> 'meetings(JPN): actor: unknown actor "JPN": the timeline declares no such actor'
 * }
 * ```
 */
export interface ProjectionReferences {
  /** Actors that must be declared, each with the argument that names it. */
  readonly actors?: readonly {
    /** The projection's argument that names the actor, for the error (`a`, `organisation`). */
    readonly argument: string
    /** The actor's id. */
    readonly id: ActorId
  }[]
  /** Events that must be held, each with the argument that names it and the kind it must be of. */
  readonly events?: readonly {
    /** The projection's argument that names the event, for the error (`id`). */
    readonly argument: string
    /** The event's id. */
    readonly id: string
    /** The kind it must be of; any kind when absent. */
    readonly kind?: string
  }[]
}

/**
 * A projection's own copy-on-write, which the engine then uses instead of immer drafts to fold
 * a run of events: `begin` makes a working state from a frozen one (copying only what every
 * run writes), the reducers receive it as their draft and copy what they write before their
 * first write to it, and `end` freezes what was written and returns the new state. For a state
 * of tens of thousands of small records written a few at a time, drafting each through a proxy
 * costs several times the fold itself. `explain` and `diff` still fold through immer (they
 * need its patches), so the reducers must work on both.
 *
 * @example
 * ```ts
 * import { Timeline, defineProjection, type CopyOnWrite } from 'entente-timeline'
 *
 * type Counts = Readonly<Record<string, number>>
 * // Reducers only ever add keys or replace numbers, so a shallow copy is all a run needs.
 * const shallow: CopyOnWrite<Counts> = { begin: (state) => ({ ...state }), end: (work) => Object.freeze(work as Counts) }
 * const byKind = defineProjection({
 *   name: 'events-by-kind',
 *   initial: {} as Counts,
 *   on: {},
 *   every(draft, event) { draft[event.kind] = (draft[event.kind] ?? 0) + 1 },
 *   copyOnWrite: shallow,
 * })
 * Timeline.empty().project(byKind, { at: '2023-07-12' }) //=> {}
 * ```
 */
export interface CopyOnWrite<S> {
  /**
   * A working state the reducers may write, made from a frozen state.
   *
   * @param state - the frozen state a run starts from
   * @param kept - whether the state the run ends with may be kept, as a checkpoint or as the
   *   start of the next run; false for the run from a checkpoint to the date of a question, whose
   *   state is read once (a structure shared between runs may put off compacting itself then)
   * @returns the working state, handed to the reducers as their draft
   */
  begin(state: S, kept: boolean): unknown
  /**
   * The new frozen state from a working state once the run is over.
   *
   * @param work - the working state the reducers wrote
   * @returns the frozen state
   */
  end(work: unknown): S
}

/**
 * What {@link defineProjection} takes.
 *
 * @example
 * ```ts
 * import type { ProjectionDefinition } from 'entente-timeline'
 *
 * const definition: ProjectionDefinition<{ n: number }> = { name: 'visits', initial: { n: 0 }, on: { visit(draft) { draft.n++ } } }
 * ```
 */
export interface ProjectionDefinition<S, R = S, E extends EventBase = DiplomaticEvent> {
  /** A name, for messages and the CLI. */
  readonly name: string
  /**
   * Identifies the projection's cache: projections with the same key share checkpoints, so two
   * calls of a projection factory with the same arguments should give the same key.
   * @defaultValue a key of its own per projection object
   */
  readonly key?: string
  /** The state before any event. */
  readonly initial: S
  /** One reducer per kind; kinds without one are skipped. */
  readonly on: Reducers<S, E>
  /** A reducer run for every event, after the kind's own. @defaultValue none */
  readonly every?: (draft: Draft<S>, event: E, ctx: EventContext) => void
  /** Maps the folded state to the result at the date asked about. @defaultValue the state itself */
  readonly result?: (state: S, ctx: ResultContext) => R
  /** Which events are needed. @defaultValue every event */
  readonly scope?: ProjectionScope
  /** The actors and events it is asked about, which the timeline must hold. @defaultValue none checked */
  readonly references?: ProjectionReferences
  /** Weights reducers see through `ctx.weight`, over the vocabulary's: kinds it does not name keep theirs. @defaultValue the vocabulary's */
  readonly weights?: Readonly<Record<string, KindWeights>>
  /** The vocabulary, to type reducers of kinds of one's own. @defaultValue the built-in one */
  readonly vocabulary?: Vocabulary<E>
  /** Fold runs of events by this copy-on-write instead of immer drafts. @defaultValue immer drafts */
  readonly copyOnWrite?: CopyOnWrite<S>
}

declare const resultType: unique symbol

/**
 * A projection, made by {@link defineProjection} or a built-in such as `relationship`: pass it
 * to `timeline.project`, which returns an `R`.
 *
 * @example
 * ```ts
 * import { type MembershipResult, type Projection, Timeline, membership } from 'entente-timeline'
 * import { readFileSync } from 'node:fs'
 *
 * // Any projection can be asked at several dates.
 * function over<R>(timeline: Timeline, projection: Projection<R>, dates: readonly string[]): R[] {
 *   return dates.map((at) => timeline.project(projection, { at }))
 * }
 * const timeline = Timeline.fromNdjson(readFileSync('fixtures/vilnius-2023.ndjson', 'utf8'))
 * const nato: MembershipResult[] = over(timeline, membership('NATO'), ['2023-04-03', '2023-04-04'])
 * nato.map((r) => r.members.filter((m) => m.status === 'member').length) //=> [30, 31]
 * ```
 */
export interface Projection<R, E extends EventBase = DiplomaticEvent> extends Projectable<R, E> {
  /** Its name, as given to {@link defineProjection}: for messages and the CLI. */
  readonly name: string
  /** The key its checkpoints are cached under; undefined when it has a cache of its own. */
  readonly key: string | undefined
  /** The events it needs; undefined when it needs every event. */
  readonly scope: ProjectionScope | undefined
  /** @internal */
  readonly definition: ProjectionDefinition<unknown, unknown, E>
  /** @internal Carries the result type. */
  readonly [resultType]?: R
}

/**
 * Defines a projection: a fold of events into a state, by reducers keyed by kind that mutate
 * an immer draft, and optionally a `result` that maps the state at the date asked about.
 * Reducers must be pure: no clock, no randomness, nothing outside the draft.
 *
 * @param definition - name, initial state, reducers, and optionally result, scope, weights
 * @returns the projection, for `timeline.project`
 * @throws {@link InvalidArgumentError} when `weights` holds a weight that is not a finite number from -10 to +10,
 *   or an unknown quad class (and, when the projection is asked, {@link UnknownReferenceError} for an actor or event
 *   of its `references` that the timeline does not hold)
 * @example
 * ```ts
 * import { Timeline, defineProjection } from 'entente-timeline'
 *
 * const launches = defineProjection({
 *   name: 'launches',
 *   initial: { count: 0, last: undefined as string | undefined },
 *   on: {
 *     'military-activity'(draft, event, ctx) {
 *       if (event.activity === 'missile-launch') {
 *         draft.count++
 *         draft.last = ctx.date
 *       }
 *     },
 *   },
 * })
 * Timeline.empty().project(launches, { at: '2023-07-13' }) // { count: 0, last: undefined }
 * ```
 */
export function defineProjection<S, R = S, E extends EventBase = DiplomaticEvent>(
  definition: ProjectionDefinition<S, R, E>,
): Projection<R, E> {
  // The initial state is the answer before any event counts: frozen like every other answer,
  // so a caller cannot change what later answers start from.
  freeze(definition.initial, true)
  if (definition.weights !== undefined) _checkWeights(definition.weights)
  const projection: Projection<R, E> = Object.freeze({
    name: definition.name,
    key: definition.key,
    scope: definition.scope,
    definition: definition as unknown as ProjectionDefinition<unknown, unknown, E>,
    fold: {
      project: (view, options) => {
        _checkReferences(view, definition.name, definition.references)
        return _project(view, projection, options)
      },
      explain: (view, options) => {
        _checkReferences(view, definition.name, definition.references)
        return _explain(view, projection, options)
      },
      diff: (view, options) => {
        _checkReferences(view, definition.name, definition.references)
        return _diff(view, projection, options)
      },
    } satisfies _Fold<R, E>,
  })
  return projection
}
