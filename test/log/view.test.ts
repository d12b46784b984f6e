import { describe, expect, it } from 'vitest'
import { defineProjection, InvalidArgumentError } from '../../src/index.js'
import { build } from '../support/build.js'
import { storedOf } from '../support/stored.js'
import { thrown } from '../support/thrown.js'
import { eventIds, trace } from '../support/timeline.js'

// North Korea's launch of 12 July 2023, recorded that morning as suspected, confirmed the next day.
const launch = build['military-activity']({
  id: 'launch',
  occurred: '2023-07-12',
  recorded: '2023-07-12T03:00:00Z',
  certainty: 'suspected',
})
const confirmed = build.correction({
  id: 'launch-confirmed',
  target: 'launch',
  occurred: '2023-07-13',
  recorded: '2023-07-13T09:00:00Z',
  changes: { certainty: 'confirmed' },
})
const meeting = (id: string, occurred: string, recorded: string) =>
  build.meeting({ id, occurred, recorded, summit: undefined })

describe('knownOn', () => {
  it('holds only the events recorded by the end of the day given', async () => {
    // given events recorded on 12 July at 03:00 and 23:59, and on 13 July at 00:00
    const timeline = await storedOf([
      meeting('morning', '2023-07-12', '2023-07-12T03:00:00Z'),
      meeting('midnight', '2023-07-12', '2023-07-13T00:00:00Z'),
      meeting('late-evening', '2023-07-12', '2023-07-12T23:59:59Z'),
    ])
    // when the log is seen as known on 12 July
    const view = timeline.knownOn('2023-07-12')
    // then the two records of that day are there, and the one of the next is not
    expect(eventIds(view)).toEqual(['morning', 'late-evening'])
    expect(view.get('midnight')).toBeUndefined()
  })

  it('holds the events recorded up to and at the instant given', async () => {
    // given events recorded at 09:00:00.000 and 09:00:00.001
    const timeline = await storedOf([
      meeting('on-time', '2023-07-12', '2023-07-13T09:00:00.000Z'),
      meeting('a-moment-later', '2023-07-12', '2023-07-13T09:00:00.001Z'),
    ])
    // when seen as known at 09:00:00.000, as a string and as a Date
    // then only the first is known
    expect(eventIds(timeline.knownOn('2023-07-13T09:00:00Z'))).toEqual(['on-time'])
    expect(eventIds(timeline.knownOn(new Date('2023-07-13T09:00:00Z')))).toEqual(['on-time'])
  })

  it('counts in its version only the events it knows', async () => {
    // given a timeline with one event recorded after 12 July
    const timeline = await storedOf([launch, confirmed])
    // then the view of 12 July has one event fewer
    expect(timeline.knownOn('2023-07-12').version).toBe(timeline.version - 1)
  })

  it('keeps the earlier date when narrowed to a later one', async () => {
    // given the view of 12 July, when it is narrowed to 13 July
    const view = (await storedOf([launch, confirmed])).knownOn('2023-07-12').knownOn('2023-07-13')
    // then it still does not know the correction of 13 July
    expect(view.get('launch-confirmed')).toBeUndefined()
  })

  it('refuses a date that is not one', async () => {
    // given a timeline, when it is asked as known on the 30th of February
    const timeline = await storedOf([launch])
    const error = thrown(() => timeline.knownOn('2023-02-30'))
    // then it is an InvalidArgumentError about knownOn
    expect(error).toBeInstanceOf(InvalidArgumentError)
    expect(error).toMatchObject({ argument: 'knownOn' })
  })

  it('forks when appended to: the new timeline holds what the view knew and the new event', async () => {
    // given a timeline and its view of 12 July
    const timeline = await storedOf([launch, confirmed])
    const view = timeline.knownOn('2023-07-12')
    // when an event is appended to the view
    const forked = view.append(
      build['military-activity']({ id: 'second-launch', occurred: '2023-07-14', recorded: '2023-07-14T00:00:00Z' }),
    )
    // then the fork has both launches, not the correction; the timeline is unchanged
    expect(eventIds(forked)).toEqual(['launch', 'second-launch'])
    expect(eventIds(timeline)).toEqual(['launch', 'launch-confirmed'])
  })
})

