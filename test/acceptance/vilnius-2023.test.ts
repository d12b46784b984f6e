/**
 * Questions a reader of the two Vilnius reports (Kyodo News and JAPAN Forward, 13 July 2023)
 * would ask, put to fixtures/vilnius-2023.ndjson through the public API. Every expected value is
 * written here from the reports and the public record the fixture cites, never read back from
 * the fixture, so each test fails if its fact is missing from the file or wrong in it.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  type DiplomaticEvent,
  defineProjection,
  type EventKind,
  type EventOfKind,
  membership,
  officeHolders,
  proposal,
  relationship,
  Timeline,
  toInterval,
} from '../../src/index.js'
import { readTimelineFile } from '../../src/node.js'

const FIXTURE = fileURLToPath(new URL('../../fixtures/vilnius-2023.ndjson', import.meta.url))
const timeline = Timeline.fromNdjson(readFileSync(FIXTURE, 'utf8'))

const KYODO = 'kyodo-2023-07-13'
const JAPAN_FORWARD = 'japan-forward-2023-07-13'
const LAUNCH = 'launch-prk-2023-07-12'
const LIAISON_OFFICE = 'proposal-nato-liaison-office-tokyo'

/** The event with this id as the timeline holds it, checked to be of this kind. */
function eventOf<K extends EventKind>(id: string, kind: K, from: Timeline = timeline): EventOfKind<DiplomaticEvent, K> {
  const event = from.get(id)
  expect(event?.kind, `event "${id}"`).toBe(kind)
  return event as EventOfKind<DiplomaticEvent, K>
}

/** The ids of the citations an event gives, inline or by reference. */
function citationIds(event: DiplomaticEvent): string[] {
  return event.sources.map((source) => (typeof source === 'string' ? source : source.id))
}

/** Who held an office of a state or organisation at a date. */
function holderOf(actor: string, office: string, at: string): string[] {
  return timeline
    .project(officeHolders(actor), { at })
    .offices.filter((held) => held.office === office)
    .map((held) => held.person)
}

/** The full members of NATO at a date, sorted. */
function natoMembers(at: string): string[] {
  return timeline
    .project(membership('NATO'), { at })
    .members.filter((member) => member.status === 'member')
    .map((member) => member.actor)
    .sort()
}

/** A projection of the certainty each military activity had, as the view folding it knew it. */
const activityCertainty = defineProjection({
  name: 'military-activity certainty',
  initial: {} as Record<string, string>,
  on: {
    'military-activity'(draft, event, ctx) {
      draft[event.id] = ctx.certainty
    },
  },
})

