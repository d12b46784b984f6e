import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  dateRangeSchema,
  dateStringSchema,
  type PartialDate,
  partialDateSchema,
  precisionOf,
  toInterval,
  ValidationError,
} from '../../src/index.js'
import { _isoDay, _parseDateString } from '../../src/model/partial-date.js'
import { dateString, instant, isoDay, isoMonth } from '../support/arbitraries.js'

const DAY_MS = 86_400_000

/** The error toInterval throws for a date; fails the test when it throws none. */
function rejection(date: unknown): ValidationError {
  try {
    toInterval(date as PartialDate)
  } catch (error) {
    if (error instanceof ValidationError) return error
    throw error
  }
  return expect.fail(`expected ${JSON.stringify(date)} to be rejected`)
}

describe('toInterval', () => {
  it('maps a year to the whole UTC year', () => {
    expect(toInterval('2023')).toEqual({
      start: '2023-01-01T00:00:00.000Z',
      end: '2024-01-01T00:00:00.000Z',
      approximate: false,
    })
  })

  it('maps a month to the whole UTC month', () => {
    expect(toInterval('2023-07')).toEqual({
      start: '2023-07-01T00:00:00.000Z',
      end: '2023-08-01T00:00:00.000Z',
      approximate: false,
    })
  })

  it('ends December at the start of the next year', () => {
    expect(toInterval('2023-12').end).toBe('2024-01-01T00:00:00.000Z')
  })

  it('gives February of a leap year 29 days', () => {
    const { start, end } = toInterval('2024-02')
    expect(Date.parse(end) - Date.parse(start)).toBe(29 * DAY_MS)
  })

  it('maps a day to the whole UTC day', () => {
    expect(toInterval('2023-07-12')).toEqual({
      start: '2023-07-12T00:00:00.000Z',
      end: '2023-07-13T00:00:00.000Z',
      approximate: false,
    })
  })

  it('maps a UTC timestamp to the one millisecond it names', () => {
    expect(toInterval('2023-07-12T03:00:00Z')).toEqual({
      start: '2023-07-12T03:00:00.000Z',
      end: '2023-07-12T03:00:00.001Z',
      approximate: false,
    })
  })

  it('takes a timestamp without seconds as the start of its minute', () => {
    expect(toInterval('2023-07-12T03:04Z').start).toBe('2023-07-12T03:04:00.000Z')
  })

  it('moves a timestamp with an offset to UTC', () => {
    // given 9 in the morning in Tokyo, when it is mapped, then it is midnight UTC
    expect(toInterval('2023-07-12T09:00:00+09:00').start).toBe('2023-07-12T00:00:00.000Z')
  })

  it('keeps the milliseconds of a fraction of a second', () => {
    expect(toInterval('2023-07-12T03:00:00.250Z').start).toBe('2023-07-12T03:00:00.250Z')
  })

  it('maps an interval from the start of "from" to the end of "to"', () => {
    // given the two days of the Vilnius summit
    const summit = toInterval({ from: '2023-07-11', to: '2023-07-12' })
    // then the interval covers both whole days
    expect(summit).toEqual({ start: '2023-07-11T00:00:00.000Z', end: '2023-07-13T00:00:00.000Z', approximate: false })
  })

  it('maps an interval of months to the end of the last month', () => {
    expect(toInterval({ from: '2023-03', to: '2023-05' })).toEqual({
      start: '2023-03-01T00:00:00.000Z',
      end: '2023-06-01T00:00:00.000Z',
      approximate: false,
    })
  })

  it('keeps the approximate flag of an interval', () => {
    expect(toInterval({ from: '2023-03', to: '2023-05', approximate: true }).approximate).toBe(true)
  })

  it('maps an approximate date to the interval of its date, flagged approximate', () => {
    // given "some time in March", when it is mapped, then it is March, approximately
    expect(toInterval({ date: '2023-03', approximate: true })).toEqual({
      start: '2023-03-01T00:00:00.000Z',
      end: '2023-04-01T00:00:00.000Z',
      approximate: true,
    })
  })

  it('does not flag a date object without approximate', () => {
    expect(toInterval({ date: '2023-03' }).approximate).toBe(false)
  })

  it('reads the years 0000 to 0099 as written, not as 1900 to 1999', () => {
    expect(toInterval('0099')).toEqual({
      start: '0099-01-01T00:00:00.000Z',
      end: '0100-01-01T00:00:00.000Z',
      approximate: false,
    })
  })

  it('accepts the leap day of a year before 100', () => {
    expect(toInterval('0096-02-29').start).toBe('0096-02-29T00:00:00.000Z')
  })

  it.each([
    ['2023-02-30', '"2023-02-30" is not a calendar date'],
    ['2023-02-29', '"2023-02-29" is not a calendar date'],
    ['1900-02-29', '"1900-02-29" is not a calendar date'],
    ['2023-13-01', '"2023-13-01" is not a calendar date'],
    ['2023-00-10', '"2023-00-10" is not a calendar date'],
    ['2023-13', '"2023-13" is not a calendar month'],
    ['2023-07-12T24:61Z', '"2023-07-12T24:61Z" is not a time of day'],
    ['2023-07-12T23:59:60Z', '"2023-07-12T23:59:60Z" is not a time of day'],
    ['2023-07-32T10:00Z', '"2023-07-32T10:00Z" is not a calendar date'],
    ['2023-07-12T09:00', '"2023-07-12T09:00" has no time zone'],
    ['2023-07-12T09:00:00.5', '"2023-07-12T09:00:00.5" has no time zone'],
    ['2023-07-12T09:00+15:00', '"2023-07-12T09:00+15:00" has an impossible time-zone offset'],
    ['2023-7-12', '"2023-7-12" is not a date: use YYYY, YYYY-MM, YYYY-MM-DD or an ISO timestamp with a time zone'],
    ['12 July 2023', '"12 July 2023" is not a date'],
    ['', '"" is not a date'],
  ])('rejects %s with a message naming it', (date, message) => {
    // given an impossible or malformed date, when it is mapped, then the error names the value
    const error = rejection(date)
    expect(error.issues).toEqual([{ code: 'invalid-date', path: [], message: expect.stringContaining(message) }])
    expect(error.message).toContain(message)
  })

  it('rejects an interval whose "to" ends before "from" begins', () => {
    const error = rejection({ from: '2023-07-12', to: '2023-07-11' })
    expect(error.issues).toEqual([
      { code: 'invalid-date', path: ['to'], message: '"to" (2023-07-11) ends before "from" (2023-07-12) begins' },
    ])
  })

  it('rejects an impossible date inside an approximate date, at its path', () => {
    const error = rejection({ date: '2023-02-30', approximate: true })
    expect(error.issues).toEqual([
      { code: 'invalid-date', path: ['date'], message: '"2023-02-30" is not a calendar date' },
    ])
  })

  it('rejects a date object with an unknown field', () => {
    const error = rejection({ date: '2023-03', circa: true })
    expect(error.issues).toEqual([{ code: 'unknown-field', path: ['circa'], message: 'unknown field "circa"' }])
  })

  it('gives every valid day an interval of exactly one UTC day starting at its midnight', () => {
    fc.assert(
      fc.property(isoDay, (day) => {
        const { start, end } = toInterval(day)
        expect(start).toBe(`${day}T00:00:00.000Z`)
        expect(Date.parse(end) - Date.parse(start)).toBe(DAY_MS)
      }),
    )
  })

  it('gives every month an interval of 28 to 31 whole days, ending where the next month begins', () => {
    fc.assert(
      fc.property(isoMonth, (month) => {
        const { start, end } = toInterval(month)
        const days = (Date.parse(end) - Date.parse(start)) / DAY_MS
        expect(start).toBe(`${month}-01T00:00:00.000Z`)
        expect([28, 29, 30, 31]).toContain(days)
        expect(new Date(end).toISOString().slice(-16)).toBe('01T00:00:00.000Z')
      }),
    )
  })

  it('gives every UTC instant the one millisecond it names', () => {
    fc.assert(
      fc.property(instant, (date) => {
        const iso = date.toISOString()
        expect(toInterval(iso)).toEqual({
          start: iso,
          end: new Date(date.getTime() + 1).toISOString(),
          approximate: false,
        })
      }),
    )
  })

  it('contains every date in the interval of any coarser date that contains its text', () => {
    // given a date of any precision, the year it falls in covers its whole interval
    fc.assert(
      fc.property(
        dateString.filter((value) => !value.includes('+') && !value.slice(10).includes('-')),
        (value) => {
          const inner = toInterval(value)
          const year = toInterval(value.slice(0, 4))
          expect(Date.parse(year.start)).toBeLessThanOrEqual(Date.parse(inner.start))
          expect(Date.parse(inner.end)).toBeLessThanOrEqual(Date.parse(year.end))
        },
      ),
    )
  })
})

