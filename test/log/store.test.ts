import { describe, expect, it } from 'vitest'
import { Timeline, UnknownReferenceError, ValidationError } from '../../src/index.js'
import { actor, build, citation } from '../support/build.js'
import { thrown } from '../support/thrown.js'
import { declarations, declarationsFor, timelineOf } from '../support/timeline.js'

const meeting = (id: string, overrides: Parameters<typeof build.meeting>[0] = {}) =>
  build.meeting({ id, summit: undefined, ...overrides })
const launch = build['military-activity']({ id: 'launch' })
const summit = build.summit({ id: 'vilnius' })

/** The error appending `event` to a timeline of `before` throws. */
function refusal(before: readonly object[], event: object): unknown {
  return thrown(() => timelineOf([...before, event]))
}

describe('actors', () => {
  it('must be declared before an event names them', () => {
    // given a timeline that declares Japan and Kishida but not Stoltenberg
    const timeline = Timeline.from(declarations(['JPN', 'kishida-fumio', 'NATO']))
    // when a meeting names Stoltenberg
    const error = thrown(() => timeline.append(meeting('m')))
    // then the error names the event, the field and the missing actor
    expect(error).toBeInstanceOf(UnknownReferenceError)
    expect(error).toMatchObject({
      code: 'unknown-reference',
      eventId: 'm',
      referenceKind: 'actor',
      reference: 'stoltenberg-jens',
      path: ['actors', 2],
    })
  })

  it('must be declared by a record no later than the event that names them', () => {
    // given North Korea declared by a record of 20 July, and a launch of North Korea's recorded on 12 July
    const [japan] = declarations(['JPN'])
    const northKorea = actor('PRK', 'state', { occurred: '1948-09-09', recorded: '2023-07-20T00:00:00Z' })
    const error = thrown(() => Timeline.from([japan!, northKorea, launch]))
    // then the launch is refused: as known on 12 July, North Korea was not declared
    expect(error).toBeInstanceOf(UnknownReferenceError)
    expect(error).toMatchObject({ eventId: 'launch', referenceKind: 'actor', reference: 'PRK' })
  })

  it('may be declared by a record of the same instant as the event', () => {
    // given North Korea declared at the very instant the launch was recorded
    const northKorea = actor('PRK', 'state', { occurred: '1948-09-09', recorded: launch.recorded })
    // then the launch is accepted
    expect(Timeline.from([...declarations(['JPN']), northKorea, launch]).get('launch')?.id).toBe('launch')
  })

  it('may be declared earlier in the same batch', () => {
    // given a batch that declares every actor, then uses them
    const batch = [...declarationsFor([meeting('m')]), meeting('m')]
    // then the batch is accepted
    expect(Timeline.empty().appendMany(batch).get('m')?.id).toBe('m')
  })

  it('may not be declared after the event that uses them', () => {
    // given a batch that uses Stoltenberg before declaring him
    const [stoltenberg, ...others] = declarations(['stoltenberg-jens', 'kishida-fumio', 'JPN', 'NATO'])
    // when it is appended, then the meeting is refused
    expect(() => Timeline.from([...others, meeting('m'), stoltenberg!])).toThrow(UnknownReferenceError)
  })
})

