import { describe, expect, it } from 'vitest'
import {
  ConcurrencyError,
  DuplicateEventError,
  Timeline,
  UnknownReferenceError,
  ValidationError,
} from '../../src/index.js'
import { build } from '../support/build.js'
import { stored, storedOf } from '../support/stored.js'
import { rejected, thrown } from '../support/thrown.js'
import { declarationsFor, eventIds, idsOf } from '../support/timeline.js'

const meeting = (id: string, occurred = '2023-07-12') => build.meeting({ id, occurred, summit: undefined })
const statement = (id: string, quote = 'Japan is one of our closest partners.') => build.statement({ id, quote })
const actors = declarationsFor([meeting('m'), statement('s')])

describe('Timeline.empty', () => {
  it('holds no events', () => {
    // given an empty timeline, then it has version 0 and no events
    const timeline = Timeline.empty()
    expect(timeline.version).toBe(0)
    expect(timeline.events).toEqual([])
  })
})

describe('Timeline.from', () => {
  it('keeps the events in the order given', async () => {
    // given events listed out of date order
    const timeline = await storedOf([meeting('later', '2023-07-12'), meeting('earlier', '2023-01-05')])
    // then `events` is in append order and the version counts every event
    expect(eventIds(timeline)).toEqual(['later', 'earlier'])
    expect(timeline.version).toBe(actors.length + 2)
  })

  it('fills in the defaults of every event', async () => {
    // given a meeting written without a certainty, when it enters a timeline
    const timeline = await storedOf([meeting('m')])
    // then it reads as reported, the default
    expect(timeline.get('m')?.certainty).toBe('reported')
  })

  it('rejects an invalid event, naming its id and the field at fault', async () => {
    // given a meeting on a day that does not exist
    const bad = { ...meeting('bad-date'), occurred: '2023-02-30' }
    // when a timeline is made of it, then a ValidationError names the event and the field
    const error = await rejected(stored([...actors, bad]))
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues[0]).toMatchObject({ eventId: 'bad-date', path: ['occurred'] })
  })
})

describe('Timeline.append', () => {
  it('returns a new timeline and leaves the earlier one untouched', async () => {
    // given a timeline
    const v1 = await stored(actors)
    // when an event is appended
    const v2 = v1.append(meeting('m'))
    // then the new timeline holds it, and the earlier one does not
    expect(v2.get('m')?.id).toBe('m')
    expect(v2.version).toBe(v1.version + 1)
    expect(v1.get('m')).toBeUndefined()
    expect(v1.version).toBe(actors.length)
    expect(idsOf(v1.events)).toEqual(idsOf(actors))
  })

  it('keeps the event as appended, with its defaults', async () => {
    // given a statement appended without a certainty
    const input = statement('s')
    const timeline = (await stored(actors)).append(input)
    // then it reads back as the input with the default certainty
    expect(timeline.get('s')).toEqual({ ...input, certainty: 'reported' })
  })

  it('freezes each event deep, so that changing it throws', async () => {
    // given an appended meeting
    const event = (await storedOf([meeting('m')])).get('m')!
    // when its fields, its lists or its sources are changed, then each change throws
    expect(() => {
      ;(event as { id: string }).id = 'other'
    }).toThrow(TypeError)
    expect(() => (event.actors as string[]).push('CHN')).toThrow(TypeError)
    expect(() => {
      ;(event.sources[0] as { publisher: string }).publisher = 'Someone else'
    }).toThrow(TypeError)
    expect(() => {
      ;(event as unknown as { participants: { actor: string }[] }).participants[0]!.actor = 'moon-jaein'
    }).toThrow(TypeError)
  })

  it('freezes the list of events', async () => {
    // given a timeline, when its list of events is pushed to, then that throws
    const timeline = await storedOf([meeting('m')])
    expect(() => (timeline.events as unknown[]).push(meeting('n'))).toThrow(TypeError)
  })

  it('is not reached by later changes to the object the caller appended', async () => {
    // given an event object appended, then changed by the caller
    const input = meeting('m')
    const timeline = (await stored(actors)).append(input)
    input.participants[0]!.actor = 'moon-jaein'
    input.occurred = '1999-01-01'
    // then the log still holds what was appended
    const kept = timeline.get('m')!
    expect(kept.occurred).toBe('2023-07-12')
    expect(kept.kind === 'meeting' && kept.participants[0]!.actor).toBe('kishida-fumio')
  })

  it('forks when appending to an older version: each branch keeps its own events', async () => {
    // given a timeline and a newer version of it
    const base = await stored(actors)
    const main = base.append(meeting('main-1'))
    // when the older version is appended to, and then both branches grow
    const branch = base.append(meeting('branch-1'))
    const main2 = main.append(meeting('main-2'))
    const branch2 = branch.append(meeting('branch-2'))
    // then each branch has its own events and nothing of the other's
    expect(eventIds(main2)).toEqual(['main-1', 'main-2'])
    expect(eventIds(branch2)).toEqual(['branch-1', 'branch-2'])
    expect(eventIds(main)).toEqual(['main-1'])
    expect(eventIds(branch)).toEqual(['branch-1'])
    expect(eventIds(base)).toEqual([])
  })

  it('lets each branch of a fork use an id the other branch also used, with other content', async () => {
    // given two branches from one version, each appending its own event under the same id
    const base = await stored(actors)
    const a = base.append(meeting('shared-id', '2023-07-12'))
    const b = base.append(meeting('shared-id', '2023-07-13'))
    // then neither sees the other's event
    expect(a.get('shared-id')?.occurred).toBe('2023-07-12')
    expect(b.get('shared-id')?.occurred).toBe('2023-07-13')
  })

  it('treats an identical re-append as a no-op: the same timeline comes back', async () => {
    // given a timeline holding a meeting
    const timeline = await storedOf([meeting('m')])
    // when the same meeting is appended again
    const again = timeline.append(meeting('m'))
    // then nothing changes: the very same timeline is returned
    expect(again).toBe(timeline)
    expect(again.version).toBe(timeline.version)
  })

  it('treats an event with its defaults written out as the same event', async () => {
    // given a meeting appended without a certainty, then again with the default written out
    const timeline = await storedOf([meeting('m')])
    const again = timeline.append({ ...meeting('m'), certainty: 'reported' })
    // then the second is the same event: nothing is added
    expect(again).toBe(timeline)
  })

  it('rejects an event whose id is taken by other content', async () => {
    // given a timeline holding a meeting
    const timeline = await storedOf([meeting('m', '2023-07-12')])
    // when another meeting comes with the same id
    const error = thrown(() => timeline.append(meeting('m', '2023-07-13')))
    // then it is a DuplicateEventError naming the id, and the log is unchanged
    expect(error).toBeInstanceOf(DuplicateEventError)
    expect((error as DuplicateEventError).eventId).toBe('m')
    expect(timeline.get('m')?.occurred).toBe('2023-07-12')
  })
})

