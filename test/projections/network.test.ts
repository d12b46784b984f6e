import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { network, relationship } from '../../src/index.js'
import { build } from '../support/build.js'
import { eventsOf, queryDate, steps } from '../support/random-log.js'
import { runs, stored, storedOf } from '../support/stored.js'

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
