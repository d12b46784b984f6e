/**
 * Series against cold queries on random logs (late records, corrections of certainty and date,
 * retractions, office changes): every sample is what a timeline read separately answers at
 * its date, as known on a fixed date, on everything, or on each date.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  membership,
  network,
  officeHolders,
  type Projection,
  relationship,
  type SeriesStep,
  series,
  Timeline,
  type Uncertainty,
} from '../../src/index.js'
import { eventsOf, queryDate, steps } from '../support/random-log.js'
import { trace } from '../support/timeline.js'

const projections: readonly Projection<unknown>[] = [
  trace,
  relationship('JPN', 'NATO'),
  network(),
  officeHolders('JPN'),
  membership('NATO'),
]

describe('series on random logs', () => {
  it('gives at every date what a cold query gives', () => {
    fc.assert(
      fc.property(
        steps(40, 160),
        fc.constantFrom<SeriesStep>('week', 'month', 'quarter'),
        fc.oneof(fc.constant(undefined), fc.constant('each' as const), queryDate),
        fc.constantFrom<Uncertainty>('strict', 'possible'),
        (log, step, knownOn, uncertainty) => {
          // given a random log, and one timeline the series asks and another for cold queries
          const inputs = eventsOf(log)
          const timeline = Timeline.from(inputs)
          const other = Timeline.from(inputs)
          for (const projection of projections) {
            // when a series is taken over the whole span of the log
            const result = series(timeline, projection, {
              from: '2020-12-01',
              to: '2023-08-01',
              step,
              uncertainty,
              ...(knownOn === undefined ? {} : { knownOn }),
            })
            // then each sample is the cold answer at its date
            for (const sample of result.samples) {
              const asKnown = knownOn === 'each' ? sample.at : knownOn
              expect(sample.value, `${projection.definition.name} at ${sample.at} known on ${asKnown}`).toEqual(
                other.project(projection, {
                  at: sample.at,
                  uncertainty,
                  ...(asKnown === undefined ? {} : { knownOn: asKnown }),
                }),
              )
            }
          }
        },
      ),
      { numRuns: 12, endOnFailure: true },
    )
  })

  it('gives what a cold query gives every day, through years of dates and few kept states', () => {
    fc.assert(
      fc.property(steps(60, 160), fc.oneof(fc.constant(undefined), fc.constant('each' as const)), (log, knownOn) => {
        const inputs = eventsOf(log)
        const timeline = Timeline.from(inputs)
        const other = Timeline.from(inputs)
        for (const projection of [trace, relationship('JPN', 'NATO')] as Projection<unknown>[]) {
          const result = series(timeline, projection, {
            from: '2020-12-15',
            to: '2023-07-15',
            step: 'day',
            ...(knownOn === undefined ? {} : { knownOn }),
          })
          for (const sample of result.samples.filter((_, i) => i % 3 === 0)) {
            expect(sample.value, `${projection.definition.name} at ${sample.at}`).toEqual(
              other.project(projection, { at: sample.at, ...(knownOn === undefined ? {} : { knownOn: sample.at }) }),
            )
          }
        }
      }),
      { numRuns: 4, endOnFailure: true },
    )
  })

  it('lists as each step’s events exactly the traced events that diff finds between its dates', () => {
    fc.assert(
      fc.property(steps(40, 120), fc.constantFrom<SeriesStep>('month', 'quarter'), (log, step) => {
        const inputs = eventsOf(log)
        const timeline = Timeline.from(inputs)
        const traced = new Set(['meeting', 'statement', 'military-activity'])
        const result = series(timeline, trace, { from: '2021-01-01', to: '2023-06-30', step })
        let previous: string | undefined
        for (const sample of result.samples) {
          if (previous !== undefined) {
            const diff = Timeline.from(inputs).diff(trace, { from: previous, to: sample.at })
            const kinds = new Map(timeline.events.map((event) => [event.id, event.kind]))
            expect(sample.events.filter((id) => traced.has(kinds.get(id)!))).toEqual(
              diff.steps.map((change) => change.event),
            )
          }
          previous = sample.at
        }
      }),
      { numRuns: 15, endOnFailure: true },
    )
  })
})
