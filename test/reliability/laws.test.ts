/**
 * Laws of the log and its projections, as properties, where they are not already proven
 * elsewhere in the same form: test/log/timeline.properties.test.ts proves that knownOn(k) never
 * changes when later records come, that NDJSON reads back to the same events, and that a
 * failed batch on the newest version changes nothing; test/projection/run.properties.test.ts
 * holds the engine to the naive fold; test/projections/relationship.properties.test.ts proves
 * relationship(a, b) symmetric and its tone fading on random logs. Here: failures on older
 * versions and views, incremental growth against a full replay at every step, round trips that
 * keep every projection (through strings, streams, JSON and views), and symmetry and fading on
 * the Vilnius fixture's real data, with other half-lives, on timelines that share no cache.
 */

import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type DiplomaticEvent,
  defineProjection,
  EntenteError,
  membership,
  network,
  officeHolders,
  type PartialDate,
  type Projection,
  proposal,
  type RelationshipResult,
  relationship,
  Timeline,
  toInterval,
  type Uncertainty,
} from '../../src/index.js'
import { build } from '../support/build.js'
import { boundOf } from '../support/naive-fold.js'
import { eventsOf, queryDate, splitAt, steps } from '../support/random-log.js'
import { orRefused } from '../support/refused.js'
import { trace } from '../support/timeline.js'

const DAY = 86_400_000
const fixtureText = readFileSync(new URL('../../fixtures/vilnius-2023.ndjson', import.meta.url), 'utf8')
const fixture = fixtureText
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Record<string, unknown>)

/** Meetings within a year of the date asked, read through ctx.at: a projection whose fold depends on the date. */
const recentMeetings = defineProjection({
  name: 'recent meetings',
  initial: { ids: [] as string[] },
  on: {
    meeting(draft, event, ctx) {
      if (Date.parse(ctx.at) - Date.parse(ctx.interval.start) < 365 * DAY) draft.ids.push(event.id)
    },
  },
})

const projections: readonly [string, Projection<unknown>][] = [
  ['trace', trace],
  ['relationship(JPN, NATO)', relationship('JPN', 'NATO')],
  ['relationship(PRK, JPN) with a half-life of 30 days', relationship('PRK', 'JPN', { halfLifeDays: 30 })],
  ['network()', network()],
  ['membership(NATO)', membership('NATO')],
  ['officeHolders(JPN)', officeHolders('JPN')],
  ['recent meetings', recentMeetings],
]

interface Query {
  readonly at: string
  readonly knownOn?: string | undefined
  readonly uncertainty: Uncertainty
}

const query: fc.Arbitrary<Query> = fc.record({
  at: queryDate,
  knownOn: fc.option(queryDate, { nil: undefined }),
  uncertainty: fc.constantFrom<Uncertainty>('strict', 'possible'),
})

const optionsOf = (q: Query) => ({
  at: q.at,
  uncertainty: q.uncertainty,
  ...(q.knownOn === undefined ? {} : { knownOn: q.knownOn }),
})

/** Every projection's answer to every query. */
function answers(
  timeline: Timeline,
  queries: readonly Query[],
  among: readonly [string, Projection<unknown>][] = projections,
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const q of queries)
    for (const [name, projection] of among)
      out[`${name} ${JSON.stringify(q)}`] = orRefused(() => timeline.project(projection, optionsOf(q)))
  return out
}

/** What a timeline shows: its events, its NDJSON, and answers. */
function snapshot(timeline: Timeline, queries: readonly Query[]) {
  return {
    version: timeline.version,
    events: timeline.events,
    ndjson: timeline.toNdjson(),
    answers: answers(timeline, queries),
  }
}

async function* chunks(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text)
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size)
}

