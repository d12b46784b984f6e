/**
 * Why a projection says what it says: the events folded into it, each with the changes it
 * made, as immer patches; and what changed between two dates.
 */
import { type Draft, enablePatches, produceWithPatches } from 'immer'
import type { Diff, Explanation, Step } from '../log/fold-port.js'
import { _firstStartingAtOrAfter } from '../log/order.js'
import { _boundDay } from '../log/query-date.js'
import type { _View } from '../log/view.js'
import type { EventBase } from '../model/envelope.js'
import type { Projection } from './define-projection.js'
import { _foldState, Folder, finish } from './run.js'
import { _counts, type Uncertainty } from './uncertainty.js'

export type { Diff, Explanation, Step } from '../log/fold-port.js'

interface Window {
  readonly lower: number | undefined
  readonly bound: number
  readonly policy: Uncertainty
}

function steps<E extends EventBase>(
  view: _View<E>,
  projection: Projection<unknown, E>,
  start: unknown,
  window: Window,
): { state: unknown; steps: Step[] } {
  enablePatches()
  const folder = new Folder(view, projection.definition, window.bound)
  const stream = view.log.validTime()
  const hi = _firstStartingAtOrAfter(stream, window.bound)
  let state = start
  const out: Step[] = []
  for (let i = 0; i < hi; i++) {
    const entry = stream[i]!
    if (window.lower !== undefined && _counts(entry, window.lower, window.policy)) continue
    let applied: EventBase | undefined
    const [next, patches] = produceWithPatches(state, (draft: Draft<unknown>) => {
      applied = folder.apply(draft, entry, window.policy, window.bound)
    })
    state = next
    if (applied !== undefined && patches.length > 0) {
      out.push(
        Object.freeze({
          event: applied.id,
          kind: applied.kind,
          date: new Date(entry.start).toISOString().slice(0, 10),
          patches: Object.freeze(patches),
        }),
      )
    }
  }
  return { state, steps: out }
}

/** Folds from the initial state, one event at a time, recording each event's patches. */
export function _explain<E extends EventBase, R>(
  view: _View<E>,
  projection: Projection<R, E>,
  options: { bound: number; policy: Uncertainty },
): Explanation<R> {
  const { state, steps: found } = steps(view, projection, projection.definition.initial, {
    lower: undefined,
    bound: options.bound,
    policy: options.policy,
  })
  return Object.freeze({
    result: finish(projection.definition, state, options.bound, view) as R,
    steps: Object.freeze(found),
  })
}

/** The state at `from`, then the events that came to count by `to`, one at a time. */
export function _diff<E extends EventBase, R>(
  view: _View<E>,
  projection: Projection<R, E>,
  options: { from: number; to: number; policy: Uncertainty },
): Diff<R> {
  const before = _foldState(view, projection, { bound: options.from, policy: options.policy })
  const { steps: found } = steps(view, projection, before, {
    lower: options.from,
    bound: options.to,
    policy: options.policy,
  })
  const after = _foldState(view, projection, { bound: options.to, policy: options.policy })
  return Object.freeze({
    from: _boundDay(options.from),
    to: _boundDay(options.to),
    before: finish(projection.definition, before, options.from, view) as R,
    after: finish(projection.definition, after, options.to, view) as R,
    steps: Object.freeze(found),
  })
}
