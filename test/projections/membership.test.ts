import { describe, expect, it } from 'vitest'
import { membership } from '../../src/index.js'
import { build } from '../support/build.js'
import { storedOf } from '../support/stored.js'

type Status = 'member' | 'partner' | 'observer' | 'invitee' | 'applicant'
const joins = (
  id: string,
  member: string,
  status: Status,
  occurred: string,
  change: 'start' | 'end' = 'start',
  organisation = 'NATO',
) => build.membership({ id, member, organisation, status, change, occurred, recorded: `${occurred}T12:00:00Z` })

// Finland joins NATO on 4 April 2023; Sweden applies on 18 May 2022 and joins on 7 March 2024;
// Japan has been a partner since 2014; Finland is also an EU member, since 1995.
const timeline = await storedOf([
  joins('fin-joins', 'FIN', 'member', '2023-04-04'),
  joins('swe-applies', 'SWE', 'applicant', '2022-05-18'),
  joins('swe-no-longer-applicant', 'SWE', 'applicant', '2024-03-07', 'end'),
  joins('swe-joins', 'SWE', 'member', '2024-03-07'),
  joins('jpn-partner', 'JPN', 'partner', '2014-05-06'),
  joins('fin-joins-eu', 'FIN', 'member', '1995-01-01', 'start', 'EU'),
])
const nato = membership('NATO')
const members = (at: string) =>
  timeline.project(nato, { at }).members.map((m) => `${m.actor} ${m.status} since ${m.since}`)

describe('membership', () => {
  it('lists every actor with a status in the organisation at the date, with since when', () => {
    // given the end of 2023, then Finland is a member, Japan a partner and Sweden an applicant, sorted by actor
    expect(members('2023-12-31')).toEqual([
      'FIN member since 2023-04-04',
      'JPN partner since 2014-05-06',
      'SWE applicant since 2022-05-18',
    ])
  })

  it('leaves out a status that has ended', () => {
    // given Sweden's accession in March 2024, then it is a member and no longer an applicant
    expect(members('2024-03-07')).toEqual([
      'FIN member since 2023-04-04',
      'JPN partner since 2014-05-06',
      'SWE member since 2024-03-07',
    ])
  })

  it('leaves out actors before they join', () => {
    // given 2021, then only Japan has a status
    expect(members('2021-12-31')).toEqual(['JPN partner since 2014-05-06'])
  })

  it('leaves out a member that left', () => {
    // given Finland leaving in 2030 (a hypothetical), then it is no longer listed
    const left = timeline.append(joins('fin-leaves', 'FIN', 'member', '2030-01-01', 'end'))
    expect(left.project(nato, { at: '2030-01-01' }).members.map((m) => m.actor)).toEqual(['JPN', 'SWE'])
  })

  it('lists only this organisation’s members', () => {
    // given Finland's EU membership, then the EU has Finland alone, and NATO in 2022 not Finland
    expect(timeline.project(membership('EU'), { at: '2022-12-31' }).members.map((m) => m.actor)).toEqual(['FIN'])
    expect(members('2022-12-31')).not.toContain('FIN member since 2023-04-04')
  })

  it('names the events behind each status, and the day asked', () => {
    // given the end of 2023
    const result = timeline.project(nato, { at: '2023-12-31' })
    // then each member carries its event, and the result its organisation and day
    expect(result.organisation).toBe('NATO')
    expect(result.at).toBe('2023-12-31')
    expect(result.members.map((m) => m.evidence)).toEqual([['fin-joins'], ['jpn-partner'], ['swe-applies']])
  })

  it('lists both statuses, disputed, when equally sure sources disagree', () => {
    // given one report of Japan as an observer, as sure as the report of it as a partner
    const disputed = timeline.append(joins('jpn-observer', 'JPN', 'observer', '2023-07-11'))
    // then Japan appears once per status, each marked disputed
    const japan = disputed.project(nato, { at: '2023-12-31' }).members.filter((m) => m.actor === 'JPN')
    expect(japan.map((m) => [m.status, m.disputed])).toEqual([
      ['observer', true],
      ['partner', true],
    ])
  })
})
