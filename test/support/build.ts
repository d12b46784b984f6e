/**
 * Small builders of valid events, one per kind, so tests say only what matters to them:
 * `build.meeting({ occurred: '2023-07-12' })`. Every builder returns a fresh object that
 * `parseEvent` accepts; when `actors` is not overridden it is derived from the kind's fields, so
 * overriding `participants` keeps the event valid. Default ids are fixed: give each event of one
 * timeline its own `id`.
 */
import type { z } from 'zod'
import type { ActorKind, citationSchema, EventKind } from '../../src/index.js'
import type { kindSchemas } from '../../src/model/event.js'

/** An event of one built-in kind, as it may be written (before defaults are filled in). */
export type EventInput<K extends EventKind> = z.input<(typeof kindSchemas)[K]>

/** An inline citation, as it may be written. */
export type CitationInput = z.input<typeof citationSchema>

/** Fields to replace in a built event (shallow: nested objects are replaced whole). */
export type Overrides<K extends EventKind> = Partial<EventInput<K>>

/** The envelope every builder starts from: a day in Vilnius, learned the day after, one inline source. */
function envelopeDefaults() {
  return { occurred: '2023-07-12', recorded: '2023-07-13T00:00:00Z', sources: [citation()] }
}

/** Lists each actor once, in the order first named. */
function unique(actors: readonly string[]): string[] {
  return [...new Set(actors)]
}

/** Makes the builder of one kind from its defaults and the actors its fields name. */
function builder<K extends EventKind>(
  defaults: () => EventInput<K>,
  named?: (event: EventInput<K>) => readonly string[],
) {
  return (overrides: Overrides<K> = {}): EventInput<K> => {
    const built = { ...defaults(), ...overrides } as EventInput<K>
    const event = overrides.sources === undefined ? { ...built, sources: sourcesFor(built.recorded) } : built
    if (overrides.actors !== undefined || named === undefined) return event
    return { ...event, actors: unique(named(event)) }
  }
}

/**
 * The default sources of an event recorded at `recorded`: the default citation, or, for an
 * event recorded before it was published, an archive note of the day (a log refuses a source
 * published after the event was recorded).
 */
function sourcesFor(recorded: string): CitationInput[] {
  const day = recorded.slice(0, 10)
  if (day >= DEFAULT_PUBLISHED) return [citation()]
  return [{ id: `archive-${day}`, publisher: 'Archive', published: day }]
}

const DEFAULT_PUBLISHED = '2023-07-13'

/** A default inline citation (Kyodo News, the day after the summit). */
export function citation(overrides: Partial<CitationInput> = {}): CitationInput {
  return {
    id: 'kyodo-2023-07-13',
    publisher: 'Kyodo News',
    title: 'Japan and NATO agree on a new partnership programme',
    url: 'https://english.kyodonews.net/',
    published: '2023-07-13',
    ...overrides,
  }
}

/** An `actor` event declaring `id` as a `kind` of actor (its name defaults to the id). */
export function actor(id: string, kind: ActorKind, overrides: Overrides<'actor'> = {}): EventInput<'actor'> {
  return build.actor({ id: `actor-${id}`, actors: [id], actorKind: kind, name: id, ...overrides })
}

/** Returns a copy of `value` without the given fields, to test what happens when they are missing. */
export function without<T extends object, F extends keyof T>(value: T, ...fields: F[]): Omit<T, F> {
  const copy: Partial<T> = { ...value }
  for (const field of fields) delete copy[field]
  return copy as Omit<T, F>
}

