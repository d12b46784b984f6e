/**
 * Who acts on whom, kind by kind, as the table of docs/projections.md ("Who acts on whom") says:
 * one event on a small timeline, and the tone it leaves between two actors in relationship()
 * and in the pair's dyad of network(). The events list their `actors` in an order that says
 * nothing of the direction, so only the kind's own fields can give it.
 */
import { describe, expect, it } from 'vitest'
import {
  actorIdSchema,
  defineKind,
  extendVocabulary,
  type KindWeights,
  network,
  relationship,
  Timeline,
  type ToneSummary,
} from '../../src/index.js'
import { build } from '../support/build.js'
import { declarations, timelineOf } from '../support/timeline.js'

const DAY = '2023-07-12'
const on = { occurred: DAY, recorded: `${DAY}T12:00:00Z` }
/** A Goldstein weight as the tone holds it at the end of its event's day: decayed by one day of the 365-day half-life. */
const decayed = (goldstein: number) => goldstein * 0.5 ** (1 / 365)

/** The tone between a and b at the end of the day, by relationship() and by the dyad of network(). */
function tones(timeline: Timeline, a: string, b: string): { pair: ToneSummary; dyad: ToneSummary | undefined } {
  const pair = timeline.project(relationship(a, b), { at: DAY }).tone
  const [x, y] = a < b ? [a, b] : [b, a]
  const dyad = timeline.project(network(), { at: DAY }).dyads.find((d) => d.pair[0] === x && d.pair[1] === y)?.tone
  return { pair, dyad }
}

/** Says that `from` acted on `to` with this weight and quad class, and `to` not on `from`. */
function expectAct(timeline: Timeline, from: string, to: string, goldstein: number, quad: keyof ToneSummary) {
  const { pair, dyad } = tones(timeline, from, to)
  for (const tone of [pair, dyad]) {
    expect(tone?.index).toBeCloseTo(decayed(goldstein), 3)
    expect(tone?.byDirection[from]).toBeCloseTo(decayed(goldstein), 3)
    expect(tone?.byDirection[to]).toBe(0)
    expect(tone?.[quad]).toBe(1)
  }
}

/** Says that a and b acted on each other in one mutual act of this weight. */
function expectMutual(timeline: Timeline, a: string, b: string, goldstein: number, quad: keyof ToneSummary) {
  const { pair, dyad } = tones(timeline, a, b)
  for (const tone of [pair, dyad]) {
    expect(tone?.index).toBeCloseTo(decayed(goldstein), 3)
    expect(tone?.byDirection[a]).toBeCloseTo(decayed(goldstein), 3)
    expect(tone?.byDirection[b]).toBeCloseTo(decayed(goldstein), 3)
    expect(tone?.[quad]).toBe(1)
  }
}

/** Says that nothing passed between a and b. */
function expectNoAct(timeline: Timeline, a: string, b: string) {
  const { pair, dyad } = tones(timeline, a, b)
  expect(pair.index).toBe(0)
  expect(pair.verbalCooperation + pair.materialCooperation + pair.verbalConflict + pair.materialConflict).toBe(0)
  expect(dyad).toBeUndefined()
}

