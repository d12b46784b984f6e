/** When an imprecise event counts at a date. */
import type { _Entry } from '../log/order.js'

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

/** Whether an entry counts at an exclusive bound under a policy. */
export function _counts(entry: _Entry, bound: number, policy: Uncertainty): boolean {
  return policy === 'strict' ? entry.end <= bound : entry.start < bound
}
