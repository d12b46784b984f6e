import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type NetworkResult, network, relationship, Timeline } from '../../src/index.js'
import { build } from '../support/build.js'
import { eventsOf, queryDate, steps } from '../support/random-log.js'
import { runs, stored, storedOf } from '../support/stored.js'
import { declarationsFor, timelineOf } from '../support/timeline.js'

// Around Vilnius: NATO's summit hosted by Lithuania with Japan attending; Kishida and Stoltenberg
// meeting for their sides; a North Korean launch near Japan; Japan a NATO partner.
const summit = build.summit({ id: 'vilnius' })
const talks = build.meeting({ id: 'talks', summit: 'vilnius' })
const launch = build['military-activity']({ id: 'launch' })
const partner = build.membership({
  id: 'jpn-partner',
  member: 'JPN',
  organisation: 'NATO',
  status: 'partner',
  occurred: '2014-05-06',
  recorded: '2014-05-07T00:00:00Z',
})
const timeline = await storedOf([partner, summit, talks, launch])
// Three hundred Japan–Korea talks in 2023, one a day: enough for the fold to keep checkpoints between them.
const talksOf = Array.from({ length: 300 }, (_, i) => {
  const day = new Date(Date.UTC(2023, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)
  return build.meeting({
    id: `talks-${i}`,
    occurred: day,
    recorded: `${day}T18:00:00Z`,
    actors: ['JPN', 'KOR'],
    participants: [{ actor: 'JPN' }, { actor: 'KOR' }],
    summit: undefined,
  })
})
const everyPair = network()

describe('network', () => {
  it('lists every pair that acted on each other or holds a status one in the other, in pair order', () => {
    // given the summit (NATO, Lithuania, Japan), the talks, the launch and the partnership
    const { dyads, at } = timeline.project(everyPair, { at: '2023-07-31' })
    // then the pairs are those of the summit and North Korea–Japan, each in id order
    expect(at).toBe('2023-07-31')
    expect(dyads.map((dyad) => dyad.pair)).toEqual([
      ['JPN', 'LTU'],
      ['JPN', 'NATO'],
      ['JPN', 'PRK'],
      ['LTU', 'NATO'],
    ])
  })

  it('holds only the ties before anything else happened', () => {
    // given 2020, then only Japan–NATO is there, for the partnership
    const { dyads } = timeline.project(everyPair, { at: '2020-01-01' })
    expect(dyads.map((dyad) => [dyad.pair, dyad.ties.map((tie) => tie.status)])).toEqual([
      [['JPN', 'NATO'], ['partner']],
    ])
  })

  it('gives each pair the tone and ties relationship(a, b) gives it', () => {
    // given the end of July 2023, then every dyad's tone and ties are its relationship's
    for (const dyad of timeline.project(everyPair, { at: '2023-07-31' }).dyads) {
      const [a, b] = dyad.pair
      const pair = timeline.project(relationship(a, b), { at: '2023-07-31' })
      expect(dyad.tone, `${a}–${b}`).toEqual(pair.tone)
      expect(dyad.ties, `${a}–${b}`).toEqual(pair.ties)
    }
  })

  it('shows who cooled: North Korea–Japan is cold, Japan–NATO warm', () => {
    // given the launch and the talks, then the signs of their tones say so
    const tone = (a: string, b: string) =>
      timeline.project(everyPair, { at: '2023-07-31' }).dyads.find((d) => d.pair[0] === a && d.pair[1] === b)!.tone
        .index
    expect(tone('JPN', 'PRK')).toBeLessThan(0)
    expect(tone('JPN', 'NATO')).toBeGreaterThan(0)
  })

  it('counts an act once for a pair, even when its speaker acts for both sides', async () => {
    // given Macron, President of France and co-prince of Andorra, speaking about France and Andorra
    const offices = [
      build.office({
        id: 'president',
        person: 'macron-emmanuel',
        office: 'President',
        of: 'FRA',
        occurred: '2017-05-14',
        recorded: '2017-05-14T12:00:00Z',
      }),
      build.office({
        id: 'co-prince',
        person: 'macron-emmanuel',
        office: 'Co-Prince',
        of: 'AND',
        occurred: '2017-05-14',
        recorded: '2017-05-14T12:00:00Z',
      }),
    ]
    const words = build.statement({
      id: 'words',
      speaker: 'macron-emmanuel',
      for: undefined,
      about: ['FRA', 'AND'],
      tone: 'critical',
      occurred: '2023-07-12',
    })
    const both = await storedOf([...offices, words])
    // then the France–Andorra dyad counts the statement once, as relationship(AND, FRA) does
    const dyad = both
      .project(everyPair, { at: '2023-07-12' })
      .dyads.find((d) => d.pair[0] === 'AND' && d.pair[1] === 'FRA')!
    expect(dyad.tone.verbalConflict).toBe(1)
    expect(dyad.tone).toEqual(both.project(relationship('AND', 'FRA'), { at: '2023-07-12' }).tone)
  })

  it('leaves an answer as it was, frozen, when the timeline grows and is asked again', () => {
    // given the network answered once, and a copy of the answer
    const first = timeline.project(network({ halfLifeDays: 200 }), { at: '2023-07-31' })
    const copy = structuredClone(first)
    // when the partnership ends, talks follow, and the network is asked again
    const ends = build.membership({
      id: 'jpn-partner-ends',
      member: 'JPN',
      organisation: 'NATO',
      status: 'partner',
      change: 'end',
      occurred: '2023-07-20',
      recorded: '2023-07-21T00:00:00Z',
    })
    const more = build.meeting({
      id: 'more-talks',
      summit: undefined,
      occurred: '2023-07-25',
      recorded: '2023-07-26T00:00:00Z',
    })
    const later = timeline.appendMany([ends, more])
    const second = later.project(network({ halfLifeDays: 200 }), { at: '2023-07-31' })
    // then the first answer is unchanged and frozen, and the second differs from it
    expect(first).toEqual(copy)
    expect(Object.isFrozen(first.dyads[1]!.tone)).toBe(true)
    expect(second).not.toEqual(first)
  })

  it('summarises again, through a new network(), only the pairs the events folded again wrote', () => {
    // given Japan a NATO partner since 2014, three hundred Japan–Korea talks in 2023 (so that the
    // fold keeps checkpoints between them), the network answered, then a launch near Japan in
    // December learned of in January, asked through a new network()
    const at = '2023-12-31'
    const late = build['military-activity']({ id: 'late', occurred: '2023-12-01', recorded: '2024-01-02T00:00:00Z' })
    const before = Timeline.from([...declarationsFor([partner, ...talksOf, late]), partner, ...talksOf])
    const first = before.project(network(), { at })
    const second = before.append(late).project(network(), { at })
    // then the answer is a fresh timeline's
    expect(second).toEqual(timelineOf([partner, ...talksOf, late]).project(network(), { at }))
    // and Japan–NATO, which nothing folded again touched, is the very summary given before,
    // while North Korea–Japan is new
    const pairOf = (result: NetworkResult, pair: string) => result.dyads.find((dyad) => dyad.pair.join('|') === pair)
    expect(pairOf(second, 'JPN|NATO')).toBe(pairOf(first, 'JPN|NATO'))
    expect(pairOf(first, 'JPN|PRK')).toBeUndefined()
    expect(pairOf(second, 'JPN|PRK')).toBeDefined()
  })

  it('keeps the summary of a pair a late event refolded to the same values, and makes anew one it changed', () => {
    // given Japan a NATO partner since 2014 and three hundred Japan–Korea talks in 2023, answered
    const at = '2023-12-31'
    const launch = build['military-activity']({ id: 'late', occurred: '2023-06-01', recorded: '2024-01-02T00:00:00Z' })
    const asked = Timeline.from([...declarationsFor([partner, ...talksOf, launch]), partner, ...talksOf])
    const first = asked.project(network(), { at })
    // when a launch near Japan in June and the end of the partnership in May are learnt in 2024,
    // each asked through a new network()
    const ends = build.membership({
      id: 'partner-ends',
      member: 'JPN',
      organisation: 'NATO',
      status: 'partner',
      change: 'end',
      occurred: '2023-05-01',
      recorded: '2024-01-03T00:00:00Z',
    })
    const second = asked.append(launch).project(network(), { at })
    const third = asked.append(launch).append(ends).project(network(), { at })
    // then each answer is a fresh timeline's
    expect(second).toEqual(timelineOf([partner, ...talksOf, launch]).project(network(), { at }))
    expect(third).toEqual(timelineOf([partner, ...talksOf, launch, ends]).project(network(), { at }))
    // and Japan–Korea, whose talks after June were folded again to the same sums, keeps the
    // summary given before, while Japan–NATO, whose partnership ended, is summarised anew
    const pairOf = (result: NetworkResult, pair: string) => result.dyads.find((dyad) => dyad.pair.join('|') === pair)
    expect(pairOf(second, 'JPN|KOR')).toBe(pairOf(first, 'JPN|KOR'))
    expect(pairOf(third, 'JPN|KOR')).toBe(pairOf(first, 'JPN|KOR'))
    expect(pairOf(third, 'JPN|NATO')!.ties).not.toEqual(pairOf(first, 'JPN|NATO')!.ties)
  })

  it('gives each pair of random logs the tone and ties relationship(a, b) gives it', async () => {
    await fc.assert(
      fc.asyncProperty(steps(0, 60), queryDate, async (log, at) => {
        // given a random log asked at a random date
        const random = await stored(eventsOf(log))
        // then every dyad of the network is its relationship's, tone and ties
        for (const dyad of random.project(everyPair, { at }).dyads) {
          const [a, b] = dyad.pair
          const pair = random.project(relationship(a, b), { at })
          expect({ tone: dyad.tone, ties: dyad.ties }, `${a}–${b}`).toEqual({ tone: pair.tone, ties: pair.ties })
        }
      }),
      { numRuns: runs(30) },
    )
  })
})

describe('network, asked as the docs say it can be', () => {
  const meeting = (id: string, occurred: string) =>
    build.meeting({ id, summit: undefined, occurred, recorded: `${occurred}T12:00:00Z` })
  const partnerSince = (id: string, status: 'partner' | 'applicant', occurred: string) =>
    build.membership({ id, member: 'JPN', organisation: 'NATO', status, occurred, recorded: `${occurred}T12:00:00Z` })
  const japanNato = (result: NetworkResult) => result.dyads.find((d) => d.pair[0] === 'JPN' && d.pair[1] === 'NATO')

  it('has no pair before anything happened', () => {
    expect(timelineOf([meeting('talks', '2023-07-12')]).project(network(), { at: '2023-01-01' })).toEqual({
      at: '2023-01-01',
      dyads: [],
    })
  })

  it('counts the earlier acts and ties of a pair when asked again after more events', () => {
    // given a partnership and talks, asked once; then an application and more talks appended
    const before = timelineOf([partnerSince('partner', 'partner', '2014-05-06'), meeting('talks', '2023-07-01')])
    expect(japanNato(before.project(network(), { at: '2023-07-31' }))).toBeDefined()
    const after = before.appendMany([
      partnerSince('applies', 'applicant', '2023-07-20'),
      meeting('more-talks', '2023-07-25'),
    ])
    // then the pair holds both meetings and both statuses, as relationship() does
    const dyad = after.project(network(), { at: '2023-07-31' }).dyads.find((d) => d.pair.join() === 'JPN,NATO')!
    expect(dyad.tone.verbalCooperation).toBe(2 + 2)
    expect(dyad.ties.map((t) => t.status).sort()).toEqual(['applicant', 'partner'])
    const pair = after.project(relationship('JPN', 'NATO'), { at: '2023-07-31' })
    expect({ tone: dyad.tone, ties: dyad.ties }).toEqual({ tone: pair.tone, ties: pair.ties })
  })

  it('decays by its own half-life, whatever another network asked before', () => {
    // given talks 192 and 11 days before the end of 12 July, asked first with the default half-life
    const timeline = timelineOf([meeting('winter', '2023-01-01'), meeting('summer', '2023-07-01')])
    timeline.project(network(), { at: '2023-07-12' })
    // then with a 30-day half-life each meeting (weight 1) is halved every 30 days
    const fast = japanNato(timeline.project(network({ halfLifeDays: 30 }), { at: '2023-07-12' }))
    expect(fast!.tone.index).toBeCloseTo(2 ** (-193 / 30) + 2 ** (-12 / 30), 3)
  })

  it('explains itself: the same result as project, and the events that changed it', () => {
    const timeline = timelineOf([partnerSince('partner', 'partner', '2014-05-06'), meeting('talks', '2023-07-01')])
    const explanation = timeline.explain(network(), { at: '2023-07-31' })
    expect(explanation.result).toEqual(timeline.project(network(), { at: '2023-07-31' }))
    expect(explanation.steps.map((step) => step.event)).toEqual(['partner', 'talks'])
  })

  it('gives the changes between two dates of a long log, folded in many runs, as patches of pairs', () => {
    // given 300 meetings of three pairs over 2023, and the network asked at dates through the
    // year (so that its state at a date is folded from others, run after run)
    const pairs = [
      ['FRA', 'DEU'],
      ['FRA', 'ITA'],
      ['DEU', 'ITA'],
    ] as const
    const day = (i: number) => new Date(Date.UTC(2023, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)
    const meetings = Array.from({ length: 300 }, (_, i) => {
      const [p, q] = pairs[i % 3]!
      return build.meeting({
        id: `talks-${i}`,
        actors: [p, q],
        participants: [{ actor: p }, { actor: q }],
        summit: undefined,
        occurred: day(i),
        recorded: `${day(i)}T12:00:00Z`,
      })
    })
    const timeline = timelineOf(meetings)
    for (const at of ['2023-03-01', '2023-06-01', '2023-09-01', '2023-12-31']) timeline.project(network(), { at })
    // when the changes from June to September are asked for
    const diff = timeline.diff(network(), { from: '2023-06-01', to: '2023-09-01' })
    // then each meeting between is a step, whose patches write the pair it names
    expect(diff.steps.map((step) => step.event)).toEqual(meetings.slice(152, 244).map((m) => m.id))
    const written = new Set(diff.steps.flatMap((step) => step.patches.map((patch) => patch.path.slice(0, 2).join(' '))))
    expect([...written].sort()).toEqual(['dyads DEU|FRA', 'dyads DEU|ITA', 'dyads FRA|ITA'])
    // and the network at the end is the one asked of the timeline, counting every meeting up to it
    expect(diff.after).toEqual(timeline.project(network(), { at: '2023-09-01' }))
    expect(diff.after.dyads.map((d) => d.tone.verbalCooperation + d.tone.materialCooperation)).toEqual([82, 81, 81])
  })

  it('leaves out the acts a weights table gives no tone', () => {
    const none = { cameo: null, label: 'No tone', quadClass: null, goldstein: 0 }
    const timeline = timelineOf([meeting('talks', '2023-07-01')])
    expect(timeline.project(network({ weights: { meeting: { default: none } } }), { at: '2023-07-31' }).dyads).toEqual(
      [],
    )
  })

  it('makes no pair of an actor with itself', () => {
    // given Kishida, for Japan, speaking about Japan
    const words = build.statement({
      id: 'self',
      speaker: 'kishida-fumio',
      for: 'JPN',
      about: ['JPN'],
      actors: ['kishida-fumio', 'JPN'],
      occurred: '2023-07-12',
      recorded: '2023-07-12T12:00:00Z',
    })
    expect(timelineOf([words]).project(network(), { at: '2023-07-31' }).dyads).toEqual([])
  })

  it('credits an act to the side that acted, when one person acts for both sides', () => {
    // given Macron, President of France and co-prince of Andorra, criticising Andorra alone
    const offices = ['FRA', 'AND'].map((of) =>
      build.office({
        id: `macron-${of}`,
        person: 'macron-emmanuel',
        office: 'Head of State',
        of,
        occurred: '2017-05-14',
        recorded: '2017-05-14T12:00:00Z',
      }),
    )
    const words = build.statement({
      id: 'words',
      speaker: 'macron-emmanuel',
      for: undefined,
      about: ['AND'],
      actors: ['macron-emmanuel', 'AND'],
      tone: 'critical',
      occurred: '2023-07-12',
      recorded: '2023-07-12T12:00:00Z',
    })
    const timeline = timelineOf([...offices, words])
    // then France acted on Andorra (Andorra on itself is no act): France's side carries it, in both projections
    const dyad = timeline.project(network(), { at: '2023-07-12' }).dyads.find((d) => d.pair.join() === 'AND,FRA')!
    expect(dyad.tone.byDirection.FRA).toBeCloseTo(-2 * 0.5 ** (1 / 365), 3)
    expect(dyad.tone.byDirection.AND).toBe(0)
    expect(dyad.tone).toEqual(timeline.project(relationship('AND', 'FRA'), { at: '2023-07-12' }).tone)
  })
})
