import { describe, expect, it } from 'vitest'
import { proposal } from '../../src/index.js'
import { build } from '../support/build.js'
import { stored, storedOf } from '../support/stored.js'
import { addDays, declarationsFor } from '../support/timeline.js'

// NATO proposes a liaison office in Tokyo in May 2023. Macron, President of France, opposes it;
// the United States supports it; Hungary's prime minister, whose office is not in the log, stays neutral.
const macronInOffice = build.office({
  id: 'macron-president',
  person: 'macron-emmanuel',
  office: 'President',
  of: 'FRA',
  occurred: '2017-05-14',
  recorded: '2017-05-14T12:00:00Z',
})
const tokyoOffice = build.proposal({
  id: 'tokyo-office',
  occurred: '2023-05-03',
  recorded: '2023-05-04T00:00:00Z',
  subject: 'A NATO liaison office in Tokyo',
})
const position = (
  id: string,
  actor: string,
  stance: 'support' | 'oppose' | 'neutral',
  occurred: string,
  recorded = `${occurred}T12:00:00Z`,
) => build.position({ id, actor, proposal: 'tokyo-office', stance, occurred, recorded })
const macronOpposes = position('macron-opposes', 'macron-emmanuel', 'oppose', '2023-06-05')
const usaSupports = position('usa-supports', 'USA', 'support', '2023-06-10')
const orbanNeutral = position('orban-neutral', 'orban-viktor', 'neutral', '2023-06-20')
const timeline = await storedOf([macronInOffice, tokyoOffice, macronOpposes, usaSupports, orbanNeutral])
const tokyo = proposal('tokyo-office')

describe('proposal', () => {
  it('gives the subject, proposer, status, supporters and opponents at the date', () => {
    // given the proposal and its positions, at the end of June 2023
    const result = timeline.project(tokyo, { at: '2023-06-30' })
    // then NATO proposed it, the United States supports it and France opposes it
    expect(result).toEqual({
      id: 'tokyo-office',
      subject: 'A NATO liaison office in Tokyo',
      proposer: 'NATO',
      status: 'proposed',
      supporters: ['USA'],
      opponents: ['FRA'],
      neutral: ['orban-viktor'],
      evidence: ['macron-opposes', 'orban-neutral', 'tokyo-office', 'usa-supports'],
    })
  })

  it('reports a person in office as the state they acted for, and one without as themselves', () => {
    // given Macron, President of France, and Orbán, whose office the log does not hold
    const result = timeline.project(tokyo, { at: '2023-06-30' })
    // then Macron's opposition is France's, and Orbán's stance is his own
    expect(result.opponents).toEqual(['FRA'])
    expect(result.neutral).toEqual(['orban-viktor'])
  })

  it('is unknown before it is made', () => {
    // given April 2023, then nothing is known of it
    expect(timeline.project(tokyo, { at: '2023-04-30' })).toMatchObject({
      subject: null,
      proposer: null,
      status: 'unknown',
      supporters: [],
      opponents: [],
      evidence: [],
    })
  })

  it('counts only the positions taken by the date', () => {
    // given 7 June 2023, then France has opposed it and the United States not yet supported it
    expect(timeline.project(tokyo, { at: '2023-06-07' })).toMatchObject({ supporters: [], opponents: ['FRA'] })
  })

  it('takes an actor’s latest position', () => {
    // given France coming round to support in September
    const later = timeline.append(position('fra-supports', 'FRA', 'support', '2023-09-01'))
    // then France supports it from then on
    expect(later.project(tokyo, { at: '2023-09-30' })).toMatchObject({ supporters: ['FRA', 'USA'], opponents: [] })
    expect(later.project(tokyo, { at: '2023-08-31' })).toMatchObject({ opponents: ['FRA'] })
  })

  it('has the status a correction gives it, in views that know the correction', () => {
    // given the proposal shelved by a correction recorded on 1 August 2023
    const shelved = build.correction({
      id: 'shelved',
      target: 'tokyo-office',
      occurred: '2023-08-01',
      recorded: '2023-08-01T00:00:00Z',
      actors: ['NATO'],
      changes: { status: 'shelved' },
    })
    const corrected = timeline.append(shelved)
    // then as known in July it is proposed, and as known in August shelved
    expect(corrected.project(tokyo, { at: '2023-07-12', knownOn: '2023-07-31' }).status).toBe('proposed')
    expect(corrected.project(tokyo, { at: '2023-07-12' }).status).toBe('shelved')
  })

  it('leaves out a retracted position', () => {
    // given the United States' support withdrawn as misreported
    const withdrawn = timeline.append(
      build.retraction({
        id: 'misreported',
        target: 'usa-supports',
        occurred: '2023-07-01',
        recorded: '2023-07-01T00:00:00Z',
        actors: ['USA'],
      }),
    )
    // then it has no supporters
    expect(withdrawn.project(tokyo, { at: '2023-07-31' }).supporters).toEqual([])
  })

  it('follows the offices a knownOn view knows, even after the whole log was asked', async () => {
    // given seventy positions of Macron's, and his office recorded only in 2024
    const lateOffice = { ...macronInOffice, recorded: '2024-01-01T00:00:00Z' }
    const stances = Array.from({ length: 70 }, (_, i) =>
      position(`macron-${i}`, 'macron-emmanuel', i % 2 === 0 ? 'oppose' : 'neutral', addDays('2023-06-01', i)),
    )
    const events = [tokyoOffice, ...stances, lateOffice]
    const grown = await stored([...declarationsFor(events), ...events])
    // when the whole log is asked first, and then as known in 2023
    expect(grown.project(tokyo, { at: '2023-12-31' }).neutral).toEqual(['FRA'])
    // then as known in 2023, before his office was recorded, the stances are Macron's own, none France's
    expect(grown.project(tokyo, { at: '2023-12-31', knownOn: '2023-12-31' })).toMatchObject({
      supporters: [],
      opponents: [],
      neutral: ['macron-emmanuel'],
    })
  })
})
