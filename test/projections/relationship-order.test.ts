/**
 * What docs/projections.md says of a relationship's lists and absences: ended agreements by the
 * day they ended, then by id; `contacts.last` absent before the first contact; `evidence` sorted;
 * a weight with no quad class adds no tone; each half-life its own answer.
 */
import { describe, expect, it } from 'vitest'
import { relationship } from '../../src/index.js'
import { build } from '../support/build.js'
import { timelineOf } from '../support/timeline.js'

const treaty = (id: string, occurred: string) =>
  build.agreement({
    id,
    title: id,
    parties: ['USA', 'RUS'],
    actors: ['USA', 'RUS'],
    areas: ['arms control'],
    occurred,
    recorded: `${occurred}T00:00:00Z`,
    inForce: { from: occurred },
  })
const terminated = (id: string, agreement: string, occurred: string) =>
  build['agreement-act']({
    id,
    agreement,
    act: 'termination',
    party: undefined,
    actors: ['USA', 'RUS'],
    occurred,
    recorded: `${occurred}T12:00:00Z`,
  })

describe('a relationship’s lists', () => {
  it('lists ended agreements by the day they ended, then by id', () => {
    // given three treaties: "c" ended in 2001, "a" and "b" both in 2019 (recorded in the other order)
    const timeline = timelineOf([
      treaty('c', '1972-05-26'),
      treaty('b', '1987-12-08'),
      treaty('a', '1990-06-01'),
      terminated('c-ends', 'c', '2001-12-13'),
      terminated('b-ends', 'b', '2019-08-02'),
      terminated('a-ends', 'a', '2019-08-02'),
    ])
    const { ended } = timeline.project(relationship('USA', 'RUS'), { at: '2020-01-01' })
    expect(ended.map((e) => `${e.ended} ${e.id}`)).toEqual(['2001-12-13 c', '2019-08-02 a', '2019-08-02 b'])
  })

  it('has no last contact, not even an empty one, before the first', () => {
    const visit = build.visit({
      id: 'visit',
      visitor: 'USA',
      host: 'RUS',
      actors: ['USA', 'RUS'],
      occurred: '2023-07-12',
    })
    const { contacts } = timelineOf([visit]).project(relationship('USA', 'RUS'), { at: '2023-01-01' })
    expect(Object.keys(contacts).sort()).toEqual(['meetings', 'summits', 'visits'])
  })

  it('names its evidence sorted by id, not in the order the events happened', () => {
    const timeline = timelineOf([treaty('z-first', '1972-05-26'), treaty('a-later', '1990-06-01')])
    expect(timeline.project(relationship('USA', 'RUS'), { at: '2000-01-01' }).evidence).toEqual(['a-later', 'z-first'])
  })
})

describe('a relationship’s tone under other weights and half-lives', () => {
  const visit = (id: string, occurred: string) =>
    build.visit({
      id,
      visitor: 'USA',
      host: 'RUS',
      actors: ['USA', 'RUS'],
      occurred,
      recorded: `${occurred}T12:00:00Z`,
    })

  it('adds nothing for an act a weights table gives no quad class', () => {
    const none = { cameo: null, label: 'No tone', quadClass: null, goldstein: 0 }
    const tone = timelineOf([visit('visit', '2023-07-01')]).project(
      relationship('USA', 'RUS', { weights: { visit: { default: { ...none, goldstein: 5 } } } }),
      { at: '2023-07-12' },
    ).tone
    expect([
      tone.index,
      tone.verbalCooperation + tone.materialCooperation + tone.verbalConflict + tone.materialConflict,
    ]).toEqual([0, 0])
  })

  it('decays by its own half-life, whatever was asked before', () => {
    // given visits (1.9) 193 and 12 days before the end of 12 July, asked first with the default half-life
    const timeline = timelineOf([visit('winter', '2023-01-01'), visit('summer', '2023-07-01')])
    timeline.project(relationship('USA', 'RUS'), { at: '2023-07-12' })
    const fast = timeline.project(relationship('USA', 'RUS', { halfLifeDays: 30 }), { at: '2023-07-12' }).tone
    expect(fast.index).toBeCloseTo(1.9 * (2 ** (-193 / 30) + 2 ** (-12 / 30)), 3)
  })
})
