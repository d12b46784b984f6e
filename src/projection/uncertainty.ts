/** When an imprecise event counts at a date. */
import type { Uncertainty } from '../log/fold-port.js'
import type { _Entry } from '../log/order.js'

export type { Uncertainty } from '../log/fold-port.js'

/** Whether an entry counts at an exclusive bound under a policy. */
export function _counts(entry: _Entry, bound: number, policy: Uncertainty): boolean {
  return policy === 'strict' ? entry.end <= bound : entry.start < bound
}
