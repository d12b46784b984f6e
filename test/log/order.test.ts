import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Timeline } from '../../src/index.js'
import { _compareEntries, type _Entry, _firstStartingAtOrAfter, _SortedEntries } from '../../src/log/order.js'
import { build } from '../support/build.js'
import { declarationsFor, timelineOf, trace } from '../support/timeline.js'

const meeting = (id: string, occurred: string, recorded: string) =>
  build.meeting({ id, occurred, recorded, summit: undefined })

describe('valid-time order', () => {
  // Meetings of 1, 10 and 20 July recorded as they happened, and a meeting of 5 July recorded a year later.
  const onTime = [
    meeting('jul-01', '2023-07-01', '2023-07-01T12:00:00Z'),
    meeting('jul-10', '2023-07-10', '2023-07-10T12:00:00Z'),
    meeting('jul-20', '2023-07-20', '2023-07-20T12:00:00Z'),
  ]
  const late = meeting('jul-05', '2023-07-05', '2024-07-05T00:00:00Z')

  it('places an event recorded late at its date in the chronology', () => {
    // given the late meeting appended after the others
    const timeline = timelineOf([...onTime, late])
    // then the chronology lists it between 1 and 10 July
    expect(
      timeline
        .chronology()
        .filter((entry) => entry.event.kind === 'meeting')
        .map((entry) => entry.event.id),
    ).toEqual(['jul-01', 'jul-05', 'jul-10', 'jul-20'])
  })

  it('folds an event recorded late at its date', () => {
    // given the late meeting appended after the others
    const timeline = timelineOf([...onTime, late])
    // then a projection folds it between 1 and 10 July, and counts it at 5 July
    expect(timeline.project(trace, { at: '2023-07-31' }).folded).toEqual([
      'jul-01@2023-07-01:reported',
      'jul-05@2023-07-05:reported',
      'jul-10@2023-07-10:reported',
      'jul-20@2023-07-20:reported',
    ])
    expect(timeline.project(trace, { at: '2023-07-05' }).folded).toEqual([
      'jul-01@2023-07-01:reported',
      'jul-05@2023-07-05:reported',
    ])
  })

  it('folds an event recorded late at its date even after a query of the same projection', () => {
    // given a timeline asked once, then given the late meeting
    const timeline = timelineOf(onTime)
    expect(timeline.project(trace, { at: '2023-07-31' }).folded).toHaveLength(3)
    const later = timeline.append(late)
    // then the next answer has it in its place
    expect(later.project(trace, { at: '2023-07-31' }).folded[1]).toBe('jul-05@2023-07-05:reported')
  })

  it('orders events that start together by recorded time, then by append order', () => {
    // given three meetings of one day: appended first but recorded last, then two recorded at the same instant
    const timeline = timelineOf([
      meeting('recorded-last', '2023-07-12', '2023-07-14T00:00:00Z'),
      meeting('first-of-two', '2023-07-12', '2023-07-13T00:00:00Z'),
      meeting('second-of-two', '2023-07-12', '2023-07-13T00:00:00Z'),
    ])
    // then they fold by recorded time, and the two recorded together in append order
    expect(timeline.project(trace, { at: '2023-07-12' }).folded.map((line) => line.split('@')[0])).toEqual([
      'first-of-two',
      'second-of-two',
      'recorded-last',
    ])
  })

  it('orders by the start of the interval: an event dated by its month comes before the days after the 1st', () => {
    // given a meeting of 5 July, and one dated only "July 2023", recorded later
    const timeline = timelineOf([
      meeting('day', '2023-07-05', '2023-07-05T12:00:00Z'),
      meeting('month', '2023-07', '2023-08-01T00:00:00Z'),
    ])
    // then the month, whose interval starts on 1 July, comes first
    expect(
      timeline
        .chronology()
        .filter((entry) => entry.event.kind === 'meeting')
        .map((entry) => [entry.event.id, entry.date]),
    ).toEqual([
      ['month', '2023-07-01'],
      ['day', '2023-07-05'],
    ])
  })
})

