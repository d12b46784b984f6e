/**
 * Forks share structure: appending to an older version or to a knownOn view makes a log over
 * the original, not a copy. Whatever it shares, a fork must read as a copy of what it saw with
 * the new events appended would.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { membership, network, officeHolders, type Projection, relationship, Timeline } from '../../src/index.js'
import { boundOf } from '../support/naive-fold.js'
import { eventsOf, queryDate, splitAt, splitRecordedAfter, steps } from '../support/random-log.js'
import { runs, stored } from '../support/stored.js'

const QUESTIONS = [
  relationship('JPN', 'NATO'),
  membership('NATO'),
  officeHolders('JPN'),
  network(),
] as Projection<unknown>[]

/** Everything a timeline says: its events, each event as it knows it, its chronology, and answers. */
function reading(timeline: Timeline, at: string): unknown {
  return {
    version: timeline.version,
    events: timeline.events,
    effective: timeline.events.map((event) => timeline.effective(event.id) ?? null),
    chronology: timeline.chronology({ includeRetracted: true }),
    answers: QUESTIONS.map((question) => timeline.project(question, { at })),
  }
}

describe('a fork', () => {
  it('reads as a copy of what an older version saw, with the new events appended', async () => {
    await fc.assert(
      fc.asyncProperty(steps(2, 40), fc.nat(40), fc.nat(40), queryDate, async (log, cut, later, at) => {
        const inputs = eventsOf(log)
        const [head, tail] = splitAt(inputs, cut)
        const old = await stored(head)
        old.appendMany(tail) // the original moves on; `old` is now an older version
        const [more] = splitAt(tail, cut + 1 + later)
        const fork = old.appendMany(more.slice(0, 3))
        const copy = await stored([...head, ...more.slice(0, 3)])
        expect(reading(fork, at)).toEqual(reading(copy, at))
      }),
      { numRuns: runs(40) },
    )
  })

  it('reads as a copy of what a knownOn view saw, with the new events appended', async () => {
    await fc.assert(
      fc.asyncProperty(steps(2, 40), queryDate, queryDate, async (log, knownOn, at) => {
        const inputs = eventsOf(log)
        const bound = boundOf(knownOn)
        const [known, after] = splitRecordedAfter(inputs, bound)
        const whole = await stored([...known, ...after])
        const view = whole.knownOn(knownOn)
        const fork = view.appendMany(after.slice(0, 4))
        const copy = (await stored(view.events)).appendMany(after.slice(0, 4))
        expect(reading(fork, at)).toEqual(reading(copy, at))
        // and a fork of the fork, at an older version of it
        const again = fork.appendMany(after.slice(4, 6))
        expect(reading(again, at)).toEqual(reading(copy.appendMany(after.slice(4, 6)), at))
      }),
      { numRuns: runs(40) },
    )
  })

  it('costs far less than copying the log it forks', async () => {
    const inputs = eventsOf(fc.sample(steps(400, 400), { numRuns: runs(1), seed: 7 })[0]!)
    const [head, tail] = splitAt(inputs, 300)
    const old = await stored(head)
    old.appendMany(tail)
    const event = splitAt(tail, 301)[0].at(-1)!
    const time = (work: () => void): number => {
      const start = performance.now()
      for (let i = 0; i < 200; i++) work()
      return performance.now() - start
    }
    const forked = time(() => old.append(event))
    const copied = time(() => Timeline.from([...head, event]))
    // A fork reads nothing of the log it forks when it is made: far cheaper than a copy.
    expect(forked).toBeLessThan(copied / 5)
  })
})