/** One builder per built-in kind: `build[kind](overrides)` returns a valid event of that kind. */
export const build = {
  /** Japan declared as a state. */
  actor: builder<'actor'>(() => ({
    ...envelopeDefaults(),
    id: 'actor-JPN',
    kind: 'actor',
    occurred: '1952-04-28',
    actors: ['JPN'],
    actorKind: 'state',
    name: 'Japan',
  })),

  /** Kishida Fumio takes office as Prime Minister of Japan. */
  office: builder<'office'>(
    () => ({
      ...envelopeDefaults(),
      id: 'kishida-takes-office',
      kind: 'office',
      occurred: '2021-10-04',
      actors: ['kishida-fumio', 'JPN'],
      person: 'kishida-fumio',
      office: 'Prime Minister',
      of: 'JPN',
      change: 'start',
    }),
    (e) => [e.person, e.of],
  ),

  /** Finland joins NATO as a member. */
  membership: builder<'membership'>(
    () => ({
      ...envelopeDefaults(),
      id: 'fin-joins-nato',
      kind: 'membership',
      occurred: '2023-04-04',
      actors: ['FIN', 'NATO'],
      member: 'FIN',
      organisation: 'NATO',
      status: 'member',
      change: 'start',
    }),
    (e) => [e.member, e.organisation],
  ),

  /** The NATO summit in Vilnius, hosted by Lithuania, with Japan attending as a partner. */
  summit: builder<'summit'>(
    () => ({
      ...envelopeDefaults(),
      id: 'nato-vilnius-2023',
      kind: 'summit',
      occurred: { from: '2023-07-11', to: '2023-07-12' },
      actors: ['NATO', 'LTU', 'JPN'],
      location: 'Vilnius',
      name: 'NATO Summit Vilnius 2023',
      organisation: 'NATO',
      host: 'LTU',
      attendees: [
        { actor: 'LTU', status: 'member' },
        { actor: 'JPN', status: 'partner' },
      ],
    }),
    (e) => [...(e.organisation === undefined ? [] : [e.organisation]), e.host, ...e.attendees.map((a) => a.actor)],
  ),

  /** Kishida (for Japan) and Stoltenberg (for NATO) meet on the sidelines of the summit. */
  meeting: builder<'meeting'>(
    () => ({
      ...envelopeDefaults(),
      id: 'kishida-meets-stoltenberg',
      kind: 'meeting',
      actors: ['kishida-fumio', 'JPN', 'stoltenberg-jens', 'NATO'],
      participants: [
        { actor: 'kishida-fumio', for: 'JPN' },
        { actor: 'stoltenberg-jens', for: 'NATO' },
      ],
      summit: 'nato-vilnius-2023',
    }),
    (e) => e.participants.flatMap((p) => (p.for === undefined ? [p.actor] : [p.actor, p.for])),
  ),

  /** Kishida visits Lithuania for the summit. */
  visit: builder<'visit'>(
    () => ({
      ...envelopeDefaults(),
      id: 'kishida-visits-ltu',
      kind: 'visit',
      occurred: '2023-07-11',
      actors: ['kishida-fumio', 'LTU'],
      visitor: 'kishida-fumio',
      host: 'LTU',
      purpose: 'NATO summit',
    }),
    (e) => [e.visitor, e.host],
  ),

  /** Stoltenberg, for NATO, speaks warmly about Japan. */
  statement: builder<'statement'>(
    () => ({
      ...envelopeDefaults(),
      id: 'stoltenberg-on-japan',
      kind: 'statement',
      actors: ['stoltenberg-jens', 'NATO', 'JPN'],
      speaker: 'stoltenberg-jens',
      for: 'NATO',
      about: ['JPN'],
      quote: 'Japan is one of our closest partners.',
      tone: 'cooperative',
    }),
    (e) => [e.speaker, ...(e.for === undefined ? [] : [e.for]), ...(e.about ?? [])],
  ),

  /** NATO's Vilnius communiqué, calling China's policies coercive. */
  communique: builder<'communique'>(
    () => ({
      ...envelopeDefaults(),
      id: 'vilnius-communique',
      kind: 'communique',
      occurred: '2023-07-11',
      actors: ['NATO', 'CHN'],
      issuer: 'NATO',
      title: 'Vilnius Summit Communiqué',
      summit: 'nato-vilnius-2023',
      characterizations: [{ actor: 'CHN', terms: ['coercive policies'], tone: 'critical' }],
    }),
    (e) => [e.issuer, ...(e.characterizations ?? []).map((c) => c.actor)],
  ),

  /** Japan and NATO adopt a partnership programme, in force from the day of the summit. */
  agreement: builder<'agreement'>(
    () => ({
      ...envelopeDefaults(),
      id: 'jpn-nato-itpp',
      kind: 'agreement',
      actors: ['JPN', 'NATO'],
      parties: ['JPN', 'NATO'],
      title: 'Individually Tailored Partnership Programme',
      areas: ['cyber defence', 'outer space'],
      inForce: { from: '2023-07-12' },
    }),
    (e) => e.parties,
  ),

  /** NATO proposes a liaison office in Tokyo. */
  proposal: builder<'proposal'>(
    () => ({
      ...envelopeDefaults(),
      id: 'nato-tokyo-office',
      kind: 'proposal',
      occurred: '2023-05',
      actors: ['NATO', 'JPN'],
      proposer: 'NATO',
      subject: 'A NATO liaison office in Tokyo',
    }),
    (e) => [e.proposer],
  ),

  /** France opposes the Tokyo office. */
  position: builder<'position'>(
    () => ({
      ...envelopeDefaults(),
      id: 'fra-opposes-tokyo-office',
      kind: 'position',
      occurred: '2023-07',
      actors: ['FRA'],
      actor: 'FRA',
      proposal: 'nato-tokyo-office',
      stance: 'oppose',
    }),
    (e) => [e.actor],
  ),

  /** North Korea is suspected of launching a missile near Japan. */
  'military-activity': builder<'military-activity'>(
    () => ({
      ...envelopeDefaults(),
      id: 'prk-launch-2023-07-12',
      kind: 'military-activity',
      recorded: '2023-07-12T03:00:00Z',
      certainty: 'suspected',
      actors: ['PRK', 'JPN'],
      actor: 'PRK',
      activity: 'missile-launch',
      near: ['JPN'],
      details: { weapon: 'ICBM', flightMinutes: 74 },
    }),
    (e) => [e.actor, ...(e.near ?? [])],
  ),

  /** China rebuts the communiqué, towards NATO. */
  reaction: builder<'reaction'>(
    () => ({
      ...envelopeDefaults(),
      id: 'chn-rebuts-communique',
      kind: 'reaction',
      actors: ['CHN', 'NATO'],
      actor: 'CHN',
      respondsTo: 'vilnius-communique',
      stance: 'rebuttal',
      towards: ['NATO'],
    }),
    (e) => [e.actor, ...(e.towards ?? [])],
  ),

  /** Japan gives Ukraine humanitarian aid. */
  aid: builder<'aid'>(
    () => ({
      ...envelopeDefaults(),
      id: 'jpn-aid-ukr',
      kind: 'aid',
      actors: ['JPN', 'UKR'],
      donor: 'JPN',
      recipient: 'UKR',
      aidKind: 'humanitarian',
      amount: { value: 30_000_000, currency: 'USD' },
    }),
    (e) => [e.donor, e.recipient],
  ),

  /** The suspected launch is confirmed. */
  correction: builder<'correction'>(() => ({
    ...envelopeDefaults(),
    id: 'prk-launch-confirmed',
    kind: 'correction',
    occurred: '2023-07-13',
    recorded: '2023-07-13T09:00:00Z',
    actors: ['PRK'],
    target: 'prk-launch-2023-07-12',
    changes: { certainty: 'confirmed' },
  })),

  /** A rumoured visit is withdrawn. */
  retraction: builder<'retraction'>(() => ({
    ...envelopeDefaults(),
    id: 'retract-rumoured-visit',
    kind: 'retraction',
    occurred: '2023-07-14',
    recorded: '2023-07-14T00:00:00Z',
    actors: ['JPN'],
    target: 'rumoured-visit',
    reason: 'the visit did not take place',
  })),

  /** A GDELT row: Japan visits NATO, with its counts and average tone. */
  coded: builder<'coded'>(
    () => ({
      ...envelopeDefaults(),
      id: 'gdelt-2-1115000000',
      kind: 'coded',
      actors: ['JPN', 'NATO'],
      weight: 1.9,
      dataset: 'gdelt-2',
      record: '1115000000',
      scheme: 'cameo',
      code: '042',
      label: 'Make a visit',
      quadClass: 'verbal-cooperation',
      source: [{ actor: 'JPN', code: 'JPNGOV', name: 'JAPAN', roles: ['GOV'] }],
      target: [{ actor: 'NATO', code: 'IGOWSTNAT', name: 'NATO', group: 'NAT' }],
      counts: { mentions: 10, sources: 2, articles: 10 },
      averageTone: 2.5,
    }),
    (e) => [...(e.source ?? []), ...(e.target ?? [])].map((p) => p.actor),
  ),

  /** The United States withdraws from an agreement with Russia. */
  'agreement-act': builder<'agreement-act'>(() => ({
    ...envelopeDefaults(),
    id: 'usa-withdraws-inf',
    kind: 'agreement-act',
    occurred: '2019-08-02',
    actors: ['USA', 'RUS'],
    agreement: 'inf-treaty',
    act: 'withdrawal',
    party: 'USA',
  })),

  /** The EU imposes sanctions on Russia. */
  sanctions: builder<'sanctions'>(
    () => ({
      ...envelopeDefaults(),
      id: 'eu-sanctions-rus',
      kind: 'sanctions',
      actors: ['EU', 'RUS'],
      imposer: 'EU',
      target: 'RUS',
      action: 'impose',
      measures: ['asset freezes'],
    }),
    (e) => [e.imposer, e.target],
  ),

  /** France expels Russian diplomats. */
  expulsion: builder<'expulsion'>(
    () => ({
      ...envelopeDefaults(),
      id: 'fra-expels-rus-diplomats',
      kind: 'expulsion',
      actors: ['FRA', 'RUS'],
      expeller: 'FRA',
      sender: 'RUS',
      count: 35,
    }),
    (e) => [e.expeller, e.sender],
  ),

  /** France recalls its ambassador from Australia. */
  ambassador: builder<'ambassador'>(
    () => ({
      ...envelopeDefaults(),
      id: 'fra-recalls-ambassador-aus',
      kind: 'ambassador',
      actors: ['FRA', 'AUS'],
      sender: 'FRA',
      host: 'AUS',
      action: 'recall',
    }),
    (e) => [e.sender, e.host],
  ),

  /** The United States closes its embassy in Ukraine. */
  embassy: builder<'embassy'>(
    () => ({
      ...envelopeDefaults(),
      id: 'usa-closes-embassy-ukr',
      kind: 'embassy',
      actors: ['USA', 'UKR'],
      owner: 'USA',
      host: 'UKR',
      action: 'close',
    }),
    (e) => [e.owner, e.host],
  ),

  /** Spain recognises Palestine. */
  recognition: builder<'recognition'>(
    () => ({
      ...envelopeDefaults(),
      id: 'esp-recognises-pse',
      kind: 'recognition',
      actors: ['ESP', 'PSE'],
      recognizer: 'ESP',
      recognized: 'PSE',
      action: 'give',
    }),
    (e) => [e.recognizer, e.recognized],
  ),

  /** North Korea threatens the United States with force. */
  threat: builder<'threat'>(
    () => ({
      ...envelopeDefaults(),
      id: 'prk-threatens-usa',
      kind: 'threat',
      actors: ['PRK', 'USA'],
      actor: 'PRK',
      targets: ['USA'],
      threat: 'military-force',
    }),
    (e) => [e.actor, ...e.targets],
  ),
} satisfies { readonly [K in EventKind]: (overrides?: Overrides<K>) => EventInput<K> }

/** A valid event of any built-in kind, with its defaults: `event('aid')`. */
export function event<K extends EventKind>(kind: K, overrides: Overrides<K> = {}): EventInput<K> {
  return (build[kind] as unknown as (overrides: Overrides<K>) => EventInput<K>)(overrides)
}