describe('a failed append', () => {
  /** Ways an append to a timeline can fail, given an event it holds. */
  const failures = (held: DiplomaticEvent): [string, object][] => {
    let deep: Record<string, unknown> = { certainty: 'confirmed' }
    for (let i = 0; i < 100; i++) deep = { inner: deep }
    const recorded = Date.parse(
      /^\d{4}-\d{2}-\d{2}$/.test(held.recorded) ? `${held.recorded}T00:00:00Z` : held.recorded,
    )
    const dayBefore = new Date(recorded - DAY).toISOString()
    return [
      ['an impossible date', build.meeting({ id: 'bad', occurred: '2023-02-30', summit: undefined })],
      ['a duplicate with other content', { ...held, notes: 'the same id, with other content' }],
      [
        'an undeclared actor',
        build.statement({ id: 'bad', speaker: 'macron-emmanuel', for: undefined, about: ['JPN'] }),
      ],
      ['a dangling target', build.retraction({ id: 'bad', target: 'no-such-event' })],
      [
        'a correction recorded before its target',
        build.correction({ id: 'bad', target: held.id, occurred: dayBefore.slice(0, 10), recorded: dayBefore }),
      ],
      ['changes nested too deep', build.correction({ id: 'bad', target: held.id, changes: { notes: deep } })],
    ]
  }

  it('on the newest version, an older one or a knownOn view, changes none of the versions that share its store', () => {
    fc.assert(
      fc.property(
        steps(5, 80),
        fc.nat(),
        fc.nat(),
        queryDate,
        fc.array(query, { minLength: 1, maxLength: 2 }),
        (log, cutA, cutB, k, queries) => {
          // given an older version, the newest version, and a knownOn view of it, all on one store
          const inputs = eventsOf(log)
          const [a, b] = [cutA % (log.length + 1), cutB % (log.length + 1)].sort((p, q) => p - q) as [number, number]
          const [head, rest] = splitAt(inputs, a)
          const [middle, tail] = splitAt(rest, b)
          const older = Timeline.from(head)
          const newest = older.appendMany(middle)
          const view = newest.knownOn(k)
          const before = [older, newest, view].map((timeline) => snapshot(timeline, queries))
          // when every kind of bad append is tried on each, alone and at the end of the rest of the log
          for (const timeline of [older, newest, view]) {
            const held = timeline.events.at(-1)!
            for (const [name, bad] of failures(held)) {
              expect(() => timeline.append(bad), name).toThrow(EntenteError)
              expect(() => timeline.appendMany([...tail, bad]), name).toThrow(EntenteError)
            }
            expect(() => timeline.append(tail[0] ?? held, { expectedVersion: timeline.version + 1 })).toThrow(
              EntenteError,
            )
          }
          // then each shows what it showed before
          expect([older, newest, view].map((timeline) => snapshot(timeline, queries))).toEqual(before)
          // and the rest of the log, appended to the newest version or to the older one, gives the whole log
          const whole = snapshot(Timeline.from(inputs), queries)
          expect(snapshot(newest.appendMany(tail), queries)).toEqual(whole)
          expect(snapshot(older.appendMany([...middle, ...tail]), queries)).toEqual(whole)
        },
      ),
      { numRuns: 25 },
    )
  })
})

