import { beforeAll, describe, expect, it } from 'vitest'
import { type RelationshipResult, relationship, type Timeline, WEIGHTS } from '../../src/index.js'
import { build, citation } from '../support/build.js'
import { storedOf } from '../support/stored.js'

// Kishida, Prime Minister of Japan from 4 October 2021; Stoltenberg, NATO's Secretary General from 2014.
const kishidaInOffice = build.office({ id: 'kishida-pm', occurred: '2021-10-04', recorded: '2021-10-04T12:00:00Z' })
const stoltenbergInOffice = build.office({
  id: 'stoltenberg-sg',
  person: 'stoltenberg-jens',
  of: 'NATO',
  office: 'Secretary General',
  occurred: '2014-10-01',
  recorded: '2014-10-01T12:00:00Z',
})
const offices = [kishidaInOffice, stoltenbergInOffice]

/** A source other than the builders' default, so two claims can rest on different reports. */
const jiji = citation({
  id: 'jiji-2023-07-11',
  publisher: 'Jiji Press',
  title: 'Japan at NATO',
  published: '2023-07-11',
})

const partner = (id: string, certainty: 'confirmed' | 'reported', occurred = '2014-05-06') =>
  build.membership({
    id,
    member: 'JPN',
    organisation: 'NATO',
    status: 'partner',
    occurred,
    recorded: '2023-07-11T00:00:00Z',
    certainty,
  })
const observer = (id: string, certainty: 'confirmed' | 'reported') =>
  build.membership({
    id,
    member: 'JPN',
    organisation: 'NATO',
    status: 'observer',
    occurred: '2023-07-11',
    recorded: '2023-07-11T00:00:00Z',
    certainty,
    sources: [jiji],
  })

const japanNato = relationship('JPN', 'NATO')

describe('relationship ties', () => {
  it('lists both statuses, marked disputed, when sources of equal certainty disagree', async () => {
    // given one report calling Japan a NATO partner and another calling it an observer, both "reported"
    const timeline = await storedOf([partner('says-partner', 'reported'), observer('says-observer', 'reported')])
    // then both ties are listed, each disputed, each with its own evidence
    const { ties } = timeline.project(japanNato, { at: '2023-07-12' })
    expect(ties.map((tie) => [tie.status, tie.disputed, tie.evidence])).toEqual([
      ['observer', true, ['says-observer']],
      ['partner', true, ['says-partner']],
    ])
  })

  it('gives the claim of stronger certainty, with the weaker one as an alternative', async () => {
    // given a confirmed partnership and a reported observer status
    const timeline = await storedOf([partner('says-partner', 'confirmed'), observer('says-observer', 'reported')])
    // then there is one tie, partner, not disputed, with the observer claim kept as an alternative
    const { ties } = timeline.project(japanNato, { at: '2023-07-12' })
    expect(ties).toEqual([
      {
        member: 'JPN',
        organisation: 'NATO',
        status: 'partner',
        since: '2014-05-06',
        certainty: 'confirmed',
        disputed: false,
        alternatives: [{ status: 'observer', certainty: 'reported', evidence: ['says-observer'] }],
        evidence: ['says-partner'],
      },
    ])
  })

  it('dates a status from the earliest source that claims it, and names every source', async () => {
    // given two reports of the partnership, one dating it 2014 and one 2018
    const timeline = await storedOf([
      partner('later-report', 'reported', '2018-01-01'),
      partner('earlier-report', 'reported', '2014-05-06'),
    ])
    // then the tie runs since 2014, on both reports
    expect(timeline.project(japanNato, { at: '2023-07-12' }).ties).toMatchObject([
      { status: 'partner', since: '2014-05-06', evidence: ['earlier-report', 'later-report'] },
    ])
  })

  it('ends a status with the event that ends it', async () => {
    // given Japan a partner from 2014, and that partnership ended in 2020
    const ended = build.membership({
      id: 'partnership-ends',
      member: 'JPN',
      organisation: 'NATO',
      status: 'partner',
      change: 'end',
      occurred: '2020-01-01',
      recorded: '2020-01-02T00:00:00Z',
    })
    const timeline = await storedOf([partner('partnership', 'reported'), ended])
    // then there is a tie in 2019 and none in 2021
    expect(timeline.project(japanNato, { at: '2019-12-31' }).ties.map((tie) => tie.status)).toEqual(['partner'])
    expect(timeline.project(japanNato, { at: '2021-01-01' }).ties).toEqual([])
  })

  it('does not take a status from before it began', async () => {
    // given the observer status of 11 July 2023, then on 10 July there is no tie
    expect(
      (await storedOf([observer('says-observer', 'reported')])).project(japanNato, { at: '2023-07-10' }).ties,
    ).toEqual([])
  })
})

