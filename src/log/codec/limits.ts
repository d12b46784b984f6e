/**
 * Limits on what a reader accepts, so that no input can exhaust memory or the stack.
 */
import { InvalidArgumentError, LimitExceededError } from '../../errors.js'

/**
 * The limits a reader enforces. Each can be raised or lowered per call: a whole number of at
 * least 1, or `Infinity` for none; a limit left out or `undefined` keeps its default, and any
 * other value is an `InvalidArgumentError`.
 *
 * @example
 * ```ts
 * import { Timeline } from 'entente-timeline'
 *
 * Timeline.fromNdjson('', { limits: { maxLineLength: 10_000_000 } })
 * ```
 */
export interface ReadLimits {
  /**
   * The longest line of NDJSON, in characters; a stream stops at a line this long before the
   * line ends. A JSON text given to `Timeline.fromJson` is already whole in memory, so it is not
   * held to this limit (its depth and strings are). @defaultValue 1_000_000
   */
  readonly maxLineLength?: number
  /** The deepest nesting of objects and arrays. @defaultValue 64 */
  readonly maxDepth?: number
  /** The longest string value, in characters. @defaultValue 100_000 */
  readonly maxStringLength?: number
}

/**
 * The limits in force when a caller gives none.
 *
 * @example
 * ```ts
 * import { DEFAULT_LIMITS, Timeline } from 'entente-timeline'
 *
 * DEFAULT_LIMITS.maxDepth // 64
 * Timeline.fromNdjson('', { limits: { maxLineLength: 4 * DEFAULT_LIMITS.maxLineLength } })
 * ```
 */
export const DEFAULT_LIMITS: Required<ReadLimits> = Object.freeze({
  maxLineLength: 1_000_000,
  maxDepth: 64,
  maxStringLength: 100_000,
})

/**
 * The caller's limits over the defaults. An `undefined` limit keeps its default, and a value
 * that is not a whole number of at least 1 (or `Infinity`) is refused: `NaN` or `undefined`
 * compared with a length is never exceeded, and would lift the limit without a word.
 */
export function _limits(limits: ReadLimits | undefined): Required<ReadLimits> {
  const merged: { -readonly [K in keyof ReadLimits]-?: number } = { ...DEFAULT_LIMITS }
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof ReadLimits)[]) {
    const value: unknown = limits?.[key]
    if (value === undefined) continue
    if (typeof value !== 'number' || !(value === Infinity || (Number.isInteger(value) && value >= 1))) {
      throw new InvalidArgumentError(
        `limits.${key}`,
        `must be a whole number of at least 1, or Infinity, not ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`,
      )
    }
    merged[key] = value
  }
  return merged
}

/**
 * Checks one JSON text against the depth and string limits before it is parsed, in one pass
 * without recursion. Throws a LimitExceededError naming the line.
 */
export function _checkJsonText(text: string, limits: Required<ReadLimits>, line: number | undefined): void {
  const where = (): string => (line === undefined ? '' : `line ${line}: `)
  if (text.length > limits.maxLineLength) {
    throw new LimitExceededError(
      'maxLineLength',
      limits.maxLineLength,
      `${where()}is longer than ${limits.maxLineLength} characters`,
      line,
    )
  }
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 34 /* " */) {
      // Most of a line is the inside of its strings: find each one's end with indexOf (a quote
      // after an odd run of backslashes is escaped) rather than reading it a character at a time.
      const start = i + 1
      let end = text.indexOf('"', start)
      while (end !== -1 && escaped(text, end)) end = text.indexOf('"', end + 1)
      // An unterminated string is JSON.parse's to refuse.
      if (end === -1) return
      if (end - start > limits.maxStringLength) {
        throw new LimitExceededError(
          'maxStringLength',
          limits.maxStringLength,
          `${where()}has a string longer than ${limits.maxStringLength} characters`,
          line,
        )
      }
      i = end
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > limits.maxDepth) {
        throw new LimitExceededError(
          'maxDepth',
          limits.maxDepth,
          `${where()}nests deeper than ${limits.maxDepth} levels`,
          line,
        )
      }
    } else if (c === 125 || c === 93) depth--
  }
}

/** Whether the quote at `at` follows an odd number of backslashes. */
function escaped(text: string, at: number): boolean {
  let run = 0
  while (text.charCodeAt(at - 1 - run) === 92 /* \ */) run++
  return run % 2 === 1
}