describe('the fixture', () => {
  it('loads the same events with readTimelineFile as with Timeline.fromNdjson', async () => {
    const streamed = await readTimelineFile(FIXTURE)
    expect(streamed.version).toBe(timeline.version)
    expect(streamed.events).toEqual(timeline.events)
  })

  it('cites at least one source for every event', () => {
    const unsourced = timeline.events.filter((event) => event.sources.length === 0).map((event) => event.id)
    expect(unsourced).toEqual([])
  })

  it('gives the two reports as Kyodo News and JAPAN Forward, published on 13 July 2023', () => {
    const citations = timeline.events.flatMap((event) => event.sources).filter((source) => typeof source !== 'string')
    const kyodo = citations.find((citation) => citation.id === KYODO)
    const japanForward = citations.find((citation) => citation.id === JAPAN_FORWARD)
    expect(kyodo).toMatchObject({ publisher: 'Kyodo News', published: '2023-07-13' })
    expect(japanForward).toMatchObject({
      publisher: 'JAPAN Forward',
      author: 'Duncan Bartlett',
      published: '2023-07-13',
    })
  })

  // What the reports describe, each cited to the report (or both) that tells it.
  it.each([
    ['summit-nato-vilnius-2023', [KYODO, JAPAN_FORWARD]],
    ['visit-kishida-vilnius-2023-07', [KYODO]],
    ['summit-nato-madrid-2022', [KYODO]],
    ['agreement-japan-nato-expand-cooperation-2022-06-29', [KYODO]],
    ['communique-nato-strategic-concept-2022', [KYODO]],
    ['meeting-kishida-stoltenberg-2023-07-12', [KYODO, JAPAN_FORWARD]],
    ['statement-stoltenberg-no-partner-closer-2023-07-12', [KYODO, JAPAN_FORWARD]],
    ['nato-partner-jpn-kyodo-2023-07-12', [KYODO]],
    ['nato-observer-jpn-japan-forward-2023-07-11', [JAPAN_FORWARD]],
    ['nato-observer-kor-japan-forward-2023-07-11', [JAPAN_FORWARD]],
    ['agreement-japan-nato-itpp-2023-07-12', [KYODO]],
    ['statement-kishida-vilnius-2023-07-12', [KYODO]],
    ['statement-stoltenberg-security-is-global-2023-07-12', [JAPAN_FORWARD]],
    ['statement-stoltenberg-thanks-japan-ukraine-2023-07-12', [JAPAN_FORWARD]],
    ['statement-stoltenberg-china-build-up-2023-07-12', [JAPAN_FORWARD]],
    ['communique-nato-vilnius-2023-07-11', [JAPAN_FORWARD]],
    ['reaction-china-communique-2023-07-12', [JAPAN_FORWARD]],
    [LAUNCH, [JAPAN_FORWARD]],
    ['reaction-matsuno-launch-2023-07-12', [JAPAN_FORWARD]],
    ['reaction-stoltenberg-launch-2023-07-12', [JAPAN_FORWARD]],
    [LIAISON_OFFICE, [JAPAN_FORWARD]],
    ['position-fra-liaison-office', [JAPAN_FORWARD]],
    ['position-chn-liaison-office', [JAPAN_FORWARD]],
    ['position-usa-liaison-office', [JAPAN_FORWARD]],
    ['position-gbr-liaison-office', [JAPAN_FORWARD]],
    ['meeting-stoltenberg-yoon-2023-07-11', [JAPAN_FORWARD]],
    ['agreement-korea-nato-itpp-2023-07-11', [JAPAN_FORWARD]],
    ['statement-yoon-2023-07-11', [JAPAN_FORWARD]],
    ['statement-campbell-yoon-2023-07', [JAPAN_FORWARD]],
    ['meeting-biden-yoon-kishida-2023-07-12', [JAPAN_FORWARD]],
    ['meeting-zelenskyy-nato-leaders-2023-07-12', [JAPAN_FORWARD]],
    ['visit-kishida-kyiv-2023-03-21', [JAPAN_FORWARD]],
    ['aid-jpn-ukr-diplomatic', [JAPAN_FORWARD]],
    ['aid-jpn-ukr-economic', [JAPAN_FORWARD]],
    ['statement-cooper-2023-07', [KYODO]],
    ['statement-droin-2023-07', [KYODO]],
    ['statement-odgaard-2023-07', [KYODO]],
    ['summit-nato-washington-2024', [KYODO]],
  ])('cites the report that tells of %s', (id, reports) => {
    const event = timeline.get(id)
    expect(event, `event "${id}"`).toBeDefined()
    expect(citationIds(event!)).toEqual(expect.arrayContaining(reports))
  })
})

describe('who held office at the summit (12 July 2023)', () => {
  it.each([
    ['JPN', 'Prime Minister', 'kishida-fumio'],
    ['JPN', 'Chief Cabinet Secretary', 'matsuno-hirokazu'],
    ['NATO', 'Secretary General', 'stoltenberg-jens'],
    ['KOR', 'President', 'yoon-suk-yeol'],
    ['USA', 'President', 'biden-joe'],
    ['FRA', 'President', 'macron-emmanuel'],
    ['UKR', 'President', 'zelenskyy-volodymyr'],
    ['LTU', 'President', 'nauseda-gitanas'],
    ['AUS', 'Prime Minister', 'albanese-anthony'],
    ['NZL', 'Prime Minister', 'hipkins-chris'],
  ])('%s: the %s was %s', (actor, office, person) => {
    expect(holderOf(actor, office, '2023-07-12')).toEqual([person])
  })

  it('had Kishida as Japan’s prime minister since 4 October 2021', () => {
    const japan = timeline.project(officeHolders('JPN'), { at: '2023-07-12' })
    const pm = japan.offices.find((held) => held.office === 'Prime Minister')
    expect(pm?.person).toBe('kishida-fumio')
    expect(pm?.since).toBe('2021-10-04')
  })

  it('had Stoltenberg as NATO’s Secretary General since 1 October 2014', () => {
    const nato = timeline.project(officeHolders('NATO'), { at: '2023-07-12' })
    expect(nato.offices).toEqual([
      expect.objectContaining({ office: 'Secretary General', person: 'stoltenberg-jens', since: '2014-10-01' }),
    ])
  })
})

