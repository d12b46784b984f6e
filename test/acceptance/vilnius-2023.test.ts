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

  // What the reports tell first, each cited to the report (or both) that tells it.
  it.each([
    ['statement-kishida-vilnius-2023-07-12', [KYODO]],
    ['statement-stoltenberg-security-is-global-2023-07-12', [JAPAN_FORWARD]],
    ['statement-stoltenberg-thanks-japan-ukraine-2023-07-12', [JAPAN_FORWARD]],
    ['correction-launch-prk-confirmed-2023-07-13', [JAPAN_FORWARD]],
    ['position-chn-liaison-office', [JAPAN_FORWARD]],
    ['position-usa-liaison-office', [JAPAN_FORWARD]],
    ['position-gbr-liaison-office', [JAPAN_FORWARD]],
    ['statement-yoon-2023-07-11', [JAPAN_FORWARD]],
    ['statement-campbell-yoon-2023-07', [JAPAN_FORWARD]],
    ['meeting-nac-indo-pacific-partners-2023-07-12', [KYODO, JAPAN_FORWARD]],
    ['meeting-zelenskyy-nato-leaders-2023-07-12', [JAPAN_FORWARD]],
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

  // What the log learned before the reports were published: a report of 13 July cannot be a
  // source of an event recorded on the 11th or 12th, so the event's notes say what it adds.
  it.each([
    ['summit-nato-vilnius-2023', ['Kyodo']],
    ['visit-kishida-vilnius-2023-07', ['Kyodo']],
    ['summit-nato-madrid-2022', ['Kyodo']],
    ['agreement-japan-nato-expand-cooperation-2022-06-29', ['Kyodo']],
    ['communique-nato-strategic-concept-2022', ['Kyodo']],
    ['meeting-kishida-stoltenberg-2023-07-12', ['Kyodo', 'JAPAN Forward']],
    ['statement-stoltenberg-no-partner-closer-2023-07-12', ['Kyodo', 'JAPAN Forward']],
    ['agreement-japan-nato-itpp-2023-07-12', ['Kyodo']],
    ['statement-stoltenberg-china-build-up-2023-07-12', ['JAPAN Forward']],
    ['communique-nato-vilnius-2023-07-11', ['JAPAN Forward']],
    ['reaction-china-communique-2023-07-12', ['JAPAN Forward']],
    ['reaction-matsuno-launch-2023-07-12', ['JAPAN Forward']],
    ['reaction-stoltenberg-launch-2023-07-12', ['JAPAN Forward']],
    [LIAISON_OFFICE, ['JAPAN Forward']],
    ['position-fra-liaison-office', ['JAPAN Forward']],
    ['meeting-stoltenberg-yoon-2023-07-11', ['JAPAN Forward']],
    ['agreement-korea-nato-itpp-2023-07-11', ['JAPAN Forward']],
    ['visit-kishida-kyiv-2023-03-21', ['JAPAN Forward']],
  ])('notes what the reports add to %s, learned before they were published', (id, reports) => {
    const event = timeline.get(id)
    expect(event, `event "${id}"`).toBeDefined()
    expect(citationIds(event!)).not.toEqual(expect.arrayContaining([KYODO]))
    expect(citationIds(event!)).not.toEqual(expect.arrayContaining([JAPAN_FORWARD]))
    for (const report of reports) expect(event!.notes).toContain(report)
  })

  it('gives the reports their real headlines', () => {
    const citations = timeline.events.flatMap((event) => event.sources).filter((source) => typeof source !== 'string')
    expect(citations.find((citation) => citation.id === KYODO)?.title).toBe(
      'FOCUS: Japan, NATO interests increasingly align but ties still just symbolic',
    )
    expect(citations.find((citation) => citation.id === JAPAN_FORWARD)?.title).toMatch(
      /^\[All Politics is Global\] NATO Condemns 'Coercive' China/,
    )
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

describe('who held office on 10 July 2024, the last day of the fixture', () => {
  it.each([
    ['JPN', 'Prime Minister', ['kishida-fumio']],
    ['JPN', 'Chief Cabinet Secretary', ['hayashi-yoshimasa']],
    ['NZL', 'Prime Minister', ['luxon-christopher']],
    ['NATO', 'Secretary General', ['stoltenberg-jens']],
    ['KOR', 'President', ['yoon-suk-yeol']],
    ['USA', 'President', ['biden-joe']],
    ['USA', 'Coordinator for the Indo-Pacific, National Security Council', []],
    ['FRA', 'President', ['macron-emmanuel']],
    ['UKR', 'President', ['zelenskyy-volodymyr']],
    ['LTU', 'President', ['nauseda-gitanas']],
    ['AUS', 'Prime Minister', ['albanese-anthony']],
  ])('%s: the %s was %j', (actor, office, people) => {
    expect(holderOf(actor, office, '2024-07-10')).toEqual(people)
  })

  it('had Matsuno as Chief Cabinet Secretary through 14 December 2023, then Hayashi', () => {
    expect(holderOf('JPN', 'Chief Cabinet Secretary', '2023-12-13')).toEqual(['matsuno-hirokazu'])
    expect(holderOf('JPN', 'Chief Cabinet Secretary', '2023-12-14')).toEqual(['hayashi-yoshimasa'])
  })

  it('had Hipkins as New Zealand’s prime minister until 27 November 2023, then Luxon', () => {
    expect(holderOf('NZL', 'Prime Minister', '2023-11-26')).toEqual(['hipkins-chris'])
    expect(holderOf('NZL', 'Prime Minister', '2023-11-27')).toEqual(['luxon-christopher'])
  })

  it('had Campbell as Indo-Pacific coordinator until he was confirmed Deputy Secretary of State in February 2024', () => {
    const office = 'Coordinator for the Indo-Pacific, National Security Council'
    expect(holderOf('USA', office, '2024-02-05')).toEqual(['campbell-kurt'])
    expect(holderOf('USA', office, '2024-03-01')).toEqual([])
  })
})

describe('NATO’s members', () => {
  it.each([
    ['1949-04-04', 0],
    ['1949-08-23', 0],
    ['1949-08-24', 12],
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

  it('fulfilled the understanding reached in Madrid the year before, which ends that day', () => {
    const MADRID = 'agreement-japan-nato-expand-cooperation-2022-06-29'
    const at = (day: string) => timeline.project(relationship('JPN', 'NATO'), { at: day })
    expect(at('2023-07-11').agreements.map((agreement) => agreement.id)).toEqual([MADRID])
    expect(at('2023-07-12').agreements.map((agreement) => agreement.id)).toEqual([
      'agreement-japan-nato-itpp-2023-07-12',
    ])
    expect(at('2023-07-12').ended).toEqual([
      expect.objectContaining({
        id: MADRID,
        ended: '2023-07-12',
        how: 'termination',
        supersededBy: 'agreement-japan-nato-itpp-2023-07-12',
      }),
    ])
  })

  it('has both ended by 1 January 2027: the understanding fulfilled, the programme expired', () => {
    const { agreements, ended } = timeline.project(relationship('JPN', 'NATO'), { at: '2027-01-01' })
    expect(agreements).toEqual([])
    expect(ended.map((agreement) => [agreement.id, agreement.how, agreement.ended])).toEqual([
      ['agreement-japan-nato-expand-cooperation-2022-06-29', 'termination', '2023-07-12'],
      ['agreement-japan-nato-itpp-2023-07-12', 'expiry', '2026'],
    ])
  })

  it('was not known to have ended the Madrid understanding before the programme was adopted', () => {
    const asKnown = timeline.project(relationship('JPN', 'NATO'), { at: '2023-07-12', knownOn: '2023-07-12T05:00:00Z' })
    expect(asKnown.agreements.map((agreement) => agreement.id)).toEqual([
      'agreement-japan-nato-expand-cooperation-2022-06-29',
    ])
    expect(asKnown.ended).toEqual([])
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

  it('counts two more meetings (Kishida–Stoltenberg, the session with the partners) and one more summit after Vilnius', () => {
    expect(before.contacts).toMatchObject({ meetings: 1, summits: 1 })
    expect(after.contacts).toMatchObject({ meetings: 3, summits: 2 })
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
  type Launch = EventOfKind<DiplomaticEvent, 'military-activity'>
  const known = (on: string) => timeline.knownOn(on).effective(LAUNCH) as Launch | undefined

  it('was unknown on 11 July, and until the first report at 01:13 UTC on 12 July', () => {
    expect(known('2023-07-11')).toBeUndefined()
    expect(known('2023-07-12T01:12:00Z')).toBeUndefined()
  })

  it('was first reported at 01:13 UTC as a ballistic missile still in flight, with no flight time or type', () => {
    const launch = known('2023-07-12T01:13:00Z')!
    expect(launch).toMatchObject({ actor: 'PRK', activity: 'missile-launch', near: ['JPN'], certainty: 'suspected' })
    expect(launch.details['weapon']).toBe('ballistic missile')
    expect(launch.details['flightMinutes']).toBeUndefined()
    expect(citationIds(launch)).toEqual(['japan-news-2023-07-12-north-korea-launch'])
  })

  it('was known by noon UTC to have flown some 74 minutes, as Japan’s Ministry of Defense put it, still suspected', () => {
    const launch = known('2023-07-12T12:00:00Z')!
    expect(launch.certainty).toBe('suspected')
    expect(launch.details).toMatchObject({ flightMinutes: 74, flightMinutesSource: "Japan's Ministry of Defense" })
    expect(launch.details['weapon']).toMatch(/intercontinental ballistic missile/)
    expect(launch.details['flightSeconds']).toBeUndefined()
  })

  it('was confirmed on 13 July, with KCNA’s 4,491 seconds (74.85 minutes) beside the ministry’s 74 minutes', () => {
    const launch = known('2023-07-13')!
    expect(launch.certainty).toBe('confirmed')
    expect(launch.details).toMatchObject({ flightSeconds: 4491, flightSecondsSource: 'KCNA', flightMinutes: 74 })
    expect(launch.details['weapon']).toMatch(/Hwasong-18/)
    expect((launch.details['flightSeconds'] as number) / 60).toBeCloseTo(74.85, 2)
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
    // The fixture declares North Korea with the first report: a minute before, the log had not
    // heard of it, and a question about it is refused rather than answered with nothing.
    expect(() => tally('2023-07-12T01:12:00Z')).toThrow(
      'relationship(PRK, JPN): a: unknown actor "PRK": the timeline as known on 2023-07-12T01:12:00.000Z declares no such actor (the log learns of it at 2023-07-12T01:13:00.000Z, later than this timeline knows)',
    )
    expect(tally('2023-07-12T01:13:00Z')).toBe(1)
  })

  it('sets NATO against North Korea through Stoltenberg’s condemnation', () => {
    const natoPrk = timeline.project(relationship('NATO', 'PRK'), { at: '2023-07-13' })
    expect(natoPrk.tone.byDirection.NATO).toBeLessThan(0)
    expect(natoPrk.evidence).toContain('reaction-stoltenberg-launch-2023-07-12')
  })

  it('was condemned by Stoltenberg in Vilnius that morning and by Matsuno in Tokyo, known by the end of the day', () => {
    const condemnations = (from: Timeline) =>
      from
        .chronology({ kinds: ['reaction'] })
        .map((entry) => entry.event as EventOfKind<DiplomaticEvent, 'reaction'>)
        .filter((reaction) => reaction.respondsTo === LAUNCH && reaction.stance === 'condemnation')
        .map((reaction) => reaction.actor)
        .sort()
    expect(condemnations(timeline.knownOn('2023-07-12T05:00:00Z'))).toEqual([])
    expect(condemnations(timeline.knownOn('2023-07-12T12:00:00Z'))).toEqual(['stoltenberg-jens'])
    expect(condemnations(timeline.knownOn('2023-07-12'))).toEqual(['matsuno-hirokazu', 'stoltenberg-jens'])
  })
})

describe('partner, not observer', () => {
  it('reports Japan as a NATO partner since the Joint Political Declaration of 15 April 2013', () => {
    const { ties } = timeline.project(relationship('JPN', 'NATO'), { at: '2023-07-12' })
    expect(ties).toEqual([
      expect.objectContaining({
        member: 'JPN',
        organisation: 'NATO',
        status: 'partner',
        since: '2013-04-15',
        certainty: 'confirmed',
        disputed: false,
        alternatives: [],
        evidence: ['nato-partner-jpn-2013-04-15'],
      }),
    ])
  })

  it('knew it from the day the declaration was signed', () => {
    const { ties } = timeline.project(relationship('JPN', 'NATO'), { at: '2013-04-15', knownOn: '2013-04-15' })
    expect(ties.map((tie) => tie.status)).toEqual(['partner'])
  })

  it('reports Korea as a partner since September 2012, to the month as NATO’s page gives it', () => {
    const { ties } = timeline.project(relationship('KOR', 'NATO'), { at: '2023-07-12' })
    expect(ties).toEqual([expect.objectContaining({ status: 'partner', since: '2012-09', alternatives: [] })])
  })

  it('never shows Japan or Korea as an observer: JAPAN Forward’s word is kept in the notes of the meeting it describes', () => {
    for (const at of ['2023-07-11', '2023-07-12', '2024-07-10']) {
      const statuses = timeline
        .project(membership('NATO'), { at })
        .members.filter((member) => member.actor === 'JPN' || member.actor === 'KOR')
        .flatMap((member) => [member.status, ...member.alternatives.map((alternative) => alternative.status)])
      expect(statuses).toEqual(['partner', 'partner'])
    }
    const session = eventOf('meeting-nac-indo-pacific-partners-2023-07-12', 'meeting')
    expect(citationIds(session)).toContain(JAPAN_FORWARD)
    expect(session.notes).toContain('observer')
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
      meetings: 3,
      summits: 2,
      last: { date: '2023-07-12', event: 'meeting-kishida-stoltenberg-2023-07-12' },
    })
  })

  it('met Yoon alone, and the leaders of the allies and the other partners at the Council’s session', () => {
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
        ['kishida-fumio', 'yoon-suk-yeol'],
        ['albanese-anthony', 'biden-joe', 'hipkins-chris', 'kishida-fumio', 'stoltenberg-jens', 'yoon-suk-yeol'],
      ]),
    )
    expect(met).toHaveLength(3)
  })

  it('held no three-way meeting with Biden and Yoon alone (the first was at Camp David on 18 August 2023)', () => {
    const trilateral = timeline
      .chronology({ actors: ['kishida-fumio'], kinds: ['meeting'] })
      .map((entry) => (entry.event as EventOfKind<DiplomaticEvent, 'meeting'>).participants.map((p) => p.actor).sort())
      .filter((people) => people.join() === 'biden-joe,kishida-fumio,yoon-suk-yeol')
    expect(trilateral).toEqual([])
  })

  it('brought Japan and the United States together last on 12 July, at the Council’s session with the partners', () => {
    const { contacts } = timeline.project(relationship('JPN', 'USA'), { at: '2023-07-13' })
    expect(contacts.last).toEqual({ date: '2023-07-12', event: 'meeting-nac-indo-pacific-partners-2023-07-12' })
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
    expect(stepIds).not.toContain('nato-partner-jpn-2013-04-15')
  })

  it('gives the relationship at both ends', () => {
    expect(diff.before.contacts.meetings).toBe(1)
    expect(diff.after.contacts.meetings).toBe(3)
  })

  it('explains the partnership by the events behind it', () => {
    const explanation = timeline.explain(relationship('JPN', 'NATO'), { at: '2023-07-12' })
    expect(explanation.steps.map((step) => step.event)).toEqual(
      expect.arrayContaining(['nato-partner-jpn-2013-04-15', 'meeting-kishida-stoltenberg-2023-07-12']),
    )
  })
})
