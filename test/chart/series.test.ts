/**
 * Series against cold queries: every sample of a series is what `timeline.project` says at its
 * date, asked of a timeline read separately (no cache shared with the series), on the fixture.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { generate } from '../../bench/generate.js'
import {
  defineProjection,
  InvalidArgumentError,
  membership,
  network,
  type Projection,
  type ProjectionDefinition,
  type QueryDate,
  type RelationshipResult,
  relationship,
  relationshipSeries,
  SERIES_STEPS,
  series,
  Timeline,
  UnknownReferenceError,
} from '../../src/index.js'
import { thrown } from '../support/thrown.js'
import { trace } from '../support/timeline.js'

const text = readFileSync('fixtures/vilnius-2023.ndjson', 'utf8')
const timeline = Timeline.fromNdjson(text)

/** The same answers, asked one date at a time of a timeline of its own. */
function cold<R>(projection: Projection<R>, at: string, knownOn?: QueryDate): R {
  return Timeline.fromNdjson(text).project(projection, { at, ...(knownOn === undefined ? {} : { knownOn }) })
}

/** Whether the actors a projection is asked about are all declared in the timeline as known on a date. */
function declaredBy(
  timeline: Timeline,
  projection: { definition: ProjectionDefinition<unknown, unknown> },
  day: string,
) {
  const known = timeline.knownOn(day)
  return (projection.definition.references?.actors ?? []).every(({ id }) =>
    known.events.some((event) => event.kind === 'actor' && event.actors[0] === id),
  )
}