describe('NATO’s members', () => {
  it.each([
    ['1949-04-04', 12],
    ['2023-04-03', 30],
    ['2023-04-04', 31],
    ['2023-07-12', 31],
    ['2024-03-06', 31],
    ['2024-03-07', 32],
  ])('on %s numbered %i', (at, count) => {
    expect(natoMembers(at)).toHaveLength(count)
  })

  it('were the 31 nations Kyodo speaks of at the summit', () => {
    expect(natoMembers('2023-07-12')).toEqual(
      [
        'ALB',
        'BEL',
        'BGR',
        'CAN',
        'CZE',
        'DEU',
        'DNK',
        'ESP',
        'EST',
        'FIN',
        'FRA',
        'GBR',
        'GRC',
        'HRV',
        'HUN',
        'ISL',
        'ITA',
        'LTU',
        'LUX',
        'LVA',
        'MKD',
        'MNE',
        'NLD',
        'NOR',
        'POL',
        'PRT',
        'ROU',
        'SVK',
        'SVN',
        'TUR',
        'USA',
      ].sort(),
    )
  })

  it('took Finland in on 4 April 2023 and Sweden on 7 March 2024, after the summit', () => {
    expect(natoMembers('2023-04-03')).not.toContain('FIN')
    expect(natoMembers('2023-04-04')).toContain('FIN')
    expect(natoMembers('2023-07-12')).not.toContain('SWE')
    expect(natoMembers('2024-03-07')).toContain('SWE')
  })

  it('counted Hungary, which Kyodo reports as opposed to NATO in Asia, as a member since 12 March 1999', () => {
    const hungary = timeline
      .project(membership('NATO'), { at: '2023-07-12' })
      .members.filter((member) => member.actor === 'HUN')
    expect(hungary).toEqual([
      expect.objectContaining({ status: 'member', since: '1999-03-12', certainty: 'confirmed', disputed: false }),
    ])
  })
})

describe('what NATO and Japan agreed in Vilnius', () => {
  const itppAt = (at: string) =>
    timeline
      .project(relationship('JPN', 'NATO'), { at })
      .agreements.find((agreement) => agreement.id === 'agreement-japan-nato-itpp-2023-07-12')

  it('is the Individually Tailored Partnership Programme, in force from 12 July 2023 through 2026', () => {
    const itpp = itppAt('2023-07-12')
    expect(itpp?.title).toMatch(/Individually Tailored Partnership Programme/)
    expect(itpp?.inForce).toEqual({ from: '2023-07-12', until: '2026' })
  })

  it('covers the areas Kyodo names: cyber defence, outer space, disinformation and climate change', () => {
    expect(itppAt('2023-07-12')?.areas).toEqual(
      expect.arrayContaining(['cyber defence', 'outer space', 'disinformation', 'climate change']),
    )
  })

  it('covers the areas Kishida named to JAPAN Forward: arms control, supply chains, resilience and innovation', () => {
    expect(itppAt('2023-07-12')?.areas).toEqual(
      expect.arrayContaining(['arms control', 'supply chains', 'resilience', 'innovation']),
    )
  })

  it('puts those areas among the areas of the relationship', () => {
    const japanNato = timeline.project(relationship('JPN', 'NATO'), { at: '2023-07-12' })
    expect(japanNato.areas).toEqual(
      expect.arrayContaining(['climate change', 'cyber defence', 'disinformation', 'outer space']),
    )
  })

  it('was not yet in force the day before', () => {
    expect(itppAt('2023-07-11')).toBeUndefined()
  })

  it('is in force on 31 December 2026 and no longer on 1 January 2027', () => {
    expect(itppAt('2026-12-31')).toBeDefined()
    expect(itppAt('2027-01-01')).toBeUndefined()
  })

  it('builds on the agreement to expand cooperation reached in Madrid the year before, still in force', () => {
    const ids = timeline
      .project(relationship('JPN', 'NATO'), { at: '2027-01-01' })
      .agreements.map((agreement) => agreement.id)
    expect(ids).toEqual(['agreement-japan-nato-expand-cooperation-2022-06-29'])
  })
})

