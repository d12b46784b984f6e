/**
 * The fold engine against the slowest correct fold (test/support/naive-fold.ts): for random
 * logs long enough to have checkpoints, at random dates, as known on random dates, under both
 * uncertainty policies, and again after late events and corrections are appended between
 * queries of the same timeline.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  membership,
  network,
  officeHolders,
  type Projection,
  relationship,
  type Timeline,
  type Uncertainty,
} from '../../src/index.js'
import { type NaiveQuery, naiveProject } from '../support/naive-fold.js'
import { eventsOf, queryDate, splitAt, steps } from '../support/random-log.js'
import { runs, stored } from '../support/stored.js'
import { trace } from '../support/timeline.js'

const query: fc.Arbitrary<NaiveQuery> = fc.record({
  at: queryDate,
  knownOn: fc.option(queryDate, { nil: undefined }),
  uncertainty: fc.constantFrom<Uncertainty>('strict', 'possible'),
})

const projections: readonly [string, Projection<unknown>][] = [
  ['trace', trace],
  ['relationship(JPN, NATO)', relationship('JPN', 'NATO')],
  ['network()', network()],
  ['officeHolders(JPN)', officeHolders('JPN')],
  ['membership(NATO)', membership('NATO')],
]

/** Asks a timeline each query of each projection, and expects what the naive fold of `inputs` says. */
function expectNaive(timeline: Timeline, inputs: readonly object[], queries: readonly NaiveQuery[]): void {
  for (const q of queries) {
    const options = {
      at: q.at,
      ...(q.knownOn === undefined ? {} : { knownOn: q.knownOn }),
      ...(q.uncertainty === undefined ? {} : { uncertainty: q.uncertainty }),
    }
    for (const [name, projection] of projections) {
      expect(timeline.project(projection, options), `${name} at ${JSON.stringify(options)}`).toEqual(
        naiveProject(inputs, projection, q),
      )
    }
  }
}

describe('project', () => {
  it('gives what a fold from nothing gives, however the timeline was asked and grown before', async () => {
    await fc.assert(
      fc.asyncProperty(
        steps(70, 200),
        fc.nat(),
        fc.nat(),
        fc.array(query, { minLength: 2, maxLength: 4 }),
        fc.array(query, { minLength: 2, maxLength: 4 }),
        fc.array(query, { minLength: 1, maxLength: 3 }),
        async (log, cutA, cutB, first, second, third) => {
          // given a random log in three parts
          const inputs = eventsOf(log)
          const [a, b] = [cutA % (log.length + 1), cutB % (log.length + 1)].sort((p, q) => p - q) as [number, number]
          const [head, rest] = splitAt(inputs, a)
          const [middle, tail] = splitAt(rest, b)
          // when one timeline is asked, grown by late events and corrections, asked again, and grown again
          const t1 = await stored(head)
          expectNaive(t1, head, first)
          const t2 = t1.appendMany(middle)
          expectNaive(t2, [...head, ...middle], second)
          const t3 = t2.appendMany(tail)
          expectNaive(t3, inputs, third)
          // then every answer, the older versions' included, is the naive fold's
          expectNaive(t1, head, first.slice(0, 1))
          expectNaive(t2, [...head, ...middle], second.slice(0, 1))
        },
      ),
      // Each run folds hundreds of events many times over: report the first failure as found, unshrunk.
      { numRuns: runs(10, 5), endOnFailure: true },
    )
  })
})
