/**
 * Dates given to queries (`at`, `knownOn`): a day means the state once that UTC day is over;
 * a timestamp means that instant. Internally both become an exclusive bound in milliseconds.
 */
import { InvalidArgumentError } from '../errors.js'
import { _parseDateString } from '../model/partial-date.js'

/**
 * A date given to a query: an ISO string (`2023-07-12`, `2023-07`, `2023`, or a timestamp
 * with a time zone) or a `Date`.
 *
 * @example
 * ```ts
 * import type { QueryDate } from 'entente-timeline'
 *
 * const at: QueryDate = '2023-07-12'
 * ```
 */
export type QueryDate = string | Date

/**
 * Reads a query date as an exclusive upper bound: the first instant after it (after the whole
 * day, month or year, or 1 ms after a timestamp). An event whose interval ends at or before the
 * bound has passed; a record made before the bound is known.
 */
export function _queryBound(value: QueryDate, argument: string): number {
  if (value instanceof Date) {
    const ms = value.getTime()
    if (Number.isNaN(ms)) throw new InvalidArgumentError(argument, 'is an invalid Date')
    return ms + 1
  }
  if (typeof value !== 'string') throw new InvalidArgumentError(argument, 'must be an ISO date string or a Date')
  const parsed = _parseDateString(value)
  if (typeof parsed === 'string') throw new InvalidArgumentError(argument, parsed)
  return parsed.end
}

/** The ISO day a query bound falls in (the last day it covers). */
export function _boundDay(bound: number): string {
  return new Date(bound - 1).toISOString().slice(0, 10)
}
