/**
 * Forks share structure: appending to an older version or to a knownOn view makes a log over
 * the original, not a copy. Whatever it shares, a fork must read as a copy of what it saw with
 * the new events appended would.
 */
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { membership, network, officeHolders, type Projection, relationship, type Timeline } from '../../src/index.js'
import { _viewOf } from '../../src/log/timeline.js'
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

  it('reads no more of the log it forks when the log is twice as long', async () => {
    // given the same event appended to an older version of a log of 300 events and of one of 600
    const inputs = eventsOf(fc.sample(steps(700, 700), { numRuns: 1, seed: 7 })[0]!)
    // (a statement of the first ones again, under an id of its own: it names the same actors,
    // events and citations in both logs)
    const statement = inputs.findIndex((event) => (event as { kind: string }).kind === 'statement')
    expect(statement).toBeGreaterThanOrEqual(0)
    expect(statement).toBeLessThan(300)
    const probe = { ...inputs[statement]!, id: 'fork-probe' }
    const readsToFork = async (size: number): Promise<number> => {
      const [head, tail] = splitAt(inputs, size)
      const old = await stored(head)
      old.appendMany(tail.slice(0, 50))
      const base = _viewOf(old).log
      const reads = [vi.spyOn(base, 'event'), vi.spyOn(base, 'validTime'), vi.spyOn(base, 'actorEntries')]
      const fork = old.append(probe)
      expect(fork.version).toBe(old.version + 1)
      const count = reads.reduce((sum, spy) => sum + spy.mock.calls.length, 0)
      for (const spy of reads) spy.mockRestore()
      return count
    }
    // then making the fork reads what the event names, not the events before it: the same for both
    expect(await readsToFork(600)).toBe(await readsToFork(300))
  })
})
