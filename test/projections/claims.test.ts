/**
 * How claims of status are weighed, as docs/projections.md says of a `Tie`: `since` is the first
 * day of the earliest claim, `certainty` that of the strongest source, a weaker claim of another
 * status is an alternative (never dropped, also when the status is disputed), `evidence` lists
 * the claims sorted, and an `end` ends the status it names.
 */
import { describe, expect, it } from 'vitest'
import { type Certainty, membership, network, officeHolders, proposal, relationship } from '../../src/index.js'
import { build } from '../support/build.js'
import { timelineOf } from '../support/timeline.js'

type Status = 'member' | 'partner' | 'observer' | 'invitee' | 'applicant'
const claim = (
  id: string,
  status: Status,
  occurred: string,
  certainty: Certainty = 'confirmed',
  change: 'start' | 'end' = 'start',
) =>
  build.membership({
    id,
    member: 'JPN',
    organisation: 'NATO',
    status,
    change,
    certainty,
    occurred,
    recorded: `${occurred}T12:00:00Z`,
  })
const AT = '2023-07-12'
const japanIn = (events: object[]) =>
  timelineOf(events)
    .project(membership('NATO'), { at: AT })
    .members.filter((m) => m.actor === 'JPN')

describe('a status claimed by several sources', () => {
  it('takes the certainty of the strongest source, whichever came first', () => {
    // given Japan's partnership reported, then confirmed; and another pair confirmed, then reported
    expect(
      japanIn([claim('rumour', 'partner', '2014-05-01', 'reported'), claim('signed', 'partner', '2014-05-06')]),
    ).toMatchObject([{ status: 'partner', certainty: 'confirmed', since: '2014-05-01' }])
    expect(
      japanIn([claim('signed', 'partner', '2014-05-06'), claim('echo', 'partner', '2014-05-10', 'reported')]),
    ).toMatchObject([{ status: 'partner', certainty: 'confirmed', since: '2014-05-06' }])
  })

  it('lists every claim as evidence, sorted by id, not by date', () => {
    // given the later claim with the id that sorts first
    const [tie] = japanIn([claim('z-first', 'partner', '2014-05-06'), claim('a-second', 'partner', '2015-01-01')])
    expect(tie?.evidence).toEqual(['a-second', 'z-first'])
    expect(tie?.since).toBe('2014-05-06')
  })

  it('dates the status from the earliest claim, also when ids are numbers (which objects list in numeric order)', () => {
    // given claim "20" dated 2014 and claim "3" dated 2015, as an import of numbered rows may give
    const [tie] = japanIn([claim('20', 'partner', '2014-05-06'), claim('3', 'partner', '2015-01-01')])
    expect(tie?.since).toBe('2014-05-06')
  })

  it('keeps a weaker claim of another status as an alternative, its evidence sorted', () => {
    const [tie] = japanIn([
      claim('signed', 'partner', '2014-05-06'),
      claim('z-observer', 'observer', '2015-01-01', 'reported'),
      claim('a-observer', 'observer', '2016-01-01', 'suspected'),
    ])
    expect(tie).toMatchObject({
      status: 'partner',
      disputed: false,
      alternatives: [{ status: 'observer', certainty: 'reported', evidence: ['a-observer', 'z-observer'] }],
    })
  })

  it('keeps the weaker alternatives on each of two disputed statuses', () => {
    // given two confirmed sources that disagree (member, partner) and a reported observer status
    const ties = japanIn([
      claim('says-member', 'member', '2014-05-06'),
      claim('says-partner', 'partner', '2014-05-06'),
      claim('says-observer', 'observer', '2014-05-06', 'reported'),
    ])
    const observer = { status: 'observer', certainty: 'reported', evidence: ['says-observer'] }
    expect(ties.map((t) => [t.status, t.disputed, t.alternatives])).toEqual([
      ['member', true, [observer]],
      ['partner', true, [observer]],
    ])
  })

  it('ends with an end of that status only: the actor’s other statuses stay', () => {
    // given Japan a partner since 2014, an applicant in 2020, no longer an applicant in 2022
    const ties = japanIn([
      claim('partner', 'partner', '2014-05-06'),
      claim('applies', 'applicant', '2020-01-01'),
      claim('withdraws', 'applicant', '2022-01-01', 'confirmed', 'end'),
    ])
    expect(ties.map((t) => `${t.status} since ${t.since}`)).toEqual(['partner since 2014-05-06'])
  })

  it('is listed only for the organisation asked, not for the organisation’s own status elsewhere', () => {
    // given the EU a member of the G20, and Finland a member of the EU
    const eu = timelineOf([
      build.membership({
        id: 'eu-g20',
        member: 'EU',
        organisation: 'G20',
        occurred: '1999-09-25',
        recorded: '1999-09-25T00:00:00Z',
      }),
      build.membership({
        id: 'fin-eu',
        member: 'FIN',
        organisation: 'EU',
        occurred: '1995-01-01',
        recorded: '1995-01-01T00:00:00Z',
      }),
    ])
    expect(eu.project(membership('EU'), { at: AT }).members.map((m) => m.actor)).toEqual(['FIN'])
  })
})

describe('the name of a built-in projection', () => {
  it('says what it asks, for messages and the command line', () => {
    expect(
      [membership('NATO'), officeHolders('JPN'), proposal('p1'), network(), relationship('JPN', 'NATO')].map(
        (p) => p.name,
      ),
    ).toEqual(['membership(NATO)', 'officeHolders(JPN)', 'proposal(p1)', 'network()', 'relationship(JPN, NATO)'])
  })
})