describe('corrections', () => {
  it('apply only in views that know them', async () => {
    // given a launch recorded as suspected on 12 July and confirmed on 13 July
    const timeline = await storedOf([launch, confirmed])
    // then as known on 12 July it reads suspected, as known on 13 July confirmed
    expect(timeline.knownOn('2023-07-12').effective('launch')?.certainty).toBe('suspected')
    expect(timeline.knownOn('2023-07-13').effective('launch')?.certainty).toBe('confirmed')
    expect(timeline.effective('launch')?.certainty).toBe('confirmed')
  })

  it('reach reducers through ctx.certainty only in views that know them', async () => {
    // given the launch and its correction
    const timeline = await storedOf([launch, confirmed])
    // when a projection folds it as known on 12 and on 13 July
    const on12 = timeline.project(trace, { at: '2023-07-13', knownOn: '2023-07-12' })
    const on13 = timeline.project(trace, { at: '2023-07-13', knownOn: '2023-07-13' })
    // then it is folded as suspected, then as confirmed
    expect(on12.folded).toEqual(['launch@2023-07-12:suspected'])
    expect(on13.folded).toEqual(['launch@2023-07-12:confirmed'])
  })

  it('leave the event as appended: get returns it uncorrected', async () => {
    // given the launch and its correction, then get still returns the suspected launch
    expect((await storedOf([launch, confirmed])).get('launch')?.certainty).toBe('suspected')
  })

  it('apply in recorded order, not append order', async () => {
    // given two corrections of the launch: appended first but recorded on 15 July, "disputed";
    // appended second but recorded on 14 July, "confirmed"
    const disputed = build.correction({
      id: 'disputed',
      target: 'launch',
      occurred: '2023-07-15',
      recorded: '2023-07-15T00:00:00Z',
      changes: { certainty: 'disputed' },
    })
    const confirmedEarlier = build.correction({
      id: 'confirmed',
      target: 'launch',
      occurred: '2023-07-14',
      recorded: '2023-07-14T00:00:00Z',
      changes: { certainty: 'confirmed' },
    })
    const timeline = await storedOf([launch, disputed, confirmedEarlier])
    // then on 14 July it reads confirmed, and from 15 July on disputed, the later record
    expect(timeline.knownOn('2023-07-14').effective('launch')?.certainty).toBe('confirmed')
    expect(timeline.effective('launch')?.certainty).toBe('disputed')
  })

  it('that move `occurred` move the event in valid time only for views that know them', async () => {
    // given a meeting first dated 12 July, and a correction recorded 20 July dating it 1 July,
    // and another meeting of 5 July
    const moved = meeting('moved', '2023-07-12', '2023-07-12T12:00:00Z')
    const other = meeting('other', '2023-07-05', '2023-07-06T00:00:00Z')
    const redate = build.correction({
      id: 'redate',
      target: 'moved',
      occurred: '2023-07-20',
      recorded: '2023-07-20T00:00:00Z',
      changes: { occurred: '2023-07-01' },
    })
    const timeline = await storedOf([moved, other, redate])
    // then as known on 19 July it comes after the other meeting, and as known now before it
    const before = timeline.knownOn('2023-07-19').chronology({ kinds: ['meeting'] })
    const after = timeline.chronology({ kinds: ['meeting'] })
    expect(before.map((entry) => `${entry.event.id}@${entry.date}`)).toEqual(['other@2023-07-05', 'moved@2023-07-12'])
    expect(after.map((entry) => `${entry.event.id}@${entry.date}`)).toEqual(['moved@2023-07-01', 'other@2023-07-05'])
    // and a projection at 3 July sees it only through the view that knows the correction
    expect(timeline.knownOn('2023-07-19').project(trace, { at: '2023-07-03' }).folded).toEqual([])
    expect(timeline.project(trace, { at: '2023-07-03' }).folded).toEqual(['moved@2023-07-01:reported'])
  })
})

describe('retractions', () => {
  const visit = build.visit({ id: 'rumoured-visit', occurred: '2023-07-10', recorded: '2023-07-10T12:00:00Z' })
  const withdrawn = build.retraction({
    id: 'withdrawn',
    target: 'rumoured-visit',
    occurred: '2023-07-14',
    recorded: '2023-07-14T00:00:00Z',
  })
  const visits = defineProjection({
    name: 'visits',
    initial: { ids: [] as string[] },
    on: {
      visit(draft, event) {
        draft.ids.push(event.id)
      },
    },
  })

  it('remove the event from projections from the time they are recorded', async () => {
    // given a visit recorded on 10 July and withdrawn on 14 July
    const timeline = await storedOf([visit, withdrawn])
    const projection = visits
    // then as known on 13 July the visit counts, as known on 14 July and after it does not
    expect(timeline.project(projection, { at: '2023-07-31', knownOn: '2023-07-13' }).ids).toEqual(['rumoured-visit'])
    expect(timeline.project(projection, { at: '2023-07-31', knownOn: '2023-07-14' }).ids).toEqual([])
    expect(timeline.project(projection, { at: '2023-07-31' }).ids).toEqual([])
  })

  it('leave the event in the log: get returns it, effective says it is withdrawn', async () => {
    // given the withdrawn visit
    const timeline = await storedOf([visit, withdrawn])
    // then get still has it, and effective has not, but in a view from before the retraction it has
    expect(timeline.get('rumoured-visit')?.id).toBe('rumoured-visit')
    expect(timeline.effective('rumoured-visit')).toBeUndefined()
    expect(timeline.knownOn('2023-07-13').effective('rumoured-visit')?.id).toBe('rumoured-visit')
  })

  it('mark the event retracted in a chronology that asks for retracted events', async () => {
    // given the withdrawn visit
    const timeline = await storedOf([visit, withdrawn])
    // then it is left out of the chronology, or listed as retracted on request
    expect(timeline.chronology({ kinds: ['visit'] })).toEqual([])
    expect(
      timeline
        .chronology({ kinds: ['visit'], includeRetracted: true })
        .map((entry) => [entry.event.id, entry.retracted]),
    ).toEqual([['rumoured-visit', true]])
  })

  it('of a correction undo the correction', async () => {
    // given the confirmed launch, and a retraction of the confirmation recorded on 14 July
    const unconfirm = build.retraction({
      id: 'unconfirm',
      target: 'launch-confirmed',
      occurred: '2023-07-14',
      recorded: '2023-07-14T00:00:00Z',
    })
    const timeline = await storedOf([launch, confirmed, unconfirm])
    // then on 13 July it reads confirmed, and from 14 July suspected again
    expect(timeline.knownOn('2023-07-13').effective('launch')?.certainty).toBe('confirmed')
    expect(timeline.effective('launch')?.certainty).toBe('suspected')
  })
})