describe('incremental growth', () => {
  it('answers, after every few appends, what a timeline built at once from the same events answers', () => {
    fc.assert(
      fc.property(
        steps(20, 150),
        fc.integer({ min: 3, max: 25 }),
        fc.array(query, { minLength: 1, maxLength: 3 }),
        (log, every, queries) => {
          // given a random log appended one event at a time, asked questions as it grows
          const inputs = eventsOf(log)
          let timeline = Timeline.empty()
          inputs.forEach((input, i) => {
            timeline = timeline.append(input)
            // then after every few appends it answers as a full replay of what it holds
            if (i % every === every - 1)
              expect(answers(timeline, queries)).toEqual(answers(Timeline.from(inputs.slice(0, i + 1)), queries))
          })
          // and in the end as the whole log built at once, explain included
          const atOnce = Timeline.from(inputs)
          expect(answers(timeline, queries)).toEqual(answers(atOnce, queries))
          const q = optionsOf(queries[0]!)
          expect(timeline.explain(relationship('JPN', 'NATO'), q)).toEqual(
            atOnce.explain(relationship('JPN', 'NATO'), q),
          )
        },
      ),
      { numRuns: 15 },
    )
  })

  it('of the Vilnius fixture, line by line with questions between, ends where reading it at once does', () => {
    // given the fixture's questions: Japan and NATO, NATO's members, Japan's offices, the liaison office, everyone
    const fixtureProjections: [string, Projection<unknown>][] = [
      ['relationship(JPN, NATO)', relationship('JPN', 'NATO')],
      ['relationship(FRA, USA)', relationship('FRA', 'USA')],
      ['membership(NATO)', membership('NATO')],
      ['officeHolders(JPN)', officeHolders('JPN')],
      ['proposal', proposal('proposal-nato-liaison-office-tokyo')],
      ['network()', network()],
    ]
    const queries: Query[] = ['2022-06-30', '2023-07-11', '2023-07-12', '2023-07-13T12:00:00Z', '2024-12-31'].flatMap(
      (at) => [
        { at, uncertainty: 'strict' as const },
        { at, knownOn: '2023-07-12', uncertainty: 'possible' as const },
      ],
    )
    // when it is appended one line at a time, and asked every 10 lines
    let timeline = Timeline.empty()
    fixture.forEach((event, i) => {
      timeline = timeline.append(event)
      if (i % 10 === 9)
        expect(answers(timeline, queries, fixtureProjections)).toEqual(
          answers(Timeline.from(fixture.slice(0, i + 1)), queries, fixtureProjections),
        )
    })
    // then it answers as the fixture read at once
    expect(answers(timeline, queries, fixtureProjections)).toEqual(
      answers(Timeline.fromNdjson(fixtureText), queries, fixtureProjections),
    )
  })

  it('through a stream read in batches gives the timeline read from a string', async () => {
    await fc.assert(
      fc.asyncProperty(
        steps(1_100, 1_300),
        fc.integer({ min: 1, max: 5_000 }),
        fc.array(query, { minLength: 1, maxLength: 2 }),
        async (log, size, queries) => {
          // given a random log of over 1,024 lines (the stream's batch), split in chunks of any size
          const text = Timeline.from(eventsOf(log)).toNdjson()
          const streamed = await Timeline.readNdjson(chunks(text, size))
          const read = Timeline.fromNdjson(text)
          // then both readers give the same events and answers
          expect(streamed.events).toEqual(read.events)
          expect(answers(streamed, queries)).toEqual(answers(read, queries))
        },
      ),
      { numRuns: 3 },
    )
  }, 60_000)
})

