import { describe, expect, it } from 'vitest'
import { InvalidArgumentError } from '../../src/index.js'
import { _boundDay, _queryBound } from '../../src/log/query-date.js'
import { build } from '../support/build.js'
import { thrown } from '../support/thrown.js'
import { timelineOf, trace } from '../support/timeline.js'

// A meeting on 12 July 2023 (the whole UTC day), and one at 14:30 UTC on 13 July.
const timeline = timelineOf([
  build.meeting({ id: 'day', occurred: '2023-07-12', recorded: '2023-07-12T00:00:00Z', summit: undefined }),
  build.meeting({
    id: 'instant',
    occurred: '2023-07-13T14:30:00Z',
    recorded: '2023-07-13T15:00:00Z',
    summit: undefined,
  }),
])
const folded = (at: string | Date) => timeline.project(trace, { at }).folded.map((line) => line.split('@')[0])

describe('dates given to queries', () => {
  it('read a day as the end of that day: its events count', () => {
    // given a meeting of 12 July, then it counts at 12 July but not at 11 July
    expect(folded('2023-07-12')).toEqual(['day'])
    expect(folded('2023-07-11')).toEqual([])
  })

  it('read a timestamp as that instant', () => {
    // given a meeting at 14:30 on 13 July, then it counts at 14:30 but not a millisecond before
    expect(folded('2023-07-13T14:30:00Z')).toEqual(['day', 'instant'])
    expect(folded('2023-07-13T14:29:59.999Z')).toEqual(['day'])
  })

  it('read a timestamp with an offset as the UTC instant it names', () => {
    // given 23:30 in Tokyo (+09:00) on 13 July, which is 14:30 UTC, then the meeting counts
    expect(folded('2023-07-13T23:30:00+09:00')).toEqual(['day', 'instant'])
  })

  it('take a Date as its instant', () => {
    // given the instant of the meeting as a Date, then it counts
    expect(folded(new Date('2023-07-13T14:30:00Z'))).toEqual(['day', 'instant'])
  })

  it('read a month as its end', () => {
    // given July 2023, then both meetings count
    expect(folded('2023-07')).toEqual(['day', 'instant'])
  })

  it('refuse something that is not a date, naming the argument', () => {
    // given "yesterday" as `at`, then the error is about `at`
    const error = thrown(() => timeline.project(trace, { at: 'yesterday' }))
    expect(error).toBeInstanceOf(InvalidArgumentError)
    expect(error).toMatchObject({ argument: 'at', code: 'invalid-argument' })
  })

  it('refuse an invalid Date', () => {
    // given new Date('nonsense') as knownOn, then it is refused
    expect(() => timeline.project(trace, { at: '2023-07-13', knownOn: new Date('nonsense') })).toThrow(
      InvalidArgumentError,
    )
    expect(() => timeline.project(trace, { at: '2023-07-13', knownOn: new Date('nonsense') })).toThrow(
      'is an invalid Date',
    )
  })

  it('refuse a value that is neither a string nor a Date, saying what it must be', () => {
    // given the number 2023 as `at`, then the error names `at` and says what a date is
    const error = thrown(() => timeline.project(trace, { at: 2023 as never }))
    expect(error).toBeInstanceOf(InvalidArgumentError)
    expect(error).toMatchObject({
      argument: 'at',
      message: expect.stringContaining('must be an ISO date string or a Date'),
    })
  })
})

describe('_queryBound and _boundDay', () => {
  it('give the first instant after a day, and that day back', () => {
    // given 12 July, then the bound is midnight of 13 July, and its day is 12 July
    const bound = _queryBound('2023-07-12', 'at')
    expect(new Date(bound).toISOString()).toBe('2023-07-13T00:00:00.000Z')
    expect(_boundDay(bound)).toBe('2023-07-12')
  })

  it('give one millisecond after a timestamp', () => {
    // given 09:00 on 13 July, then the bound is 09:00:00.001
    expect(new Date(_queryBound('2023-07-13T09:00:00Z', 'knownOn')).toISOString()).toBe('2023-07-13T09:00:00.001Z')
  })
})