describe('the proposed NATO liaison office in Tokyo', () => {
  it('is supported by the United States and the United Kingdom and opposed by France and China', () => {
    const office = timeline.project(proposal(LIAISON_OFFICE), { at: '2023-07-12' })
    expect(office).toMatchObject({
      proposer: 'NATO',
      status: 'proposed',
      supporters: ['GBR', 'USA'],
      opponents: ['CHN', 'FRA'],
      neutral: [],
    })
  })

  it('sets France against the United States in their relationship’s stances', () => {
    const { stances } = timeline.project(relationship('FRA', 'USA'), { at: '2023-07-12' })
    expect(stances).toEqual([{ proposal: LIAISON_OFFICE, stances: { FRA: 'oppose', USA: 'support' } }])
  })

  it('counts Macron’s own opposition, as JAPAN Forward puts it, for France', () => {
    const withMacron = timeline.append({
      id: 'position-macron-liaison-office',
      kind: 'position',
      occurred: '2023-07-12',
      recorded: '2023-07-13',
      actors: ['macron-emmanuel', 'FRA', 'NATO'],
      sources: [JAPAN_FORWARD],
      certainty: 'reported',
      actor: 'macron-emmanuel',
      proposal: LIAISON_OFFICE,
      stance: 'oppose',
    })
    const office = withMacron.project(proposal(LIAISON_OFFICE), { at: '2023-07-12' })
    expect(office.opponents).toEqual(['CHN', 'FRA'])
    expect(office.evidence).toContain('position-macron-liaison-office')
  })
})

describe('the tone between Japan and NATO, before and after the summit', () => {
  const before = timeline.project(relationship('JPN', 'NATO'), { at: '2023-07-10' })
  const after = timeline.project(relationship('JPN', 'NATO'), { at: '2023-07-13' })

  it('counts one more meeting and one more summit together after Vilnius than before', () => {
    expect(before.contacts).toMatchObject({ meetings: 1, summits: 1 })
    expect(after.contacts).toMatchObject({ meetings: 2, summits: 2 })
  })

  it('is cooperative before and warmer after', () => {
    expect(before.tone.index).toBeGreaterThan(0)
    expect(after.tone.index).toBeGreaterThan(before.tone.index)
    expect(after.tone.verbalCooperation).toBeGreaterThan(before.tone.verbalCooperation)
    expect(after.tone.verbalConflict + after.tone.materialConflict).toBe(0)
  })

  it('quotes Stoltenberg: no partner is closer than Japan', () => {
    expect(before.quotes).toEqual([])
    expect(after.quotes).toContainEqual(
      expect.objectContaining({
        speaker: 'stoltenberg-jens',
        date: '2023-07-12',
        quote: expect.stringMatching(/partner is closer/),
      }),
    )
  })
})

describe('the tone between North Korea and Japan around the launch of 12 July', () => {
  it('is neutral the day before the launch', () => {
    const tone = timeline.project(relationship('PRK', 'JPN'), { at: '2023-07-11' }).tone
    expect(tone).toMatchObject({ index: 0, materialConflict: 0 })
  })

  it('is negative after it, with the launch tallied as material conflict by North Korea', () => {
    const prkJapan = timeline.project(relationship('PRK', 'JPN'), { at: '2023-07-13' })
    expect(prkJapan.tone.index).toBeLessThan(0)
    expect(prkJapan.tone.materialConflict).toBeGreaterThanOrEqual(1)
    expect(prkJapan.tone.byDirection.PRK).toBeLessThan(0)
    expect(prkJapan.evidence).toContain(LAUNCH)
  })

  it('is negative on Japan’s side too, for Matsuno’s condemnation', () => {
    const prkJapan = timeline.project(relationship('PRK', 'JPN'), { at: '2023-07-13' })
    expect(prkJapan.tone.byDirection.JPN).toBeLessThan(0)
    expect(prkJapan.evidence).toContain('reaction-matsuno-launch-2023-07-12')
  })
})