describe('reading back what was written', () => {
  it('gives the same timeline through NDJSON, a stream of it, and JSON: same events, same answers', async () => {
    await fc.assert(
      fc.asyncProperty(
        steps(0, 120),
        fc.integer({ min: 1, max: 300 }),
        fc.array(query, { minLength: 1, maxLength: 3 }),
        async (log, size, queries) => {
          // given a timeline of a random log, asked some questions
          const timeline = Timeline.from(eventsOf(log))
          const expected = snapshot(timeline, queries)
          // when it is written and read back three ways
          const ndjson = timeline.toNdjson()
          const back = [
            Timeline.fromNdjson(ndjson),
            await Timeline.readNdjson(chunks(ndjson, size)),
            Timeline.fromJson(JSON.stringify(timeline.events)),
          ]
          // then each is the same timeline
          for (const read of back) expect(snapshot(read, queries)).toEqual(expected)
        },
      ),
      { numRuns: 30 },
    )
  })

  it('of a knownOn view gives a timeline that answers as the view does', () => {
    fc.assert(
      fc.property(
        steps(0, 120),
        queryDate,
        fc.array(queryDate, { minLength: 1, maxLength: 3 }),
        fc.constantFrom<Uncertainty>('strict', 'possible'),
        (log, k, dates, uncertainty) => {
          // given what a timeline knew on k, written out
          const timeline = Timeline.from(eventsOf(log))
          const view = timeline.knownOn(k)
          const back = Timeline.fromNdjson(view.toNdjson())
          // then it reads back to the view's events, which answer as the timeline asked as known on k
          expect(back.events).toEqual(view.events)
          for (const at of dates) {
            for (const [name, projection] of projections) {
              expect(
                orRefused(() => back.project(projection, { at, uncertainty })),
                name,
              ).toEqual(orRefused(() => timeline.project(projection, { at, knownOn: k, uncertainty })))
            }
          }
        },
      ),
      { numRuns: 30 },
    )
  })

  it('of the Vilnius fixture, and of every day of 2023 it knew, answers as the fixture does', () => {
    const timeline = Timeline.fromNdjson(fixtureText)
    expect(Timeline.fromNdjson(timeline.toNdjson()).events).toEqual(timeline.events)
    for (let day = Date.UTC(2023, 0, 1); day < Date.UTC(2024, 0, 1); day += 30 * DAY) {
      const k = new Date(day).toISOString().slice(0, 10)
      const back = Timeline.fromNdjson(timeline.knownOn(k).toNdjson())
      for (const projection of [relationship('JPN', 'NATO'), membership('NATO'), network()]) {
        expect(
          orRefused(() => back.project(projection as Projection<unknown>, { at: '2023-12-31' })),
          k,
        ).toEqual(
          orRefused(() => timeline.project(projection as Projection<unknown>, { at: '2023-12-31', knownOn: k })),
        )
      }
    }
  })
})

describe('relationship(a, b) on the Vilnius fixture', () => {
  const ab = Timeline.fromNdjson(fixtureText)
  // asked the other way round on a timeline of its own, so no fold is shared between the two
  const ba = Timeline.fromNdjson(fixtureText)
  const actors = [
    ...new Set(fixture.filter((event) => event['kind'] === 'actor').map((event) => (event['actors'] as string[])[0]!)),
  ]
  const pair = fc.tuple(fc.constantFrom(...actors), fc.constantFrom(...actors)).filter(([a, b]) => a !== b)
  const day = fc
    .integer({ min: Date.UTC(2021, 0, 1) / DAY, max: Date.UTC(2025, 11, 31) / DAY })
    .map((d) => new Date(d * DAY).toISOString().slice(0, 10))
  const withoutPair = ({ pair: _pair, ...facts }: RelationshipResult) => facts

  it('gives the facts relationship(b, a) gives: ties, agreements, contacts, tone, stances, quotes and evidence', () => {
    fc.assert(
      fc.property(
        pair,
        day,
        fc.option(day, { nil: undefined }),
        fc.integer({ min: 1, max: 2_000 }),
        ([a, b], at, knownOn, halfLifeDays) => {
          const options = { at, ...(knownOn === undefined ? {} : { knownOn }) }
          const one = orRefused(() => ab.project(relationship(a, b, { halfLifeDays }), options))
          const other = orRefused(() => ba.project(relationship(b, a, { halfLifeDays }), options))
          // A person the log learns of later is refused both ways alike.
          // (each names the first of a and b it does not hold, so only the refusal is compared).
          if ('refused' in one || 'refused' in other) {
            expect(['refused' in one, 'refused' in other]).toEqual([true, true])
            return
          }
          expect(withoutPair(other)).toEqual(withoutPair(one))
          // and each keeps the order asked: in `pair`, and in the keys of each stance
          expect(one.pair).toEqual([a, b])
          expect(other.pair).toEqual([b, a])
          for (const { stances } of one.stances) expect(Object.keys(stances)).toEqual([a, b])
          for (const { stances } of other.stances) expect(Object.keys(stances)).toEqual([b, a])
        },
      ),
      { numRuns: 300 },
    )
  })

  it('is symmetric for the pairs the fixture is about, on the days it is about', () => {
    const pairs = [
      ['JPN', 'NATO'],
      ['FRA', 'USA'],
      ['CHN', 'NATO'],
      ['PRK', 'JPN'],
      ['JPN', 'UKR'],
      ['KOR', 'NATO'],
      ['JPN', 'LTU'],
      ['kishida-fumio', 'stoltenberg-jens'],
    ] as const
    for (const [a, b] of pairs) {
      for (const at of ['2022-06-29', '2023-07-11', '2023-07-12', '2023-07-13', '2024-07-11']) {
        expect(withoutPair(ba.project(relationship(b, a), { at })), `${a}–${b} at ${at}`).toEqual(
          withoutPair(ab.project(relationship(a, b), { at })),
        )
      }
    }
  })
})

