import { describe, expect, it } from 'vitest'
import { defineProjection, type EventContext, Timeline, WEIGHTS } from '../../src/index.js'
import { build } from '../support/build.js'
import { storedOf } from '../support/stored.js'
import { addDays } from '../support/timeline.js'

const meeting = (id: string, occurred: unknown = '2023-07-12', extra: Parameters<typeof build.meeting>[0] = {}) =>
  build.meeting({ id, occurred: occurred as never, recorded: '2023-08-01T00:00:00Z', summit: undefined, ...extra })
const visit = (id: string, occurred = '2023-07-11') => build.visit({ id, occurred, recorded: '2023-08-01T00:00:00Z' })

/** A projection that keeps what each meeting's context said. */
const contexts = defineProjection({
  name: 'contexts',
  initial: {
    seen: [] as {
      date: string
      interval: EventContext['interval']
      certainty: string
      goldstein: number
      quad: string | null
    }[],
  },
  on: {
    meeting(draft, _event, ctx) {
      const weight = ctx.weight()
      draft.seen.push({
        date: ctx.date,
        interval: ctx.interval,
        certainty: ctx.certainty,
        goldstein: weight.goldstein,
        quad: weight.quadClass,
      })
    },
  },
})

describe('defineProjection reducers', () => {
  it('run the reducer of each event’s kind, with that event', async () => {
    // given a meeting and a visit, and a projection with a reducer for meetings only
    const timeline = await storedOf([meeting('m'), visit('v')])
    const meetings = defineProjection({
      name: 'meetings',
      initial: { ids: [] as string[] },
      on: { meeting: (draft, event) => void draft.ids.push(event.id) },
    })
    // then only the meeting is folded
    expect(timeline.project(meetings, { at: '2023-07-31' }).ids).toEqual(['m'])
  })

  it('run `every` for every event, after the kind’s own reducer', async () => {
    // given a meeting and a visit, and a projection logging both reducers
    const timeline = await storedOf([meeting('m'), visit('v')])
    const log = defineProjection({
      name: 'log',
      initial: { calls: [] as string[] },
      on: { meeting: (draft, event) => void draft.calls.push(`meeting ${event.id}`) },
      every: (draft, event) => void (event.kind !== 'actor' && draft.calls.push(`every ${event.id}`)),
    })
    // then the visit (11 July) comes first, and the meeting's own reducer runs before `every`
    expect(timeline.project(log, { at: '2023-07-31' }).calls).toEqual(['every v', 'meeting m', 'every m'])
  })

  it('tell the event’s day, interval and certainty', async () => {
    // given a suspected meeting dated by the interval 11–12 July, marked approximate
    const timeline = await storedOf([
      meeting('m', { from: '2023-07-11', to: '2023-07-12', approximate: true }, { certainty: 'suspected' }),
    ])
    // then the context gives its first day, its half-open interval, and its certainty
    expect(timeline.project(contexts, { at: '2023-07-31' }).seen[0]).toMatchObject({
      date: '2023-07-11',
      interval: { start: '2023-07-11T00:00:00.000Z', end: '2023-07-13T00:00:00.000Z', approximate: true },
      certainty: 'suspected',
    })
  })

  it('tell the weight of the event’s kind, or the event’s own weight over it', async () => {
    // given a meeting with the default weight and one weighing 6
    const timeline = await storedOf([meeting('plain', '2023-07-11'), meeting('weighty', '2023-07-12', { weight: 6 })])
    // then the first has the kind's Goldstein weight, the second its own, both in the kind's quad class
    const [plain, weighty] = timeline.project(contexts, { at: '2023-07-31' }).seen
    expect(plain).toMatchObject({
      goldstein: WEIGHTS.meeting.default.goldstein,
      quad: WEIGHTS.meeting.default.quadClass,
    })
    expect(weighty).toMatchObject({ goldstein: 6, quad: WEIGHTS.meeting.default.quadClass })
  })

  it('use the projection’s weights for the kinds it names, and the vocabulary’s for the others', async () => {
    // given a projection whose table gives meetings a weight of 5, and that reads the weight of visits too
    const table = {
      meeting: { default: { cameo: '040', label: 'Consult', quadClass: 'verbal-cooperation' as const, goldstein: 5 } },
    }
    const weights = defineProjection({
      name: 'weights',
      weights: table,
      initial: { byKind: {} as Record<string, number> },
      on: {
        meeting: (draft, _event, ctx) => void (draft.byKind['meeting'] = ctx.weight().goldstein),
        visit: (draft, _event, ctx) => void (draft.byKind['visit'] = ctx.weight().goldstein),
      },
    })
    // then meetings weigh 5, and visits keep their default weight
    expect((await storedOf([meeting('m'), visit('v')])).project(weights, { at: '2023-07-31' }).byKind).toEqual({
      meeting: 5,
      visit: WEIGHTS.visit.default.goldstein,
    })
  })
})