describe('precisionOf', () => {
  it.each([
    ['2023', 'year'],
    ['2023-07', 'month'],
    ['2023-07-12', 'day'],
    ['2023-07-12T03:00Z', 'instant'],
  ] as const)('reads %s as a %s', (date, precision) => {
    expect(precisionOf(date)).toBe(precision)
  })

  it('reads an interval by its start', () => {
    expect(precisionOf({ from: '2023-07', to: '2023-07-12' })).toBe('month')
  })

  it('reads an approximate date by its date', () => {
    expect(precisionOf({ date: '2023', approximate: true })).toBe('year')
  })

  it('throws a ValidationError naming an impossible date', () => {
    expect(() => precisionOf('2023-02-30')).toThrow('"2023-02-30" is not a calendar date')
  })
})

describe('partialDateSchema', () => {
  it('accepts a date string as it is, without rewriting it', () => {
    expect(partialDateSchema.parse('2023-07-12T09:00:00+09:00')).toBe('2023-07-12T09:00:00+09:00')
  })

  it('accepts every date string that toInterval can map', () => {
    fc.assert(
      fc.property(dateString, (value) => {
        expect(dateStringSchema.safeParse(value).success).toBe(true)
      }),
    )
  })

  it('rejects an interval with both a "to" and a "date"', () => {
    expect(partialDateSchema.safeParse({ from: '2023', to: '2024', date: '2023' }).success).toBe(false)
  })

  it('accepts an interval of one instant', () => {
    expect(dateRangeSchema.safeParse({ from: '2023-07-12T03:00Z', to: '2023-07-12T03:00Z' }).success).toBe(true)
  })
})

