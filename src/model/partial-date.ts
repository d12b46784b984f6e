/**
 * Dates as sources give them: a year, a month, a day or an instant, an interval between two of
 * those, or any of them flagged as approximate. Each maps to a half-open UTC interval.
 */
import { isExists } from 'date-fns/isExists'
import { z } from 'zod'
import { ValidationError } from '../errors.js'
import { _truncate } from './actor-id.js'
import { _describeIssues } from './issues.js'

const YEAR = /^(\d{4})$/
const MONTH = /^(\d{4})-(\d{2})$/
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/

const DAY_MS = 86_400_000
/** The first instant of the year 0000 and the first after 9999, in UTC. */
const FIRST_INSTANT = -62_167_219_200_000
const PAST_LAST_INSTANT = 253_402_300_800_000

/**
 * Epoch milliseconds of a UTC date and time. Unlike `Date.UTC`, which reads the years 0–99 as
 * 1900–1999, it takes every four-digit year as written.
 */
function utc(year: number, monthIndex: number, day: number, hour = 0, minute = 0, second = 0): number {
  // From the year 100 on, Date.UTC is exact and allocates nothing: this runs for every date read.
  if (year >= 100) return Date.UTC(year, monthIndex, day, hour, minute, second)
  const date = new Date(0)
  date.setUTCFullYear(year, monthIndex, day)
  date.setUTCHours(hour, minute, second, 0)
  return date.getTime()
}

/**
 * Whether a day exists in the calendar. date-fns reads the years 0–99 as 1900–1999 too; the
 * Gregorian calendar repeats every 400 years, so the same day 400 years on answers for it.
 */
function isCalendarDate(year: number, monthIndex: number, day: number): boolean {
  // Every month has days 1 to 28; only the days after need the calendar.
  if (monthIndex >= 0 && monthIndex <= 11 && day >= 1 && day <= 28) return true
  return isExists(year + 400, monthIndex, day)
}

/**
 * The precision of a date string: which calendar unit it names.
 *
 * @example
 * ```ts
 * import { type DatePrecision, precisionOf } from 'entente-timeline'
 *
 * const precision: DatePrecision = precisionOf('2013-04') // 'month'
 * ```
 */
export type DatePrecision = 'year' | 'month' | 'day' | 'instant'

interface ParsedDate {
  readonly precision: DatePrecision
  readonly start: number
  readonly end: number
}

/**
 * Reads a date string into its precision and half-open interval in epoch milliseconds, or
 * returns why it is not a date. Internal: the public API speaks ISO strings.
 */
export function _parseDateString(value: string): ParsedDate | string {
  // A plain timestamp is read faster than it is looked up, and most are read for one event only,
  // several times in a row (validation, the time checks, each source, the index): the last one
  // read is kept.
  if (value.length === 20) {
    if (value === lastPlain.value) return lastPlain.parsed
    const start = plainInstant(value)
    if (!Number.isNaN(start)) {
      const parsed: ParsedDate = Object.freeze({ precision: 'instant', start, end: start + 1 })
      lastPlain = { value, parsed }
      return parsed
    }
  }
  const known = readDates.get(value)
  if (known !== undefined) return known
  const parsed = readDateString(value)
  if (typeof parsed !== 'string') {
    if (readDates.size >= 4096) readDates.clear()
    readDates.set(value, Object.freeze(parsed))
  }
  return parsed
}

/**
 * Dates read lately. An event's recorded time and dates are read three to six times on its way
 * in (validation, the time checks, the indexes) and days repeat across events: reading one again
 * is a lookup.
 */
const readDates = new Map<string, ParsedDate>()

/** The plain timestamp read last. */
let lastPlain: { readonly value: string; readonly parsed: ParsedDate } = {
  value: '',
  parsed: Object.freeze({ precision: 'instant', start: 0, end: 1 }),
}