describe('the tone between China and NATO after the communiqué and China’s rebuttal', () => {
  const before = timeline.project(relationship('CHN', 'NATO'), { at: '2023-07-10' })
  const after = timeline.project(relationship('CHN', 'NATO'), { at: '2023-07-13' })

  it('is negative, and verbal conflict only', () => {
    expect(after.tone.index).toBeLessThan(0)
    expect(after.tone.verbalConflict).toBeGreaterThanOrEqual(2)
    expect(after.tone.materialConflict).toBe(0)
  })

  it('is negative both ways: NATO’s communiqué and China’s rebuttal', () => {
    expect(after.tone.byDirection.NATO).toBeLessThan(0)
    expect(after.tone.byDirection.CHN).toBeLessThan(0)
    expect(after.evidence).toEqual(
      expect.arrayContaining(['communique-nato-vilnius-2023-07-11', 'reaction-china-communique-2023-07-12']),
    )
  })

  it('has cooled since before the summit', () => {
    expect(after.tone.index).toBeLessThan(before.tone.index)
    expect(after.tone.verbalConflict).toBeGreaterThan(before.tone.verbalConflict)
  })
})

describe('the communiqué of 11 July', () => {
  it('calls the People’s Republic of China “coercive”', () => {
    const communique = eventOf('communique-nato-vilnius-2023-07-11', 'communique')
    expect(communique.issuer).toBe('NATO')
    expect(communique.occurred).toBe('2023-07-11')
    const china = communique.characterizations.find((characterization) => characterization.actor === 'CHN')
    expect(china?.terms).toContain('coercive')
  })

  it('names the PRC’s “malicious hybrid and cyber operations” and “confrontational rhetoric and disinformation”', () => {
    const china = eventOf('communique-nato-vilnius-2023-07-11', 'communique').characterizations.find(
      (characterization) => characterization.actor === 'CHN',
    )
    expect(china?.terms).toEqual(
      expect.arrayContaining(['malicious hybrid and cyber operations', 'confrontational rhetoric and disinformation']),
    )
  })

  it('was rebutted by China', () => {
    const rebuttal = eventOf('reaction-china-communique-2023-07-12', 'reaction')
    expect(rebuttal).toMatchObject({
      actor: 'CHN',
      respondsTo: 'communique-nato-vilnius-2023-07-11',
      stance: 'rebuttal',
    })
  })
})

describe('North Korea’s launch, as known on 12 July and a day later', () => {
  it('was unknown on 11 July', () => {
    expect(timeline.knownOn('2023-07-11').effective(LAUNCH)).toBeUndefined()
  })

  it('was a suspected missile launch near Japan on 12 July, in the air for more than 70 minutes', () => {
    const launch = timeline.knownOn('2023-07-12').effective(LAUNCH) as EventOfKind<DiplomaticEvent, 'military-activity'>
    expect(launch).toMatchObject({
      kind: 'military-activity',
      actor: 'PRK',
      activity: 'missile-launch',
      near: ['JPN'],
      certainty: 'suspected',
    })
    expect(launch.details).toMatchObject({ flightMinutes: expect.any(Number) })
    expect(launch.details?.['flightMinutes']).toBeGreaterThan(70)
  })

  it('was confirmed on 13 July', () => {
    expect(timeline.knownOn('2023-07-13').effective(LAUNCH)?.certainty).toBe('confirmed')
  })

  it('keeps what was believed first: the event as recorded still says suspected', () => {
    expect(timeline.get(LAUNCH)?.certainty).toBe('suspected')
  })

  it('reaches projections with the certainty known on each day', () => {
    const asKnownOn = (knownOn: string) => timeline.project(activityCertainty, { at: '2023-07-13', knownOn })
    expect(asKnownOn('2023-07-11')).toEqual({})
    expect(asKnownOn('2023-07-12')).toEqual({ [LAUNCH]: 'suspected' })
    expect(asKnownOn('2023-07-13')).toEqual({ [LAUNCH]: 'confirmed' })
  })

  it('counts against North Korea–Japan relations as soon as it was known', () => {
    const tally = (knownOn: string) =>
      timeline.project(relationship('PRK', 'JPN'), { at: '2023-07-12', knownOn }).tone.materialConflict
    expect(tally('2023-07-11')).toBe(0)
    expect(tally('2023-07-12')).toBe(1)
  })

  it('sets NATO against North Korea through Stoltenberg’s condemnation', () => {
    const natoPrk = timeline.project(relationship('NATO', 'PRK'), { at: '2023-07-13' })
    expect(natoPrk.tone.byDirection.NATO).toBeLessThan(0)
    expect(natoPrk.evidence).toContain('reaction-stoltenberg-launch-2023-07-12')
  })

  it('was condemned by Matsuno for Japan and by Stoltenberg for NATO, and by the end of 12 July only Matsuno’s was known', () => {
    const condemnations = (from: Timeline) =>
      from
        .chronology({ kinds: ['reaction'] })
        .map((entry) => entry.event as EventOfKind<DiplomaticEvent, 'reaction'>)
        .filter((reaction) => reaction.respondsTo === LAUNCH && reaction.stance === 'condemnation')
        .map((reaction) => reaction.actor)
        .sort()
    expect(condemnations(timeline)).toEqual(['matsuno-hirokazu', 'stoltenberg-jens'])
    expect(condemnations(timeline.knownOn('2023-07-12'))).toEqual(['matsuno-hirokazu'])
  })
})

