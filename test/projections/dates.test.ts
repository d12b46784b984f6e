import { describe, expect, it } from 'vitest'
import { defineProjection, membership, officeHolders, relationship } from '../../src/index.js'
import { build } from '../support/build.js'
import { timelineOf } from '../support/timeline.js'

// Sources of several precisions: Korea a partner "since 2012-09", Japan since a day, an office
// known to the month, a meeting known by its timestamp, a statement dated by a range, and a
// treaty left in a month.
const koreaPartner = build.membership({
  id: 'kor-partner',
  member: 'KOR',
  status: 'partner',
  occurred: '2012-09',
  recorded: '2016-10-06T00:00:00Z',
  certainty: 'confirmed',
})
const japanPartner = build.membership({
  id: 'jpn-partner',
  member: 'JPN',
  status: 'partner',
  occurred: '2013-04-15',
  recorded: '2013-04-15T12:00:00Z',
})
const pm = build.office({ id: 'kishida-pm', occurred: '2021-10', recorded: '2021-11-01T00:00:00Z' })
const sg = build.office({
  id: 'stoltenberg-sg',
  person: 'stoltenberg-jens',
  of: 'NATO',
  office: 'Secretary General',
  occurred: '2014-10-01',
  recorded: '2014-10-01T12:00:00Z',
})
const meeting = build.meeting({ occurred: '2023-07-12T09:30:00+03:00', summit: undefined })
const statement = build.statement({ occurred: { from: '2023-07', to: '2023-08' }, recorded: '2023-09-01T00:00:00Z' })
const treaty = build.agreement({
  id: 'treaty',
  inForce: { from: '2015' },
  occurred: '2014-12-01',
  recorded: '2015-01-01T00:00:00Z',
})
const left = build['agreement-act']({
  id: 'jpn-leaves',
  occurred: '2020-03',
  recorded: '2020-04-01T00:00:00Z',
  actors: ['JPN', 'NATO'],
  agreement: 'treaty',
  act: 'termination',
  party: undefined,
})
const timeline = timelineOf([koreaPartner, japanPartner, pm, sg, meeting, statement, treaty, left])

describe('dates in results', () => {
  it('keep the month of a partnership known to the month, and the day of one known to the day', () => {
    const members = timeline.project(membership('NATO'), { at: '2023-12-31' }).members
    expect(members.map((m) => [m.actor, m.since])).toEqual([
      ['JPN', '2013-04-15'],
      ['KOR', '2012-09'],
    ])
    expect(timeline.project(relationship('KOR', 'NATO'), { at: '2023-12-31' }).ties[0]!.since).toBe('2012-09')
  })

  it('keep the month of an office known to the month', () => {
    const offices = timeline.project(officeHolders('JPN'), { at: '2023-12-31' }).offices
    expect(offices.map((o) => [o.person, o.since])).toEqual([['kishida-fumio', '2021-10']])
  })

  it('give a timestamp’s UTC day, and a range’s own start at its precision', () => {
    const r = timeline.project(relationship('JPN', 'NATO'), { at: '2023-12-31' })
    // 09:30 in Vilnius is 06:30 UTC, the same day
    expect(r.contacts.last).toEqual({ date: '2023-07-12', event: 'kishida-meets-stoltenberg' })
    expect(r.quotes.map((q) => q.date)).toEqual(['2023-07'])
  })

  it('keep the month an agreement ended, when the act is dated to the month', () => {
    const r = timeline.project(relationship('JPN', 'NATO'), { at: '2023-12-31' })
    expect(r.ended.map((e) => [e.id, e.ended, e.how])).toEqual([['treaty', '2020-03', 'termination']])
  })

  it('reach reducers of one’s own as ctx.when, beside the day as ctx.date', () => {
    const dates = defineProjection({
      name: 'dates',
      initial: { seen: [] as string[] },
      on: {
        membership(draft, _event, ctx) {
          draft.seen.push(`${ctx.when}|${ctx.date}`)
        },
      },
    })
    expect(timeline.project(dates, { at: '2023-12-31' }).seen).toEqual(['2012-09|2012-09-01', '2013-04-15|2013-04-15'])
  })
})
