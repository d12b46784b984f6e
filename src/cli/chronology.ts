/**
 * `entente chronology FILE`: the events in the order they occurred, one line each (date,
 * kind, actors, what happened, sources), as the log knows them: corrections applied,
 * retracted events left out.
 */
import { type ChronologyEntry, type ChronologyOptions, type DiplomaticEvent, KINDS } from '../index.js'
import { didYouMean } from '../suggest.js'
import { checkActor, declarations } from './actors.js'
import { type Cell, evidence, oneLine, table } from './format.js'
import { type Context, readTimeline } from './io.js'
import { checkDate, checkRange, EXIT, expectPositionals, parseCommand, UsageError } from './usage.js'

/** The help of `entente chronology`. */
export const help = `Usage: entente chronology FILE [options]

Lists the events of the timeline in FILE ("-" reads standard input) in the order they
occurred, one a line: date, kind, actors, what happened, and the sources that say so.
Corrections are applied; retracted events are left out.

Options:
  --actor A        Only events involving A (repeat for any of several actors)
  --kind K         Only events of kind K (repeat for several kinds)
  --from DATE      Only events that had not ended before DATE
  --to DATE        Only events that had begun by the end of DATE
  --known-on DATE  The log as it was known on DATE (default: everything)
  --json           Print the entries as JSON
  -h, --help       Show this help

Dates: YYYY, YYYY-MM, YYYY-MM-DD or an ISO timestamp with a time zone.

Example:
  entente chronology fixtures/vilnius-2023.ndjson --actor JPN --from 2023-07-11 --to 2023-07-12
`

const OPTIONS = {
  actor: { type: 'string', multiple: true },
  kind: { type: 'string', multiple: true },
  from: { type: 'string' },
  to: { type: 'string' },
  'known-on': { type: 'string' },
  json: { type: 'boolean' },
} as const

/** How many actors a line names before it says how many more there are. */
const MAX_ACTORS = 4

/**
 * Runs `entente chronology`.
 *
 * @param args - the arguments after `chronology`
 * @param context - the streams
 * @returns the exit code
 */
export async function chronology(args: readonly string[], context: Context): Promise<number> {
  const { values, positionals, help: wantsHelp } = parseCommand('chronology', args, OPTIONS)
  if (wantsHelp) {
    context.out.write(help)
    return EXIT.ok
  }
  expectPositionals('chronology', positionals, ['FILE'])
  const file = positionals[0]!
  for (const kind of values.kind ?? []) {
    if (!(KINDS as readonly string[]).includes(kind))
      throw new UsageError(
        `--kind: unknown kind "${kind}"${didYouMean(kind, KINDS)}; the kinds are ${KINDS.join(', ')}`,
        'chronology',
      )
  }
  const from = values.from === undefined ? undefined : checkDate('chronology', '--from', values.from)
  const to = values.to === undefined ? undefined : checkDate('chronology', '--to', values.to)
  checkRange('chronology', from, to)
  const options: ChronologyOptions = {
    ...(values.actor === undefined ? {} : { actors: values.actor }),
    ...(values.kind === undefined ? {} : { kinds: values.kind }),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
  }
  const knownOn =
    values['known-on'] === undefined ? undefined : checkDate('chronology', '--known-on', values['known-on'])

  const timeline = await readTimeline(file, context)
  // An empty file has been warned about; its answer is empty whatever the actor.
  if (timeline.version > 0) {
    const declared = declarations(timeline)
    for (const actor of values.actor ?? []) checkActor(declared, actor, file)
  }
  const entries = (knownOn === undefined ? timeline : timeline.knownOn(knownOn)).chronology(options)
  if (values.json === true) {
    context.out.write(`${JSON.stringify(entries, null, 2)}\n`)
    return EXIT.ok
  }
  const lines = table(entries.map(row), { color: context.out.color, indent: 0 })
  context.out.write(lines.map((line) => `${line}\n`).join(''))
  return EXIT.ok
}

/** One line of the chronology: date, kind, actors, what happened, sources. */
function row({ date, event }: ChronologyEntry): (string | Cell)[] {
  const shown = event.actors.slice(0, MAX_ACTORS).join(', ')
  const more = event.actors.length > MAX_ACTORS ? ` +${event.actors.length - MAX_ACTORS}` : ''
  const sources = event.sources.map((source) => (typeof source === 'string' ? source : source.id))
  return [date, event.kind, shown + more, summarize(event), evidence(sources)]
}

const ARTICLE: Readonly<Record<string, string>> = {
  member: 'a',
  partner: 'a',
  observer: 'an',
  invitee: 'an',
  applicant: 'an',
}

const REACTS: Readonly<Record<string, string>> = {
  praise: 'praises',
  support: 'supports',
  concern: 'voices concern at',
  rebuttal: 'rebuts',
  condemnation: 'condemns',
}