describe('defineProjection result', () => {
  it('maps the folded state, told the day and instant asked about', async () => {
    // given a projection whose result reports its context
    const timeline = await storedOf([meeting('m', '2023-07-02')])
    const report = defineProjection({
      name: 'report',
      initial: { last: '' },
      on: { meeting: (draft, _event, ctx) => void (draft.last = ctx.date) },
      result: (state, ctx) => ({ at: ctx.at, instant: ctx.instant, daysSinceLast: ctx.daysSince(state.last) }),
    })
    // when asked at 12 July, then it is told that day, its last instant, and that the meeting's day began ten days and a day's length before
    const result = timeline.project(report, { at: '2023-07-12' })
    expect(result.at).toBe('2023-07-12')
    expect(result.instant).toBe('2023-07-12T23:59:59.999Z')
    expect(result.daysSinceLast).toBeCloseTo(11, 6)
  })
})

describe('project results', () => {
  const counting = defineProjection({
    name: 'counting',
    initial: { count: 0, ids: [] as string[] },
    on: {
      meeting: (draft, event) => {
        draft.count++
        draft.ids.push(event.id)
      },
    },
  })

  it('are frozen deep', async () => {
    // given a folded state, when a caller tries to change it
    const result = (await storedOf([meeting('m')])).project(counting, { at: '2023-07-31' })
    // then every change throws
    expect(() => {
      ;(result as { count: number }).count = 99
    }).toThrow(TypeError)
    expect(() => (result.ids as string[]).push('x')).toThrow(TypeError)
  })

  it('are frozen even when no event has been folded', async () => {
    // given an empty timeline, when a caller tries to change the initial state it is given
    const before = Timeline.empty().project(counting, { at: '2023-01-01' })
    expect(() => (before.ids as string[]).push('intruder')).toThrow(TypeError)
    // then later answers are not changed by the attempt
    expect((await storedOf([meeting('m')])).project(counting, { at: '2023-07-31' }).ids).toEqual(['m'])
  })

  it('share what did not change with earlier answers', async () => {
    // given fifty meetings in the first months of 2023, then a hundred visits from June on, and a
    // projection that keeps meetings and visits apart
    const meetings = Array.from({ length: 50 }, (_, i) => meeting(`m${i}`, addDays('2023-01-01', i)))
    const visits = Array.from({ length: 100 }, (_, i) => visit(`v${i}`, addDays('2023-06-01', i)))
    const timeline = await storedOf([...meetings, ...visits])
    const byKind = defineProjection({
      name: 'byKind',
      initial: { meetings: { ids: [] as string[] }, visits: { ids: [] as string[] } },
      on: {
        meeting: (draft, event) => void draft.meetings.ids.push(event.id),
        visit: (draft, event) => void draft.visits.ids.push(event.id),
      },
    })
    // when it is asked at two dates among the visits
    const early = timeline.project(byKind, { at: '2023-07-20' })
    const late = timeline.project(byKind, { at: '2023-09-01' })
    // then the meetings, which no event between the two changed, are the very same object in both
    expect(late.meetings).toBe(early.meetings)
    expect(late.meetings.ids).toHaveLength(50)
    expect(late.visits.ids.length).toBeGreaterThan(early.visits.ids.length)
  })
})

describe('a projection of an empty timeline', () => {
  it('is its initial state', () => {
    // given no events, then the result is the initial state, whatever the date
    const empty = defineProjection({ name: 'empty', initial: { n: 0 }, on: {} })
    expect(Timeline.empty().project(empty, { at: '2023-07-12' })).toEqual({ n: 0 })
  })
})
