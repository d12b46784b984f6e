/** Laws of relationship() on random logs: it is symmetric, and its tone only fades while nothing happens. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type RelationshipResult, relationship } from '../../src/index.js'
import { eventsOf, queryDate, RANDOM_ACTORS, steps } from '../support/random-log.js'
import { runs, stored } from '../support/stored.js'

const pair = fc.tuple(fc.constantFrom(...RANDOM_ACTORS), fc.constantFrom(...RANDOM_ACTORS)).filter(([a, b]) => a !== b)
const withoutPair = ({ pair: _pair, ...facts }: RelationshipResult) => facts

/** Days from 2024-01-02, when every event of a random log has ended (see random-log.ts). */
const afterEverything = fc
  .integer({ min: 0, max: 3_000 })
  .map((days) => new Date(Date.UTC(2024, 0, 2) + days * 86_400_000).toISOString().slice(0, 10))

describe('relationship(a, b)', () => {
  it('gives the facts relationship(b, a) gives', async () => {
    await fc.assert(
      fc.asyncProperty(
        steps(0, 80),
        pair,
        queryDate,
        fc.option(queryDate, { nil: undefined }),
        async (log, [a, b], at, knownOn) => {
          // given a random log, a pair and a date
          const timeline = await stored(eventsOf(log))
          const options = { at, ...(knownOn === undefined ? {} : { knownOn }) }
          // then asked either way round, the answers differ only in `pair`
          expect(withoutPair(timeline.project(relationship(b, a), options))).toEqual(
            withoutPair(timeline.project(relationship(a, b), options)),
          )
        },
      ),
      { numRuns: runs(40) },
    )
  })

  it('has a tone that never grows in absolute value while no new act comes', async () => {
    await fc.assert(
      fc.asyncProperty(
        steps(0, 80),
        pair,
        afterEverything,
        fc.integer({ min: 1, max: 2_000 }),
        async (log, [a, b], at, later) => {
          // given a random log asked at a date after all its events, and again some days later
          const timeline = await stored(eventsOf(log))
          const projection = relationship(a, b)
          const first = timeline.project(projection, { at }).tone
          const second = timeline.project(projection, {
            at: new Date(Date.parse(`${at}T00:00:00Z`) + later * 86_400_000).toISOString().slice(0, 10),
          }).tone
          // then the index and each direction are no larger in absolute value, and the tallies are the same
          expect(Math.abs(second.index)).toBeLessThanOrEqual(Math.abs(first.index))
          for (const side of [a, b])
            expect(Math.abs(second.byDirection[side]!)).toBeLessThanOrEqual(Math.abs(first.byDirection[side]!))
          const { index: _i1, byDirection: _b1, ...tallies } = first
          const { index: _i2, byDirection: _b2, ...laterTallies } = second
          expect(laterTallies).toEqual(tallies)
        },
      ),
      { numRuns: runs(40) },
    )
  })
})
