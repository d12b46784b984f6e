import { describe, expect, it } from 'vitest'
import { defineProjection, relationship } from '../../src/index.js'
import { build } from '../support/build.js'
import { stored } from '../support/stored.js'
import { addDays, declarationsFor } from '../support/timeline.js'

// Kishida, Prime Minister of Japan from 4 October 2021 to 1 October 2024; Stoltenberg, Secretary
// General of NATO from 1 October 2014 to 1 October 2024; both offices recorded in 2014 and 2021.
const kishidaIn = build.office({ id: 'kishida-in', occurred: '2021-10-04', recorded: '2021-10-04T12:00:00Z' })
const kishidaOut = build.office({
  id: 'kishida-out',
  occurred: '2024-10-01',
  recorded: '2024-10-01T12:00:00Z',
  change: 'end',
})
const stoltenbergIn = build.office({
  id: 'stoltenberg-in',
  person: 'stoltenberg-jens',
  of: 'NATO',
  office: 'Secretary General',
  occurred: '2014-10-01',
  recorded: '2014-10-01T12:00:00Z',
})
const stoltenbergOut = build.office({
  id: 'stoltenberg-out',
  person: 'stoltenberg-jens',
  of: 'NATO',
  office: 'Secretary General',
  occurred: '2024-10-01',
  recorded: '2024-10-01T12:00:00Z',
  change: 'end',
})
const offices = [kishidaIn, kishidaOut, stoltenbergIn, stoltenbergOut]

/** Kishida and Stoltenberg meet, each named only as himself. */
const talks = (id: string, day: string, recorded = `${day}T12:00:00Z`) =>
  build.meeting({
    id,
    occurred: day,
    recorded,
    summit: undefined,
    participants: [{ actor: 'kishida-fumio' }, { actor: 'stoltenberg-jens' }],
  })

const japanNato = relationship('JPN', 'NATO')
const from = (events: readonly object[]) => stored([...declarationsFor([...offices, ...events]), ...events])

describe('people acting for actors', () => {
  it('makes a meeting of Kishida and Stoltenberg a Japan–NATO contact while both hold office', async () => {
    // given talks in 2021 before Kishida took office, in July 2023, and in December 2024 after both left
    const timeline = await from([
      ...offices,
      talks('before', '2021-06-01'),
      talks('during', '2023-07-12'),
      talks('after', '2024-12-01'),
    ])
    // then only the talks of July 2023 count as a Japan–NATO meeting
    const result = timeline.project(japanNato, { at: '2025-01-01' })
    expect(result.contacts.meetings).toBe(1)
    expect(result.contacts.last).toEqual({ date: '2023-07-12', event: 'during' })
  })

  it('does not count talks on the day an office ended', async () => {
    // given talks on 1 October 2024, the day both offices ended, then they are not a Japan–NATO meeting
    expect(
      (await from([...offices, talks('last-day', '2024-10-01')])).project(japanNato, { at: '2024-12-31' }).contacts
        .meetings,
    ).toBe(0)
  })

  it('tells reducers whom a person acted for, and that one without an office acts for himself', async () => {
    // given Kishida in office and a visitor who holds none
    const whom = defineProjection({
      name: 'whom',
      initial: { actingFor: {} as Record<string, string[]> },
      on: {
        meeting(draft, event, ctx) {
          for (const p of event.participants) draft.actingFor[p.actor] = [...ctx.actingFor(p.actor)]
        },
      },
    })
    const visit = build.meeting({
      id: 'm',
      occurred: '2023-07-12',
      summit: undefined,
      participants: [{ actor: 'kishida-fumio' }, { actor: 'moon-jaein' }],
    })
    // then Kishida acts for Japan, and the other for himself
    expect((await from([kishidaIn, visit])).project(whom, { at: '2023-07-31' }).actingFor).toEqual({
      'kishida-fumio': ['JPN'],
      'moon-jaein': ['moon-jaein'],
    })
  })

  it('follows only the offices a knownOn view knows', async () => {
    // given Kishida's taking office recorded only in August 2023, after talks of July 2023
    const lateOffice = { ...kishidaIn, recorded: '2023-08-01T00:00:00Z' }
    const timeline = await from([stoltenbergIn, talks('during', '2023-07-12'), lateOffice])
    // then as known in July the talks are not a Japan–NATO meeting, and as known in August they are
    expect(timeline.project(japanNato, { at: '2023-12-31', knownOn: '2023-07-31' }).contacts.meetings).toBe(0)
    expect(timeline.project(japanNato, { at: '2023-12-31', knownOn: '2023-08-01' }).contacts.meetings).toBe(1)
  })
})

describe('answers folded with an office a view does not know', () => {
  // A hundred talks in 2022–2023, recorded as they happened; Stoltenberg's office known all along,
  // Kishida's recorded late, on 1 August 2023.
  const hundredTalks = Array.from({ length: 100 }, (_, i) => talks(`talks-${i}`, addDays('2022-01-01', i * 5)))
  const lateOffice = { ...kishidaIn, recorded: '2023-08-01T00:00:00Z' }

  it('are not reused by a knownOn view from before the office was recorded', async () => {
    // given the whole log asked first, so that its answers can be reused
    const timeline = await from([stoltenbergIn, ...hundredTalks, lateOffice])
    expect(timeline.project(japanNato, { at: '2023-12-31' }).contacts.meetings).toBe(100)
    // when it is asked as known on 31 July 2023, before Kishida's office was recorded
    const asKnown = timeline.project(japanNato, { at: '2023-12-31', knownOn: '2023-07-31' })
    // then none of the talks is a Japan–NATO meeting, as a timeline never asked before says
    expect(asKnown.contacts.meetings).toBe(0)
    expect(asKnown).toEqual(
      (await from([stoltenbergIn, ...hundredTalks, lateOffice])).project(japanNato, {
        at: '2023-12-31',
        knownOn: '2023-07-31',
      }),
    )
  })

  it('are not reused by an older version without the office', async () => {
    // given a timeline of the talks, and a newer version with Kishida's office, asked first
    const older = await from([stoltenbergIn, ...hundredTalks])
    const newer = older.append(kishidaIn)
    expect(newer.project(japanNato, { at: '2023-12-31' }).contacts.meetings).toBe(100)
    // then the older version still counts none of the talks
    expect(older.project(japanNato, { at: '2023-12-31' }).contacts.meetings).toBe(0)
  })
})
