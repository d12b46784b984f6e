/**
 * Laws of the log, for random logs (see test/support/random-log.ts): what a knownOn view shows
 * never changes when later records arrive; NDJSON reads back what it wrote; a failed append
 * changes nothing.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EntenteError, network, relationship, Timeline } from '../../src/index.js'
import { build } from '../support/build.js'
import { boundOf } from '../support/naive-fold.js'
import { eventsOf, queryDate, splitAt, splitRecordedAfter, steps } from '../support/random-log.js'
import { runs, stored } from '../support/stored.js'
import { trace } from '../support/timeline.js'

const japanNato = relationship('JPN', 'NATO')
const everyPair = network()

/** What a timeline shows: its events, and some projections at some dates. */
function snapshot(timeline: Timeline, dates: readonly string[]) {
  return {
    events: timeline.events,
    version: timeline.version,
    ndjson: timeline.toNdjson(),
    traces: dates.map((at) => timeline.project(trace, { at })),
    relationships: dates.map((at) => timeline.project(japanNato, { at })),
    networks: dates.map((at) => timeline.project(everyPair, { at })),
    possible: dates.map((at) => timeline.project(trace, { at, uncertainty: 'possible' })),
  }
}

describe('knownOn(k)', () => {
  it('never changes when events recorded after k are appended', async () => {
    await fc.assert(
      fc.asyncProperty(
        steps(10, 200),
        fc.nat(),
        queryDate,
        fc.array(queryDate, { minLength: 1, maxLength: 3 }),
        async (log, seed, k, dates) => {
          // given a random log, and of its steps from some point on those recorded after k
          const cut = seed % (log.length + 1)
          const [head, tail] = splitRecordedAfter(eventsOf(log), boundOf(k), cut)
          // when the head is read, asked as known on k, and then the tail is appended
          const before = await stored(head)
          const seen = snapshot(before.knownOn(k), dates)
          const asked = dates.map((at) => before.project(trace, { at, knownOn: k }))
          const after = before.appendMany(tail)
          snapshot(after, dates) // (asking the whole log first leaves checkpoints the view could misuse)
          // then the view of k shows the same events and the same projections as before
          expect(snapshot(after.knownOn(k), dates)).toEqual(seen)
          expect(dates.map((at) => after.project(trace, { at, knownOn: k }))).toEqual(asked)
        },
      ),
      { numRuns: runs(25) },
    )
  })
})

describe('NDJSON', () => {
  it('reads back the events it wrote', async () => {
    await fc.assert(
      fc.asyncProperty(steps(0, 60), async (log) => {
        // given a timeline of a random log
        const timeline = await stored(eventsOf(log))
        // when it is written as NDJSON and read back
        const text = timeline.toNdjson()
        const back = Timeline.fromNdjson(text)
        // then it has the same events, and writes the same text
        expect(back.events).toEqual(timeline.events)
        expect(back.toNdjson()).toBe(text)
      }),
      { numRuns: runs(40) },
    )
  })
})

describe('a knownOn view', () => {
  it('is a log of its own: its NDJSON reads back to the same events', async () => {
    await fc.assert(
      fc.asyncProperty(steps(0, 60), queryDate, async (log, k) => {
        // given the view of a random log as known on k
        const view = (await stored(eventsOf(log))).knownOn(k)
        // when it is written as NDJSON and read back, then it holds the same events
        expect(Timeline.fromNdjson(view.toNdjson()).events).toEqual(view.events)
      }),
      { numRuns: runs(40) },
    )
  })
})

/** Ways an append can fail, given the events already in the log. */
const failures = [
  'invalid',
  'duplicate',
  'unknown-actor',
  'missing-target',
  'correction-before-target',
  'concurrency',
] as const

function badEvent(kind: (typeof failures)[number], timeline: Timeline): object | undefined {
  const existing = timeline.events.at(-1)!
  switch (kind) {
    case 'invalid':
      return build.meeting({ id: 'bad', occurred: '2023-02-30', summit: undefined })
    case 'duplicate':
      return { ...existing, notes: 'the same id, with other content' }
    case 'unknown-actor':
      return build.statement({ id: 'bad', speaker: 'macron-emmanuel', for: undefined, about: ['JPN'] })
    case 'missing-target':
      return build.retraction({ id: 'bad', target: 'no-such-event' })
    case 'correction-before-target': {
      // A correction recorded a millisecond before the latest event it may correct (or, in a log
      // of declarations only, before the declarations, so its own actor is not declared yet).
      const target = timeline.events.findLast((event) => event.kind !== 'correction' && event.kind !== 'retraction')!
      const recorded = new Date(Date.parse(target.recorded) - 1).toISOString()
      return build.correction({
        id: 'bad',
        target: target.id,
        occurred: recorded.slice(0, 10),
        recorded,
        changes: { certainty: 'confirmed' },
      })
    }
    case 'concurrency':
      return undefined
  }
}

describe('a failed append', () => {
  it('changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        steps(5, 70),
        fc.nat(),
        fc.nat(),
        fc.constantFrom(...failures),
        fc.array(queryDate, { minLength: 1, maxLength: 2 }),
        async (log, cutSeed, placeSeed, failure, dates) => {
          // given a timeline of the head of a random log, asked some questions
          const inputs = eventsOf(log)
          const cut = cutSeed % (log.length + 1)
          const [head, tail] = splitAt(inputs, cut)
          const timeline = await stored(head)
          const seen = snapshot(timeline, dates)
          // when the rest of the log is appended with a bad event somewhere among it
          const bad = badEvent(failure, timeline)
          const place = placeSeed % (tail.length + 1)
          const batch = bad === undefined ? tail : [...tail.slice(0, place), bad, ...tail.slice(place)]
          const options = bad === undefined ? { expectedVersion: timeline.version + 1 } : {}
          expect(() => timeline.appendMany(batch, options)).toThrow(EntenteError)
          // then the timeline shows what it showed before
          expect(snapshot(timeline, dates)).toEqual(seen)
          // and appending the good events afterwards gives the timeline of the whole log
          const whole = timeline.appendMany(tail)
          const fresh = await stored(inputs)
          expect(whole.toNdjson()).toBe(fresh.toNdjson())
          expect(snapshot(whole, dates)).toEqual(snapshot(fresh, dates))
        },
      ),
      { numRuns: runs(40) },
    )
  })
})
