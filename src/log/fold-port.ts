/**
 * What a timeline asks of a projection: to fold a view of the log. The engine (src/projection)
 * implements it; the log knows only this shape, so it depends on no engine.
 */
import type { Patch } from 'immer'
import type { EventBase } from '../model/envelope.js'
import type { DiplomaticEvent } from '../model/event.js'
import type { _View } from './view.js'

/**
 * When an event with an imprecise date counts: `'strict'` once its whole interval has passed,
 * `'possible'` once its interval has begun.
 *
 * @example
 * ```ts
 * import type { Uncertainty } from 'entente-timeline'
 *
 * const policy: Uncertainty = 'possible'
 * ```
 */
export type Uncertainty = 'strict' | 'possible'

/**
 * One event's part in a projection: its id, kind, day, and the changes it made to the state.
 *
 * @example
 * ```ts
 * import type { Step } from 'entente-timeline'
 *
 * const describe = (step: Step) => `${step.event} changed ${step.patches.length} fields`
 * ```
 */
export interface Step {
  /** The id of the event. */
  readonly event: string
  /** Its kind. */
  readonly kind: string
  /** The ISO day its interval starts on. */
  readonly date: string
  /** The changes it made to the projection's state, as immer patches. */
  readonly patches: readonly Patch[]
}

/**
 * What `timeline.explain` returns: the result, and the events that made it.
 *
 * @example
 * ```ts
 * import type { Explanation } from 'entente-timeline'
 *
 * const ids = (explanation: Explanation<unknown>) => explanation.steps.map((step) => step.event)
 * ```
 */
export interface Explanation<R> {
  /** The result, as `project` gives it. */
  readonly result: R
  /** Every event that changed the state, in fold order. */
  readonly steps: readonly Step[]
}

/**
 * What `timeline.diff` returns: the results at both dates and the events that came to count
 * between them, each with the changes it made.
 *
 * @example
 * ```ts
 * import type { Diff } from 'entente-timeline'
 *
 * const changed = (diff: Diff<unknown>) => diff.steps.length > 0
 * ```
 */
export interface Diff<R> {
  /** The day of `from`. */
  readonly from: string
  /** The day of `to`. */
  readonly to: string
  /** The result at `from`. */
  readonly before: R
  /** The result at `to`. */
  readonly after: R
  /** The events that count at `to` but not at `from`, in fold order, with their patches. */
  readonly steps: readonly Step[]
}

/** A date asked about (exclusive bound, ms) and an uncertainty policy. */
export interface _FoldOptions {
  readonly bound: number
  readonly policy: Uncertainty
}

/** How a projection folds a view: what `project`, `explain` and `diff` call. */
export interface _Fold<R, E extends EventBase> {
  project(view: _View<E>, options: _FoldOptions): R
  explain(view: _View<E>, options: _FoldOptions): Explanation<R>
  diff(view: _View<E>, options: { readonly from: number; readonly to: number; readonly policy: Uncertainty }): Diff<R>
}

/**
 * Anything a timeline can project: a projection from `defineProjection` or a built-in.
 *
 * @example
 * ```ts
 * import { type Projectable, Timeline, network } from 'entente-timeline'
 *
 * const everyone: Projectable<{ dyads: readonly unknown[] }> = network()
 * Timeline.empty().project(everyone, { at: '2023-07-12' }).dyads //=> []
 * ```
 */
export interface Projectable<R, E extends EventBase = DiplomaticEvent> {
  /** Its name, for messages and the CLI. */
  readonly name: string
  /** @internal How it folds a view. */
  readonly fold: _Fold<R, E>
}