function readDateString(value: string): ParsedDate | string {
  // Each pattern fits strings of one length only, so the length picks the one to try.
  const length = value.length
  let match = length === 10 ? DAY.exec(value) : null
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
    if (!isCalendarDate(year, month - 1, day)) return `"${value}" is not a calendar date`
    const start = utc(year, month - 1, day)
    return { precision: 'day', start, end: start + DAY_MS }
  }
  match = length === 7 ? MONTH.exec(value) : null
  if (match) {
    const [year, month] = [Number(match[1]), Number(match[2])]
    if (month < 1 || month > 12) return `"${value}" is not a calendar month`
    return { precision: 'month', start: utc(year, month - 1, 1), end: utc(year, month, 1) }
  }
  match = length === 4 ? YEAR.exec(value) : null
  if (match) {
    const year = Number(match[1])
    return { precision: 'year', start: utc(year, 0, 1), end: utc(year + 1, 0, 1) }
  }
  match = INSTANT.exec(value)
  if (match) {
    const year = Number(match[1])
    const month = Number(match[2])
    const day = Number(match[3])
    const hour = Number(match[4])
    const minute = Number(match[5])
    const second = match[6] === undefined ? 0 : Number(match[6])
    const fraction = match[7] === undefined ? 0 : Number(`0.${match[7]}`)
    if (!isCalendarDate(year, month - 1, day)) return `"${value}" is not a calendar date`
    if (hour > 23 || minute > 59 || second > 59) return `"${value}" is not a time of day`
    let offset = 0
    const zone = match[8]!
    if (zone !== 'Z') {
      const sign = zone.startsWith('-') ? -1 : 1
      const offsetHours = Number(zone.slice(1, 3))
      const offsetMinutes = Number(zone.slice(4, 6))
      if (offsetHours > 14 || offsetMinutes > 59) return `"${value}" has an impossible time-zone offset`
      offset = sign * (offsetHours * 60 + offsetMinutes) * 60_000
    }
    const start = utc(year, month - 1, day, hour, minute, second) + Math.floor(fraction * 1000) - offset
    // An offset may carry an instant past the years a four-digit date can write back.
    if (start < FIRST_INSTANT || start >= PAST_LAST_INSTANT)
      return `"${value}" falls outside the years 0000 to 9999 once its time-zone offset is applied`
    return { precision: 'instant', start, end: start + 1 }
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)) {
    return `"${_truncate(value)}" has no time zone: end a timestamp with Z or an offset such as +09:00`
  }
  // Past the patterns, the value may be of any length: it is cut short, so a message never floods.
  return `"${_truncate(value)}" is not a date: use YYYY, YYYY-MM, YYYY-MM-DD or an ISO timestamp with a time zone`
}

/**
 * `YYYY-MM-DDTHH:MM:SSZ`, the commonest recorded time, read without a regular expression: its
 * epoch milliseconds, or NaN for any other shape and any impossible date or time (the general
 * reading then says why). Reading one so costs about a fifth of the pattern and the cache of
 * dates read lately (116 against 671 ns, measured on 400,000 distinct timestamps), and most
 * recorded times are distinct.
 */
function plainInstant(value: string): number {
  if (
    value.charCodeAt(4) !== 45 /* - */ ||
    value.charCodeAt(7) !== 45 ||
    value.charCodeAt(10) !== 84 /* T */ ||
    value.charCodeAt(13) !== 58 /* : */ ||
    value.charCodeAt(16) !== 58 ||
    value.charCodeAt(19) !== 90 /* Z */
  )
    return Number.NaN
  const year = digitsAt(value, 0, 4)
  const month = digitsAt(value, 5, 2)
  const day = digitsAt(value, 8, 2)
  const hour = digitsAt(value, 11, 2)
  const minute = digitsAt(value, 14, 2)
  const second = digitsAt(value, 17, 2)
  if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return Number.NaN
  if (!isCalendarDate(year, month - 1, day) || hour > 23 || minute > 59 || second > 59) return Number.NaN
  return utc(year, month - 1, day, hour, minute, second)
}

/** The number `count` ASCII digits write from `at` on, or -1 when one of them is not a digit. */
function digitsAt(value: string, at: number, count: number): number {
  let number = 0
  for (let i = at; i < at + count; i++) {
    const digit = value.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return -1
    number = number * 10 + digit
  }
  return number
}

/**
 * A date string: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or an ISO timestamp with `Z` or an offset.
 * Impossible dates (`2023-02-30`, `2023-13-01`, `24:61`) are rejected.
 *
 * @example
 * ```ts
 * import { dateStringSchema } from 'entente-timeline'
 *
 * dateStringSchema.parse('2023-07-12') // '2023-07-12'
 * dateStringSchema.safeParse('2023-02-30').success // false
 * ```
 */