describe('relationship agreements', () => {
  const itpp = build.agreement({
    id: 'itpp',
    occurred: '2023-07-12',
    areas: ['cyber defence', 'outer space'],
    inForce: { from: '2023-07-12' },
  })
  const later = build.agreement({
    id: 'later',
    title: 'Maritime security',
    occurred: '2023-07-12',
    areas: ['maritime security'],
    inForce: { from: '2023-09-01' },
  })
  const lapsed = build.agreement({
    id: 'lapsed',
    title: 'Information sharing',
    occurred: '2019-12-15',
    recorded: '2019-12-16T00:00:00Z',
    areas: ['information sharing', 'cyber defence'],
    inForce: { from: '2020-01-01', until: '2022-12-31' },
  })
  let timeline: Timeline
  beforeAll(async () => {
    timeline = await storedOf([itpp, later, lapsed])
  })
  const inForce = (at: string) => timeline.project(japanNato, { at }).agreements.map((agreement) => agreement.id)

  it('lists an agreement from the day it comes into force', () => {
    // given the partnership programme in force from 12 July 2023, then it is listed on that day
    expect(inForce('2023-07-12')).toEqual(['itpp'])
    expect(timeline.project(japanNato, { at: '2023-07-12' }).agreements[0]).toEqual({
      id: 'itpp',
      title: 'Individually Tailored Partnership Programme',
      areas: ['cyber defence', 'outer space'],
      inForce: { from: '2023-07-12' },
      status: 'in-force',
      withdrawn: [],
      evidence: ['itpp'],
    })
  })

  it('does not list an agreement signed but not yet in force', () => {
    // given an agreement signed on 12 July and in force from 1 September, then it is listed only from September
    expect(inForce('2023-08-31')).not.toContain('later')
    expect(inForce('2023-09-01')).toContain('later')
  })

  it('lists an agreement through its last day in force, and not after', () => {
    // given an agreement in force until 31 December 2022, then it is listed that day and not the next
    expect(inForce('2022-12-31')).toEqual(['lapsed'])
    expect(inForce('2023-01-01')).toEqual([])
  })

  it('gives the areas of the agreements in force, sorted, each once', () => {
    // given in 2022 only the lapsed agreement, in 2023 the other two
    expect(timeline.project(japanNato, { at: '2022-06-30' }).areas).toEqual(['cyber defence', 'information sharing'])
    expect(timeline.project(japanNato, { at: '2023-09-30' }).areas).toEqual([
      'cyber defence',
      'maritime security',
      'outer space',
    ])
  })
})

