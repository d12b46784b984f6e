import { describe, expect, it } from 'vitest'
import { officeHolders } from '../../src/index.js'
import { build } from '../support/build.js'
import { storedOf } from '../support/stored.js'

const office = (
  id: string,
  person: string,
  title: string,
  of: string,
  occurred: string,
  change: 'start' | 'end' = 'start',
  recorded = `${occurred}T12:00:00Z`,
) => build.office({ id, person, office: title, of, change, occurred, recorded })

// Suga, Prime Minister of Japan from 16 September 2020 to 4 October 2021; Kishida from 4 October
// 2021; Matsuno, Chief Cabinet Secretary from 4 October 2021; Stoltenberg at NATO from 2014.
const timeline = await storedOf([
  office('suga-in', 'suga-yoshihide', 'Prime Minister', 'JPN', '2020-09-16'),
  office('suga-out', 'suga-yoshihide', 'Prime Minister', 'JPN', '2021-10-04', 'end'),
  office('kishida-in', 'kishida-fumio', 'Prime Minister', 'JPN', '2021-10-04'),
  office('matsuno-in', 'matsuno-hirokazu', 'Chief Cabinet Secretary', 'JPN', '2021-10-04'),
  office('stoltenberg-in', 'stoltenberg-jens', 'Secretary General', 'NATO', '2014-10-01'),
])
const japan = officeHolders('JPN')
const holders = (at: string, knownOn?: string) =>
  timeline
    .project(japan, { at, ...(knownOn === undefined ? {} : { knownOn }) })
    .offices.map((o) => `${o.office}: ${o.person} since ${o.since}`)

describe('officeHolders', () => {
  it('lists who held each office at the date, by office', () => {
    // given July 2023, then Matsuno is Chief Cabinet Secretary and Kishida Prime Minister
    expect(holders('2023-07-12')).toEqual([
      'Chief Cabinet Secretary: matsuno-hirokazu since 2021-10-04',
      'Prime Minister: kishida-fumio since 2021-10-04',
    ])
  })

  it('leaves out an office that ended', () => {
    // given June 2021, Suga is Prime Minister; given 4 October 2021, he no longer is
    expect(holders('2021-06-01')).toEqual(['Prime Minister: suga-yoshihide since 2020-09-16'])
    expect(holders('2021-10-04')).not.toContain('Prime Minister: suga-yoshihide since 2020-09-16')
  })

  it('lists only the offices of the actor asked about', () => {
    // given NATO, then only Stoltenberg is listed
    expect(timeline.project(officeHolders('NATO'), { at: '2023-07-12' }).offices.map((o) => o.person)).toEqual([
      'stoltenberg-jens',
    ])
  })

  it('names the event behind each office, and the actor and day asked', () => {
    // given July 2023, then each holder carries the event that put them in office
    const result = timeline.project(japan, { at: '2023-07-12' })
    expect(result.actor).toBe('JPN')
    expect(result.at).toBe('2023-07-12')
    expect(result.offices.map((o) => o.evidence)).toEqual([['matsuno-in'], ['kishida-in']])
  })

  it('follows what a knownOn view knows', async () => {
    // given Suga's leaving recorded only in 2022
    const late = await storedOf([
      office('suga-in', 'suga-yoshihide', 'Prime Minister', 'JPN', '2020-09-16'),
      office('suga-out', 'suga-yoshihide', 'Prime Minister', 'JPN', '2021-10-04', 'end', '2022-01-01T00:00:00Z'),
    ])
    // then as known in December 2021 he is still Prime Minister, and as known in 2022 he is not
    expect(late.project(japan, { at: '2021-12-01', knownOn: '2021-12-31' }).offices.map((o) => o.person)).toEqual([
      'suga-yoshihide',
    ])
    expect(late.project(japan, { at: '2021-12-01', knownOn: '2022-01-01' }).offices).toEqual([])
  })

  it('is empty for an actor with no office recorded', () => {
    // given Korea, then no office is listed
    expect(timeline.project(officeHolders('KOR'), { at: '2023-07-12' }).offices).toEqual([])
  })
})
