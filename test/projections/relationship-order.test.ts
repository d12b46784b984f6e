/**
 * What docs/projections.md says of a relationship's lists and absences: ended agreements by the
 * day they ended, then by id; `contacts.last` absent before the first contact; `evidence` sorted;
 * a weight with no quad class adds no tone; each half-life its own answer.
 */
import { describe, expect, it } from 'vitest'
import { relationship } from '../../src/index.js'
import { build } from '../support/build.js'
import { addDays, timelineOf } from '../support/timeline.js'

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
/** The United States speaking of Russia, its words naming the statement. */
const said = (id: string, occurred: string, recorded = `${occurred}T00:00:00Z`) =>
  build.statement({
    id,
    speaker: 'USA',
    for: undefined,
    about: ['RUS'],
    actors: ['USA', 'RUS'],
    quote: `words of ${id}`,
    occurred,
    recorded,
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

  it('lists the stances on shared proposals as an object lists its keys: numeric ids first, by number', () => {
    // given four proposals NATO made, each with a stance of Japan and of France, the first stances
    // on them in the order b, 10, a, 2
    const ids = ['b', '10', 'a', '2']
    const events = ids.flatMap((proposal, i) => {
      const month = `2023-0${i + 1}`
      const proposed = build.proposal({ id: proposal, occurred: month, recorded: `${month}-01T00:00:00Z` })
      const stance = (actor: string, day: string) =>
        build.position({
          id: `${actor}-on-${proposal}`,
          actor,
          actors: [actor],
          proposal,
          stance: 'support',
          occurred: `${month}-${day}`,
          recorded: `${month}-${day}T00:00:00Z`,
        })
      return [proposed, stance('JPN', '10'), stance('FRA', '20')]
    })
    const answer = timelineOf(events).project(relationship('JPN', 'FRA'), { at: '2023-12-31' })
    // then the array indexes come first, by number, and the others in the order they came
    expect(answer.stances.map((shared) => shared.proposal)).toEqual(['2', '10', 'b', 'a'])
    expect(answer.stances[0]!.stances).toEqual({ JPN: 'support', FRA: 'support' })
  })

  it('lists the stances an answer had when asked, however late they are first read', () => {
    // given Japan and France both supporting a proposal, and answers taken at three dates
    const proposal = build.proposal({ id: 'talks', occurred: '2023-01-02', recorded: '2023-01-02T00:00:00Z' })
    const stance = (actor: string, value: 'support' | 'oppose', occurred: string) =>
      build.position({
        id: `${actor}-${value}-${occurred}`,
        actor,
        actors: [actor],
        proposal: 'talks',
        stance: value,
        occurred,
        recorded: `${occurred}T00:00:00Z`,
      })
    const asked = timelineOf([proposal, stance('JPN', 'support', '2023-02-01'), stance('FRA', 'support', '2023-03-01')])
    const dates = ['2023-02-15', '2023-03-15', '2023-12-31']
    const before = dates.map((at) => asked.project(relationship('JPN', 'FRA'), { at }))
    // and France turning against it in June, learnt later, every date asked again
    const after = asked.append(stance('FRA', 'oppose', '2023-06-01'))
    for (const at of dates) after.project(relationship('JPN', 'FRA'), { at })
    // then each earlier answer lists the stances it had at its date, read only now
    expect(before.map((answer) => answer.stances)).toEqual([
      [],
      [{ proposal: 'talks', stances: { JPN: 'support', FRA: 'support' } }],
      [{ proposal: 'talks', stances: { JPN: 'support', FRA: 'support' } }],
    ])
    // and the later view says what France said in June
    expect(after.project(relationship('FRA', 'JPN'), { at: '2023-12-31' }).stances).toEqual([
      { proposal: 'talks', stances: { FRA: 'oppose', JPN: 'support' } },
    ])
    // and an answer reads the same frozen list each time, in its place among the keys
    const last = before[2]!
    expect(last.stances).toBe(last.stances)
    expect([Object.isFrozen(last.stances), Object.isFrozen(last.stances[0]!.stances)]).toEqual([true, true])
    const keys = Object.keys(JSON.parse(JSON.stringify(last)))
    expect(keys.slice(keys.indexOf('tone'), keys.indexOf('tone') + 3)).toEqual(['tone', 'stances', 'quotes'])
  })

  it('gives each date its agreement state, asked in any order, before and after an act learnt late', () => {
    // given a treaty in force from 2000 until 2010, asked at dates in no order
    const signed = build.agreement({
      id: 'start',
      title: 'START',
      parties: ['USA', 'RUS'],
      actors: ['USA', 'RUS'],
      areas: ['arms control'],
      occurred: '1999-06-01',
      recorded: '1999-06-01T00:00:00Z',
      inForce: { from: '2000-01-01', until: '2009-12-31' },
    })
    const timeline = timelineOf([signed])
    const state = (t: typeof timeline, at: string) => {
      const answer = t.project(relationship('USA', 'RUS'), { at })
      return [...answer.agreements.map((a) => `${a.id} ${a.status}`), ...answer.ended.map((e) => `${e.id} ${e.how}`)]
    }
    const dates = ['2005-06-01', '1999-12-31', '2011-01-01', '2005-06-02', '2010-01-01']
    // then it is in force between its dates, nothing before, expired after
    expect(dates.map((at) => state(timeline, at))).toEqual([
      ['start in-force'],
      [],
      ['start expiry'],
      ['start in-force'],
      ['start expiry'],
    ])
    // and two answers at dates in the same stretch give the same frozen agreement
    const [first, second] = ['2005-06-01', '2007-01-01'].map(
      (at) => timeline.project(relationship('USA', 'RUS'), { at }).agreements[0]!,
    )
    expect(first).toBe(second)
    expect(Object.isFrozen(first!.inForce)).toBe(true)
    // when a suspension in 2004 and Russia's withdrawal in 2008 are learnt later
    const later = timeline.appendMany([
      build['agreement-act']({
        id: 'suspended',
        agreement: 'start',
        act: 'suspension',
        party: undefined,
        actors: ['USA', 'RUS'],
        occurred: '2004-03-01',
        recorded: '2012-01-01T00:00:00Z',
      }),
      build['agreement-act']({
        id: 'rus-leaves',
        agreement: 'start',
        act: 'withdrawal',
        party: 'RUS',
        actors: ['USA', 'RUS'],
        occurred: '2008-05-01',
        recorded: '2012-01-02T00:00:00Z',
      }),
    ])
    // then the same dates read the acts, and the earlier version still does not
    expect(dates.map((at) => state(later, at))).toEqual([
      ['start suspended'],
      [],
      ['start withdrawal'],
      ['start suspended'],
      ['start withdrawal'],
    ])
    expect(state(later, '2003-01-01')).toEqual(['start in-force'])
    expect(dates.map((at) => state(timeline, at))[0]).toEqual(['start in-force'])
    const ended = later.project(relationship('USA', 'RUS'), { at: '2011-01-01' }).ended[0]!
    expect([ended.ended, ended.withdrawn, ended.evidence]).toEqual([
      '2008-05-01',
      ['RUS'],
      ['rus-leaves', 'start', 'suspended'],
    ])
  })

  it('lists the agreements an answer had when asked, however late they are first read', () => {
    // given a treaty on trade in force from 2000 until 2009, answers taken in 2005 and 2011, unread
    const signed = {
      ...treaty('trade', '1999-06-01'),
      areas: ['trade'],
      inForce: { from: '2000-01-01', until: '2009-12-31' },
    }
    const asked = timelineOf([signed])
    const [during, after] = ['2005-06-01', '2011-01-01'].map((at) => asked.project(relationship('USA', 'RUS'), { at }))
    // when its termination in 2004 is learnt later, and both dates asked again
    const later = asked.append(
      build['agreement-act']({
        id: 'ends',
        agreement: 'trade',
        act: 'termination',
        party: undefined,
        actors: ['USA', 'RUS'],
        occurred: '2004-03-01',
        recorded: '2012-01-01T00:00:00Z',
      }),
    )
    for (const at of ['2005-06-01', '2011-01-01']) later.project(relationship('USA', 'RUS'), { at })
    // then each earlier answer, read only now, lists what was known when it was asked
    expect([during!.agreements.map((a) => a.id), during!.ended, during!.areas]).toEqual([['trade'], [], ['trade']])
    expect([after!.agreements, after!.ended.map((e) => `${e.id} ${e.how} ${e.ended}`), after!.areas]).toEqual([
      [],
      ['trade expiry 2009-12-31'],
      [],
    ])
    // and the later version reads the termination
    expect(later.project(relationship('USA', 'RUS'), { at: '2005-06-01' }).ended.map((e) => e.how)).toEqual([
      'termination',
    ])
    // and an answer reads the same frozen lists each time, in their place among the keys
    expect(during!.agreements).toBe(during!.agreements)
    expect([Object.isFrozen(during!.agreements), Object.isFrozen(during!.areas)]).toEqual([true, true])
    const keys = Object.keys(JSON.parse(JSON.stringify(during)))
    expect(keys.slice(keys.indexOf('ties'), keys.indexOf('ties') + 5)).toEqual([
      'ties',
      'agreements',
      'ended',
      'areas',
      'contacts',
    ])
  })

  it('lists hundreds of quotes in the order said, at any date, before and after one learnt late', () => {
    // given the United States speaking of Russia every day for 700 days from 2020, and answers
    // taken at dates in no order, unread
    const daily = Array.from({ length: 700 }, (_, i) => said(`said-${i}`, addDays('2020-01-01', i)))
    const dates = ['2021-06-30', '2020-03-01', '2021-12-01', '2020-09-15', '2021-11-30']
    const asked = timelineOf(daily)
    asked.project(relationship('USA', 'RUS'), { at: '2021-12-31' })
    const before = dates.map((at) => asked.project(relationship('USA', 'RUS'), { at }))
    // when a statement of 10 May 2020 is learnt late, and the same dates asked again
    const late = said('said-late', '2020-05-10', '2022-01-01T00:00:00Z')
    const later = asked.append(late)
    const after = dates.map((at) => later.project(relationship('USA', 'RUS'), { at }))
    // then each answer lists what was said up to its date, oldest first (the late words after
    // that day's, in the order recorded), the earlier answers without the late words
    const saidBy = (statements: typeof daily, at: string) =>
      statements
        .filter((s) => s.occurred <= at)
        .map((s) => ({ speaker: 'USA', quote: s.quote, date: s.occurred, event: s.id }))
    const withLate = [...daily.slice(0, 131), late, ...daily.slice(131)]
    dates.forEach((at, i) => {
      expect(before[i]!.quotes, at).toEqual(saidBy(daily, at))
      expect(after[i]!.quotes, at).toEqual(saidBy(withLate, at))
      // as a timeline asked nothing before does
      expect(after[i], at).toEqual(timelineOf([...daily, late]).project(relationship('USA', 'RUS'), { at }))
    })
    // and an answer reads the same frozen list each time, its quotes frozen
    const last = after[2]!
    expect(last.quotes).toBe(last.quotes)
    expect([Object.isFrozen(last.quotes), last.quotes.every(Object.isFrozen)]).toEqual([true, true])
    // and a diff, which folds through immer's drafts, ends where a question does
    const diff = later.diff(relationship('USA', 'RUS'), { from: '2020-03-01', to: '2021-06-30' })
    expect(diff.after.quotes).toEqual(after[0]!.quotes)
    expect(diff.steps.filter((step) => step.kind === 'statement')).toHaveLength(
      saidBy(withLate, '2021-06-30').length - saidBy(withLate, '2020-03-01').length,
    )
  })

  it('lists the agreements in force as an object lists its keys: numeric ids first, by number', () => {
    // given three treaties in force, signed in the order b, 10, 2
    const timeline = timelineOf([treaty('b', '1972-05-26'), treaty('10', '1987-12-08'), treaty('2', '1990-06-01')])
    const { agreements } = timeline.project(relationship('USA', 'RUS'), { at: '2000-01-01' })
    // then the array indexes come first, by number, and the other as it came
    expect(agreements.map((agreement) => agreement.id)).toEqual(['2', '10', 'b'])
  })

  it('answers frozen to the last quote and stance, folded in one run or in several', () => {
    // given two statements and stances of both sides on a proposal, asked at the end and, after
    // a late statement folded again from a checkpoint, at the end again
    const proposal = build.proposal({ id: 'talks', proposer: 'USA', actors: ['USA'], occurred: '2023-01-02' })
    const stance = (actor: string) =>
      build.position({ id: `${actor}-on-talks`, actor, actors: [actor], proposal: 'talks', occurred: '2023-02-01' })
    const timeline = timelineOf([
      said('first', '2023-01-05'),
      proposal,
      stance('USA'),
      stance('RUS'),
      said('second', '2023-03-01'),
    ])
    const before = timeline.project(relationship('USA', 'RUS'), { at: '2023-12-31' })
    const after = timeline
      .append({ ...said('late', '2023-02-15'), recorded: '2023-04-01T00:00:00Z' })
      .project(relationship('USA', 'RUS'), { at: '2023-12-31' })
    // then every quote and every stance of either answer is frozen, as the lists are
    for (const answer of [before, after]) {
      expect(answer.quotes.length).toBeGreaterThanOrEqual(2)
      for (const quote of answer.quotes) expect(Object.isFrozen(quote)).toBe(true)
      expect(answer.stances).toHaveLength(1)
      for (const shared of answer.stances)
        expect([Object.isFrozen(shared), Object.isFrozen(shared.stances)]).toEqual([true, true])
    }
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

describe('a relationship asked at dates in any order', () => {
  // Three hundred meetings in one year: the year's evidence spans several checkpoints, which the
  // states folded from one another share (a question at an earlier date folds from an older one).
  const talks = (id: string, occurred: string, recorded: string) =>
    build.meeting({
      id,
      occurred,
      recorded,
      actors: ['JPN', 'KOR'],
      participants: [{ actor: 'JPN' }, { actor: 'KOR' }],
      summit: undefined,
    })
  const meetings = Array.from({ length: 300 }, (_, i) => {
    const day = new Date(Date.UTC(2023, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)
    return talks(`talks-${String(i).padStart(3, '0')}`, day, `${day}T18:00:00Z`)
  })
  const dates = ['2023-12-31', '2023-03-15', '2023-10-27', '2023-06-30', '2023-12-31', '2023-01-01']

  it('answers each date as a timeline asked nothing before', () => {
    const asked = timelineOf(meetings)
    for (const at of dates) {
      const fresh = timelineOf(meetings).project(relationship('JPN', 'KOR'), { at })
      const answer = asked.project(relationship('JPN', 'KOR'), { at })
      expect(answer, at).toEqual(fresh)
      // the meetings up to the date, each once
      const held = meetings.filter((m) => m.occurred <= at).map((m) => m.id)
      expect(answer.evidence, at).toEqual(held)
      expect(answer.contacts.meetings, at).toBe(held.length)
    }
  })

  it('answers each date as a fresh timeline after a late meeting, which the states folded before it did not see', () => {
    const asked = timelineOf(meetings)
    for (const at of dates) asked.project(relationship('JPN', 'KOR'), { at })
    // given a meeting of 5 March learned of at the end of the year, after the questions above
    const late = talks('talks-late', '2023-03-05', '2024-01-02T00:00:00Z')
    const after = asked.append(late)
    for (const at of dates) {
      const answer = after.project(relationship('JPN', 'KOR'), { at })
      expect(answer, at).toEqual(timelineOf([...meetings, late]).project(relationship('JPN', 'KOR'), { at }))
      expect(answer.evidence.includes('talks-late'), at).toBe(at >= '2023-03-05')
    }
  })

  it('lists the evidence an answer had when asked, however late it is first read', () => {
    // given answers taken before a late meeting, their evidence not yet read
    const asked = timelineOf(meetings)
    const before = dates.map((at) => asked.project(relationship('JPN', 'KOR'), { at }))
    // and the late meeting appended, and every date asked again
    const after = asked.append(talks('talks-late', '2023-03-05', '2024-01-02T00:00:00Z'))
    for (const at of dates) after.project(relationship('JPN', 'KOR'), { at })
    // then each earlier answer lists the meetings up to its date, without the late one
    before.forEach((answer, i) => {
      const at = dates[i]!
      expect(answer.evidence, at).toEqual(meetings.filter((m) => m.occurred <= at).map((m) => m.id))
      // and reads the same list each time, as a field of a frozen answer
      expect(answer.evidence).toBe(answer.evidence)
      expect(Object.isFrozen(answer.evidence)).toBe(true)
    })
    // and a JSON text of an answer holds its evidence in its place, last
    expect(Object.keys(JSON.parse(JSON.stringify(before[0]))).at(-1)).toBe('evidence')
  })
})
