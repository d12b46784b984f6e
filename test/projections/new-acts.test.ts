/**
 * The acts added to the vocabulary (sanctions, expulsions, ambassadors, embassies, recognition,
 * threats) as relationship() and network() weigh them, and agreements ended by acts of their own.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { network, type RelationshipResult, relationship, type Timeline } from '../../src/index.js'
import { build } from '../support/build.js'
import { storedOf } from '../support/stored.js'

/** The pair's tone after one event, on its day. */
async function toneAfter(event: object, a: string, b: string): Promise<RelationshipResult['tone']> {
  return (await storedOf([event])).project(relationship(a, b), { at: '2023-07-12' }).tone
}

describe('relationship tone of the new acts', () => {
  it.each([
    ['sanctions imposed', build.sanctions(), 'EU', 'RUS', -8, 'materialConflict'],
    ['sanctions lifted', build.sanctions({ action: 'lift' }), 'EU', 'RUS', 7, 'materialCooperation'],
    ['diplomats expelled', build.expulsion(), 'FRA', 'RUS', -4, 'materialConflict'],
    ['an ambassador recalled', build.ambassador(), 'FRA', 'AUS', -4, 'materialConflict'],
    ['an ambassador returned', build.ambassador({ action: 'return' }), 'FRA', 'AUS', 3.5, 'verbalCooperation'],
    ['an embassy closed', build.embassy(), 'USA', 'UKR', -4, 'materialConflict'],
    ['an embassy reopened', build.embassy({ action: 'reopen' }), 'USA', 'UKR', 3.5, 'verbalCooperation'],
    ['recognition given', build.recognition(), 'ESP', 'PSE', 6, 'verbalCooperation'],
    ['recognition withdrawn', build.recognition({ action: 'withdraw' }), 'ESP', 'PSE', -4, 'materialConflict'],
    ['a threat of force', build.threat(), 'PRK', 'USA', -7, 'verbalConflict'],
    ['a threat of sanctions', build.threat({ threat: 'sanctions' }), 'PRK', 'USA', -5.8, 'verbalConflict'],
  ] as const)('weighs %s on the acting side, in its quad class', async (_, event, from, to, goldstein, quad) => {
    const tone = await toneAfter({ ...event, occurred: '2023-07-12' }, from, to)
    // Asked at the end of its day, an act has decayed by one day of the default 365-day half-life.
    const weighed = goldstein * 0.5 ** (1 / 365)
    expect(tone.index).toBeCloseTo(weighed, 3)
    expect(tone.byDirection[from]).toBeCloseTo(weighed, 3)
    expect(tone.byDirection[to]).toBe(0)
    expect(tone[quad]).toBe(1)
  })

  it('counts a person’s threat for the state they hold office in', async () => {
    const office = build.office({ id: 'kim', person: 'kim-jong-un', office: 'Chairman', of: 'PRK', occurred: '2012' })
    const threat = build.threat({ actor: 'kim-jong-un', actors: ['kim-jong-un', 'USA'] })
    const tone = (await storedOf([office, threat])).project(relationship('PRK', 'USA'), { at: '2023-07-12' }).tone
    expect(tone.byDirection.PRK).toBeCloseTo(-7 * 0.5 ** (1 / 365), 3)
  })

  it('puts sanctions in network() as the same act between the same pair', async () => {
    const { dyads } = (await storedOf([build.sanctions()])).project(network(), { at: '2023-07-12' })
    const pair = dyads.find((dyad) => [...dyad.pair].sort().join() === 'EU,RUS')
    expect(pair?.tone.index).toBeCloseTo(-8 * 0.5 ** (1 / 365), 3)
    expect(pair?.tone.materialConflict).toBe(1)
  })
})