describe('partner or observer: where Kyodo and JAPAN Forward disagree', () => {
  it('reports Japan as a NATO partner, with JAPAN Forward’s observer as a weaker alternative', () => {
    const { ties } = timeline.project(relationship('JPN', 'NATO'), { at: '2023-07-12' })
    expect(ties).toHaveLength(1)
    expect(ties[0]).toMatchObject({
      member: 'JPN',
      organisation: 'NATO',
      status: 'partner',
      certainty: 'confirmed',
      disputed: false,
    })
    expect(ties[0]?.alternatives).toEqual([
      { status: 'observer', certainty: 'reported', evidence: ['nato-observer-jpn-japan-forward-2023-07-11'] },
    ])
  })

  it('traces the partner claim to Kyodo and the observer claim to JAPAN Forward', () => {
    const [tie] = timeline.project(relationship('JPN', 'NATO'), { at: '2023-07-12' }).ties
    expect(tie?.evidence).toContain('nato-partner-jpn-kyodo-2023-07-12')
    expect(citationIds(timeline.get('nato-partner-jpn-kyodo-2023-07-12')!)).toContain(KYODO)
    const observer = tie?.alternatives[0]?.evidence[0]
    expect(citationIds(timeline.get(observer!)!)).toContain(JAPAN_FORWARD)
  })

  it('has Japan a partner since April 2013, by the public record', () => {
    const [tie] = timeline.project(relationship('JPN', 'NATO'), { at: '2023-07-12' }).ties
    expect(tie?.since).toBe('2013-04-01')
  })

  it('knew no alternative before the JAPAN Forward report was recorded', () => {
    const { ties } = timeline.project(relationship('JPN', 'NATO'), { at: '2023-07-12', knownOn: '2023-07-12' })
    expect(ties).toEqual([
      expect.objectContaining({
        status: 'partner',
        certainty: 'confirmed',
        alternatives: [],
        evidence: ['nato-partner-jpn-2013-04'],
      }),
    ])
  })

  it('reports Korea the same way: partner, with observer as the alternative', () => {
    const { ties } = timeline.project(relationship('KOR', 'NATO'), { at: '2023-07-12' })
    expect(ties).toEqual([
      expect.objectContaining({
        status: 'partner',
        certainty: 'confirmed',
        disputed: false,
        alternatives: [
          { status: 'observer', certainty: 'reported', evidence: ['nato-observer-kor-japan-forward-2023-07-11'] },
        ],
      }),
    ])
  })

  it('shows the same claims in NATO’s membership', () => {
    const japan = timeline
      .project(membership('NATO'), { at: '2023-07-12' })
      .members.filter((member) => member.actor === 'JPN')
    expect(japan).toEqual([
      expect.objectContaining({ status: 'partner', alternatives: [expect.objectContaining({ status: 'observer' })] }),
    ])
  })
})