describe('tone on the Vilnius fixture', () => {
  const timeline = Timeline.fromNdjson(fixtureText)
  /** The first instant after every event of the fixture (and every corrected date) has ended. */
  const end = Math.max(
    ...timeline.events.flatMap((event) => {
      const changed = event.kind === 'correction' ? (event.changes as { occurred?: PartialDate }).occurred : undefined
      return [event.occurred, ...(changed === undefined ? [] : [changed])].map((date) =>
        Date.parse(toInterval(date).end),
      )
    }),
  )
  const afterEverything = fc.integer({ min: 0, max: 3_000 }).map((days) => new Date(end + days * DAY).toISOString())
  const actors = [
    ...new Set(timeline.events.filter((event) => event.kind === 'actor').map((event) => event.actors[0]!)),
  ]

  it('never grows in absolute value as the date moves on past the last event, for any half-life, in relationship() and in every dyad of network()', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...actors),
        fc.constantFrom(...actors),
        afterEverything,
        fc.integer({ min: 1, max: 3_000 }),
        fc.integer({ min: 1, max: 2_000 }),
        fc.constantFrom<Uncertainty>('strict', 'possible'),
        (a, b, at, later, halfLifeDays, uncertainty) => {
          const laterAt = new Date(Date.parse(at) + later * DAY).toISOString()
          expect(boundOf(laterAt)).toBeGreaterThan(boundOf(at))
          const pairs: [
            { index: number; byDirection: Readonly<Record<string, number>> },
            { index: number; byDirection: Readonly<Record<string, number>> },
            string,
          ][] = []
          if (a !== b) {
            const projection = relationship(a, b, { halfLifeDays })
            pairs.push([
              timeline.project(projection, { at, uncertainty }).tone,
              timeline.project(projection, { at: laterAt, uncertainty }).tone,
              `${a}–${b}`,
            ])
          }
          const everyone = network({ halfLifeDays })
          const first = timeline.project(everyone, { at, uncertainty }).dyads
          const second = timeline.project(everyone, { at: laterAt, uncertainty }).dyads
          expect(second.map((dyad) => dyad.pair)).toEqual(first.map((dyad) => dyad.pair))
          for (const [i, dyad] of first.entries()) pairs.push([dyad.tone, second[i]!.tone, dyad.pair.join('–')])
          for (const [earlier, then, name] of pairs) {
            // the index and each side's share shrink towards zero, never past it, and the tallies stay
            expect(Math.abs(then.index), name).toBeLessThanOrEqual(Math.abs(earlier.index))
            expect(then.index * earlier.index, name).toBeGreaterThanOrEqual(0)
            for (const [side, value] of Object.entries(earlier.byDirection)) {
              expect(Math.abs(then.byDirection[side]!), `${name} ${side}`).toBeLessThanOrEqual(Math.abs(value))
              expect(then.byDirection[side]! * value, `${name} ${side}`).toBeGreaterThanOrEqual(0)
            }
            const { index: _i, byDirection: _d, ...tallies } = earlier
            const { index: _j, byDirection: _e, ...laterTallies } = then
            expect(laterTallies, name).toEqual(tallies)
          }
        },
      ),
      { numRuns: 30 },
    )
  })
})