describe('relationship contacts', () => {
  const summit = build.summit({ id: 'vilnius', occurred: { from: '2023-07-11', to: '2023-07-12' } })
  const sidelines = build.meeting({ id: 'sidelines', summit: 'vilnius', occurred: '2023-07-12' })
  const tokyo = build.meeting({
    id: 'tokyo-talks',
    occurred: '2023-01-31',
    recorded: '2023-02-01T00:00:00Z',
    summit: undefined,
  })
  const visit = build.visit({ id: 'kishida-in-vilnius', occurred: '2023-07-11', visitor: 'kishida-fumio', host: 'LTU' })
  let timeline: Timeline
  beforeAll(async () => {
    timeline = await storedOf([...offices, summit, sidelines, tokyo, visit])
  })

  it('counts meetings of the two, people counting for the actors they held office in', () => {
    // given talks in Tokyo and on the sidelines in Vilnius, then Japan and NATO met twice by July
    expect(timeline.project(japanNato, { at: '2023-07-31' }).contacts.meetings).toBe(2)
    expect(timeline.project(japanNato, { at: '2023-02-28' }).contacts.meetings).toBe(1)
  })

  it('counts summits both attended, as host, organisation or attendee', () => {
    // given NATO's summit hosted by Lithuania with Japan attending
    // then it is a summit together for Japan and NATO, and for Japan and Lithuania
    expect(timeline.project(japanNato, { at: '2023-07-31' }).contacts.summits).toBe(1)
    expect(timeline.project(relationship('JPN', 'LTU'), { at: '2023-07-31' }).contacts.summits).toBe(1)
    expect(timeline.project(relationship('JPN', 'KOR'), { at: '2023-07-31' }).contacts.summits).toBe(0)
  })

  it('counts a visit of one side’s leader to the other', () => {
    // given Kishida's visit to Lithuania, then it is a visit between Japan and Lithuania, not Japan and NATO
    expect(timeline.project(relationship('JPN', 'LTU'), { at: '2023-07-31' }).contacts.visits).toBe(1)
    expect(timeline.project(japanNato, { at: '2023-07-31' }).contacts.visits).toBe(0)
  })

  it('gives the last contact: its day and event', () => {
    // given the Tokyo talks in January and the summit and sidelines talks on 11–12 July
    // then in February the last contact is the Tokyo talks; in July it is on 12 July
    expect(timeline.project(japanNato, { at: '2023-02-28' }).contacts.last).toEqual({
      date: '2023-01-31',
      event: 'tokyo-talks',
    })
    expect(timeline.project(japanNato, { at: '2023-07-31' }).contacts.last).toEqual({
      date: '2023-07-12',
      event: 'sidelines',
    })
  })

  it('has no last contact before the first', () => {
    // given a date before any contact, then `last` is absent
    expect(timeline.project(japanNato, { at: '2022-12-31' }).contacts).toEqual({ meetings: 0, visits: 0, summits: 0 })
  })
})