describe('Kishida’s meetings in Vilnius on 12 July', () => {
  it('met Stoltenberg in the morning, each acting for his side', () => {
    const meeting = eventOf('meeting-kishida-stoltenberg-2023-07-12', 'meeting')
    expect(meeting.participants.map((participant) => participant.actor).sort()).toEqual([
      'kishida-fumio',
      'stoltenberg-jens',
    ])
    const start = toInterval(meeting.occurred).start
    expect(start.slice(0, 10)).toBe('2023-07-12')
    // Before noon in Vilnius (UTC+3).
    expect(start < '2023-07-12T09:00:00.000Z').toBe(true)
  })

  it('counts that meeting as the last Japan–NATO contact', () => {
    const { contacts } = timeline.project(relationship('JPN', 'NATO'), { at: '2023-07-12' })
    expect(contacts).toMatchObject({
      meetings: 2,
      summits: 2,
      last: { date: '2023-07-12', event: 'meeting-kishida-stoltenberg-2023-07-12' },
    })
  })

  it('met Biden and Yoon as well', () => {
    const met = timeline
      .chronology({ actors: ['kishida-fumio'], kinds: ['meeting'], from: '2023-07-12', to: '2023-07-12' })
      .map((entry) =>
        (entry.event as EventOfKind<DiplomaticEvent, 'meeting'>).participants
          .map((participant) => participant.actor)
          .sort(),
      )
    expect(met).toEqual(
      expect.arrayContaining([
        ['kishida-fumio', 'stoltenberg-jens'],
        ['biden-joe', 'kishida-fumio', 'yoon-suk-yeol'],
      ]),
    )
    expect(met).toHaveLength(2)
  })

  it('met Stoltenberg in the morning before Biden and Yoon in the afternoon', () => {
    const order = timeline
      .chronology({ actors: ['kishida-fumio'], kinds: ['meeting'], from: '2023-07-12', to: '2023-07-12' })
      .map((entry) => entry.event.id)
    expect(order).toEqual(['meeting-kishida-stoltenberg-2023-07-12', 'meeting-biden-yoon-kishida-2023-07-12'])
  })

  it('brought Japan and the United States together last on 12 July', () => {
    const { contacts } = timeline.project(relationship('JPN', 'USA'), { at: '2023-07-13' })
    expect(contacts.last).toEqual({ date: '2023-07-12', event: 'meeting-biden-yoon-kishida-2023-07-12' })
  })
})

describe('who came to Vilnius', () => {
  it('had the leaders of Japan, Korea, Australia and New Zealand, and Ukraine’s President, as invited guests of the 31 allies', () => {
    const summit = eventOf('summit-nato-vilnius-2023', 'summit')
    expect(summit.host).toBe('LTU')
    expect(summit.occurred).toEqual({ from: '2023-07-11', to: '2023-07-12' })
    const guests = summit.attendees.filter((attendee) => attendee.status !== 'member').map((attendee) => attendee.actor)
    expect(guests.sort()).toEqual(['AUS', 'JPN', 'KOR', 'NZL', 'UKR'])
    expect(summit.attendees.filter((attendee) => attendee.status === 'member')).toHaveLength(31)
  })

  it('had Kishida in Vilnius through Wednesday 12 July', () => {
    const stay = eventOf('visit-kishida-vilnius-2023-07', 'visit')
    expect(stay).toMatchObject({ visitor: 'kishida-fumio', host: 'LTU' })
    expect(toInterval(stay.occurred).end).toBe('2023-07-13T00:00:00.000Z')
  })
})

describe('Korea at the summit', () => {
  it('met NATO on 11 July, when Stoltenberg met Yoon', () => {
    const { contacts } = timeline.project(relationship('KOR', 'NATO'), { at: '2023-07-11' })
    expect(contacts.last).toEqual({ date: '2023-07-11', event: 'meeting-stoltenberg-yoon-2023-07-11' })
  })

  it('agreed with NATO on cooperation including cyber defence and counter-terrorism', () => {
    const { agreements } = timeline.project(relationship('KOR', 'NATO'), { at: '2023-07-12' })
    expect(agreements).toEqual([
      expect.objectContaining({
        inForce: { from: '2023-07-11' },
        areas: expect.arrayContaining(['cyber defence', 'counter-terrorism']),
      }),
    ])
  })
})

