/**
 * A source cannot be published after the event that cites it was recorded (nobody knew the
 * event from a report not yet written), unless the event says why it is backdated.
 */
import { describe, expect, it } from 'vitest'
import { parseEvent, ValidationError } from '../../src/index.js'
import { build, citation } from '../support/build.js'
import { stored } from '../support/stored.js'
import { thrown } from '../support/thrown.js'
import { declarations } from '../support/timeline.js'

const kyodo = citation({ id: 'kyodo-2023-07-13', published: '2023-07-13' })
/** Kishida and Stoltenberg meet on 12 July; the log learns it at 06:00 UTC that day. */
const meeting = build.meeting({
  id: 'meeting',
  recorded: '2023-07-12T06:00:00Z',
  sources: [kyodo],
  summit: undefined,
})
const base = declarations(['kishida-fumio', 'stoltenberg-jens', 'JPN', 'NATO'])

describe('a source published after the event was recorded', () => {
  it('is refused inline, naming the citation and where it is', () => {
    const error = thrown(() => parseEvent(meeting))
    expect(error).toBeInstanceOf(ValidationError)
    const [issue] = (error as ValidationError).issues
    expect(issue?.path).toEqual(['sources', 0, 'published'])
    expect(issue?.code).toBe('source-after-recorded')
    expect(issue?.message).toContain('citation "kyodo-2023-07-13" was published 2023-07-13')
    expect(issue?.message).toContain('after the event was recorded (2023-07-12T06:00:00Z)')
  })

  it('is refused when cited by id, and the log is left as it was', async () => {
    const timeline = await stored([...base, build.statement({ id: 'first', sources: [kyodo] })])
    const byId = { ...meeting, sources: ['kyodo-2023-07-13'] }
    const error = thrown(() => timeline.append(byId)) as ValidationError
    expect(error).toBeInstanceOf(ValidationError)
    expect(error.issues[0]).toMatchObject({ code: 'source-after-recorded', eventId: 'meeting', path: ['sources', 0] })
    expect(error.issues[0]?.message).toContain('citation "kyodo-2023-07-13" was published 2023-07-13')
    expect(timeline.version).toBe(base.length + 1)
  })

  it('is accepted when the event says why it is backdated', async () => {
    const archived = { ...meeting, backdated: 'An archive of what was known on 12 July, written from later reports.' }
    expect(parseEvent(archived).backdated).toMatch(/archive/)
    expect((await stored([...base, archived])).get('meeting')?.recorded).toBe('2023-07-12T06:00:00Z')
  })

  it('is accepted by id too when the event is backdated', async () => {
    const timeline = await stored([...base, build.statement({ id: 'first', sources: [kyodo] })])
    const archived = { ...meeting, sources: ['kyodo-2023-07-13'], backdated: 'archive entry' }
    expect(timeline.append(archived).version).toBe(base.length + 2)
  })

  it('refuses an empty reason for backdating', () => {
    expect(thrown(() => parseEvent({ ...meeting, backdated: '' }))).toBeInstanceOf(ValidationError)
  })
})

describe('a source published when or before the event was recorded', () => {
  it('is accepted on the day it was published, at any hour of that day', () => {
    for (const recorded of ['2023-07-13', '2023-07-13T00:00:00Z', '2023-07-13T23:59:00Z'])
      expect(parseEvent({ ...meeting, recorded }).recorded).toBe(recorded)
  })

  it('is accepted when dated to the month of the recorded day', () => {
    const monthly = citation({ id: 'monthly', published: '2023-07' })
    expect(parseEvent({ ...meeting, sources: [monthly] }).sources).toHaveLength(1)
  })

  it('is refused when dated to the next month', () => {
    const monthly = citation({ id: 'monthly', published: '2023-08' })
    expect(thrown(() => parseEvent({ ...meeting, sources: [monthly] }))).toBeInstanceOf(ValidationError)
  })

  it('is accepted when published at an instant before the recorded one, and refused a minute after', () => {
    const wire = (published: string) => citation({ id: 'wire', published })
    expect(parseEvent({ ...meeting, sources: [wire('2023-07-12T05:59:00Z')] }).id).toBe('meeting')
    expect(thrown(() => parseEvent({ ...meeting, sources: [wire('2023-07-12T06:01:00Z')] }))).toBeInstanceOf(
      ValidationError,
    )
  })
})
