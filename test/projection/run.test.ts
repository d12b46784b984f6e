import { describe, expect, it } from 'vitest'
import { defineProjection, relationship } from '../../src/index.js'
import { build } from '../support/build.js'
import { naiveProject } from '../support/naive-fold.js'
import { stored } from '../support/stored.js'
import { addDays, declarationsFor, timelineOf, trace } from '../support/timeline.js'

/** A hundred and twenty talks of Japan and NATO, one every three days from 2022, each recorded the day after. */
const talks = Array.from({ length: 120 }, (_, i) => {
  const day = addDays('2022-01-01', i * 3)
  return build.meeting({ id: `talks-${i}`, occurred: day, recorded: `${addDays(day, 1)}T00:00:00Z`, summit: undefined })
})
const inputs = [...declarationsFor(talks), ...talks]
const foldedIds = (result: { folded: readonly string[] }) => result.folded.map((line) => line.split('@')[0])

describe('the fold engine', () => {
  it('places an event recorded late among events folded by earlier answers', async () => {
    // given a long timeline asked at the end of 2022 and 2023
    const timeline = await stored(inputs)
    timeline.project(trace, { at: '2022-12-31' })
    timeline.project(trace, { at: '2023-12-31' })
    // when talks of 2 January 2022 are recorded a year later
    const late = build.meeting({
      id: 'late-talks',
      occurred: '2022-01-02',
      recorded: '2023-01-02T00:00:00Z',
      summit: undefined,
    })
    const later = timeline.append(late)
    // then the next answers fold them second, as a fold from nothing does
    const answer = later.project(trace, { at: '2023-12-31' })
    expect(foldedIds(answer).slice(0, 3)).toEqual(['talks-0', 'late-talks', 'talks-1'])
    expect(answer).toEqual(naiveProject([...inputs, late], trace, { at: '2023-12-31' }))
  })

  it('moves an event a correction re-dates, in answers after the correction', async () => {
    // given a long timeline asked once
    const timeline = await stored(inputs)
    timeline.project(trace, { at: '2023-12-31' })
    // when the first talks are re-dated to the end of 2022
    const redate = build.correction({
      id: 'redate',
      target: 'talks-0',
      occurred: '2023-01-01',
      recorded: '2023-01-01T00:00:00Z',
      actors: ['JPN'],
      changes: { occurred: '2022-12-30' },
    })
    const corrected = timeline.append(redate)
    // then they are folded at their new date, and the timeline before the correction still folds them first
    const answer = corrected.project(trace, { at: '2023-12-31' })
    expect(answer.folded).toContain('talks-0@2022-12-30:reported')
    expect(answer).toEqual(naiveProject([...inputs, redate], trace, { at: '2023-12-31' }))
    expect(foldedIds(timeline.project(trace, { at: '2023-12-31' }))[0]).toBe('talks-0')
  })

  it('lets a reducer that reads ctx.at see the date asked, whatever was asked before', async () => {
    // given a projection that notes the date asked in every meeting it folds
    const asked = defineProjection({
      name: 'asked',
      initial: { at: [] as string[] },
      on: { meeting: (draft, _event, ctx) => void draft.at.push(ctx.at) },
    })
    const timeline = await stored(inputs)
    // when it is asked at the end of 2023, then at the end of 2022
    timeline.project(asked, { at: '2023-12-31' })
    const result = timeline.project(asked, { at: '2022-12-31' })
    // then every meeting it folded saw the end of 2022
    expect(new Set(result.at)).toEqual(new Set(['2022-12-31T23:59:59.999Z']))
  })

  it('answers the same from a scoped stream as from folding everything', async () => {
    // given talks of Japan and NATO among talks of Korea and NATO
    const korea = Array.from({ length: 80 }, (_, i) =>
      build.meeting({
        id: `korea-${i}`,
        occurred: addDays('2022-01-02', i * 4),
        summit: undefined,
        participants: [
          { actor: 'yoon-sukyeol', for: 'KOR' },
          { actor: 'stoltenberg-jens', for: 'NATO' },
        ],
      }),
    )
    const all = [...declarationsFor([...talks, ...korea]), ...talks, ...korea]
    const timeline = await stored(all)
    // then the scoped relationship gives what a fold of every event gives
    const japanNato = relationship('JPN', 'NATO')
    expect(timeline.project(japanNato, { at: '2023-06-30' })).toEqual(
      naiveProject(all, japanNato, { at: '2023-06-30' }),
    )
    expect(timeline.project(japanNato, { at: '2023-06-30' }).contacts.meetings).toBe(
      talks.filter((t) => t.occurred <= '2023-06-30').length,
    )
  })

  it("takes events recorded late into a pair's stream as a fold from nothing does", async () => {
    // given the relationship of Japan and NATO asked once
    const timeline = await stored(inputs)
    const japanNato = relationship('JPN', 'NATO')
    timeline.project(japanNato, { at: '2023-06-30' })
    // when talks of theirs from early 2022 are recorded in 2023, one at a time
    const late = [3, 40, 200].map((days, i) =>
      build.meeting({
        id: `late-${i}`,
        occurred: addDays('2022-01-01', days),
        recorded: `2023-0${i + 1}-15T00:00:00Z`,
        summit: undefined,
      }),
    )
    let later = timeline
    for (const event of late) {
      later = later.append(event)
      later.project(japanNato, { at: '2023-06-30' })
    }
    // then each answer is what folding every event gives
    for (const at of ['2022-01-10', '2022-08-01', '2023-06-30']) {
      expect(later.project(japanNato, { at })).toEqual(naiveProject([...inputs, ...late], japanNato, { at }))
    }
  })

  it("folds either side's positions into a pair's stream only when the scope asks for them", async () => {
    // given talks of Japan and NATO, NATO's proposal of an office in Tokyo, and a position on it
    // of each side and of France
    const proposal = build.proposal({ occurred: '2022-05-01', recorded: '2022-05-02T00:00:00Z' })
    const stances = ['JPN', 'NATO', 'FRA'].map((actor, i) =>
      build.position({
        id: `${actor}-on-tokyo-office`,
        occurred: addDays('2022-06-01', i),
        recorded: `${addDays('2022-06-01', i + 1)}T00:00:00Z`,
        actor,
        stance: i === 2 ? 'oppose' : 'support',
      }),
    )
    const events = [...talks, proposal, ...stances]
    const timeline = await stored([...declarationsFor(events), ...events])
    // when a projection of the pair counts the kinds it is handed, with and without the positions
    const kindsOf = (positions: boolean) =>
      defineProjection({
        name: `kinds, positions ${positions}`,
        key: `kinds:${positions}`,
        scope: { pair: ['JPN', 'NATO'], positions },
        initial: {} as Record<string, number>,
        on: {},
        every(draft, event) {
          draft[event.kind] = (draft[event.kind] ?? 0) + 1
        },
      })
    // then without them it is handed the talks alone (the proposal names NATO only)
    expect(timeline.project(kindsOf(false), { at: '2023-12-31' })).toEqual({ meeting: 120 })
    // and with them, each side's position too, not France's
    expect(timeline.project(kindsOf(true), { at: '2023-12-31' })).toEqual({ meeting: 120, position: 2 })
    // and the relationship, which asks for them, still sees both sides' support
    expect(timeline.project(relationship('JPN', 'NATO'), { at: '2023-12-31' })).toEqual(
      naiveProject([...declarationsFor(events), ...events], relationship('JPN', 'NATO'), { at: '2023-12-31' }),
    )
  })

  it("leaves a pair's checkpoints in place when an event of one side alone is learnt late", () => {
    // given two thousand daily talks of Japan and NATO, and a statement of Japan about Korea,
    // asked at the end by a projection of the pair that counts what it folds
    const counting = countingTalks({ pair: ['JPN', 'NATO'] })
    const daily = dailyTalks(2_000)
    const aboutKorea = (id: string, occurred: string, recorded: string) =>
      build.statement({
        id,
        occurred,
        recorded,
        actors: ['JPN', 'KOR'],
        speaker: 'JPN',
        for: undefined,
        about: ['KOR'],
      })
    const first = aboutKorea('jpn-on-kor', '2000-01-02', '2000-01-02T20:00:00Z')
    const timeline = timelineOf([...daily, first])
    const at = addDays('2000-01-01', 2_000)
    timeline.project(counting.projection, { at })
    // when another statement of Japan about Korea, from the first weeks, is learnt at the end
    const later = timeline.append(aboutKorea('jpn-on-kor-late', '2000-01-10', `${at}T00:00:00Z`))
    counting.folded()
    // then the same question counts every talk, folding from the last checkpoint, not from January 2000
    expect(later.project(counting.projection, { at })).toEqual({ talks: 2_000 })
    expect(counting.folded()).toBeLessThanOrEqual(256)
  })

  it('folds once an event recorded late together with a correction of it', async () => {
    // given the relationship of Japan and NATO asked once
    const late = build.meeting({
      id: 'late-talks',
      occurred: '2022-01-02',
      recorded: '2023-01-02T00:00:00Z',
      summit: undefined,
      certainty: 'reported',
    })
    const confirmed = build.correction({
      id: 'late-talks-confirmed',
      target: late.id,
      occurred: '2023-01-03',
      recorded: '2023-01-03T00:00:00Z',
      actors: ['KOR'],
    })
    const base = [...declarationsFor([...talks, confirmed]), ...talks]
    const timeline = await stored(base)
    const japanNato = relationship('JPN', 'NATO')
    timeline.project(japanNato, { at: '2023-06-30' })
    // when late talks and a correction of them, filed under Korea, are appended together
    const later = timeline.appendMany([late, confirmed])
    // then the talks count once, as a fold from nothing says
    expect(later.project(japanNato, { at: '2023-06-30' })).toEqual(
      naiveProject([...base, late, confirmed], japanNato, { at: '2023-06-30' }),
    )
  })

  it('folds anew a pair whose side gains a person with events before the answers it kept', async () => {
    // given Suga meeting NATO before he held office, and the relationship of Japan and NATO asked after all their talks
    const earlier = build.meeting({
      id: 'suga-meets-stoltenberg',
      occurred: '2021-05-01',
      recorded: '2021-05-02T00:00:00Z',
      summit: undefined,
      participants: [{ actor: 'suga-yoshihide' }, { actor: 'stoltenberg-jens', for: 'NATO' }],
    })
    const base = [...declarationsFor([...talks, earlier]), earlier, ...talks]
    const timeline = await stored(base)
    const japanNato = relationship('JPN', 'NATO')
    timeline.project(japanNato, { at: '2023-12-31' })
    // when Suga takes office in Japan after those talks
    const office = build.office({
      id: 'suga-takes-office',
      person: 'suga-yoshihide',
      of: 'JPN',
      occurred: '2023-06-01',
      recorded: '2023-06-01T00:00:00Z',
    })
    const later = timeline.append(office)
    // then every talk counts once, as a fold from nothing says
    expect(later.project(japanNato, { at: '2023-12-31' })).toEqual(
      naiveProject([...base, office], japanNato, { at: '2023-12-31' }),
    )
  })
})

