import { describe, expect, it } from 'vitest'
import { defineProjection, InvalidArgumentError, relationship } from '../../src/index.js'
import { build } from '../support/build.js'
import { storedOf } from '../support/stored.js'

// Japan and NATO: praise in June 2022; an agreement and talks on 12 July 2023; a North Korean
// launch the same day, which changes nothing between them; talks dated only "August 2023".
const praise = build.statement({ id: 'praise', occurred: '2022-06-01', recorded: '2022-06-02T00:00:00Z' })
const agreement = build.agreement({ id: 'itpp', occurred: '2023-07-12' })
const talks = build.meeting({ id: 'talks', occurred: '2023-07-12', summit: undefined })
const launch = build['military-activity']({ id: 'launch', near: ['KOR'], actors: ['PRK', 'KOR'] })
const august = build.meeting({
  id: 'august-talks',
  occurred: '2023-08',
  recorded: '2023-09-01T00:00:00Z',
  summit: undefined,
})
const timeline = await storedOf([praise, agreement, talks, launch, august])
const japanNato = relationship('JPN', 'NATO')

const meetings = defineProjection({
  name: 'meetings',
  initial: { meetings: 0 },
  on: { meeting: (draft) => void draft.meetings++ },
})

describe('timeline.explain', () => {
  it('names the events that made the state, in fold order', () => {
    // given the Japan–NATO relationship at the end of July 2023
    const explanation = timeline.explain(japanNato, { at: '2023-07-31' })
    // then the steps are the praise, the agreement and the talks; the launch changed nothing
    expect(explanation.steps.map((step) => [step.event, step.kind, step.date])).toEqual([
      ['praise', 'statement', '2022-06-01'],
      ['itpp', 'agreement', '2023-07-12'],
      ['talks', 'meeting', '2023-07-12'],
    ])
  })

  it('gives the same result as project', () => {
    // given the relationship at the end of July 2023, then explain's result is project's
    expect(timeline.explain(japanNato, { at: '2023-07-31' }).result).toEqual(
      timeline.project(japanNato, { at: '2023-07-31' }),
    )
  })

  it('gives each step the changes it made, as patches', () => {
    // given a projection counting meetings, then the talks' step replaces the count 0 by 1
    const [step] = timeline.explain(meetings, { at: '2023-07-31' }).steps
    expect(step?.event).toBe('talks')
    expect(step?.patches).toEqual([{ op: 'replace', path: ['meetings'], value: 1 }])
  })

  it("records a relationship's stances on a proposal as patches at the proposal and the side", async () => {
    // given NATO's proposal, Japan's support for it, then France's opposition
    const proposal = build.proposal({ id: 'office', occurred: '2023-05-02', recorded: '2023-05-02T00:00:00Z' })
    const stance = (actor: string, stance: 'support' | 'oppose', occurred: string) =>
      build.position({ id: `${actor}-on-office`, actor, actors: [actor], proposal: 'office', stance, occurred })
    const stances = await storedOf([
      proposal,
      stance('JPN', 'support', '2023-06-01'),
      stance('FRA', 'oppose', '2023-07-01'),
    ])
    const explanation = stances.explain(relationship('JPN', 'FRA'), { at: '2023-07-31' })
    // then Japan's stance adds the proposal with it, France's adds France's under it
    const patches = explanation.steps.flatMap((step) => step.patches).filter((patch) => patch.path[0] === 'positions')
    expect(patches).toEqual([
      { op: 'add', path: ['positions', 'office'], value: { JPN: 'support' } },
      { op: 'add', path: ['positions', 'office', 'FRA'], value: 'oppose' },
    ])
    // and the result is project's
    expect(explanation.result).toEqual(stances.project(relationship('JPN', 'FRA'), { at: '2023-07-31' }))
    expect(explanation.result.stances).toEqual([{ proposal: 'office', stances: { JPN: 'support', FRA: 'oppose' } }])
  })

  it('leaves out what a knownOn view does not know', () => {
    // given the view of 1 July 2023, before the talks and agreement were recorded
    const steps = timeline.explain(japanNato, { at: '2023-07-31', knownOn: '2023-07-01' }).steps
    // then only the praise is a step
    expect(steps.map((step) => step.event)).toEqual(['praise'])
  })
})

describe('timeline.diff', () => {
  it('names the events that changed the state between two dates', () => {
    // given the relationship from the end of 2022 to the end of July 2023
    const diff = timeline.diff(japanNato, { from: '2022-12-31', to: '2023-07-31' })
    // then the agreement and the talks changed it, not the praise of 2022
    expect(diff.steps.map((step) => step.event)).toEqual(['itpp', 'talks'])
    expect(diff.from).toBe('2022-12-31')
    expect(diff.to).toBe('2023-07-31')
  })

  it('gives the results at both dates, as project does', () => {
    // given the same two dates, then before and after are project's answers at them
    const diff = timeline.diff(japanNato, { from: '2022-12-31', to: '2023-07-31' })
    expect(diff.before).toEqual(timeline.project(japanNato, { at: '2022-12-31' }))
    expect(diff.after).toEqual(timeline.project(japanNato, { at: '2023-07-31' }))
    expect(diff.before.agreements).toEqual([])
    expect(diff.after.agreements.map((a) => a.id)).toEqual(['itpp'])
  })

  it('lists an imprecise event when it comes to count under the policy', () => {
    // given talks dated only "August 2023", between mid-August and the end of August
    const window = { from: '2023-08-15', to: '2023-08-31' }
    // then under 'strict' they come to count in the window, under 'possible' they counted already
    expect(timeline.diff(meetings, window).steps.map((step) => step.event)).toEqual(['august-talks'])
    expect(timeline.diff(meetings, { ...window, uncertainty: 'possible' }).steps).toEqual([])
  })

  it('is empty between two dates with nothing between them', () => {
    // given two dates in the autumn of 2022, then no event changed anything (only the tone of
    // the praise decayed)
    const diff = timeline.diff(japanNato, { from: '2022-09-01', to: '2022-10-01' })
    expect(diff.steps).toEqual([])
    expect(diff.after.evidence).toEqual(diff.before.evidence)
    expect(diff.after.quotes).toEqual(diff.before.quotes)
  })

  it('refuses a `to` before `from`', () => {
    // given `to` a year before `from`, then it is an InvalidArgumentError
    expect(() => timeline.diff(japanNato, { from: '2023-07-31', to: '2022-07-31' })).toThrow(InvalidArgumentError)
  })
})
