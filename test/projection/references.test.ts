import { describe, expect, it } from 'vitest'
import {
  defineProjection,
  membership,
  officeHolders,
  proposal,
  relationship,
  series,
  Timeline,
  UnknownReferenceError,
} from '../../src/index.js'
import { actor, build } from '../support/build.js'
import { thrown } from '../support/thrown.js'

// Japan and NATO declared in 1949 and 1952; Korea declared by a record of 2023; a Tokyo office proposed.
const nato = actor('NATO', 'organisation', {
  name: 'North Atlantic Treaty Organization',
  occurred: '1949-04-04',
  recorded: '1949-04-04T00:00:00Z',
})
const japan = actor('JPN', 'state', {
  name: 'Japan',
  aliases: ['Nippon'],
  occurred: '1952-04-28',
  recorded: '1952-04-28T00:00:00Z',
})
const korea = actor('KOR', 'state', { name: 'Republic of Korea', occurred: '1948', recorded: '2023-07-13T00:00:00Z' })
const tokyoOffice = build.proposal({ recorded: '2023-07-13T00:00:00Z' })
const timeline = Timeline.from([nato, japan, korea, tokyoOffice])

describe('a question about an actor the timeline does not declare', () => {
  it('is refused with an UnknownReferenceError naming the projection, the argument and the id', () => {
    // given a timeline that never declares PRK
    const error = thrown(() => timeline.project(relationship('JPN', 'PRK'), { at: '2023-07-12' }))
    // then the question is refused, and the error says which argument named what
    expect(error).toBeInstanceOf(UnknownReferenceError)
    const refused = error as UnknownReferenceError
    expect([refused.code, refused.projection, refused.path, refused.referenceKind, refused.reference]).toEqual([
      'unknown-reference',
      'relationship(JPN, PRK)',
      ['b'],
      'actor',
      'PRK',
    ])
    expect(refused.eventId).toBeUndefined()
    expect(refused.message).toBe('relationship(JPN, PRK): b: unknown actor "PRK": the timeline declares no such actor')
  })

  it('suggests the declared id it was likely meant to be, by spelling or by name and alias', () => {
    const suggestion = (id: string) =>
      (thrown(() => timeline.project(officeHolders(id), { at: '2023-07-12' })) as UnknownReferenceError).suggestion
    expect(suggestion('jpn')).toBe('JPN')
    expect(suggestion('Japan')).toBe('JPN')
    expect(suggestion('nippon')).toBe('JPN')
    expect(suggestion('NATOO')).toBe('NATO')
    expect(suggestion('XYZW')).toBeUndefined()
  })

  it('is refused as known on a date before the record that declares it, saying when the log learns of it', () => {
    // given Korea declared by a record of 13 July 2023
    const error = thrown(() =>
      timeline.project(relationship('KOR', 'JPN'), { at: '2023-07-12', knownOn: '2023-07-12' }),
    ) as UnknownReferenceError
    // then as known on 12 July the question is refused, with no suggestion: the id is no misspelling
    expect(error.message).toBe(
      'relationship(KOR, JPN): a: unknown actor "KOR": the timeline as known on 2023-07-12 declares no such actor (the log learns of it at 2023-07-13T00:00:00.000Z, later than this timeline knows)',
    )
    expect([error.knownOn, error.recordedLater, error.suggestion]).toEqual([
      '2023-07-12',
      '2023-07-13T00:00:00.000Z',
      undefined,
    ])
    // and as known on 13 July it is answered
    expect(timeline.project(relationship('KOR', 'JPN'), { at: '2023-07-12', knownOn: '2023-07-13' }).evidence).toEqual(
      [],
    )
  })

  it('names the instant asked, in UTC, when a view knows up to an instant within a day', () => {
    const error = thrown(() =>
      timeline.project(relationship('KOR', 'JPN'), { at: '2023-07-12', knownOn: '2023-07-12T18:30:00+02:00' }),
    ) as UnknownReferenceError
    expect(error.knownOn).toBe('2023-07-12T16:30:00.000Z')
    expect(error.message).toContain('the timeline as known on 2023-07-12T16:30:00.000Z declares no such actor')
  })

  it('is refused by an earlier version of the timeline, before the declaration was appended', () => {
    const before = Timeline.from([nato, japan])
    const after = before.append(korea)
    expect(() => before.project(membership('KOR'), { at: '2024-01-01' })).toThrow(UnknownReferenceError)
    expect(after.project(membership('KOR'), { at: '2024-01-01' }).members).toEqual([])
  })

  it('is answered at any valid date once declared, even before the date the declaration gives', () => {
    // Declared means known to the log: at 1900 Japan and NATO have simply nothing between them yet.
    const r = timeline.project(relationship('JPN', 'NATO'), { at: '1900-01-01' })
    expect([r.ties, r.contacts.meetings, r.evidence]).toEqual([[], 0, []])
  })

  it('is answered when the declaration was retracted later: the log has heard of the actor', () => {
    const retracted = timeline.append(
      build.retraction({ id: 'retract-korea', target: 'actor-KOR', actors: ['KOR'], recorded: '2023-07-14T00:00:00Z' }),
    )
    expect(retracted.project(officeHolders('KOR'), { at: '2023-07-14' }).offices).toEqual([])
  })

  it('is refused by explain, diff and series alike', () => {
    expect(() => timeline.explain(membership('EU'), { at: '2023-07-12' })).toThrow(UnknownReferenceError)
    expect(() => timeline.diff(membership('EU'), { from: '2023-01-01', to: '2023-07-12' })).toThrow(
      UnknownReferenceError,
    )
    expect(() => series(timeline, membership('EU'), { from: '2023-01-01', to: '2023-07-12' })).toThrow(
      'membership(EU): organisation: unknown actor "EU"',
    )
  })

  it('is refused for a projection of one’s own that names what it asks about', () => {
    const meetings = defineProjection({
      name: 'meetings(USA)',
      references: { actors: [{ argument: 'actor', id: 'USA' }] },
      initial: { n: 0 },
      on: {},
    })
    expect(() => timeline.project(meetings, { at: '2023-07-12' })).toThrow(
      'meetings(USA): actor: unknown actor "USA": the timeline declares no such actor',
    )
  })
})

describe('a question about a proposal the timeline does not hold', () => {
  it('is refused, suggesting a proposal of a close id', () => {
    const error = thrown(() => timeline.project(proposal('nato-tokyo-ofice'), { at: '2023-07-13' }))
    expect((error as UnknownReferenceError).message).toBe(
      'proposal(nato-tokyo-ofice): id: unknown proposal "nato-tokyo-ofice": the timeline holds no such event (did you mean "nato-tokyo-office"?)',
    )
  })

  it('is refused when the id is an event of another kind', () => {
    const error = thrown(() => timeline.project(proposal('actor-JPN'), { at: '2023-07-13' })) as UnknownReferenceError
    expect([error.found, error.message]).toEqual([
      'actor',
      'proposal(actor-JPN): id: "actor-JPN" is an actor event, not a proposal',
    ])
  })

  it('is refused as known before the proposal was recorded, and answered after', () => {
    expect(() => timeline.project(proposal('nato-tokyo-office'), { at: '2023-07-13', knownOn: '2023-07-12' })).toThrow(
      '(the log learns of it at 2023-07-13T00:00:00.000Z, later than this timeline knows)',
    )
    expect(timeline.project(proposal('nato-tokyo-office'), { at: '2023-07-13' }).status).toBe('proposed')
  })
})