describe('series', () => {
  const range = { from: '2022-01-01', to: '2024-12-31' } as const

  it('samples the first day of each month from "from" to "to"', () => {
    const result = series(timeline, membership('NATO'), { ...range, step: 'month' })
    expect(result.samples).toHaveLength(36)
    expect(result.samples[0]?.at).toBe('2022-01-01')
    expect(result.samples[35]?.at).toBe('2024-12-01')
    expect(result.from).toBe('2022-01-01')
    expect(result.to).toBe('2024-12-31')
  })

  it('counts each step from "from", so month ends stay at the end of their month', () => {
    const result = series(timeline, membership('NATO'), { from: '2023-01-31', to: '2023-04-30', step: 'month' })
    expect(result.samples.map((sample) => sample.at)).toEqual(['2023-01-31', '2023-02-28', '2023-03-31', '2023-04-30'])
  })

  it('reads a month or a year as "from" from its first day and as "to" to its last', () => {
    const result = series(timeline, membership('NATO'), { from: '2023-02', to: '2023', step: 'quarter' })
    expect(result.samples.map((sample) => sample.at)).toEqual(['2023-02-01', '2023-05-01', '2023-08-01', '2023-11-01'])
  })

  for (const projection of [relationship('JPN', 'NATO'), relationship('KOR', 'PRK'), membership('NATO'), network()]) {
    for (const knownOn of [undefined, '2023-07-12', 'each'] as const) {
      it(`gives ${projection.definition.name} as cold queries do at every week, known on ${knownOn ?? 'everything'}`, () => {
        const result = series(timeline, projection as Projection<unknown>, {
          ...range,
          step: 'week',
          ...(knownOn === undefined ? {} : { knownOn }),
        })
        expect(result.samples.length).toBe(157)
        // one timeline of its own for the queries: no cache shared with the series
        const other = Timeline.fromNdjson(text)
        for (const sample of result.samples) {
          const asKnown = knownOn === 'each' ? sample.at : knownOn
          if (knownOn === 'each' && !declaredBy(other, projection, sample.at)) {
            // Before the log declares North Korea (01:13 UTC on 12 July 2023), a cold query is
            // refused; the series, which checks the names against the timeline it samples, then
            // gives what the log knew: nothing between the two.
            expect(() =>
              other.project(projection as Projection<unknown>, { at: sample.at, knownOn: asKnown! }),
            ).toThrow(UnknownReferenceError)
            expect((sample.value as RelationshipResult).evidence, sample.at).toEqual([])
            continue
          }
          expect(sample.value, sample.at).toEqual(
            other.project(projection as Projection<unknown>, {
              at: sample.at,
              ...(asKnown === undefined ? {} : { knownOn: asKnown }),
            }),
          )
          if (knownOn !== undefined) expect(sample.knownOn).toBe(knownOn === 'each' ? sample.at : knownOn)
        }
      })
    }
  }

  it('gives what cold queries give under the possible policy, daily around the summit', () => {
    const result = series(timeline, relationship('JPN', 'NATO'), {
      from: '2023-07-01',
      to: '2023-07-31',
      step: 'day',
      uncertainty: 'possible',
    })
    for (const sample of result.samples) {
      expect(sample.value).toEqual(
        Timeline.fromNdjson(text).project(relationship('JPN', 'NATO'), { at: sample.at, uncertainty: 'possible' }),
      )
    }
  })

  it('lists at each step the events that came to count since the step before, as diff finds them', () => {
    const result = series(timeline, membership('NATO'), { ...range, step: 'quarter' })
    let previous = '2021-10-01'
    for (const sample of result.samples) {
      const changed = Timeline.fromNdjson(text)
        .diff(membership('NATO'), { from: previous, to: sample.at })
        .steps.map((step) => step.event)
      // diff names the events that changed the state; the series every event that came to count.
      for (const id of changed) expect(sample.events, sample.at).toContain(id)
      for (const id of sample.events) {
        const entry = timeline.chronology({ from: previous, to: sample.at }).find((e) => e.event.id === id)
        expect(entry, `${id} at ${sample.at}`).toBeDefined()
      }
      previous = sample.at
    }
    expect(result.samples.flatMap((sample) => sample.events)).toContain('nato-accession-fin-2023-04-04')
  })

  it('follows the diagonal: a correction recorded later shows at the date it became known', () => {
    const launch = timeline.get('launch-prk-2023-07-12')
    expect(launch).toBeDefined()
    const certainty = defineProjection({
      name: 'launch certainty',
      initial: { certainty: 'none' as string },
      on: {
        'military-activity'(draft, event, ctx) {
          if (event.id === 'launch-prk-2023-07-12') draft.certainty = ctx.certainty
        },
      },
    })
    const result = series(timeline, certainty, { from: '2023-07-11', to: '2023-07-14', step: 'day', knownOn: 'each' })
    const now = series(timeline, certainty, { from: '2023-07-11', to: '2023-07-14', step: 'day' })
    for (const sample of result.samples) expect(sample.value).toEqual(cold(certainty, sample.at, sample.at))
    for (const sample of now.samples) expect(sample.value).toEqual(cold(certainty, sample.at))
    // the day the confirmation became known, the launch and the correction are among the step's events
    const confirmed = result.samples.find((sample) => sample.value.certainty === 'confirmed')
    const before = result.samples[result.samples.indexOf(confirmed!) - 1]
    expect(before?.value.certainty).toBe('suspected')
    expect(confirmed?.events).toContain('launch-prk-2023-07-12')
    expect(confirmed?.events).toContain('correction-launch-prk-confirmed-2023-07-13')
  })

  it('asks a projection whose reducers read the date cold at each date, with the same answers', () => {
    const daysLeft = defineProjection({
      name: 'meetings weighed by how long ago',
      initial: { total: 0 },
      on: {
        meeting(draft, _event, ctx) {
          draft.total += Date.parse(ctx.at) - Date.parse(ctx.date)
        },
      },
    })
    const result = series(timeline, daysLeft, { ...range, step: 'quarter' })
    for (const sample of result.samples) expect(sample.value).toEqual(cold(daysLeft, sample.at))
    expect(result.samples.at(-1)?.value.total).toBeGreaterThan(0)
  })

  it('keeps what select makes of each result', () => {
    const result = series(timeline, membership('NATO'), { ...range, step: 'year' }, (r) => r.members.length)
    expect(result.samples.map((sample) => sample.value)).toEqual(
      ['2022-01-01', '2023-01-01', '2024-01-01'].map((at) => cold(membership('NATO'), at).members.length),
    )
  })

  it('is frozen, plain data', () => {
    const result = series(timeline, membership('NATO'), { ...range, step: 'year' })
    expect(Object.isFrozen(result)).toBe(true)
    expect(Object.isFrozen(result.samples[0])).toBe(true)
    expect(JSON.parse(JSON.stringify(result))).toEqual(result)
  })

  it('says what is wrong with its options', () => {
    const bad = (options: object) =>
      thrown(() => series(timeline, membership('NATO'), { ...range, ...options } as never)) as InvalidArgumentError
    expect(bad({ step: 'fortnight' })).toBeInstanceOf(InvalidArgumentError)
    expect(bad({ step: 'fortnight' }).message).toContain(SERIES_STEPS.join(', '))
    expect(bad({ from: '2024-01-01', to: '2023-01-01' }).message).toContain('before')
    expect(bad({ from: '2023-02-30' }).code).toBe('invalid-argument')
    expect(bad({ uncertainty: 'maybe' }).message).toContain('strict')
    expect(bad({ from: '1000-01-01', to: '2023-01-01', step: 'day' }).message).toContain('100000')
  })
})