describe('Kishida’s visit to Kyiv, “some months ago”', () => {
  it('was on 21 March 2023, to Ukraine', () => {
    const visits = timeline
      .chronology({ actors: ['kishida-fumio'], kinds: ['visit'], to: '2023-07-12' })
      .filter((entry) => (entry.event as EventOfKind<DiplomaticEvent, 'visit'>).host === 'UKR')
    expect(visits.map((entry) => entry.date)).toEqual(['2023-03-21'])
  })

  it('counts as a Japan–Ukraine visit, with Japan’s diplomatic and economic aid', () => {
    const japanUkraine = timeline.project(relationship('JPN', 'UKR'), { at: '2023-07-13' })
    expect(japanUkraine.contacts.visits).toBe(1)
    expect(japanUkraine.evidence).toEqual(
      expect.arrayContaining(['visit-kishida-kyiv-2023-03-21', 'aid-jpn-ukr-diplomatic', 'aid-jpn-ukr-economic']),
    )
    expect(japanUkraine.tone.byDirection.JPN).toBeGreaterThan(0)
  })
})

describe('the next summit, in Washington', () => {
  it('was known on 13 July 2023 only as Washington, in 2024', () => {
    const summit = timeline.knownOn('2023-07-13').effective('summit-nato-washington-2024') as EventOfKind<
      DiplomaticEvent,
      'summit'
    >
    expect(summit).toMatchObject({ host: 'USA', occurred: '2024', certainty: 'reported' })
  })

  it('was known on 10 July 2024 to run from 9 to 11 July', () => {
    const summit = timeline.knownOn('2024-07-10').effective('summit-nato-washington-2024')
    expect(summit).toMatchObject({ occurred: { from: '2024-07-09', to: '2024-07-11' }, certainty: 'confirmed' })
  })
})

describe('the analysts Kyodo quotes', () => {
  it.each([
    ['cooper-zack', 'American Enterprise Institute'],
    ['droin-mathieu', 'Center for Strategic and International Studies'],
    ['odgaard-liselotte', 'Hudson Institute'],
  ])('%s speaks from the %s', (speaker, institution) => {
    const statements = timeline
      .chronology({ actors: [speaker], kinds: ['statement'] })
      .map((entry) => entry.event as EventOfKind<DiplomaticEvent, 'statement'>)
      .filter((statement) => statement.speaker === speaker)
    expect(statements).toHaveLength(1)
    expect(statements[0]?.affiliation).toContain(institution)
  })
})

describe('what changed between Japan and NATO over the summit, and why', () => {
  const diff = timeline.diff(relationship('JPN', 'NATO'), { from: '2023-07-10', to: '2023-07-13' })
  const stepIds = diff.steps.map((step) => step.event)

  it('names the Kishida–Stoltenberg meeting of 12 July and the ITPP among its steps', () => {
    expect(stepIds).toEqual(
      expect.arrayContaining([
        'meeting-kishida-stoltenberg-2023-07-12',
        'agreement-japan-nato-itpp-2023-07-12',
        'summit-nato-vilnius-2023',
      ]),
    )
  })

  it('dates the meeting’s step 12 July, with the changes it made', () => {
    const meeting = diff.steps.find((step) => step.event === 'meeting-kishida-stoltenberg-2023-07-12')
    expect(meeting).toMatchObject({ kind: 'meeting', date: '2023-07-12' })
    expect(meeting?.patches.length).toBeGreaterThan(0)
  })

  it('leaves out what was already so before, like Madrid 2022', () => {
    expect(stepIds).not.toContain('meeting-kishida-stoltenberg-2022-06-29')
    expect(stepIds).not.toContain('nato-partner-jpn-2013-04')
  })

  it('gives the relationship at both ends', () => {
    expect(diff.before.contacts.meetings).toBe(1)
    expect(diff.after.contacts.meetings).toBe(2)
  })

  it('explains the partnership by the events behind it', () => {
    const explanation = timeline.explain(relationship('JPN', 'NATO'), { at: '2023-07-12' })
    expect(explanation.steps.map((step) => step.event)).toEqual(
      expect.arrayContaining([
        'nato-partner-jpn-2013-04',
        'nato-partner-jpn-kyodo-2023-07-12',
        'nato-observer-jpn-japan-forward-2023-07-11',
      ]),
    )
  })
})