/**
 * A projection that counts the talks it folds, and how many meetings its reducer was handed since
 * the count was last reset: what a question folded, and so where it started from.
 */
function countingTalks(scope?: { readonly pair: readonly [string, string] }) {
  let folded = 0
  const projection = defineProjection({
    name: 'counting',
    ...(scope === undefined ? {} : { key: 'counting', scope }),
    initial: { talks: 0 },
    on: {
      meeting(draft) {
        folded++
        draft.talks++
      },
    },
  })
  return {
    projection,
    /** How many meetings were folded since the last call. */
    folded(): number {
      const count = folded
      folded = 0
      return count
    },
  }
}

/** A talk of Japan and NATO every day, from 1 January 2000, each recorded that evening. */
function dailyTalks(days: number) {
  return Array.from({ length: days }, (_, i) => {
    const day = addDays('2000-01-01', i)
    return build.meeting({ id: `daily-${i}`, occurred: day, recorded: `${day}T18:00:00Z`, summit: undefined })
  })
}

describe('checkpoints past an event still running at the date', () => {
  // A meeting dated only by its year has not certainly happened before the year is over: under
  // the default 'strict' policy it counts from its last day on. Every meeting after its place in valid
  // time (1 January) is folded without it until then.
  const yearLong = build.meeting({
    id: 'talks-2023',
    summit: undefined,
    occurred: '2023',
    recorded: '2023-01-01T00:00:00Z',
  })
  const daily = Array.from({ length: 360 }, (_, i) => {
    const day = addDays('2023-01-02', i)
    return build.meeting({ id: `talks-${day}`, summit: undefined, occurred: day, recorded: `${day}T12:00:00Z` })
  })
  // and one dated by its month, which counts from May's last day on
  const monthLong = build.meeting({
    id: 'talks-2023-05',
    summit: undefined,
    occurred: '2023-05',
    recorded: '2023-05-01T00:00:00Z',
  })
  const events = [yearLong, ...daily, monthLong]
  const dates = [
    '2023-07-01',
    '2023-03-01',
    '2023-11-15',
    '2023-05-25',
    '2023-07-01',
    '2024-01-02',
    '2023-12-31',
    '2023-05-30',
    '2023-05-31',
    '2023-07-02',
  ]

  it('gives at each date what a fold from nothing gives, whatever was asked before', () => {
    // given one timeline asked at dates in no order, inside the year and after it
    const timeline = timelineOf(events)
    for (const at of dates) {
      // then each answer is the one a timeline never asked before gives
      const answer = timeline.project(trace, { at })
      expect(answer, at).toEqual(timelineOf(events).project(trace, { at }))
      // and the year's meeting is in it only from the year's last day
      expect(
        answer.folded.some((line) => line.startsWith('talks-2023@')),
        at,
      ).toBe(at >= '2023-12-31')
    }
  })

  it('serves the possible policy only from what counted in full, after strict questions in the year', () => {
    // given a timeline asked late in the year under the default 'strict' policy
    const timeline = timelineOf(events)
    timeline.project(trace, { at: '2023-11-15' })
    // then questions under 'possible', which counts the year's meeting from its first day, read it
    for (const at of ['2023-07-01', '2023-05-25', '2023-11-15']) {
      const answer = timeline.project(trace, { at, uncertainty: 'possible' })
      expect(answer, at).toEqual(timelineOf(events).project(trace, { at, uncertainty: 'possible' }))
      expect(
        answer.folded.some((line) => line.startsWith('talks-2023@')),
        at,
      ).toBe(true)
    }
  })

  it('gives the same after a meeting learnt late, before and after its place', () => {
    // given a timeline asked through the year, then a meeting of May learnt in August
    const asked = timelineOf(events)
    for (const at of dates) asked.project(trace, { at })
    const late = build.meeting({
      id: 'late-talks',
      summit: undefined,
      occurred: '2023-05-05',
      recorded: '2023-08-01T00:00:00Z',
    })
    const after = asked.append(late)
    // then every date, before May, after it and after the year, reads it as a fresh fold does
    for (const at of [...dates, '2023-05-04', '2023-05-05']) {
      expect(after.project(trace, { at }), at).toEqual(timelineOf([...events, late]).project(trace, { at }))
      expect(asked.project(trace, { at }), at).toEqual(timelineOf(events).project(trace, { at }))
    }
  })

  it('refolds a late event near the end of a long stream from a checkpoint a few entries before it', () => {
    // given eight thousand daily talks, asked at the end by a projection that counts what it folds
    const counting = countingTalks()
    const at = addDays('2000-01-01', 8_000)
    const asked = timelineOf(dailyTalks(8_000))
    asked.project(counting.projection, { at })
    // when talks ten days before the last are learnt late, and the same question is asked
    const late = build.meeting({
      id: 'late-talks',
      occurred: addDays('2000-01-01', 7_990),
      recorded: `${at}T00:00:00Z`,
      summit: undefined,
    })
    const after = asked.append(late)
    counting.folded()
    const answer = after.project(counting.projection, { at })
    // then the answer counts it, and the fold starts on the fine grid of the stream's last
    // stretch (a checkpoint every 64 entries there), not a regular spacing (251 entries) back
    expect(answer).toEqual({ talks: 8_001 })
    expect(counting.folded()).toBeLessThanOrEqual(64 + 11)
  })

  it("asks a date of a pair's long stream near one asked before from a checkpoint at most 256 entries back", () => {
    // given ten thousand daily talks of Japan and NATO (a thirty-second of them is 313), asked at the end
    const counting = countingTalks({ pair: ['JPN', 'NATO'] })
    const daily = dailyTalks(10_000)
    const timeline = timelineOf([...declarationsFor(daily), ...daily])
    timeline.project(counting.projection, { at: addDays('2000-01-01', 10_000) })
    // when dates 300 talks past a multiple of 313 are asked, each after a date 100 days before it
    for (const i of [3_430, 6_560, 9_690]) {
      timeline.project(counting.projection, { at: addDays('2000-01-01', i - 100) })
      counting.folded()
      const at = addDays('2000-01-01', i)
      // then each answer counts the talks up to its date
      expect(timeline.project(counting.projection, { at }), at).toEqual({ talks: i + 1 })
      // from a checkpoint at most 256 talks back, which the date before left
      expect(counting.folded(), at).toBeLessThanOrEqual(256)
    }
  })

  it('asks a date inside a year with an event dated by it from a checkpoint near the date, not from before the year', () => {
    // given eight thousand daily talks and a talk dated by each of their years, asked at the end:
    // every place of the checkpoint grid (every 251 entries) holds a checkpoint everything counted in
    const counting = countingTalks()
    const daily = dailyTalks(8_000)
    const yearly = Array.from({ length: 22 }, (_, i) =>
      build.meeting({
        id: `yearly-${2000 + i}`,
        occurred: `${2000 + i}`,
        recorded: `${2000 + i}-01-01T00:00:00Z`,
        summit: undefined,
      }),
    )
    const events = [...daily, ...yearly]
    const timeline = timelineOf(events)
    timeline.project(counting.projection, { at: addDays('2000-01-01', 8_000) })
    // when a date late in 2015 is asked, and then a date two days later
    timeline.project(counting.projection, { at: '2015-12-10' })
    counting.folded()
    const answer = timeline.project(counting.projection, { at: '2015-12-12' })
    const second = counting.folded()
    // then the answer is a fresh fold's: the days before, and the talks of the years before 2015
    expect(answer).toEqual(timelineOf(events).project(counting.projection, { at: '2015-12-12' }))
    expect(answer).toEqual({ talks: daily.filter((talk) => talk.occurred <= '2015-12-12').length + 15 })
    // and the second question folds from a checkpoint the first kept, which left 2015's talk out,
    // at most one spacing of the grid back: not from before the 1st of January, 345 days back
    expect(second).toBeLessThanOrEqual(251)
  })

  it('keeps a few windows of dates at each place of the grid, the latest asked', () => {
    // given two thousand daily talks from 2000 (a checkpoint every 64 entries), and six talks
    // that ran from 2 January 2003 to the 20th of April, May and so on to September, asked at the end
    const counting = countingTalks()
    const daily = dailyTalks(2_000)
    const ranges = [4, 5, 6, 7, 8, 9].map((month) =>
      build.meeting({
        id: `range-${month}`,
        occurred: { from: '2003-01-02', to: `2003-0${month}-20` },
        recorded: '2003-01-02T00:00:00Z',
        summit: undefined,
      }),
    )
    const events = [...daily, ...ranges]
    const timeline = timelineOf(events)
    timeline.project(counting.projection, { at: '2005-12-31' })
    // when a date in each of the six windows their ends make is asked, each answer a fresh fold's
    for (const at of ['2003-03-25', '2003-04-25', '2003-05-25', '2003-06-25', '2003-07-25', '2003-08-25'])
      expect(timeline.project(counting.projection, { at }), at).toEqual(
        timelineOf(events).project(counting.projection, { at }),
      )
    // then a date in the latest window folds from a checkpoint near it, one spacing back at most
    counting.folded()
    expect(timeline.project(counting.projection, { at: '2003-08-26' })).toEqual({
      talks: daily.filter((talk) => talk.occurred <= '2003-08-26').length + 5,
    })
    expect(counting.folded()).toBeLessThanOrEqual(64)
    // and a date in the first, whose checkpoint near it gave way to four later windows, folds from
    // the place of the grid before the six talks began
    expect(timeline.project(counting.projection, { at: '2003-03-26' })).toEqual({
      talks: daily.filter((talk) => talk.occurred <= '2003-03-26').length,
    })
    expect(counting.folded()).toBeGreaterThan(64)
  })
})
