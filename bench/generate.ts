/**
 * A deterministic synthetic log for benchmarks and tests: N events over 25 years among a few
 * hundred actors (states, organisations, and people who hold office in the largest states),
 * with pairs chosen by a skewed (Zipf-like) law, a realistic mix of kinds and date precisions,
 * late events, corrections and retractions. The same seed always gives the same events.
 *
 * Every actor is declared first, every citation is given inline once and then cited by id,
 * every reference points to an earlier event, so `Timeline.from` accepts the result as is.
 */

/** Options of {@link generate}. */
export interface GenerateOptions {
  /** How many events in all, declarations included. */
  readonly events: number
  /** The seed of the random generator. @defaultValue 1 */
  readonly seed?: number
}

/** A generated event: a plain JSON object that `parseEvent` accepts. */
export interface GeneratedEvent {
  readonly id: string
  readonly kind: string
  readonly occurred:
    | string
    | { readonly from: string; readonly to: string }
    | { readonly date: string; readonly approximate: true }
  readonly recorded: string
  readonly actors: readonly string[]
  readonly sources: readonly (string | Record<string, string>)[]
  readonly certainty: string
  readonly [field: string]: unknown
}

/** A small, fast, seeded PRNG (mulberry32): uniform floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const DAY = 86_400_000
const START = Date.UTC(2000, 0, 1)
const YEARS = 25
const SPAN = Date.UTC(2000 + YEARS, 0, 1) - START

/** The largest states first: they act most often and are the ones with people in office. */
const MAJOR_STATES = [
  'USA',
  'CHN',
  'RUS',
  'JPN',
  'DEU',
  'GBR',
  'FRA',
  'IND',
  'KOR',
  'UKR',
  'PRK',
  'IRN',
  'ISR',
  'TUR',
  'BRA',
  'CAN',
  'AUS',
  'ITA',
  'ESP',
  'POL',
  'SAU',
  'PAK',
  'IDN',
  'MEX',
  'ZAF',
  'EGY',
  'NGA',
  'ARG',
  'VNM',
  'PHL',
  'TWN',
  'SYR',
  'IRQ',
  'AFG',
  'NLD',
  'SWE',
  'NOR',
  'FIN',
  'LTU',
  'LVA',
  'EST',
  'HUN',
  'ROU',
  'BLR',
  'GEO',
  'ARM',
  'AZE',
  'KAZ',
  'UZB',
  'MNG',
  'THA',
  'MYS',
  'SGP',
  'NZL',
  'CHL',
  'COL',
  'PER',
  'VEN',
  'CUB',
  'ETH',
  'KEN',
  'DZA',
  'MAR',
  'QAT',
  'ARE',
  'JOR',
  'LBN',
  'GRC',
  'CZE',
  'SVK',
  'AUT',
  'CHE',
  'BEL',
  'DNK',
  'PRT',
  'IRL',
  'SRB',
  'HRV',
  'BGR',
  'MDA',
]
const ORGANISATIONS = [
  'NATO',
  'EU',
  'UN',
  'UNSC',
  'G7',
  'G20',
  'ASEAN',
  'AU',
  'OSCE',
  'OAS',
  'WTO',
  'IAEA',
  'SCO',
  'BRICS',
  'GCC',
  'OPEC',
  'APEC',
  'CSTO',
  'QUAD',
  'AUKUS',
  'ECOWAS',
  'MERCOSUR',
  'ARAB',
  'OIC',
  'CIS',
  'IMF',
  'WB',
  'WHO',
  'ICC',
  'COE',
]
const OFFICES = [
  ['hog', 'head-of-government'],
  ['fm', 'foreign-minister'],
] as const
const PUBLISHERS = [
  'reuters',
  'ap',
  'afp',
  'kyodo',
  'yonhap',
  'tass',
  'xinhua',
  'bbc',
  'nhk',
  'dw',
  'aljazeera',
  'gov',
  'un-press',
  'nato-press',
]
const AREAS = [
  'trade',
  'security',
  'energy',
  'climate',
  'health',
  'cyber',
  'maritime',
  'nuclear',
  'science',
  'education',
  'migration',
]
const TOPICS = [
  'security',
  'trade',
  'sanctions',
  'climate',
  'energy',
  'migration',
  'the war',
  'nuclear programme',
  'maritime disputes',
]
const WORDS = [
  'firm',
  'constructive',
  'serious',
  'unacceptable',
  'historic',
  'dangerous',
  'frank',
  'productive',
  'provocative',
  'close',
]
const MILITARY = [
  'missile-launch',
  'missile-test',
  'exercise',
  'joint-exercise',
  'deployment',
  'incursion',
  'strike',
  'nuclear-test',
]
const MILITARY_WEIGHTS = [25, 10, 30, 15, 12, 5, 2, 1]
const AID = ['economic', 'humanitarian', 'diplomatic', 'military']
const REACTIONS = ['praise', 'support', 'concern', 'rebuttal', 'condemnation']
const STATUSES = ['member', 'partner', 'observer', 'invitee', 'applicant']