export const dateStringSchema = z.string().check((ctx) => {
  const parsed = _parseDateString(ctx.value)
  if (typeof parsed === 'string')
    ctx.issues.push({ code: 'custom', params: { code: 'invalid-date' }, message: parsed, input: ctx.value })
})

/**
 * A transaction time: an ISO timestamp with a time zone, or a day `YYYY-MM-DD` meaning the
 * first instant of that UTC day.
 *
 * @example
 * ```ts
 * import { recordedSchema } from 'entente-timeline'
 *
 * recordedSchema.parse('2023-07-13T09:00:00Z')
 * recordedSchema.safeParse('2023-07').success // false
 * ```
 */
export const recordedSchema = z.string().check((ctx) => {
  const parsed = _parseDateString(ctx.value)
  if (typeof parsed === 'string')
    ctx.issues.push({ code: 'custom', params: { code: 'invalid-date' }, message: parsed, input: ctx.value })
  else if (parsed.precision !== 'day' && parsed.precision !== 'instant') {
    ctx.issues.push({
      code: 'custom',
      params: { code: 'invalid-date' },
      message: `"${ctx.value}" is too coarse for a recorded time: give a day or a timestamp`,
      input: ctx.value,
    })
  }
})

/** The first instant of a recorded time, in epoch milliseconds. */
export function _recordedMs(value: string): number {
  const parsed = _parseDateString(value)
  if (typeof parsed === 'string') throw new Error(parsed)
  return parsed.start
}

/**
 * A range between two date strings, as a source gives it, `to` included at its own precision:
 * `{ from: '2023-07-11', to: '2023-07-12' }` is the two whole days. (The half-open UTC interval
 * a date covers is a {@link DateInterval}, from {@link toInterval}.)
 *
 * @example
 * ```ts
 * import { dateRangeSchema } from 'entente-timeline'
 *
 * dateRangeSchema.parse({ from: '2023-07-11', to: '2023-07-12' })
 * //=> { from: '2023-07-11', to: '2023-07-12' }
 * ```
 */
export const dateRangeSchema = z
  .object({
    from: dateStringSchema,
    to: dateStringSchema,
    approximate: z.boolean().optional(),
  })
  .strict()
  .check((ctx) => {
    const from = _parseDateString(ctx.value.from)
    const to = _parseDateString(ctx.value.to)
    if (typeof from !== 'string' && typeof to !== 'string' && to.end <= from.start) {
      ctx.issues.push({
        code: 'custom',
        params: { code: 'invalid-date' },
        message: `"to" (${ctx.value.to}) ends before "from" (${ctx.value.from}) begins`,
        input: ctx.value,
        path: ['to'],
      })
    }
  })

/**
 * A single date flagged as approximate (a source says "some months ago"):
 * `{ date: '2023-03', approximate: true }`.
 *
 * @example
 * ```ts
 * import { approximateDateSchema } from 'entente-timeline'
 *
 * approximateDateSchema.parse({ date: '2023-03', approximate: true })
 * ```
 */
export const approximateDateSchema = z
  .object({
    date: dateStringSchema,
    approximate: z.boolean().optional(),
  })
  .strict()

/**
 * When something happened, as precisely as a source tells: a date string, an interval
 * `{ from, to }`, or `{ date }`; the objects may carry `approximate: true`.
 *
 * @example
 * ```ts
 * import { partialDateSchema } from 'entente-timeline'
 *
 * partialDateSchema.parse('2023-07')
 * partialDateSchema.parse({ from: '2023-07-11', to: '2023-07-12' })
 * partialDateSchema.parse({ date: '2023-03', approximate: true })
 * ```
 */
export const partialDateSchema = z.union([dateStringSchema, dateRangeSchema, approximateDateSchema])

/**
 * A date as precise as its source: see {@link partialDateSchema}.
 *
 * @example
 * ```ts
 * import type { PartialDate } from 'entente-timeline'
 *
 * const summit: PartialDate = { from: '2023-07-11', to: '2023-07-12' }
 * ```
 */
export type PartialDate = z.infer<typeof partialDateSchema>

/**
 * A range between two date strings, as a source gives it: see {@link dateRangeSchema}.
 *
 * @example
 * ```ts
 * import type { DateRange } from 'entente-timeline'
 *
 * const summit: DateRange = { from: '2023-07-11', to: '2023-07-12' }
 * ```
 */
export type DateRange = z.infer<typeof dateRangeSchema>