describe('corrections and retractions', () => {
  it('must target an event in the log', () => {
    // given a correction of a launch the log does not hold
    const error = refusal([], build.correction({ id: 'fix', target: 'no-such-launch' }))
    // then the error names the correction, the target field and the missing id
    expect(error).toMatchObject({
      eventId: 'fix',
      referenceKind: 'event',
      reference: 'no-such-launch',
      path: ['target'],
    })
  })

  it('a retraction too must target an event in the log', () => {
    // given a retraction of a visit the log does not hold
    const error = refusal([], build.retraction({ id: 'withdraw', target: 'rumoured-visit' }))
    // then the error names the retraction and the missing id
    expect(error).toBeInstanceOf(UnknownReferenceError)
    expect(error).toMatchObject({ eventId: 'withdraw', referenceKind: 'event', reference: 'rumoured-visit' })
  })

  it('cannot be recorded before their target', () => {
    // given a launch recorded on 12 July at 03:00, and a correction of it recorded at 02:00
    const fix = build.correction({
      id: 'fix',
      target: 'launch',
      occurred: '2023-07-12',
      recorded: '2023-07-12T02:00:00Z',
    })
    const error = refusal([launch], fix)
    // then the correction is refused, at its recorded time
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues[0]).toMatchObject({ eventId: 'fix', path: ['recorded'] })
  })

  it('a correction cannot target another correction', () => {
    // given a launch, a correction of it, and a correction of that correction
    const first = build.correction({ id: 'fix', target: 'launch' })
    const second = build.correction({ id: 'fix-the-fix', target: 'fix', changes: { reason: 'typo' } })
    const error = refusal([launch, first], second)
    // then the second correction is refused at its target
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues[0]).toMatchObject({ eventId: 'fix-the-fix', path: ['target'] })
  })

  it('a retraction cannot target another retraction', () => {
    // given a retraction of a launch, then a retraction of that retraction
    const first = build.retraction({ id: 'withdraw', target: 'launch' })
    const second = build.retraction({ id: 'withdraw-again', target: 'withdraw' })
    const error = refusal([launch, first], second)
    // then the second is refused at its target
    expect((error as ValidationError).issues[0]).toMatchObject({ eventId: 'withdraw-again', path: ['target'] })
  })

  it('a retraction may withdraw a correction', () => {
    // given a launch and its correction, when the correction is retracted
    const timeline = timelineOf([
      launch,
      build.correction({ id: 'fix', target: 'launch' }),
      build.retraction({ id: 'withdraw-fix', target: 'fix' }),
    ])
    // then the log takes it
    expect(timeline.get('withdraw-fix')?.kind).toBe('retraction')
  })

  it('a correction must leave its target valid', () => {
    // given a correction that would give the launch an unknown certainty
    const error = refusal(
      [launch],
      build.correction({ id: 'fix', target: 'launch', changes: { certainty: 'certain' } }),
    )
    // then it is refused at the changed field
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues[0]).toMatchObject({ eventId: 'fix', path: ['changes', 'certainty'] })
  })

  it('a correction that adds an actor must name a declared one', () => {
    // given a correction that adds South Korea, never declared, to the launch's actors
    const fix = build.correction({
      id: 'fix',
      target: 'launch',
      changes: { near: ['JPN', 'KOR'], actors: ['PRK', 'JPN', 'KOR'] },
    })
    const timeline = timelineOf([launch])
    const error = thrown(() => timeline.append(fix))
    // then South Korea is named as unknown
    expect(error).toBeInstanceOf(UnknownReferenceError)
    expect(error).toMatchObject({ eventId: 'fix', reference: 'KOR' })
  })

  it('refuses changes nested deeper than the limit, without overflowing the stack', () => {
    // given a correction whose changes nest a hundred thousand levels deep
    let nested: Record<string, unknown> = {}
    for (let i = 0; i < 100_000; i++) nested = { inner: nested }
    const fix = build.correction({ id: 'fix', target: 'launch', changes: { notes: nested } })
    // then it is a ValidationError at its changes
    const error = refusal([launch], fix)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues[0]?.path[0]).toBe('changes')
  })
})