describe('who acts on whom', () => {
  it('a membership: the member and the organisation act on each other', () => {
    const joins = build.membership({ ...on, id: 'fin-joins', actors: ['NATO', 'FIN'] })
    expectMutual(timelineOf([joins]), 'FIN', 'NATO', 8, 'verbalCooperation')
  })

  it('an agreement: its parties act on each other', () => {
    const itpp = build.agreement({ ...on, id: 'itpp', actors: ['NATO', 'JPN'], parties: ['JPN', 'NATO'] })
    expectMutual(timelineOf([itpp]), 'JPN', 'NATO', 8, 'verbalCooperation')
  })

  it('a visit: the visitor acts on the host', () => {
    const visit = build.visit({ ...on, id: 'visit', visitor: 'JPN', host: 'LTU', actors: ['LTU', 'JPN'] })
    expectAct(timelineOf([visit]), 'JPN', 'LTU', 1.9, 'verbalCooperation')
  })

  it('a statement: the side spoken for acts on those spoken about', () => {
    const words = build.statement({ ...on, id: 'words', actors: ['JPN', 'stoltenberg-jens', 'NATO'] })
    expectAct(timelineOf([words]), 'NATO', 'JPN', 3.4, 'verbalCooperation')
  })

  it('a communiqué: the issuer acts on each actor it characterises, weighed by that characterisation', () => {
    const communique = build.communique({
      ...on,
      id: 'communique',
      summit: undefined,
      actors: ['CHN', 'JPN', 'NATO'],
      characterizations: [
        { actor: 'CHN', terms: ['coercive policies'], tone: 'critical' },
        { actor: 'JPN', terms: ['a valued partner'], tone: 'cooperative' },
      ],
    })
    const timeline = timelineOf([communique])
    expectAct(timeline, 'NATO', 'CHN', -2, 'verbalConflict')
    expectAct(timeline, 'NATO', 'JPN', 3.4, 'verbalCooperation')
    expectNoAct(timeline, 'CHN', 'JPN')
  })

  it('a proposal: the proposer acts on each other actor named, and on nobody else', () => {
    const proposal = build.proposal({ ...on, id: 'office', actors: ['JPN', 'NATO', 'KOR'] })
    const timeline = timelineOf([proposal])
    expectAct(timeline, 'NATO', 'JPN', 4, 'verbalCooperation')
    expectAct(timeline, 'NATO', 'KOR', 4, 'verbalCooperation')
    expectNoAct(timeline, 'JPN', 'KOR')
  })

  it('a position: the actor acts on the other actors named', () => {
    const proposal = build.proposal({ ...on, id: 'office', actors: ['USA'], proposer: 'USA' })
    const opposes = build.position({ ...on, id: 'opposes', proposal: 'office', actors: ['NATO', 'FRA'] })
    expectAct(timelineOf([proposal, opposes]), 'FRA', 'NATO', -4, 'verbalConflict')
  })

  it('military activity: the actor acts on those it was near, not on others named', () => {
    const launch = build['military-activity']({ ...on, id: 'launch', actors: ['USA', 'JPN', 'PRK'], near: ['JPN'] })
    const timeline = timelineOf([launch])
    expectAct(timeline, 'PRK', 'JPN', -7.2, 'materialConflict')
    expectNoAct(timeline, 'PRK', 'USA')
  })

  it('a reaction: the actor acts on those it reacts towards, or else on the other actors named', () => {
    const communique = build.communique({
      ...on,
      id: 'communique',
      summit: undefined,
      actors: ['NATO', 'USA'],
      characterizations: [{ actor: 'USA', terms: ['an ally'], tone: 'cooperative' }],
    })
    const towards = build.reaction({ ...on, id: 'towards', respondsTo: 'communique', actors: ['KOR', 'NATO', 'CHN'] })
    const named = build.reaction({
      ...on,
      id: 'named',
      actor: 'RUS',
      respondsTo: 'communique',
      stance: 'concern',
      towards: undefined,
      actors: ['USA', 'RUS'],
    })
    const timeline = timelineOf([communique, towards, named])
    expectAct(timeline, 'CHN', 'NATO', -5, 'verbalConflict')
    expectNoAct(timeline, 'CHN', 'KOR')
    expectAct(timeline, 'RUS', 'USA', -2, 'verbalConflict')
  })

  it('aid: the donor acts on the recipient', () => {
    const aid = build.aid({ ...on, id: 'aid', actors: ['UKR', 'JPN'] })
    expectAct(timelineOf([aid]), 'JPN', 'UKR', 7.4, 'materialCooperation')
  })

  it.each([
    ['sanctions', build.sanctions({ ...on, actors: ['RUS', 'EU'] }), 'EU', 'RUS', -8, 'materialConflict'],
    ['an expulsion', build.expulsion({ ...on, actors: ['RUS', 'FRA'] }), 'FRA', 'RUS', -4, 'materialConflict'],
    [
      'an ambassador recalled',
      build.ambassador({ ...on, actors: ['AUS', 'FRA'] }),
      'FRA',
      'AUS',
      -4,
      'materialConflict',
    ],
    ['an embassy closed', build.embassy({ ...on, actors: ['UKR', 'USA'] }), 'USA', 'UKR', -4, 'materialConflict'],
    ['a recognition', build.recognition({ ...on, actors: ['PSE', 'ESP'] }), 'ESP', 'PSE', 6, 'verbalCooperation'],
    ['a threat', build.threat({ ...on, actors: ['USA', 'PRK'] }), 'PRK', 'USA', -7, 'verbalConflict'],
  ] as const)('%s: the acting field acts on the other, whatever the order of actors', (_, event, from, to, g, quad) => {
    expectAct(timelineOf([event]), from, to, g, quad)
  })

  describe('an act on an agreement', () => {
    const treaty = build.agreement({
      id: 'inf',
      title: 'INF Treaty',
      parties: ['USA', 'RUS'],
      actors: ['USA', 'RUS'],
      occurred: DAY,
      recorded: `${DAY}T06:00:00Z`,
      inForce: { from: DAY },
    })
    const act = (id: string, kind: 'withdrawal' | 'suspension', party?: string) =>
      build['agreement-act']({
        ...on,
        id,
        agreement: 'inf',
        act: kind,
        actors: ['RUS', 'USA'],
        ...(party === undefined ? { party: undefined } : { party }),
      })

    it('a withdrawal: the party withdrawing acts on the others', () => {
      const { pair, dyad } = tones(timelineOf([treaty, act('out', 'withdrawal', 'USA')]), 'USA', 'RUS')
      for (const tone of [pair, dyad]) {
        // the treaty (+8) both ways, and the withdrawal (-4) by the United States only
        expect(tone?.byDirection.USA).toBeCloseTo(decayed(8 - 4), 3)
        expect(tone?.byDirection.RUS).toBeCloseTo(decayed(8), 3)
        expect(tone?.materialConflict).toBe(1)
      }
    })

    it('any other act: every party named acts on every other', () => {
      const { pair, dyad } = tones(timelineOf([treaty, act('paused', 'suspension')]), 'USA', 'RUS')
      for (const tone of [pair, dyad]) {
        expect(tone?.byDirection.USA).toBeCloseTo(decayed(8 - 4), 3)
        expect(tone?.byDirection.RUS).toBeCloseTo(decayed(8 - 4), 3)
      }
    })
  })

  it('an office is bookkeeping: no act, even under a weights table that weighs offices', () => {
    // given Kishida, Prime Minister of Japan, taking the chair of the G7 (listed before him)
    const pm = build.office({ id: 'pm', occurred: '2021-10-04', recorded: '2021-10-04T00:00:00Z' })
    const chair = build.office({ ...on, id: 'chair', office: 'President', of: 'G7', actors: ['G7', 'kishida-fumio'] })
    const consult = { cameo: '040', label: 'Consult', quadClass: 'verbal-cooperation', goldstein: 1 } as const
    const timeline = timelineOf([pm, chair])
    // then Japan and the G7 have no tone
    const tone = timeline.project(relationship('G7', 'JPN', { weights: { office: { default: consult } } }), { at: DAY })
    expect(tone.tone.verbalCooperation).toBe(0)
    expect(timeline.project(network({ weights: { office: { default: consult } } }), { at: DAY }).dyads).toEqual([])
  })
})

