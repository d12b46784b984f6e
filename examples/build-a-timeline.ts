/**
 * Builds a timeline from events written in code: declares the actors, records a launch first
 * reported as suspected, the reactions to it, and the confirmation a day later; then asks what
 * was known when, and writes the log as NDJSON and reads it back.
 *
 * Run: npx tsx examples/build-a-timeline.ts
 */
import { ConcurrencyError, relationship, Timeline } from 'entente-timeline'

const nhk = { id: 'nhk-2023-07-12', publisher: 'NHK', published: '2023-07-12' }
const kcna = { id: 'kcna-2023-07-13', publisher: 'Korean Central News Agency', published: '2023-07-13' }

// 1. The actors, declared before anything names them.
let timeline = Timeline.from([
  {
    id: 'actor-prk',
    kind: 'actor',
    occurred: '2023-07-12',
    recorded: '2023-07-12T01:13:00Z',
    actors: ['PRK'],
    sources: [nhk],
    actorKind: 'state',
    name: "Democratic People's Republic of Korea",
    aliases: ['North Korea'],
  },
  {
    id: 'actor-jpn',
    kind: 'actor',
    occurred: '2023-07-12',
    recorded: '2023-07-12T01:13:00Z',
    actors: ['JPN'],
    sources: [nhk],
    actorKind: 'state',
    name: 'Japan',
  },
  {
    id: 'actor-matsuno',
    kind: 'actor',
    occurred: '2023-07-12',
    recorded: '2023-07-12T01:13:00Z',
    actors: ['matsuno-hirokazu'],
    sources: [nhk],
    actorKind: 'person',
    name: 'Matsuno Hirokazu',
  },
  {
    id: 'office-matsuno',
    kind: 'office',
    occurred: '2021-10-04',
    recorded: '2023-07-12T01:13:00Z',
    actors: ['matsuno-hirokazu', 'JPN'],
    sources: [nhk],
    certainty: 'confirmed',
    person: 'matsuno-hirokazu',
    office: 'Chief Cabinet Secretary',
    of: 'JPN',
    change: 'start',
  },
])
console.log(`declared: ${timeline.version} events`)

// 2. The launch, as first reported: suspected, at about 09:59 Japan time.
timeline = timeline.append({
  id: 'launch-prk-2023-07-12',
  kind: 'military-activity',
  occurred: { date: '2023-07-12T09:59:00+09:00', approximate: true },
  recorded: '2023-07-12T01:13:00Z',
  actors: ['PRK', 'JPN'],
  sources: ['nhk-2023-07-12'],
  certainty: 'suspected',
  actor: 'PRK',
  activity: 'missile-launch',
  near: ['JPN'],
  details: { weapon: 'suspected ICBM', flightMinutes: 74 },
})

// 3. Japan's condemnation, the same day. expectedVersion guards against a concurrent writer.
const beforeReaction = timeline.version
timeline = timeline.append(
  {
    id: 'reaction-matsuno-2023-07-12',
    kind: 'reaction',
    occurred: '2023-07-12',
    recorded: '2023-07-12T15:00:00Z',
    actors: ['matsuno-hirokazu', 'PRK'],
    sources: ['nhk-2023-07-12'],
    certainty: 'confirmed',
    actor: 'matsuno-hirokazu',
    respondsTo: 'launch-prk-2023-07-12',
    stance: 'condemnation',
    towards: ['PRK'],
  },
  { expectedVersion: beforeReaction },
)
try {
  timeline.append({ ...timeline.get('actor-jpn'), id: 'actor-jpn-again' }, { expectedVersion: beforeReaction })
} catch (error) {
  if (error instanceof ConcurrencyError)
    console.log(`refused: expected version ${error.expected}, found ${error.actual}`)
}

// 4. A day later the launch is confirmed: a correction, recorded when it was learned.
const corrected = timeline.append({
  id: 'correction-launch-confirmed',
  kind: 'correction',
  occurred: '2023-07-13',
  recorded: '2023-07-13T00:30:00Z',
  actors: ['PRK'],
  sources: [kcna],
  certainty: 'confirmed',
  target: 'launch-prk-2023-07-12',
  changes: { certainty: 'confirmed', details: { weapon: 'Hwasong-18 ICBM', flightMinutes: 74 } },
})
console.log(`the old timeline still has ${timeline.version} events; the new one has ${corrected.version}`)

// 5. What was known, and when.
for (const knownOn of ['2023-07-12T01:00:00Z', '2023-07-12', '2023-07-13']) {
  const launch = corrected.knownOn(knownOn).effective('launch-prk-2023-07-12')
  const text = launch?.kind === 'military-activity' ? `${launch.certainty} ${launch.details['weapon']}` : 'nothing'
  console.log(`known on ${knownOn}: ${text}`)
}

// 6. A question: Japan and North Korea at the end of 12 July.
const tone = corrected.project(relationship('JPN', 'PRK'), { at: '2023-07-12' }).tone
console.log(`JPN–PRK tone: ${tone.index} (PRK ${tone.byDirection['PRK']}, JPN ${tone.byDirection['JPN']})`)

// 7. The chronology, as known now, in valid-time order. Events sort by the start of their
// interval: the condemnation, dated only by its day, starts at midnight, before the launch.
for (const entry of corrected.chronology({ actors: ['PRK'] }))
  console.log(`${entry.date} ${entry.event.kind} ${entry.event.id}`)

// 8. NDJSON out and back: one event a line, in append order.
const text = corrected.toNdjson()
const reread = Timeline.fromNdjson(text)
console.log(`NDJSON: ${text.split('\n').length - 1} lines; read back: ${reread.version} events`)
