import { beforeAll, describe, expect, it } from 'vitest'
import { defineProjection, proposal, relationship, type Timeline } from '../../src/index.js'
import { build } from '../support/build.js'
import { storedOf } from '../support/stored.js'

// Kishida is Prime Minister of Japan. An office event first names the wrong person for NATO's
// Secretary General (or the wrong organisation); a correction recorded the same day sets it right.
// Kishida and Stoltenberg then meet, each named without the actor they acted for.
const kishidaInOffice = build.office({ id: 'kishida-pm', recorded: '2021-10-05T00:00:00Z' })
const wrongPerson = build.office({
  id: 'sg-takes-office',
  person: 'rutte-mark',
  office: 'Secretary General',
  of: 'NATO',
  occurred: '2014-10-01',
  recorded: '2014-10-02T00:00:00Z',
})
const personCorrected = build.correction({
  id: 'sg-is-stoltenberg',
  target: 'sg-takes-office',
  occurred: '2014-10-02',
  recorded: '2014-10-02T12:00:00Z',
  actors: ['stoltenberg-jens'],
  changes: { person: 'stoltenberg-jens', actors: ['stoltenberg-jens', 'NATO'] },
})
const wrongOrganisation = build.office({
  id: 'sg-takes-office',
  person: 'stoltenberg-jens',
  office: 'Secretary General',
  of: 'EU',
  occurred: '2014-10-01',
  recorded: '2014-10-02T00:00:00Z',
})
const organisationCorrected = build.correction({
  id: 'sg-is-of-nato',
  target: 'sg-takes-office',
  occurred: '2014-10-02',
  recorded: '2014-10-02T12:00:00Z',
  actors: ['NATO'],
  changes: { of: 'NATO', actors: ['stoltenberg-jens', 'NATO'] },
})
const meeting = build.meeting({
  id: 'kishida-meets-stoltenberg',
  summit: undefined,
  participants: [{ actor: 'kishida-fumio' }, { actor: 'stoltenberg-jens' }],
  recorded: '2023-07-13T00:00:00Z',
})
const at = '2023-07-31'
const knownOn = '2023-08-01'

describe.each([
  ['the person', wrongPerson, personCorrected],
  ['the organisation', wrongOrganisation, organisationCorrected],
])('a meeting with someone whose office a correction set (%s)', (_, office, correction) => {
  const events = () => storedOf([kishidaInOffice, office, correction, meeting])

  it('counts for the corrected office in a knownOn question', async () => {
    expect((await events()).project(relationship('JPN', 'NATO'), { at, knownOn }).contacts.meetings).toBe(1)
  })

  it('counts for the corrected office in a knownOn view', async () => {
    expect((await events()).knownOn(knownOn).project(relationship('JPN', 'NATO'), { at }).contacts.meetings).toBe(1)
  })

  it('still counts without knownOn after a knownOn question was asked', async () => {
    const timeline = await events()
    timeline.project(relationship('JPN', 'NATO'), { at, knownOn })
    expect(timeline.project(relationship('JPN', 'NATO'), { at }).contacts.meetings).toBe(1)
  })

  it('does not count in a view that does not know the correction yet', async () => {
    const timeline = await events()
    expect(
      timeline.project(relationship('JPN', 'NATO'), { at, knownOn: '2014-10-02T06:00:00Z' }).contacts.meetings,
    ).toBe(0)
    expect(timeline.project(relationship('JPN', 'NATO'), { at }).contacts.meetings).toBe(1)
  })
})

describe('a correction that moves a reference', () => {
  const proposals = [
    build.proposal({ id: 'tokyo-office', recorded: '2023-05-04T00:00:00Z' }),
    build.proposal({ id: 'seoul-office', recorded: '2023-05-04T00:00:00Z', subject: 'A NATO office in Seoul' }),
  ]
  const position = build.position({ id: 'fra-opposes', proposal: 'tokyo-office', recorded: '2023-07-02T00:00:00Z' })
  const moved = build.correction({
    id: 'fra-opposed-seoul',
    target: 'fra-opposes',
    occurred: '2023-07-03',
    recorded: '2023-07-03T00:00:00Z',
    actors: ['FRA'],
    changes: { proposal: 'seoul-office' },
  })
  let timeline: Timeline
  beforeAll(async () => {
    timeline = await storedOf([...proposals, position, moved])
  })

  it('counts a position for the proposal it was moved to, and no longer for the first', () => {
    expect(timeline.project(proposal('seoul-office'), { at: '2023-08-01' }).opponents).toEqual(['FRA'])
    expect(timeline.project(proposal('tokyo-office'), { at: '2023-08-01' }).opponents).toEqual([])
  })

  it('counts it for the first proposal in a view that does not know the correction', () => {
    const before = { at: '2023-08-01', knownOn: '2023-07-02T12:00:00Z' }
    expect(timeline.project(proposal('tokyo-office'), before).opponents).toEqual(['FRA'])
    expect(timeline.project(proposal('seoul-office'), before).opponents).toEqual([])
    expect(timeline.project(proposal('seoul-office'), { at: '2023-08-01' }).opponents).toEqual(['FRA'])
  })

  it('follows a meeting moved to another summit in a projection scoped to the summit', async () => {
    const summits = [
      build.summit({ id: 'vilnius', recorded: '2023-07-13T00:00:00Z' }),
      build.summit({ id: 'madrid', occurred: '2022-06-29', recorded: '2022-06-30T00:00:00Z' }),
    ]
    const talk = build.meeting({ id: 'talk', summit: 'vilnius' })
    const relocated = build.correction({
      id: 'talk-was-in-madrid',
      target: 'talk',
      actors: ['JPN'],
      recorded: '2023-07-14T00:00:00Z',
      changes: { summit: 'madrid', occurred: '2022-06-29' },
    })
    const talksAt = (summit: string) =>
      defineProjection({
        name: `talks at ${summit}`,
        key: `talks-at:${summit}`,
        scope: { events: [summit] },
        initial: { talks: [] as string[] },
        on: {
          meeting(draft, event) {
            if (event.summit === summit) draft.talks.push(event.id)
          },
        },
      })
    const t = await storedOf([...summits, talk, relocated])
    expect(t.project(talksAt('madrid'), { at: '2023-08-01' }).talks).toEqual(['talk'])
    expect(t.project(talksAt('vilnius'), { at: '2023-08-01' }).talks).toEqual([])
    expect(t.project(talksAt('vilnius'), { at: '2023-08-01', knownOn: '2023-07-13T12:00:00Z' }).talks).toEqual(['talk'])
  })
})