/**
 * The half-open UTC interval `[start, end)` a {@link PartialDate} covers, as ISO timestamps.
 *
 * @example
 * ```ts
 * import type { DateInterval } from 'entente-timeline'
 *
 * const day: DateInterval = { start: '2023-07-12T00:00:00.000Z', end: '2023-07-13T00:00:00.000Z', approximate: false }
 * ```
 */
export interface DateInterval {
  /** The first instant of the interval (included). */
  readonly start: string
  /** The first instant after the interval (excluded). */
  readonly end: string
  /** Whether the source gave the date only approximately. */
  readonly approximate: boolean
}

/** The interval in epoch milliseconds, for the library's inner loops. */
export interface _MsInterval {
  readonly start: number
  readonly end: number
  readonly approximate: boolean
}

/**
 * Maps a valid partial date to milliseconds. Throws a plain Error on an invalid one: callers
 * hold dates that were validated at the boundary.
 */
export function _toMsInterval(date: PartialDate): _MsInterval {
  if (typeof date === 'string') {
    const parsed = _parseDateString(date)
    if (typeof parsed === 'string') throw new Error(parsed)
    return { start: parsed.start, end: parsed.end, approximate: false }
  }
  if ('date' in date) {
    const inner = _toMsInterval(date.date)
    return { ...inner, approximate: date.approximate === true }
  }
  const from = _toMsInterval(date.from)
  const to = _toMsInterval(date.to)
  return { start: from.start, end: to.end, approximate: date.approximate === true }
}

/**
 * The half-open UTC interval `[start, end)` that a partial date covers: a day is its whole UTC
 * day, a month its whole month, an instant one millisecond, an interval from the start of
 * `from` to the end of `to`.
 *
 * @param date - a valid partial date
 * @returns the interval as ISO timestamps
 * @throws {@link ValidationError} when the date is not valid
 * @example
 * ```ts
 * import { toInterval } from 'entente-timeline'
 *
 * toInterval('2023-07')
 * // { start: '2023-07-01T00:00:00.000Z', end: '2023-08-01T00:00:00.000Z', approximate: false }
 * ```
 */
export function toInterval(date: PartialDate): DateInterval {
  const checked = partialDateSchema.safeParse(date)
  if (!checked.success) {
    throw new ValidationError(_describeIssues(checked.error.issues, date))
  }
  const ms = _toMsInterval(checked.data)
  return { start: new Date(ms.start).toISOString(), end: new Date(ms.end).toISOString(), approximate: ms.approximate }
}

/**
 * The precision of a partial date's start: the calendar unit its source named.
 *
 * @param date - a valid partial date
 * @returns `'year'`, `'month'`, `'day'` or `'instant'`
 * @throws {@link ValidationError} when the date is not valid
 * @example
 * ```ts
 * import { precisionOf } from 'entente-timeline'
 *
 * precisionOf('2023-07') // 'month'
 * ```
 */
export function precisionOf(date: PartialDate): DatePrecision {
  const text = typeof date === 'string' ? date : 'date' in date ? date.date : date.from
  const parsed = _parseDateString(text)
  if (typeof parsed === 'string') throw new ValidationError([{ code: 'invalid-date', path: [], message: parsed }])
  return parsed.precision
}

/**
 * A date as precise as its evidence, for a result: the date string as written when it is a
 * year, a month or a day; the UTC day of a timestamp; the `from` of a range, at its own
 * precision. Never finer than a day, never finer than the source.
 */
export function _dateOf(date: PartialDate): string {
  const text = typeof date === 'string' ? date : 'date' in date ? date.date : date.from
  // Only an instant is written otherwise, and an instant is longer than a day (`YYYY-MM-DD`):
  // most dates a fold reads are days, and days outnumber what the dates read lately keep.
  if (text.length <= 10) return text
  const parsed = _parseDateString(text)
  if (typeof parsed === 'string') return text
  return parsed.precision === 'instant' ? _isoDay(parsed.start) : text
}

/** Formats epoch milliseconds as the ISO day `YYYY-MM-DD`. */
export function _isoDay(ms: number): string {
  // The calendar from the day number (H. Hinnant's civil_from_days): folds format a day per
  // event, and a Date's ISO text costs several times this.
  const days = Math.floor(ms / 86_400_000)
  if (!(days >= -719_162 && days <= 2_932_896)) return new Date(ms).toISOString().slice(0, 10)
  const z = days + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`
}