describe('other references', () => {
  it('a position must name a proposal in the log', () => {
    // given France's position on a proposal the log does not hold
    const error = refusal([], build.position({ id: 'fra', proposal: 'no-such-proposal' }))
    // then the error names the position and the missing proposal
    expect(error).toMatchObject({
      eventId: 'fra',
      referenceKind: 'proposal',
      reference: 'no-such-proposal',
      path: ['proposal'],
    })
  })

  it('a position must name a proposal, not some other event', () => {
    // given a position whose "proposal" is a meeting
    const error = refusal([meeting('m')], build.position({ id: 'fra', proposal: 'm' }))
    // then the meeting does not count as a proposal
    expect(error).toBeInstanceOf(UnknownReferenceError)
    expect(error).toMatchObject({ referenceKind: 'proposal', reference: 'm' })
  })

  it('a meeting must name a summit in the log', () => {
    // given a meeting on the sidelines of a summit the log does not hold
    const error = refusal([], build.meeting({ id: 'sidelines', summit: 'no-such-summit' }))
    // then the error names the meeting and the missing summit
    expect(error).toMatchObject({
      eventId: 'sidelines',
      referenceKind: 'summit',
      reference: 'no-such-summit',
      path: ['summit'],
    })
  })

  it('a meeting may name a summit that is in the log', () => {
    // given the summit, then a meeting on its sidelines
    const timeline = timelineOf([summit, build.meeting({ id: 'sidelines', summit: 'vilnius' })])
    // then both are in the log
    expect(timeline.get('sidelines')?.id).toBe('sidelines')
  })

  it('a meeting must name a summit, not some other event', () => {
    // given a meeting whose "summit" is another meeting
    const error = refusal([meeting('m')], build.meeting({ id: 'sidelines', summit: 'm' }))
    // then it is refused
    expect(error).toMatchObject({ referenceKind: 'summit', reference: 'm' })
  })

  it('a reaction must respond to an event in the log', () => {
    // given China's rebuttal of a communiqué the log does not hold
    const error = refusal([], build.reaction({ id: 'rebuttal', respondsTo: 'no-such-communique' }))
    // then the error names the missing event
    expect(error).toMatchObject({
      eventId: 'rebuttal',
      referenceKind: 'event',
      reference: 'no-such-communique',
      path: ['respondsTo'],
    })
  })
})

describe('citations', () => {
  it('may be named by id once given inline', () => {
    // given a meeting citing Kyodo inline, then a statement citing it by id
    const timeline = timelineOf([meeting('m'), build.statement({ id: 's', sources: ['kyodo-2023-07-13'] })])
    // then the statement is accepted
    expect(timeline.get('s')?.sources).toEqual(['kyodo-2023-07-13'])
  })

  it('must be given inline before they are named by id', () => {
    // given a statement citing by id a report never given inline
    const error = refusal([], build.statement({ id: 's', sources: ['nikkei-2023-07-14'] }))
    // then the error names the statement, the source and the missing citation
    expect(error).toBeInstanceOf(UnknownReferenceError)
    expect(error).toMatchObject({
      eventId: 's',
      referenceKind: 'citation',
      reference: 'nikkei-2023-07-14',
      path: ['sources', 0],
    })
  })

  it('given inline twice under one id must agree', () => {
    // given two events citing "kyodo-2023-07-13" inline with different publishers
    const other = build.statement({ id: 's', sources: [citation({ publisher: 'Jiji Press' })] })
    const error = refusal([meeting('m')], other)
    // then the second is refused at that source
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues[0]).toMatchObject({ eventId: 's', path: ['sources', 0] })
  })

  it('given inline twice under one id may quote different passages', () => {
    // given two events citing one report inline, each with its own quote
    const first = meeting('m', { sources: [citation({ quote: 'the two leaders met' })] })
    const second = build.statement({ id: 's', sources: [citation({ quote: 'one of our closest partners' })] })
    // then both are accepted
    expect(timelineOf([first, second]).get('s')?.id).toBe('s')
  })
})

describe('recorded time', () => {
  it('may not come before the event began, for kinds that cannot be scheduled', () => {
    // given a launch recorded the day before it happened
    const early = build['military-activity']({ id: 'launch', occurred: '2023-07-12', recorded: '2023-07-11T23:00:00Z' })
    const error = refusal([], early)
    // then it is refused at its recorded time
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues[0]).toMatchObject({ eventId: 'launch', path: ['recorded'] })
  })

  it('may come before a scheduled meeting', () => {
    // given a meeting announced a month before it took place
    const announced = meeting('m', { occurred: '2023-07-12', recorded: '2023-06-12T00:00:00Z' })
    // then it is accepted
    expect(timelineOf([announced]).get('m')?.recorded).toBe('2023-06-12T00:00:00Z')
  })
})