describe('Timeline.appendMany', () => {
  it('appends every event, in order', async () => {
    // given a timeline, when two events are appended at once
    const timeline = (await stored(actors)).appendMany([meeting('a'), statement('b')])
    // then both are there, in the order given
    expect(eventIds(timeline)).toEqual(['a', 'b'])
  })

  it('adds nothing when its third event is bad: version and events stay as they were', async () => {
    // given a timeline, and a batch whose third event names an undeclared actor
    const timeline = await stored(actors)
    const batch = [meeting('a'), statement('b'), build.visit({ id: 'c', visitor: 'macron-emmanuel', host: 'LTU' })]
    // when the batch is appended
    expect(() => timeline.appendMany(batch)).toThrow(UnknownReferenceError)
    // then the timeline is as before, and its next append does not meet the first two
    expect(timeline.version).toBe(actors.length)
    expect(idsOf(timeline.events)).toEqual(idsOf(actors))
    expect(eventIds(timeline.append(meeting('a')))).toEqual(['a'])
  })

  it('does not keep a declaration from a batch that failed', async () => {
    // given a batch that declares France, uses it, then fails on a bad event
    const timeline = await stored(actors)
    const [france] = declarationsFor([build.position({ id: 'p' })])
    const uses = build.statement({ id: 'fra-speaks', speaker: 'FRA', for: undefined, about: ['JPN'] })
    const batch: unknown[] = [france, uses, { ...meeting('bad'), occurred: 'someday' }]
    expect(() => timeline.appendMany(batch)).toThrow(ValidationError)
    // when France is used afterwards without being declared again
    // then it is unknown: the failed batch declared nothing
    expect(() => timeline.append(uses)).toThrow(UnknownReferenceError)
  })

  it('rejects two events with one id and other content in one batch', async () => {
    // given a batch holding two meetings with one id
    const timeline = await stored(actors)
    const error = thrown(() => timeline.appendMany([meeting('twice', '2023-07-11'), meeting('twice', '2023-07-12')]))
    // then it is a DuplicateEventError, and nothing is added
    expect(error).toBeInstanceOf(DuplicateEventError)
    expect((error as DuplicateEventError).eventId).toBe('twice')
    expect(timeline.version).toBe(actors.length)
  })

  it('skips an identical event repeated in one batch', async () => {
    // given a batch holding the same meeting twice, when it is appended
    const timeline = (await stored(actors)).appendMany([meeting('twice'), meeting('twice')])
    // then the meeting is there once
    expect(eventIds(timeline)).toEqual(['twice'])
  })
})

describe('expectedVersion', () => {
  it('appends when the timeline is at the expected version', async () => {
    // given a timeline at some version, when an append expects that version
    const timeline = await stored(actors)
    const next = timeline.append(meeting('m'), { expectedVersion: timeline.version })
    // then it succeeds
    expect(next.version).toBe(timeline.version + 1)
  })

  it('throws a ConcurrencyError with the expected and actual versions when another append came first', async () => {
    // given a writer that read the timeline at one version, and another writer who appended since
    const read = await stored(actors)
    const current = read.append(meeting('theirs'))
    // when the first writer appends to the current timeline expecting the version it read
    const error = thrown(() => current.append(meeting('mine'), { expectedVersion: read.version }))
    // then it is refused, saying which version was expected and which there is
    expect(error).toBeInstanceOf(ConcurrencyError)
    expect(error).toMatchObject({ code: 'concurrency', expected: read.version, actual: current.version })
    expect(current.get('mine')).toBeUndefined()
  })

  it('applies to appendMany as a whole', async () => {
    // given a timeline, when a batch expects a version it is not at
    const timeline = await stored(actors)
    // then the whole batch is refused
    expect(() => timeline.appendMany([meeting('a'), meeting('b')], { expectedVersion: timeline.version + 1 })).toThrow(
      ConcurrencyError,
    )
    expect(timeline.version).toBe(actors.length)
  })
})

describe('Timeline.get', () => {
  it('returns undefined for an id the timeline does not hold', async () => {
    // given a timeline without a meeting "m", then get("m") is undefined
    expect((await stored(actors)).get('m')).toBeUndefined()
  })
})