describe('relationship tone', () => {
  const praise = (id: string, occurred: string, tone: 'cooperative' | 'critical' = 'cooperative') =>
    build.statement({
      id,
      occurred,
      recorded: `${occurred}T12:00:00Z`,
      speaker: 'stoltenberg-jens',
      for: 'NATO',
      about: ['JPN'],
      tone,
    })
  const cooperative = WEIGHTS.statement.subtypes!['cooperative']!.goldstein

  it('is positive for cooperation and negative for conflict', async () => {
    // given praise of Japan by NATO, and a North Korean launch near Japan
    const launch = build['military-activity']({
      id: 'launch',
      occurred: '2023-07-12',
      recorded: '2023-07-12T03:00:00Z',
    })
    const timeline = await storedOf([...offices, praise('praise', '2023-07-12'), launch])
    // then Japan and NATO are warm, North Korea and Japan cold
    expect(timeline.project(japanNato, { at: '2023-07-12' }).tone.index).toBeGreaterThan(0)
    expect(timeline.project(relationship('PRK', 'JPN'), { at: '2023-07-12' }).tone.index).toBeLessThan(0)
  })

  it('weighs an act one half-life old at half its Goldstein weight', async () => {
    // given praise on 13 July 2022, and a half-life of 100 days, asked just after 21 October 2022 (100 days on)
    const timeline = await storedOf([...offices, praise('praise', '2022-07-13')])
    const tone = timeline.project(relationship('JPN', 'NATO', { halfLifeDays: 100 }), {
      at: '2022-10-21T00:00:00Z',
    }).tone
    // then the praise counts half its weight
    expect(tone.index).toBeCloseTo(cooperative / 2, 3)
  })

  it('weighs an older act less than a recent one', async () => {
    // given the same praise, once in 2021 and once in 2023
    const old = (await storedOf([...offices, praise('praise', '2021-07-12')])).project(japanNato, { at: '2023-07-12' })
      .tone.index
    const recent = (await storedOf([...offices, praise('praise', '2023-07-12')])).project(japanNato, {
      at: '2023-07-12',
    }).tone.index
    // then the older one weighs less
    expect(old).toBeGreaterThan(0)
    expect(old).toBeLessThan(recent)
  })

  it('never grows in absolute value when later dates bring no new act', async () => {
    // given praise and criticism in 2023, asked at dates from 2024 on
    const timeline = await storedOf([
      ...offices,
      praise('praise', '2023-03-01'),
      praise('criticism', '2023-06-01', 'critical'),
    ])
    const indexes = ['2024-01-01', '2024-06-01', '2025-01-01', '2030-01-01'].map((at) =>
      Math.abs(timeline.project(japanNato, { at }).tone.index),
    )
    // then each is no larger than the one before, and the tone fades
    for (let i = 1; i < indexes.length; i++) expect(indexes[i]).toBeLessThanOrEqual(indexes[i - 1]!)
    expect(indexes[indexes.length - 1]).toBeLessThan(indexes[0]!)
  })

  it('keys byDirection by the acting side, both sides for a mutual act', async () => {
    // given NATO praising Japan, then NATO's direction is warm and Japan's is zero
    const praised = (await storedOf([...offices, praise('praise', '2023-07-12')])).project(japanNato, {
      at: '2023-07-12',
    }).tone.byDirection
    expect(praised['NATO']).toBeGreaterThan(0)
    expect(praised['JPN']).toBe(0)
    // and given a meeting, both sides act
    const met = (await storedOf([...offices, build.meeting({ id: 'm', summit: undefined })])).project(japanNato, {
      at: '2023-07-12',
    }).tone.byDirection
    expect(met['NATO']).toBeGreaterThan(0)
    expect(met['JPN']).toBe(met['NATO'])
  })

  it('tallies acts by quad class', async () => {
    // given one act of each quad class between Japan and NATO: talks (verbal cooperation), aid
    // (material cooperation), criticism (verbal conflict) and exercises near Japan (material conflict)
    const timeline = await storedOf([
      ...offices,
      build.meeting({ id: 'talks', summit: undefined }),
      build.aid({ id: 'aid', donor: 'NATO', recipient: 'JPN' }),
      praise('criticism', '2023-07-12', 'critical'),
      build['military-activity']({ id: 'exercise', actor: 'NATO', activity: 'exercise', near: ['JPN'] }),
    ])
    // then each tally counts one
    const {
      index: _index,
      byDirection: _byDirection,
      ...tallies
    } = timeline.project(japanNato, { at: '2023-07-31' }).tone
    expect(tallies).toEqual({ verbalCooperation: 1, materialCooperation: 1, verbalConflict: 1, materialConflict: 1 })
  })

  it('takes weights given for some kinds, and the defaults for the others', async () => {
    // given talks weighted 5 by the caller, and criticism with its default weight, on the same day
    const table = {
      meeting: { default: { cameo: '040', label: 'Consult', quadClass: 'verbal-cooperation' as const, goldstein: 5 } },
    }
    const timeline = await storedOf([
      ...offices,
      build.meeting({ id: 'talks', summit: undefined }),
      praise('criticism', '2023-07-12', 'critical'),
    ])
    const tone = timeline.project(relationship('JPN', 'NATO', { weights: table }), { at: '2023-07-12' }).tone
    // then both count, and the index is their sum decayed by the day that passed
    expect(tone.verbalConflict).toBe(1)
    const critical = WEIGHTS.statement.subtypes!['critical']!.goldstein
    expect(tone.index).toBeCloseTo((5 + critical) * 2 ** (-1 / 365), 3)
  })
})

describe('relationship stances', () => {
  const office = build.proposal({ id: 'tokyo-office', occurred: '2023-05', recorded: '2023-06-01T00:00:00Z' })
  const position = (id: string, actor: string, stance: 'support' | 'oppose' | 'neutral', occurred: string) =>
    build.position({ id, actor, proposal: 'tokyo-office', stance, occurred, recorded: `${occurred}T12:00:00Z` })
  let timeline: Timeline
  beforeAll(async () => {
    timeline = await storedOf([
      office,
      position('jpn-supports', 'JPN', 'support', '2023-06-01'),
      position('fra-opposes', 'FRA', 'oppose', '2023-06-05'),
      position('fra-relents', 'FRA', 'neutral', '2023-09-01'),
      position('usa-supports', 'USA', 'support', '2023-06-10'),
    ])
  })

  it('gives each side’s stance on a proposal both took a position on', () => {
    // given Japan supporting the Tokyo office and France opposing it, each saying so alone
    // then the Japan–France relationship shows both stances
    expect(timeline.project(relationship('JPN', 'FRA'), { at: '2023-07-12' }).stances).toEqual([
      { proposal: 'tokyo-office', stances: { JPN: 'support', FRA: 'oppose' } },
    ])
  })

  it('takes each side’s latest position', () => {
    // given France turning neutral in September, then the stance then is neutral
    expect(timeline.project(relationship('JPN', 'FRA'), { at: '2023-09-30' }).stances[0]?.stances).toEqual({
      JPN: 'support',
      FRA: 'neutral',
    })
  })

  it('leaves out a proposal only one side took a position on', async () => {
    // given Korea, which took no position, then Japan and Korea share no stance
    expect(
      (
        await storedOf([
          office,
          position('jpn-supports', 'JPN', 'support', '2023-06-01'),
          build.visit({ id: 'v', visitor: 'KOR', host: 'JPN' }),
        ])
      ).project(relationship('JPN', 'KOR'), { at: '2023-07-12' }).stances,
    ).toEqual([])
  })
})