const STANDS: Readonly<Record<string, string>> = { support: 'supports', oppose: 'opposes', neutral: 'is neutral on' }

/** "a", "a and b", "a, b and c". */
function and(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`
}

/** What happened, in one short line. */
function summarize(event: DiplomaticEvent): string {
  const doubt = event.certainty === 'suspected' || event.certainty === 'disputed' ? ` (${event.certainty})` : ''
  switch (event.kind) {
    case 'actor':
      return `${event.actors[0]!} is ${oneLine(event.name, 60)} (${event.actorKind})`
    case 'office':
      return event.change === 'start'
        ? `${event.person} takes office as ${event.office} of ${event.of}${doubt}`
        : `${event.person} leaves office as ${event.office} of ${event.of}${doubt}`
    case 'membership': {
      const status = `${ARTICLE[event.status] ?? 'a'} ${event.status} of ${event.organisation}`
      return (
        (event.change === 'start' ? `${event.member} becomes ${status}` : `${event.member} is no longer ${status}`) +
        doubt
      )
    }
    case 'summit':
      return `${oneLine(event.name, 60)}, hosted by ${event.host}, ${event.attendees.length} attending${doubt}`
    case 'meeting': {
      const people = event.participants.map((p) => p.actor)
      return (people.length === 2 ? `${people[0]!} meets ${people[1]!}` : `${and(people)} meet`) + doubt
    }
    case 'visit':
      return `${event.visitor} visits ${event.host}${event.purpose === undefined ? '' : ` (${oneLine(event.purpose, 40)})`}${doubt}`
    case 'statement':
      return `${event.speaker}: "${oneLine(event.quote, 60)}"${doubt}`
    case 'communique': {
      const about = event.characterizations.map((c) => `${c.actor} ${c.tone}`)
      return `${event.issuer} issues "${oneLine(event.title, 50)}"${about.length === 0 ? '' : ` (${about.join(', ')})`}${doubt}`
    }
    case 'agreement':
      return `${and(event.parties)}: ${oneLine(event.title, 60)}${doubt}`
    case 'proposal':
      return `${event.proposer} proposes: ${oneLine(event.subject, 60)}${event.status === 'proposed' ? '' : ` [${event.status}]`}${doubt}`
    case 'position':
      return `${event.actor} ${STANDS[event.stance] ?? event.stance} ${event.proposal}${doubt}`
    case 'military-activity':
      return `${event.actor} ${event.activity}${event.near.length === 0 ? '' : ` near ${and(event.near)}`} (${event.certainty})`
    case 'reaction':
      return `${event.actor} ${REACTS[event.stance] ?? event.stance} ${event.respondsTo}${doubt}`
    case 'aid': {
      const amount =
        event.amount === undefined ? '' : ` (${event.amount.value.toLocaleString('en-US')} ${event.amount.currency})`
      return `${event.donor} gives ${event.recipient} ${event.aidKind} aid${amount}${doubt}`
    }
    case 'correction': {
      const changes = Object.entries(event.changes).map(
        ([field, value]) => `${field} → ${oneLine(JSON.stringify(value) ?? String(value), 30)}`,
      )
      return `corrects ${event.target}: ${changes.join(', ')}`
    }
    case 'retraction':
      return `retracts ${event.target}: ${oneLine(event.reason, 50)}`
    case 'coded': {
      const side = (parties: typeof event.source) => parties.map((p) => p.actor).join(', ')
      const sides = event.target.length === 0 ? side(event.source) : `${side(event.source)} → ${side(event.target)}`
      return `${sides}: ${event.code} ${oneLine(event.label, 50)} [${event.dataset} ${event.record}]${doubt}`
    }
    case 'agreement-act':
      return `${event.agreement}: ${event.act}${event.party === undefined ? '' : ` by ${event.party}`}${doubt}`
    case 'sanctions':
      return `${event.imposer} ${event.action === 'impose' ? 'imposes sanctions on' : 'lifts sanctions on'} ${event.target}${doubt}`
    case 'expulsion':
      return `${event.expeller} expels ${event.count === undefined ? '' : `${event.count} `}diplomats of ${event.sender}${doubt}`
    case 'ambassador':
      return `${event.sender} ${event.action === 'recall' ? 'recalls its ambassador from' : 'returns its ambassador to'} ${event.host}${doubt}`
    case 'embassy':
      return `${event.owner} ${event.action === 'close' ? 'closes' : 'reopens'} its ${event.mission ?? 'embassy'} in ${event.host}${doubt}`
    case 'recognition':
      return `${event.recognizer} ${event.action === 'give' ? 'recognises' : 'withdraws recognition of'} ${event.recognized}${doubt}`
    case 'threat':
      return `${event.actor} threatens ${and(event.targets)} (${event.threat})${doubt}`
  }
}