describe('_isoDay', () => {
  it('names the UTC day of any instant as a Date does', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -800_000, max: 3_000_000 }), fc.integer({ min: -99_999_999, max: 99_999_999 })),
        fc.integer({ min: 0, max: 86_399_999 }),
        (day, within) => {
          const ms = day * 86_400_000 + within
          expect(_isoDay(ms)).toBe(new Date(ms).toISOString().slice(0, 10))
        },
      ),
      { numRuns: 2000 },
    )
    for (const ms of [
      -62_167_219_200_001, -62_167_219_200_000, 0, -1, 951_782_400_000, 253_402_300_799_999, 253_402_300_800_000,
    ])
      expect(_isoDay(ms)).toBe(new Date(ms).toISOString().slice(0, 10))
  })
})

describe('a plain UTC timestamp (YYYY-MM-DDTHH:MM:SSZ)', () => {
  const pad = (value: number, width: number): string => String(value).padStart(width, '0')
  const stamp = fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 25 }),
      fc.integer({ min: 0, max: 61 }),
      fc.integer({ min: 0, max: 61 }),
    )
    .map(
      ([year, month, day, hour, minute, second]) =>
        `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}Z`,
    )

  it('reads as the same instant written with milliseconds, and is refused where that one is', () => {
    // given timestamps of every field in and out of range, each beside the same with .000
    fc.assert(
      fc.property(stamp, (value) => {
        const plain = _parseDateString(value)
        const general = _parseDateString(value.replace('Z', '.000Z'))
        // then both read to the same instant, or both are refused
        if (typeof general === 'string') expect(typeof plain).toBe('string')
        else expect(plain).toEqual(general)
      }),
      { numRuns: 2000 },
    )
  })

  it('is refused, with the general message, when a character is out of place', () => {
    // given a valid timestamp with one character replaced by another
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 19 }), fc.constantFrom('x', '/', ' ', ':', '-', '9', 'z'), (at, c) => {
        const valid = '2023-07-12T09:30:15Z'
        const value = valid.slice(0, at) + c + valid.slice(at + 1)
        fc.pre(value !== valid)
        const read = _parseDateString(value)
        // then it reads as the pattern reads it (a digit for a digit is another valid time)
        if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(value) && typeof read !== 'string')
          expect(read.start).toBe(Date.parse(value))
        else expect(read).toMatch(/^".*" (is not|has no)/)
      }),
    )
  })
})
