import { describe, expect, it } from 'vitest'
import { UnknownReferenceError, ValidationError } from '../../src/index.js'
import { build, citation } from '../support/build.js'
import { storedOf } from '../support/stored.js'
import { thrown } from '../support/thrown.js'

// A proposal, a statement, a position on the proposal and a reaction to the statement: each
// correction below would make one of them break a rule that the log checks when it is appended.
const tokyo = build.proposal({ id: 'tokyo-office', recorded: '2023-05-04T00:00:00Z' })
const statement = build.statement({ id: 'stoltenberg-on-japan', recorded: '2023-07-13T00:00:00Z' })
const position = build.position({ id: 'fra-opposes', proposal: 'tokyo-office', recorded: '2023-07-13T00:00:00Z' })
const reaction = build.reaction({
  id: 'chn-rebuts',
  respondsTo: 'stoltenberg-on-japan',
  towards: ['NATO'],
  actors: ['CHN', 'NATO'],
  recorded: '2023-07-14T00:00:00Z',
})
const timeline = await storedOf([tokyo, statement, position, reaction])

const correcting = (target: string, changes: Record<string, unknown>) =>
  build.correction({ id: `correct-${target}`, target, actors: ['FRA'], recorded: '2023-07-20T00:00:00Z', changes })

describe('a correction', () => {
  it('cannot point a position at an unknown event', () => {
    const error = thrown(() => timeline.append(correcting('fra-opposes', { proposal: 'no-such-proposal' })))
    expect(error).toBeInstanceOf(UnknownReferenceError)
    expect((error as UnknownReferenceError).path).toEqual(['changes', 'proposal'])
  })

  it('cannot point a position at an event that is not a proposal', () => {
    const error = thrown(() => timeline.append(correcting('fra-opposes', { proposal: 'stoltenberg-on-japan' })))
    expect(error).toBeInstanceOf(UnknownReferenceError)
  })

  it('cannot point a reaction at an unknown event', () => {
    const error = thrown(() => timeline.append(correcting('chn-rebuts', { respondsTo: 'no-such-event' })))
    expect(error).toBeInstanceOf(UnknownReferenceError)
    expect((error as UnknownReferenceError).path).toEqual(['changes', 'respondsTo'])
  })

  it('cannot cite a citation never given', () => {
    const error = thrown(() => timeline.append(correcting('fra-opposes', { sources: ['never-given'] })))
    expect(error).toBeInstanceOf(UnknownReferenceError)
    expect((error as UnknownReferenceError).path).toEqual(['changes', 'sources', 0])
  })

  it('cannot give a citation that contradicts an earlier giving', () => {
    const contradicting = citation({ publisher: 'Another Publisher' })
    const error = thrown(() => timeline.append(correcting('fra-opposes', { sources: [contradicting] })))
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues[0]!.path).toEqual(['changes', 'sources', 0])
  })

  it('cannot move a statement after its recorded time', () => {
    const error = thrown(() => timeline.append(correcting('stoltenberg-on-japan', { occurred: '2023-07-19' })))
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues[0]).toMatchObject({
      eventId: 'correct-stoltenberg-on-japan',
      path: ['changes', 'occurred'],
    })
  })

  it('may still cite a citation given before, point at a known proposal, or move a statement earlier', () => {
    const other = build.proposal({ id: 'seoul-office', recorded: '2023-05-04T00:00:00Z', subject: 'Seoul' })
    const accepted = timeline
      .append(other)
      .append(correcting('fra-opposes', { proposal: 'seoul-office', sources: ['kyodo-2023-07-13'] }))
      .append(correcting('stoltenberg-on-japan', { occurred: '2023-07-11' }))
    expect(accepted.effective('fra-opposes')).toMatchObject({ proposal: 'seoul-office' })
    expect(accepted.effective('stoltenberg-on-japan')?.occurred).toBe('2023-07-11')
  })

  it('cannot change the recorded time: it is the log’s, not the event’s', () => {
    const error = thrown(() =>
      timeline.append(correcting('stoltenberg-on-japan', { recorded: '2030-01-01T00:00:00Z' })),
    )
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues[0]!.path).toEqual(['changes'])
    expect((error as ValidationError).message).toContain('"recorded"')
  })
})