describe('a log loaded whole', () => {
  it('answers as one built event by event, and places what comes after', () => {
    // given meetings recorded late among others, loaded from NDJSON (which settles the log's
    // lists), and the same events appended one at a time
    const events = [
      ...declarationsFor([meeting('x', '2023-07-01', '2023-07-01T00:00:00Z')]),
      ...['01', '20', '10', '15', '05', '25'].map((day, i) =>
        meeting(`jul-${day}`, `2023-07-${day}`, `2023-07-${String(25 + i).padStart(2, '0')}T00:00:00Z`),
      ),
    ]
    const loaded = Timeline.fromNdjson(events.map((event) => JSON.stringify(event)).join('\n'))
    const byOne = events.reduce((timeline, event) => timeline.append(event), Timeline.empty())
    const folded = (timeline: Timeline) => timeline.project(trace, { at: '2023-07-31' }).folded
    // then both fold the same meetings in the same order
    expect(folded(loaded)).toEqual(folded(byOne))
    expect(folded(loaded).filter((line) => line.startsWith('jul-'))).toHaveLength(6)
    // and a meeting learnt later still takes its place in the loaded log
    const later = meeting('jul-12', '2023-07-12', '2023-08-01T00:00:00Z')
    expect(folded(loaded.append(later))).toEqual(folded(byOne.append(later)))
    expect(
      folded(loaded.append(later))
        .map((line) => line.split('@')[0])
        .slice(-4),
    ).toEqual(['jul-12', 'jul-15', 'jul-20', 'jul-25'])
  })
})

describe('_SortedEntries', () => {
  const entry = fc.record({
    start: fc.integer({ min: 0, max: 50 }),
    end: fc.constant(0),
    rec: fc.integer({ min: 0, max: 5 }),
    seq: fc.nat({ max: 100_000 }),
    variant: fc.constant(-1),
  })

  it('keeps any insertions in (start, recorded, position) order', () => {
    // given entries inserted in any order, more than fill one chunk
    fc.assert(
      fc.property(fc.array(entry, { minLength: 0, maxLength: 5000 }), (entries: _Entry[]) => {
        const sorted = new _SortedEntries()
        for (const e of entries) sorted.insert(e)
        // then reading them back gives every entry, sorted
        const out = sorted.toArray()
        expect(out).toHaveLength(entries.length)
        expect(sorted.size).toBe(entries.length)
        expect([...out]).toEqual([...entries].sort(_compareEntries))
      }),
      { numRuns: 40 },
    )
  })

  it('keeps its entries in order when read between insertions, late ones included', () => {
    // given entries inserted in any order, the list read after some of them
    fc.assert(
      fc.property(fc.array(fc.tuple(entry, fc.boolean()), { minLength: 0, maxLength: 3000 }), (steps) => {
        const sorted = new _SortedEntries()
        const inserted: _Entry[] = []
        for (const [e, read] of steps) {
          sorted.insert(e)
          inserted.push(e)
          // then every read gives every entry so far, sorted
          if (read) expect([...sorted.toArray()]).toEqual([...inserted].sort(_compareEntries))
        }
        expect([...sorted.toArray()]).toEqual([...inserted].sort(_compareEntries))
      }),
      { numRuns: 40 },
    )
  })

  it('keeps every entry in order when settled, and takes more in order after', () => {
    // given entries inserted in any order, the list settled after some of them
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 2000 }), fc.array(entry, { maxLength: 500 }), (before, after) => {
        const sorted = new _SortedEntries()
        for (const e of before) sorted.insert(e)
        sorted.settle()
        // then it holds what it held, sorted, and entries inserted after take their places
        expect([...sorted.toArray()]).toEqual([...before].sort(_compareEntries))
        for (const e of after) sorted.insert(e)
        expect(sorted.size).toBe(before.length + after.length)
        expect([...sorted.toArray()]).toEqual([...before, ...after].sort(_compareEntries))
      }),
      { numRuns: 40 },
    )
  })

  it('finds the first entry starting at or after a time', () => {
    // given entries starting at 0..9, each twice
    const entries: _Entry[] = Array.from({ length: 20 }, (_, i) => ({
      start: Math.floor(i / 2),
      end: 0,
      rec: 0,
      seq: i,
      variant: -1,
    }))
    // then the first starting at or after 4 is the ninth, and none starts at or after 10
    expect(_firstStartingAtOrAfter(entries, 4)).toBe(8)
    expect(_firstStartingAtOrAfter(entries, 10)).toBe(20)
    expect(_firstStartingAtOrAfter(entries, -1)).toBe(0)
  })
})