describe('relationshipSeries', () => {
  it('keeps the numbers of the relationship at each date, as cold queries give them', () => {
    const result = relationshipSeries(timeline, 'JPN', 'NATO', {
      from: '2022-01-01',
      to: '2024-12-31',
      halfLifeDays: 180,
    })
    expect(result.pair).toEqual(['JPN', 'NATO'])
    expect(result.halfLifeDays).toBe(180)
    for (const sample of result.samples) {
      const r = cold(relationship('JPN', 'NATO', { halfLifeDays: 180 }), sample.at)
      expect(sample.value.tone).toBe(r.tone.index)
      expect(sample.value.toneByDirection).toEqual(r.tone.byDirection)
      expect(sample.value.materialCooperation).toBe(r.tone.materialCooperation)
      expect(sample.value.verbalConflict).toBe(r.tone.verbalConflict)
      expect([sample.value.meetings, sample.value.visits, sample.value.summits]).toEqual([
        r.contacts.meetings,
        r.contacts.visits,
        r.contacts.summits,
      ])
      expect(sample.value.ties.map((tie) => tie.status)).toEqual(r.ties.map((tie) => tie.status))
      expect(sample.value.agreements.map((a) => a.id)).toEqual(r.agreements.map((a) => a.id))
      for (const id of sample.events) expect(r.evidence).toContain(id)
    }
  })

  it('lists as each date’s events exactly the new events that are evidence of the relationship then', () => {
    const log = Timeline.from(generate({ events: 3_000 }))
    const options = { from: '2000-01-01', to: '2024-12-01', step: 'quarter' } as const
    const points = relationshipSeries(log, 'CHN', 'USA', options)
    const raw = series(log, relationship('CHN', 'USA'), options)
    let listed = 0
    points.samples.forEach((sample, i) => {
      const evidence = new Set(raw.samples[i]!.value.evidence)
      expect(sample.events).toEqual(raw.samples[i]!.events.filter((id) => evidence.has(id)))
      // and the evidence at each date is what a cold query gives
      expect(raw.samples[i]!.value.evidence).toEqual(
        log.project(relationship('CHN', 'USA'), { at: sample.at }).evidence,
      )
      listed += sample.events.length
    })
    expect(listed).toBeGreaterThan(20)
  })

  it('names the summit among the events of the month it came to count in', () => {
    const result = relationshipSeries(timeline, 'JPN', 'NATO', { from: '2023-07-01', to: '2023-08-01' })
    expect(result.samples.map((sample) => sample.at)).toEqual(['2023-07-01', '2023-08-01'])
    expect(result.samples[1]?.events).toContain('summit-nato-vilnius-2023')
    expect(result.samples[0]?.events).not.toContain('summit-nato-vilnius-2023')
  })
})

describe('series over decades', () => {
  it('gives what cold queries give at every month of the 25-year synthetic log, keeping few states', () => {
    const events = generate({ events: 3_000 })
    const result = series(Timeline.from(events), trace, { from: '2000-01-01', to: '2024-12-01' })
    const other = Timeline.from(events)
    expect(result.samples).toHaveLength(300)
    for (const sample of result.samples.filter((_, i) => i % 7 === 0))
      expect(sample.value, sample.at).toEqual(other.project(trace, { at: sample.at }))
  })
})