describe('agreements ended by acts of their own', () => {
  const treaty = build.agreement({
    id: 'inf-treaty',
    title: 'INF Treaty',
    parties: ['USA', 'RUS'],
    actors: ['USA', 'RUS'],
    occurred: '1987-12-08',
    recorded: '1987-12-08T00:00:00Z',
    areas: ['intermediate-range missiles'],
    inForce: { from: '1988-06-01' },
  })
  const act = (id: string, act: string, occurred: string, more: object = {}) =>
    build['agreement-act']({
      id,
      agreement: 'inf-treaty',
      act: act as never,
      occurred,
      recorded: `${occurred}T12:00:00Z`,
      actors: ['USA', 'RUS'],
      party: undefined,
      ...more,
    })
  const suspended = act('usa-suspends', 'suspension', '2019-02-02')
  const withdrew = act('usa-withdraws', 'withdrawal', '2019-08-02', { party: 'USA' })
  let timeline: Timeline
  beforeAll(async () => {
    timeline = await storedOf([treaty, suspended, withdrew])
  })
  const at = (day: string, knownOn?: string) =>
    timeline.project(relationship('USA', 'RUS'), knownOn === undefined ? { at: day } : { at: day, knownOn })

  it('shows the agreement in force until it is suspended', () => {
    expect(at('2019-02-01').agreements).toEqual([
      expect.objectContaining({ id: 'inf-treaty', status: 'in-force', withdrawn: [] }),
    ])
    expect(at('2019-02-01').areas).toEqual(['intermediate-range missiles'])
  })

  it('shows it suspended, with no areas in force, from the day of the suspension', () => {
    const r = at('2019-02-02')
    expect(r.agreements).toEqual([
      expect.objectContaining({ id: 'inf-treaty', status: 'suspended', evidence: ['inf-treaty', 'usa-suspends'] }),
    ])
    expect(r.areas).toEqual([])
  })

  it('lists it as ended by the withdrawal of one of the pair, naming who withdrew', () => {
    const r = at('2019-08-02')
    expect(r.agreements).toEqual([])
    expect(r.ended).toEqual([
      {
        id: 'inf-treaty',
        title: 'INF Treaty',
        ended: '2019-08-02',
        how: 'withdrawal',
        withdrawn: ['USA'],
        evidence: ['inf-treaty', 'usa-suspends', 'usa-withdraws'],
      },
    ])
    expect(r.evidence).toEqual(expect.arrayContaining(['usa-suspends', 'usa-withdraws']))
  })

  it('answers bitemporally: as known before the withdrawal was recorded, still suspended', () => {
    expect(at('2019-08-02', '2019-08-02T11:00:00Z').agreements.map((a) => a.status)).toEqual(['suspended'])
    expect(at('2019-08-02', '2019-08-02T12:00:00Z').agreements).toEqual([])
  })

  it('keeps a multilateral agreement in force between the parties that stay', async () => {
    const pact = build.agreement({
      id: 'pact',
      parties: ['USA', 'RUS', 'GBR'],
      actors: ['USA', 'RUS', 'GBR'],
      inForce: { from: '2020-01-01' },
      occurred: '2020-01-01',
      recorded: '2020-01-01T00:00:00Z',
    })
    const leaves = build['agreement-act']({
      id: 'rus-leaves',
      agreement: 'pact',
      act: 'withdrawal',
      party: 'RUS',
      actors: ['USA', 'RUS', 'GBR'],
      occurred: '2021-01-01',
      recorded: '2021-01-01T00:00:00Z',
    })
    const t = await storedOf([pact, leaves])
    const usaGbr = t.project(relationship('USA', 'GBR'), { at: '2021-06-01' })
    expect(usaGbr.agreements).toEqual([expect.objectContaining({ id: 'pact', withdrawn: ['RUS'] })])
    const usaRus = t.project(relationship('USA', 'RUS'), { at: '2021-06-01' })
    expect(usaRus.ended).toEqual([expect.objectContaining({ id: 'pact', how: 'withdrawal', withdrawn: ['RUS'] })])
  })

  it('starts an agreement at its entry into force when an act says so, and ends it at its expiry', async () => {
    const signed = build.agreement({
      id: 'accord',
      actors: ['JPN', 'NATO'],
      inForce: { from: '2030-01-01' },
      occurred: '2023-07-12',
      recorded: '2023-07-12T00:00:00Z',
    })
    const early = build['agreement-act']({
      id: 'accord-in-force',
      agreement: 'accord',
      act: 'entry-into-force',
      party: undefined,
      actors: ['JPN', 'NATO'],
      occurred: '2024-01-01',
      recorded: '2024-01-01T00:00:00Z',
    })
    const expired = build['agreement-act']({
      id: 'accord-expires',
      agreement: 'accord',
      act: 'expiry',
      party: undefined,
      actors: ['JPN', 'NATO'],
      occurred: '2025-01-01',
      recorded: '2025-01-01T00:00:00Z',
    })
    const t = await storedOf([signed, early, expired])
    const ids = (day: string) => t.project(relationship('JPN', 'NATO'), { at: day }).agreements.map((a) => a.id)
    expect(ids('2023-12-31')).toEqual([])
    expect(ids('2024-01-01')).toEqual(['accord'])
    expect(ids('2025-01-01')).toEqual([])
    expect(t.project(relationship('JPN', 'NATO'), { at: '2025-01-01' }).ended).toEqual([
      expect.objectContaining({ id: 'accord', how: 'expiry', ended: '2025-01-01' }),
    ])
  })

  it('refuses an act on an agreement that does not name all its parties among its actors', async () => {
    await expect(storedOf([treaty, { ...suspended, actors: ['USA'] }])).rejects.toThrow(
      /must list the parties of "inf-treaty"/,
    )
  })

  it('refuses an act on an event that is not an agreement', async () => {
    const meeting = build.meeting({ id: 'not-an-agreement', summit: undefined })
    await expect(storedOf([meeting, { ...suspended, agreement: 'not-an-agreement' }])).rejects.toThrow(
      /unknown agreement "not-an-agreement"/,
    )
  })

  it('refuses a withdrawal by a state that is not a party', async () => {
    const byFrance = { ...withdrew, actors: ['USA', 'RUS', 'FRA'], party: 'FRA' }
    await expect(storedOf([treaty, byFrance])).rejects.toThrow(/"FRA" is not a party to "inf-treaty"/)
  })
})
