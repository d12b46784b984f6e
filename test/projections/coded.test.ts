import { describe, expect, it } from 'vitest'
import { network, relationship } from '../../src/index.js'
import { build } from '../support/build.js'
import { storedOf } from '../support/stored.js'

const party = (actor: string) => ({ actor })

/** What a weight is worth at the end of its own day, with a half-life of a year: one day of decay. */
const oneDay = 2 ** (-1 / 365)

describe('coded events in the built-in projections', () => {
  it('count in tone by their own Goldstein value and quad class, by direction', async () => {
    // given a threat (CAMEO 138, -7) from RUS to UKR and a visit (042, 1.9) from UKR to RUS on the same day
    const timeline = await storedOf([
      build.coded({
        id: 'c1',
        source: [party('RUS')],
        target: [party('UKR')],
        code: '138',
        label: 'Threaten with military force',
        quadClass: 'verbal-conflict',
        weight: -7,
      }),
      build.coded({ id: 'c2', source: [party('UKR')], target: [party('RUS')], weight: 1.9 }),
    ])
    // when the relationship is asked on that day
    const tone = timeline.project(relationship('RUS', 'UKR', { halfLifeDays: 365 }), { at: '2023-07-12' }).tone
    // then each side is credited its own act, decayed by the one day to the end of that day
    expect(tone.byDirection.RUS).toBeCloseTo(-7 * oneDay, 4)
    expect(tone.byDirection.UKR).toBeCloseTo(1.9 * oneDay, 4)
    expect(tone.index).toBeCloseTo(-5.1 * oneDay, 4)
    expect(tone.verbalConflict).toBe(1)
    expect(tone.verbalCooperation).toBe(1)
  })

  it('counts a row without a Goldstein value in its quad class only', async () => {
    const timeline = await storedOf([
      build.coded({ id: 'c1', weight: undefined, code: '190', label: 'Fight', quadClass: 'material-conflict' }),
    ])
    const tone = timeline.project(relationship('JPN', 'NATO'), { at: '2023-07-12' }).tone
    expect(tone.index).toBe(0)
    expect(tone.materialConflict).toBe(1)
  })

  it('counts consultations as meetings and visits as visits, but not telephone calls', async () => {
    const timeline = await storedOf([
      build.coded({ id: 'visit', code: '042', label: 'Make a visit' }),
      build.coded({ id: 'host', code: '043', label: 'Host a visit', occurred: '2023-07-13' }),
      build.coded({ id: 'meet', code: '040', label: 'Consult' }),
      build.coded({ id: 'phone', code: '041', label: 'Discuss by telephone' }),
      build.coded({
        id: 'plover-meet',
        scheme: 'plover',
        code: 'CONSULT',
        label: 'Consult',
        source: [party('JPN'), party('NATO')],
        target: [],
      }),
    ])
    const contacts = timeline.project(relationship('NATO', 'JPN'), { at: '2023-07-13' }).contacts
    expect(contacts).toEqual({ meetings: 2, visits: 2, summits: 0, last: { date: '2023-07-13', event: 'host' } })
  })

  it('puts a reciprocal PLOVER event between every pair of its sources in the network', async () => {
    const timeline = await storedOf([
      build.coded({
        id: 'g3',
        scheme: 'plover',
        code: 'CONSULT',
        label: 'Consult',
        source: [party('DEU'), party('FRA'), party('ITA')],
        target: [],
        weight: 1,
      }),
    ])
    const { dyads } = timeline.project(network(), { at: '2023-07-12' })
    expect(dyads.map((d) => d.pair.join('-'))).toEqual(['DEU-FRA', 'DEU-ITA', 'FRA-ITA'])
    for (const dyad of dyads) expect(dyad.tone.index).toBeCloseTo(oneDay, 4)
  })

  it('leaves a row with one side out of every pair', async () => {
    const timeline = await storedOf([build.coded({ id: 'alone', target: [] })])
    expect(timeline.project(network(), { at: '2023-07-12' }).dyads).toEqual([])
  })
})
