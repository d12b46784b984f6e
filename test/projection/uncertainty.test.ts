import { describe, expect, it } from 'vitest'
import { InvalidArgumentError, type Uncertainty } from '../../src/index.js'
import { build } from '../support/build.js'
import { storedOf } from '../support/stored.js'
import { trace } from '../support/timeline.js'

// A launch known only to have happened in July 2023, and exercises over 10–20 July and "around March".
const july = build['military-activity']({ id: 'july', occurred: '2023-07', recorded: '2023-08-02T00:00:00Z' })
const exercise = build['military-activity']({
  id: 'exercise',
  activity: 'exercise',
  occurred: { from: '2023-07-10', to: '2023-07-20' },
  recorded: '2023-07-21T00:00:00Z',
})
const march = build['military-activity']({
  id: 'march',
  occurred: { date: '2023-03', approximate: true },
  recorded: '2023-04-01T00:00:00Z',
})
const timeline = await storedOf([july, exercise, march])
const counted = (at: string, uncertainty?: Uncertainty) =>
  timeline
    .project(trace, { at, ...(uncertainty === undefined ? {} : { uncertainty }) })
    .folded.map((line) => line.split('@')[0])
    .sort()

describe("'strict'", () => {
  it('does not count a month-precision event in the middle of its month', () => {
    // given a launch dated July 2023, then at 15 July it does not count yet
    expect(counted('2023-07-15', 'strict')).not.toContain('july')
  })

  it('counts a month-precision event once its month is over', () => {
    // given the July launch, then at 31 July (the end of that day) it counts
    expect(counted('2023-07-31', 'strict')).toContain('july')
  })

  it('counts an interval once its last day is over', () => {
    // given exercises from 10 to 20 July, then they count at 20 July but not at 19 July
    expect(counted('2023-07-19', 'strict')).not.toContain('exercise')
    expect(counted('2023-07-20', 'strict')).toContain('exercise')
  })

  it('reads an approximate date as the period it names', () => {
    // given a launch "around March 2023", then it counts at 31 March, not at 30 March
    expect(counted('2023-03-30', 'strict')).not.toContain('march')
    expect(counted('2023-03-31', 'strict')).toContain('march')
  })

  it('is the default', () => {
    // given no policy, then the answer at 15 July is the strict one
    expect(counted('2023-07-15')).toEqual(counted('2023-07-15', 'strict'))
    expect(counted('2023-07-15')).not.toEqual(counted('2023-07-15', 'possible'))
  })
})

describe("'possible'", () => {
  it('counts a month-precision event from the first instant of its month', () => {
    // given the July launch, then it counts at 1 July but not at 30 June
    expect(counted('2023-06-30', 'possible')).not.toContain('july')
    expect(counted('2023-07-01', 'possible')).toContain('july')
  })

  it('counts an interval once it has begun', () => {
    // given exercises from 10 to 20 July, then they count at 10 July
    expect(counted('2023-07-09', 'possible')).not.toContain('exercise')
    expect(counted('2023-07-10', 'possible')).toContain('exercise')
  })
})

describe('an unknown policy', () => {
  it('is refused', () => {
    // given "likely" as the policy, then it is an InvalidArgumentError about uncertainty
    expect(() => timeline.project(trace, { at: '2023-07-31', uncertainty: 'likely' as Uncertainty })).toThrow(
      InvalidArgumentError,
    )
  })
})