describe('relationship quotes and evidence', () => {
  const words = build.statement({
    id: 'closest-partners',
    occurred: '2023-07-12',
    quote: 'Japan is one of our closest partners.',
  })
  const aboutKorea = build.statement({
    id: 'about-korea',
    occurred: '2023-07-12',
    about: ['KOR'],
    quote: 'Korea is a valued partner.',
  })
  const launch = build['military-activity']({ id: 'launch' })
  let timeline: Timeline
  beforeAll(async () => {
    timeline = await storedOf([
      ...offices,
      words,
      aboutKorea,
      launch,
      build.meeting({ id: 'talks', summit: undefined }),
    ])
  })

  it('quotes what one side said about the other, with speaker, day and event', () => {
    // given Stoltenberg on Japan and on Korea, then only the words on Japan are a Japan–NATO quote
    expect(timeline.project(japanNato, { at: '2023-07-31' }).quotes).toEqual([
      {
        speaker: 'stoltenberg-jens',
        quote: 'Japan is one of our closest partners.',
        date: '2023-07-12',
        event: 'closest-partners',
      },
    ])
  })

  it('names every event behind its facts, sorted, and no other', () => {
    // given the words, the talks, and events between other pairs
    // then the evidence is the words and the talks
    expect(timeline.project(japanNato, { at: '2023-07-31' }).evidence).toEqual(['closest-partners', 'talks'])
  })
})

describe('relationship(a, b) and relationship(b, a)', () => {
  it('give the same facts, with the pair as asked', async () => {
    // given a timeline with ties, an agreement, contacts, tone, stances and quotes between Japan and NATO
    const proposalByNato = build.proposal({ id: 'tokyo-office', occurred: '2023-05', recorded: '2023-06-01T00:00:00Z' })
    const timeline = await storedOf([
      ...offices,
      partner('partnership', 'confirmed'),
      observer('observer', 'reported'),
      build.agreement({ id: 'itpp' }),
      build.meeting({ id: 'talks', summit: undefined }),
      build.statement({ id: 'words' }),
      build.statement({
        id: 'reply',
        speaker: 'kishida-fumio',
        for: 'JPN',
        about: ['NATO'],
        tone: 'critical',
        quote: 'We are not joining.',
      }),
      proposalByNato,
      build.position({ id: 'jpn-on-office', actor: 'JPN', proposal: 'tokyo-office', stance: 'support' }),
      build.position({ id: 'nato-on-office', actor: 'NATO', proposal: 'tokyo-office', stance: 'support' }),
    ])
    // then asked either way round, the answers differ only in `pair`
    const withoutPair = ({ pair: _pair, ...facts }: RelationshipResult) => facts
    const ab = timeline.project(relationship('JPN', 'NATO'), { at: '2023-07-31' })
    const ba = timeline.project(relationship('NATO', 'JPN'), { at: '2023-07-31' })
    expect(ab.pair).toEqual(['JPN', 'NATO'])
    expect(ba.pair).toEqual(['NATO', 'JPN'])
    expect(withoutPair(ba)).toEqual(withoutPair(ab))
    expect(ab.stances).toHaveLength(1)
    expect(ab.tone.byDirection['JPN']).not.toBe(ab.tone.byDirection['NATO'])
  })
})
