/**
 * The projection runtime's caches, kept per log rather than in it: checkpoints and scoped
 * streams by projection, and office indexes by view. They go when the log goes.
 */
import type { EventLog } from '../log/event-log.js'

/** What the engine keeps for one log. */
export interface _Runtime {
  /** Caches of projections with a key, by key. */
  readonly caches: Map<string, unknown>
  /**
   * Caches of projections without a key, by projection object: they go with the object, so a
   * caller who makes such a projection per question does not keep every one's checkpoints.
   */
  readonly objectCaches: WeakMap<object, unknown>
  /** Office indexes, by view. */
  readonly officeIndexes: Map<string, unknown>
}

const runtimes = new WeakMap<EventLog<never>, _Runtime>()

/** The runtime of a log, made on first use. */
export function _runtimeOf(log: EventLog<never>): _Runtime {
  let runtime = runtimes.get(log)
  if (runtime === undefined) {
    runtime = { caches: new Map(), objectCaches: new WeakMap(), officeIndexes: new Map() }
    runtimes.set(log, runtime)
  }
  return runtime
}