/** The kinds of the stream after the declarations, with their relative frequencies. */
const MIX: readonly (readonly [string, number])[] = [
  ['statement', 24],
  ['meeting', 17],
  ['visit', 7],
  ['reaction', 8],
  ['military-activity', 6],
  ['aid', 6],
  ['position', 6],
  ['communique', 3],
  ['agreement', 3],
  ['proposal', 2.5],
  ['membership', 1.5],
  ['correction', 2.5],
  ['retraction', 0.5],
  ['summit', 0.05],
]

/** Picks from cumulative weights by a uniform draw. */
function pickCumulative(cumulative: readonly number[], u: number): number {
  const target = u * cumulative[cumulative.length - 1]!
  let lo = 0
  let hi = cumulative.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (cumulative[mid]! <= target) lo = mid + 1
    else hi = mid
  }
  return lo
}

function cumulate(weights: readonly number[]): number[] {
  let sum = 0
  return weights.map((w) => (sum += w))
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

function instant(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`
}

interface Term {
  readonly person: string
  readonly state: string
  readonly office: string
  readonly start: number
  readonly end: number
}

/** State codes of the user-assigned ISO range (QAA..QZZ) for the states beyond the major ones. */
function minorStates(count: number): string[] {
  const codes: string[] = []
  for (let i = 0; codes.length < count; i++) {
    const code = `Q${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`
    if (!MAJOR_STATES.includes(code)) codes.push(code)
  }
  return codes
}

/**
 * Generates a synthetic log of `events` events, in append order.
 *
 * @param options - how many events, and the seed
 * @returns plain event objects, ready for `Timeline.from` or {@link toNdjson}
 */
export function generate(options: GenerateOptions): GeneratedEvent[] {
  const total = options.events
  const random = mulberry32(options.seed ?? 1)
  const int = (n: number): number => Math.floor(random() * n)
  const chance = (p: number): boolean => random() < p
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!

  // The cast shrinks with small logs so that declarations stay a small part of them.
  const scale = Math.min(1, total / 50_000)
  const stateCount = Math.max(12, Math.round(220 * scale))
  const majorCount = Math.min(MAJOR_STATES.length, stateCount)
  const states = [...MAJOR_STATES.slice(0, majorCount), ...minorStates(stateCount - majorCount)]
  const organisations = ORGANISATIONS.slice(0, Math.max(6, Math.round(ORGANISATIONS.length * scale)))
  const withOffices = states.slice(0, Math.max(4, Math.round(30 * scale)))

  // Principal actors (states and organisations) in one Zipf-like ranking, interleaved so that
  // the big organisations rank among the big states.
  const principals: string[] = []
  for (let i = 0, o = 0; i < states.length; i++) {
    principals.push(states[i]!)
    if (i % 7 === 3 && o < organisations.length) principals.push(organisations[o++]!)
  }
  for (const org of organisations) if (!principals.includes(org)) principals.push(org)
  const zipf = cumulate(principals.map((_, rank) => 1 / (rank + 2) ** 1.45))
  const stateZipf = cumulate(states.map((_, rank) => 1 / (rank + 2) ** 1.45))
  const orgZipf = cumulate(organisations.map((_, rank) => 1 / (rank + 1) ** 1))
  const principal = (): string => principals[pickCumulative(zipf, random())]!
  const state = (): string => states[pickCumulative(stateZipf, random())]!
  const organisation = (): string => organisations[pickCumulative(orgZipf, random())]!
  const other = (draw: () => string, not: string): string => {
    for (;;) {
      const next = draw()
      if (next !== not) return next
    }
  }
  const isOrg = new Set(organisations)

  // People: a head of government and a foreign minister for the largest states, in terms of
  // two to eight years, the first already in office when the log begins.
  const terms: Term[] = []
  const termsOf = new Map<string, Term[]>()
  for (const s of withOffices) {
    for (const [short, office] of OFFICES) {
      const list: Term[] = []
      let start = START - (1 + int(4 * 365)) * DAY
      for (let n = 1; start < START + SPAN; n++) {
        const end = start + (2 * 365 + int(6 * 365)) * DAY
        const term: Term = {
          person: `${short}-${s.toLowerCase()}-${n}`,
          state: s,
          office,
          start,
          end: end < START + SPAN ? end : Infinity,
        }
        list.push(term)
        terms.push(term)
        start = end
      }
      termsOf.set(`${s}|${office}`, list)
    }
  }
  /** Who held an office of a state on a day, if anyone. */
  const holder = (s: string, office: string, ms: number): string | undefined => {
    const list = termsOf.get(`${s}|${office}`)
    if (list === undefined) return undefined
    for (const term of list) if (term.start <= ms && ms < term.end) return term.person
    return undefined
  }
  /** The actor acting for a state on a day: its leader or minister sometimes, else the state. */
  const speakerFor = (s: string, ms: number, p: number): string => {
    if (isOrg.has(s) || !chance(p)) return s
    return holder(s, chance(0.6) ? 'head-of-government' : 'foreign-minister', ms) ?? s
  }

  const out: GeneratedEvent[] = []
  let citationCount = 0
  const recentCitations: string[] = []
  const sources = (recordedMs: number): (string | Record<string, string>)[] => {
    const list: (string | Record<string, string>)[] = []
    const n = chance(0.2) ? 2 : 1
    for (let i = 0; i < n; i++) {
      if (recentCitations.length > 0 && chance(0.35)) {
        const id = pick(recentCitations)
        if (!list.includes(id)) list.push(id)
        continue
      }
      const publisher = pick(PUBLISHERS)
      const id = `${publisher}-${(citationCount++).toString(36)}`
      const citation: Record<string, string> = { id, publisher, published: day(recordedMs) }
      if (chance(0.5)) citation['title'] = `Report ${citationCount}`
      if (chance(0.3)) citation['url'] = `https://news.example/${publisher}/${citationCount}`
      list.push(citation)
      if (recentCitations.length < 512) recentCitations.push(id)
      else recentCitations[int(512)] = id
    }
    return list
  }
  let seq = 0
  const nextId = (prefix: string): string => `${prefix}-${(seq++).toString(36)}`

  // Declarations: every actor, recorded before anything else.
  const declared = START - 7 * DAY
  const declare = (id: string, actorKind: string, name: string): void => {
    out.push({
      id: `actor-${id}`,
      kind: 'actor',
      occurred: '1990',
      recorded: instant(declared),
      actors: [id],
      sources: sources(declared),
      certainty: 'confirmed',
      actorKind,
      name,
    })
  }
  for (const s of states) declare(s, 'state', `State ${s}`)
  for (const o of organisations) declare(o, 'organisation', `Organisation ${o}`)
  for (const term of terms) declare(term.person, 'person', `Person ${term.person}`)

  // Memberships held when the log begins.
  const held = new Map<string, string>() // member|org → status
  const founding = START - 2 * DAY
  for (let i = 0; i < organisations.length; i++) {
    const org = organisations[i]!
    const size = org === 'UN' ? states.length : Math.min(states.length, 5 + int(25))
    const members = new Set<string>()
    while (members.size < size) members.add(org === 'UN' ? states[members.size]! : state())
    for (const member of members) {
      if (out.length >= total) break
      const status = org === 'UN' || chance(0.8) ? 'member' : pick(STATUSES)
      held.set(`${member}|${org}`, status)
      const since = START - (1 + int(40 * 365)) * DAY
      out.push({
        id: nextId('ms'),
        kind: 'membership',
        occurred: chance(0.7) ? day(since) : day(since).slice(0, 7),
        recorded: instant(founding),
        actors: [member, org],
        sources: sources(founding),
        certainty: 'confirmed',
        member,
        organisation: org,
        status,
        change: 'start',
      })
    }
  }

  // Office changes, in the order they happen; the stream below interleaves them.
  const officeChanges: { ms: number; term: Term; change: 'start' | 'end' }[] = []
  for (const term of terms) {
    officeChanges.push({ ms: Math.max(term.start, START - DAY), term, change: 'start' })
    if (term.end !== Infinity) officeChanges.push({ ms: term.end, term, change: 'end' })
  }
  officeChanges.sort((a, b) => a.ms - b.ms || (a.change === 'end' ? -1 : 1))
  const officeEvent = (c: (typeof officeChanges)[number]): GeneratedEvent => {
    const recordedMs = Math.max(c.ms, START - DAY) + 9 * 3_600_000
    return {
      id: nextId('of'),
      kind: 'office',
      occurred: day(c.change === 'start' ? c.term.start : c.term.end),
      recorded: instant(recordedMs),
      actors: [c.term.person, c.term.state],
      sources: sources(recordedMs),
      certainty: 'confirmed',
      person: c.term.person,
      office: c.term.office,
      of: c.term.state,
      change: c.change,
    }
  }

  const streamCount = Math.max(0, total - out.length - officeChanges.length)
  const mixCumulative = cumulate(MIX.map(([, w]) => w))
  const militaryCumulative = cumulate(MILITARY_WEIGHTS)
  let nextOffice = 0

  // Pools the references draw on: recent events that can be reacted to, corrected, retracted.
  interface Recent {
    readonly id: string
    readonly actor: string
    readonly kind: string
    readonly certainty: string
    readonly recorded: number
  }
  const recent: Recent[] = []
  const remember = (entry: Recent): void => {
    if (recent.length < 4096) recent.push(entry)
    else recent[int(4096)] = entry
  }
  const touched = new Set<string>() // corrected or retracted
  const proposals: { id: string; proposer: string }[] = []

  /** The valid time of an ordinary event that ended by `ms`: mostly a day, sometimes coarser or an interval. */
  const occurredBy = (ms: number): GeneratedEvent['occurred'] => {
    const u = random()
    if (u < 0.86) return day(ms)
    if (u < 0.91) return day(ms).slice(0, 7)
    if (u < 0.92) return day(ms).slice(0, 4)
    if (u < 0.98) return { from: day(ms - (1 + int(4)) * DAY), to: day(ms) }
    return { date: day(ms).slice(0, 7), approximate: true }
  }
  const certainty = (): string => {
    const u = random()
    return u < 0.5 ? 'confirmed' : u < 0.9 ? 'reported' : u < 0.98 ? 'suspected' : 'disputed'
  }
  /** A pair's affinity in [-1, 1], fixed by the pair, so that some pairs are warm and some hostile. */
  const affinity = (a: string, b: string): number => {
    const key = a < b ? a + b : b + a
    let h = 2166136261
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619)
    return ((h >>> 0) / 4294967296) * 2 - 1
  }
  const tone = (a: string, b: string): string => {
    const u = random() + affinity(a, b) * 0.35
    return u > 0.7 ? 'cooperative' : u > 0.35 ? 'neutral' : u > 0.1 ? 'critical' : 'hostile'
  }

  for (let i = 0; i < streamCount; i++) {
    // The clock of the log: recorded times grow with the append order over 25 years.
    const recordedMs = START + Math.floor(((i + random()) / streamCount) * SPAN)
    while (nextOffice < officeChanges.length && officeChanges[nextOffice]!.ms + 9 * 3_600_000 <= recordedMs)
      out.push(officeEvent(officeChanges[nextOffice++]!))
    // Most events are recorded within days; a few per cent months or years late.
    const late = chance(0.03)
    const lag = late ? (30 + int(4 * 365)) * DAY : chance(0.6) ? int(6) * 3_600_000 : (1 + int(6)) * DAY
    const occurredMs = Math.max(START, recordedMs - lag)
    const kind = MIX[pickCumulative(mixCumulative, random())]![0]
    const recorded = instant(recordedMs)
    const base = { recorded, sources: sources(recordedMs), certainty: certainty() }
    const a = principal()
    const b = other(principal, a)
    let event: GeneratedEvent
    switch (kind) {
      case 'statement': {
        const speaker = speakerFor(a, occurredMs, 0.5)
        const about = chance(0.15)
          ? [b, other(principal, a)].filter((x, k, all) => all.indexOf(x) === k && x !== a)
          : [b]
        const withFor = speaker !== a && chance(0.5)
        event = {
          id: nextId('st'),
          kind,
          occurred: occurredBy(occurredMs),
          ...base,
          actors: [...new Set([speaker, ...(withFor ? [a] : []), ...about])],
          speaker,
          ...(withFor ? { for: a } : {}),
          about,
          quote: `${pick(WORDS)} ${pick(TOPICS)}`,
          tone: tone(a, b),
        }
        break
      }
      case 'meeting': {
        const sides = chance(0.1) ? [a, b, other(principal, a)].filter((x, k, all) => all.indexOf(x) === k) : [a, b]
        const participants = sides.map((s) => {
          const person = speakerFor(s, occurredMs, 0.6)
          return person === s ? { actor: s } : chance(0.5) ? { actor: person, for: s } : { actor: person }
        })
        const actors = new Set<string>()
        for (const p of participants) {
          actors.add(p.actor)
          if (p.for !== undefined) actors.add(p.for)
        }
        event = {
          id: nextId('mt'),
          kind,
          occurred: occurredBy(occurredMs),
          ...base,
          actors: [...actors],
          participants,
          ...(chance(0.4) ? { topics: [pick(TOPICS)] } : {}),
        }
        break
      }
      case 'visit': {
        const visitor = speakerFor(a, occurredMs, 0.8)
        event = {
          id: nextId('vi'),
          kind,
          occurred: occurredBy(occurredMs),
          ...base,
          actors: [visitor, b],
          visitor,
          host: b,
        }
        break
      }
      case 'reaction': {
        const target = recent.length === 0 ? undefined : pick(recent)
        if (target === undefined) {
          event = {
            id: nextId('st'),
            kind: 'statement',
            occurred: day(occurredMs),
            ...base,
            actors: [a, b],
            speaker: a,
            about: [b],
            quote: 'on the record',
            tone: tone(a, b),
          }
          break
        }
        const actor = other(principal, target.actor)
        const u = random() + affinity(actor, target.actor) * 0.3
        const stance = REACTIONS[Math.max(0, Math.min(4, Math.floor((1 - u) * 5)))]!
        // A reaction comes after what it answers, in both valid and transaction time.
        const at = Math.max(occurredMs, target.recorded)
        event = {
          id: nextId('re'),
          kind,
          occurred: day(at),
          ...base,
          actors: [actor, target.actor],
          actor,
          respondsTo: target.id,
          stance,
          towards: [target.actor],
        }
        break
      }
      case 'military-activity': {
        const actor = isOrg.has(a) ? state() : a
        const activity = MILITARY[pickCumulative(militaryCumulative, random())]!
        const near = chance(0.7) ? [other(state, actor)] : []
        event = {
          id: nextId('ma'),
          kind,
          occurred: occurredBy(occurredMs),
          ...base,
          certainty: chance(0.3) ? 'suspected' : base.certainty,
          actors: [actor, ...near],
          actor,
          activity,
          near,
          details: activity === 'missile-launch' ? { flightMinutes: 5 + int(60) } : {},
        }
        break
      }
      case 'aid': {
        event = {
          id: nextId('ai'),
          kind,
          occurred: occurredBy(occurredMs),
          ...base,
          actors: [a, b],
          donor: a,
          recipient: b,
          aidKind: pick(AID),
          ...(chance(0.5) ? { amount: { value: (1 + int(1000)) * 1_000_000, currency: 'USD' } } : {}),
        }
        break
      }
      case 'proposal': {
        const id = nextId('pr')
        proposals.push({ id, proposer: a })
        if (proposals.length > 256) proposals.splice(int(proposals.length), 1)
        event = {
          id,
          kind,
          occurred: day(occurredMs),
          ...base,
          actors: [a, b],
          proposer: a,
          subject: `Proposal on ${pick(TOPICS)}`,
        }
        break
      }
      case 'position': {
        const target = proposals.length === 0 ? undefined : pick(proposals)
        if (target === undefined) {
          event = {
            id: nextId('pr'),
            kind: 'proposal',
            occurred: day(occurredMs),
            ...base,
            actors: [a],
            proposer: a,
            subject: 'A first proposal',
          }
          proposals.push({ id: event.id, proposer: a })
          break
        }
        const actor = chance(0.1) ? target.proposer : a
        const stance =
          actor === target.proposer
            ? 'support'
            : affinity(actor, target.proposer) + random() > 0.6
              ? 'support'
              : random() < 0.5
                ? 'oppose'
                : 'neutral'
        event = {
          id: nextId('po'),
          kind,
          occurred: day(occurredMs),
          ...base,
          actors: actor === target.proposer ? [actor] : [actor, target.proposer],
          actor,
          proposal: target.id,
          stance,
        }
        break
      }
      case 'communique': {
        const issuer = isOrg.has(a) ? a : organisation()
        const subjects = [b, ...(chance(0.3) ? [other(principal, b)] : [])].filter(
          (x, k, all) => x !== issuer && all.indexOf(x) === k,
        )
        event = {
          id: nextId('co'),
          kind,
          occurred: day(occurredMs),
          ...base,
          actors: [issuer, ...subjects],
          issuer,
          title: `Communique on ${pick(TOPICS)}`,
          characterizations: subjects.map((s) => ({ actor: s, terms: [pick(WORDS)], tone: tone(issuer, s) })),
        }
        break
      }
      case 'agreement': {
        const parties = chance(0.1) ? [a, b, other(principal, a)].filter((x, k, all) => all.indexOf(x) === k) : [a, b]
        const from = day(occurredMs)
        const until = chance(0.3) ? day(occurredMs + 365 * (2 + int(15)) * DAY) : undefined
        event = {
          id: nextId('ag'),
          kind,
          occurred: from,
          ...base,
          actors: parties,
          parties,
          title: `Agreement on ${pick(AREAS)}`,
          areas: [pick(AREAS), ...(chance(0.3) ? [pick(AREAS)] : [])].filter((x, k, all) => all.indexOf(x) === k),
          inForce: until === undefined ? { from } : { from, until },
        }
        break
      }
      case 'membership': {
        const member = isOrg.has(a) ? state() : a
        const org = organisation()
        const key = `${member}|${org}`
        const current = held.get(key)
        const leave = current !== undefined && chance(0.4)
        const status = leave ? current : current === 'applicant' || current === 'invitee' ? 'member' : pick(STATUSES)
        if (leave) held.delete(key)
        else held.set(key, status)
        event = {
          id: nextId('ms'),
          kind,
          occurred: chance(0.9) ? day(occurredMs) : day(occurredMs).slice(0, 7),
          ...base,
          actors: [member, org],
          member,
          organisation: org,
          status,
          change: leave ? 'end' : 'start',
        }
        break
      }
      case 'summit': {
        const host = isOrg.has(a) ? state() : a
        const org = organisation()
        const attendees = new Set<string>()
        const size = Math.min(states.length - 1, 5 + int(20))
        while (attendees.size < size) attendees.add(state())
        event = {
          id: nextId('su'),
          kind,
          occurred: { from: day(occurredMs - DAY), to: day(occurredMs) },
          ...base,
          actors: [...new Set([host, org, ...attendees])],
          name: `${org} summit ${day(occurredMs).slice(0, 4)}`,
          organisation: org,
          host,
          attendees: [...attendees].map((actor) => ({ actor, status: 'member' })),
        }
        break
      }
      case 'correction':
      case 'retraction': {
        let target: Recent | undefined
        for (let tries = 0; tries < 8 && recent.length > 0; tries++) {
          const candidate = pick(recent)
          if (!touched.has(candidate.id) && (kind === 'retraction' || candidate.certainty !== 'confirmed')) {
            target = candidate
            break
          }
        }
        if (target === undefined) {
          event = {
            id: nextId('vi'),
            kind: 'visit',
            occurred: day(occurredMs),
            ...base,
            actors: [a, b],
            visitor: a,
            host: b,
          }
          break
        }
        touched.add(target.id)
        event =
          kind === 'correction'
            ? {
                id: nextId('cr'),
                kind,
                occurred: day(recordedMs),
                ...base,
                certainty: 'confirmed',
                actors: [target.actor],
                target: target.id,
                changes: { certainty: chance(0.9) ? 'confirmed' : 'disputed' },
                reason: 'confirmed by further reporting',
              }
            : {
                id: nextId('rt'),
                kind,
                occurred: day(recordedMs),
                ...base,
                certainty: 'confirmed',
                actors: [target.actor],
                target: target.id,
                reason: 'the report was withdrawn',
              }
        break
      }
      default:
        throw new Error(`no generator for ${kind}`)
    }
    out.push(event)
    if (event.kind !== 'correction' && event.kind !== 'retraction') {
      remember({
        id: event.id,
        actor: event.actors[0]!,
        kind: event.kind,
        certainty: event.certainty,
        recorded: recordedMs,
      })
    }
  }
  while (nextOffice < officeChanges.length && out.length < total) out.push(officeEvent(officeChanges[nextOffice++]!))
  return out.slice(0, total)
}

/**
 * The events as NDJSON text: one event a line, each line ending with a newline.
 *
 * @param events - the events
 * @returns the text
 */
export function toNdjson(events: readonly object[]): string {
  const lines: string[] = new Array(events.length)
  for (let i = 0; i < events.length; i++) lines[i] = JSON.stringify(events[i])
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`
}
