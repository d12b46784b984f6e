/** Decisions on what the built-ins mean where the docs were silent (docs/projections.md, docs/modelling-events.md). */
import { describe, expect, it } from 'vitest'
import { InvalidArgumentError, network, officeHolders, relationship, ValidationError } from '../../src/index.js'
import { actor, build } from '../support/build.js'
import { storedOf } from '../support/stored.js'
import { thrown } from '../support/thrown.js'

const at = '2023-12-31'

describe('two starts of one office by one person', () => {
  const first = build.office({ id: 'kishida-starts', occurred: '2021-10-04', recorded: '2021-10-05T00:00:00Z' })
  const again = build.office({ id: 'kishida-restated', occurred: '2021-11-10', recorded: '2021-11-11T00:00:00Z' })
  const ends = build.office({
    id: 'kishida-ends',
    occurred: '2023-01-01',
    recorded: '2023-01-02T00:00:00Z',
    change: 'end',
  })
  const meeting = build.meeting({
    id: 'later-meeting',
    occurred: '2023-06-01',
    recorded: '2023-06-02T00:00:00Z',
    summit: undefined,
    participants: [{ actor: 'kishida-fumio' }, { actor: 'NATO' }],
  })

  it('are one term, held since the first start, with both events as evidence', async () => {
    const offices = (await storedOf([first, again])).project(officeHolders('JPN'), { at }).offices
    expect(offices).toEqual([
      {
        office: 'Prime Minister',
        person: 'kishida-fumio',
        since: '2021-10-04',
        evidence: ['kishida-starts', 'kishida-restated'],
      },
    ])
  })

  it('end with one end: the person no longer holds it, nor acts for the state', async () => {
    const timeline = await storedOf([first, again, ends, meeting])
    expect(timeline.project(officeHolders('JPN'), { at }).offices).toEqual([])
    expect(timeline.project(relationship('JPN', 'NATO'), { at }).contacts.meetings).toBe(0)
  })
})

describe('a person holding offices of both sides', () => {
  const pm = build.office({ id: 'stoltenberg-pm', person: 'stoltenberg-jens', of: 'NOR', occurred: '2014-01-01' })
  const sg = build.office({ id: 'stoltenberg-sg', person: 'stoltenberg-jens', of: 'NATO', occurred: '2014-10-01' })
  const alone = build.meeting({
    id: 'stoltenberg-meets-japan',
    summit: undefined,
    participants: [{ actor: 'stoltenberg-jens' }, { actor: 'JPN' }],
  })

  it('is no contact between them by themself', async () => {
    const r = (await storedOf([pm, sg, alone])).project(relationship('NOR', 'NATO'), { at })
    expect(r.contacts.meetings).toBe(0)
    expect(r.contacts.last).toBeUndefined()
  })

  it('still counts for each side with the others present', async () => {
    const timeline = await storedOf([pm, sg, alone])
    expect(timeline.project(relationship('NOR', 'JPN'), { at }).contacts.meetings).toBe(1)
    expect(timeline.project(relationship('NATO', 'JPN'), { at }).contacts.meetings).toBe(1)
  })

  it('is a contact when someone else stands for the other side', async () => {
    const withNorway = build.meeting({
      id: 'with-norway',
      summit: undefined,
      participants: [{ actor: 'stoltenberg-jens' }, { actor: 'NOR' }],
    })
    expect((await storedOf([pm, sg, withNorway])).project(relationship('NOR', 'NATO'), { at }).contacts.meetings).toBe(
      1,
    )
  })
})

describe('the last contact', () => {
  it('is, of several on its day, the one folded last (recorded last)', async () => {
    const morning = build.visit({ id: 'morning', visitor: 'JPN', host: 'LTU', recorded: '2023-07-12T01:00:00Z' })
    const evening = build.meeting({
      id: 'evening',
      summit: undefined,
      participants: [{ actor: 'JPN' }, { actor: 'LTU' }],
      occurred: '2023-07-11',
      recorded: '2023-07-12T02:00:00Z',
    })
    const later = build.visit({
      id: 'later',
      visitor: 'JPN',
      host: 'LTU',
      occurred: '2023-07-11',
      recorded: '2023-07-12T03:00:00Z',
    })
    const r = (await storedOf([morning, evening, later])).project(relationship('JPN', 'LTU'), { at })
    expect(r.contacts.last).toEqual({ date: '2023-07-11', event: 'later' })
  })
})

describe('relationship of an actor with itself', () => {
  it('is refused with an InvalidArgumentError', () => {
    const error = thrown(() => relationship('JPN', 'JPN'))
    expect(error).toBeInstanceOf(InvalidArgumentError)
    expect((error as InvalidArgumentError).message).toContain('b:')
  })
})

describe('actor declarations', () => {
  const japan = actor('JPN', 'state', { occurred: '1952', recorded: '2023-01-01T00:00:00Z' })

  it('retracted, leave the actor declared: what names it stays, and later events may name it', async () => {
    const statement = build.statement({ id: 'on-japan', speaker: 'NATO', for: undefined, about: ['JPN'] })
    const undeclare = build.retraction({
      id: 'undeclare',
      target: 'actor-JPN',
      actors: ['JPN'],
      occurred: '2023-07-14',
      recorded: '2023-07-14T00:00:00Z',
    })
    const later = build.statement({
      id: 'later-on-japan',
      speaker: 'NATO',
      for: undefined,
      about: ['JPN'],
      occurred: '2023-07-20',
      recorded: '2023-07-21T00:00:00Z',
    })
    const timeline = (await storedOf([japan, statement, undeclare])).append(later)
    expect(timeline.get('later-on-japan')?.id).toBe('later-on-japan')
    expect(timeline.effective('actor-JPN')).toBeUndefined()
    expect(timeline.chronology({ kinds: ['actor'] }).map((entry) => entry.event.id)).not.toContain('actor-JPN')
    expect(timeline.project(relationship('JPN', 'NATO'), { at }).quotes.map((q) => q.event)).toEqual([
      'on-japan',
      'later-on-japan',
    ])
  })

  it('may be repeated with the same kind (a new name), not with another kind', async () => {
    const timeline = await storedOf([japan])
    const renamed = actor('JPN', 'state', { id: 'actor-JPN-renamed', name: 'Nippon', recorded: '2023-02-01T00:00:00Z' })
    expect(timeline.append(renamed).version).toBe(timeline.version + 1)
    const other = actor('JPN', 'organisation', { id: 'actor-JPN-org', recorded: '2023-02-01T00:00:00Z' })
    const error = thrown(() => timeline.append(other))
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues[0]).toMatchObject({ eventId: 'actor-JPN-org', path: ['actorKind'] })
  })
})

describe('a summit of many attendees in network()', () => {
  it('makes a dyad of every two attendees (n × (n − 1) / 2 pairs)', async () => {
    const states = Array.from(
      { length: 40 },
      (_, i) => `S${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`,
    )
    const summit = build.summit({
      id: 'big',
      host: states[0]!,
      organisation: undefined,
      attendees: states.map((state) => ({ actor: state, status: 'member' as const })),
    })
    expect((await storedOf([summit])).project(network(), { at }).dyads).toHaveLength((40 * 39) / 2)
  })
})