describe('who acts on whom in a kind of one’s own', () => {
  const weights: KindWeights = {
    default: {
      cameo: '163',
      label: 'Impose embargo, boycott, or sanctions',
      quadClass: 'material-conflict',
      goldstein: -8,
    },
  }
  const fields = { imposer: actorIdSchema, target: actorIdSchema }
  const named = (e: { imposer: string; target: string }) =>
    [
      [['imposer'], e.imposer],
      [['target'], e.target],
    ] as const
  const event = (kind: string, actors: string[]) => ({
    ...on,
    id: `${kind}-1`,
    kind,
    actors,
    sources: [{ id: 'gazette', publisher: 'Gazette', published: DAY }],
    imposer: 'EU',
    target: 'RUS',
  })
  /** A timeline of one event of a kind of one's own (read back as a timeline of the built-in kinds, for the helpers). */
  const timelineWith = (vocabulary: { kinds: object }, kind: string, actors: string[]): Timeline =>
    Timeline.from([...declarations(['EU', 'RUS', 'FRA']), event(kind, actors)], {
      vocabulary: vocabulary as never,
    }) as unknown as Timeline

  it('follows the direction the kind gives', () => {
    const measure = defineKind('measure', fields, {
      weights,
      actors: (e) => named(e).map(([p, a]) => [[...p], a] as [string[], string]),
      direction: (e) => ({ from: [e.target], to: [e.imposer] }),
    })
    // the kind says the target acts on the imposer (the reverse of its actors' order)
    expectAct(timelineWith(extendVocabulary(measure), 'measure', ['EU', 'RUS']), 'RUS', 'EU', -8, 'materialConflict')
  })

  it('is mutual when the direction names the same actors both ways', () => {
    const talks = defineKind('talks', fields, {
      weights,
      direction: (e) => ({ from: [e.imposer, e.target], to: [e.target, e.imposer] }),
    })
    expectMutual(timelineWith(extendVocabulary(talks), 'talks', ['EU', 'RUS']), 'EU', 'RUS', -8, 'materialConflict')
  })

  it('is not mutual when the two sides only overlap', () => {
    // EU and France act on France and Russia: EU on Russia one way, and never Russia on the EU
    const joint = defineKind('joint', fields, {
      weights,
      direction: () => ({ from: ['EU', 'FRA'], to: ['FRA', 'RUS'] }),
    })
    expectAct(timelineWith(extendVocabulary(joint), 'joint', ['EU', 'RUS', 'FRA']), 'EU', 'RUS', -8, 'materialConflict')
  })

  it('is not mutual when the acting side is only part of the side acted upon', () => {
    // The EU acts on itself and Russia: on Russia one way, and never Russia on the EU
    const sweeping = defineKind('sweeping', fields, {
      weights,
      direction: () => ({ from: ['EU'], to: ['EU', 'RUS'] }),
    })
    expectAct(timelineWith(extendVocabulary(sweeping), 'sweeping', ['EU', 'RUS']), 'EU', 'RUS', -8, 'materialConflict')
  })

  it('without a direction, the first actor named acts on the rest', () => {
    const plain = defineKind('plain', fields, { weights })
    expectAct(timelineWith(extendVocabulary(plain), 'plain', ['RUS', 'EU']), 'RUS', 'EU', -8, 'materialConflict')
  })
})
