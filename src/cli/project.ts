/**
 * `entente project FILE A B --at DATE`: the relationship of two actors at a date, or with
 * `--membership`, `--offices`, `--proposal` or `--network` another built-in projection. Text
 * for people by default; `--json` prints the library's result exactly.
 */
import {
  type MembershipResult,
  membership,
  type NetworkResult,
  network,
  type OfficeHoldersResult,
  officeHolders,
  type ProjectOptions,
  type ProposalResult,
  proposal,
  type RelationshipOptions,
  type RelationshipResult,
  relationship,
  type Tie,
  type Timeline,
  type ToneSummary,
  type Uncertainty,
} from '../index.js'
import { asking, declarations } from './actors.js'
import { type Cell, evidence, oneLine, paint, section, signed, table, visible, wrapList } from './format.js'
import { type Context, displayName, readTimeline } from './io.js'
import { checkDate, EXIT, expectPositionals, InputError, parseCommand, UsageError } from './usage.js'

/** The help of `entente project`. */
export const help = `Usage: entente project FILE A B --at DATE [options]
       entente project FILE (--membership ORG | --offices ACTOR | --proposal ID | --network) --at DATE [options]

Projects the timeline in FILE ("-" reads standard input) at a date: by default the
relationship of actors A and B (ties, agreements in force, contacts, tone, stances,
quotes, and the events behind each fact); or one of:

  --membership ORG     the members of an organisation and their statuses
  --offices ACTOR      who held which office of a state or organisation
  --proposal ID        a proposal's status, supporters and opponents
  --network            every pair of actors, with its tone and ties

Options:
  --at DATE            The date asked about (required). A day (2023-07-12) means once that
                       day is over; also YYYY, YYYY-MM or an ISO timestamp with a time zone
  --known-on DATE      Use only what the log had recorded by then (default: everything)
  --uncertainty MODE   strict: an imprecise event counts once its whole period has passed
                       (default); possible: once its period has begun
  --half-life DAYS     The half-life of tone, in days (default 365; relationship and
                       --network only)
  --json               Print the projection's result as JSON
  -h, --help           Show this help

Example:
  entente project fixtures/vilnius-2023.ndjson JPN NATO --at 2023-07-12 --known-on 2023-07-13
`

const OPTIONS = {
  at: { type: 'string' },
  'known-on': { type: 'string' },
  uncertainty: { type: 'string' },
  'half-life': { type: 'string' },
  json: { type: 'boolean' },
  membership: { type: 'string' },
  offices: { type: 'string' },
  proposal: { type: 'string' },
  network: { type: 'boolean' },
} as const

/** The question asked: which projection, of what. */
type Question =
  | { readonly mode: 'relationship'; readonly a: string; readonly b: string }
  | { readonly mode: 'membership'; readonly organisation: string }
  | { readonly mode: 'offices'; readonly actor: string }
  | { readonly mode: 'proposal'; readonly id: string }
  | { readonly mode: 'network' }

/** How the result is to be shown. */
interface Display {
  readonly color: boolean
  /** The date asked about, as given (a result without a date of its own is titled with it). */
  readonly at: string
  readonly knownOn: string | undefined
  readonly uncertainty: Uncertainty | undefined
}

/**
 * Runs `entente project`.
 *
 * @param args - the arguments after `project`
 * @param context - the streams
 * @returns the exit code
 */
export async function project(args: readonly string[], context: Context): Promise<number> {
  const { values, positionals, help: wantsHelp } = parseCommand('project', args, OPTIONS)
  if (wantsHelp) {
    context.out.write(help)
    return EXIT.ok
  }
  const question = questionOf(values, positionals)
  const file = positionals[0]!
  if (values.at === undefined) throw new UsageError('missing --at DATE', 'project')
  const at = checkDate('project', '--at', values.at)
  const knownOn = values['known-on'] === undefined ? undefined : checkDate('project', '--known-on', values['known-on'])
  const uncertainty = uncertaintyOf(values.uncertainty)
  const tone = toneOf(values['half-life'], question)

  const timeline = await readTimeline(file, context)
  checkOrganisation(timeline, question, file)
  const options: ProjectOptions = {
    at,
    ...(knownOn === undefined ? {} : { knownOn }),
    ...(uncertainty === undefined ? {} : { uncertainty }),
  }
  const display: Display = { color: context.out.color, at, knownOn, uncertainty }
  // The library refuses actors and proposals the file does not hold (as known on --known-on).
  const show = <R>(ask: () => R, render: (result: R, display: Display) => string): void => {
    const result = asking(file, ask)
    context.out.write(values.json === true ? `${JSON.stringify(result, null, 2)}\n` : `${render(result, display)}\n`)
  }
  switch (question.mode) {
    case 'relationship':
      show(() => timeline.project(relationship(question.a, question.b, tone), options), renderRelationship)
      break
    case 'membership':
      show(() => timeline.project(membership(question.organisation), options), renderMembership)
      break
    case 'offices':
      show(() => timeline.project(officeHolders(question.actor), options), renderOffices)
      break
    case 'proposal':
      show(() => timeline.project(proposal(question.id), options), renderProposal)
      break
    case 'network':
      show(() => timeline.project(network(tone), options), renderNetwork)
      break
  }
  return EXIT.ok
}

function questionOf(
  values: { membership?: string; offices?: string; proposal?: string; network?: boolean },
  positionals: readonly string[],
): Question {
  const modes: Question[] = []
  if (values.membership !== undefined) modes.push({ mode: 'membership', organisation: values.membership })
  if (values.offices !== undefined) modes.push({ mode: 'offices', actor: values.offices })
  if (values.proposal !== undefined) modes.push({ mode: 'proposal', id: values.proposal })
  if (values.network === true) modes.push({ mode: 'network' })
  if (modes.length > 1)
    throw new UsageError('give only one of --membership, --offices, --proposal and --network', 'project')
  if (modes.length === 1) {
    if (positionals.length > 1)
      throw new UsageError(`--${modes[0]!.mode} takes no actors A B: give only FILE`, 'project')
    expectPositionals('project', positionals, ['FILE'])
    return modes[0]!
  }
  if (positionals.length === 1)
    throw new UsageError(
      'missing A B: give two actors, or one of --membership, --offices, --proposal and --network',
      'project',
    )
  expectPositionals('project', positionals, ['FILE', 'A', 'B'])
  const [, a, b] = positionals as [string, string, string]
  if (a === b) throw new UsageError(`A and B are the same actor ("${a}")`, 'project')
  return { mode: 'relationship', a, b }
}

function uncertaintyOf(value: string | undefined): Uncertainty | undefined {
  if (value === undefined || value === 'strict' || value === 'possible') return value
  throw new UsageError(`--uncertainty: must be strict or possible, not "${value}"`, 'project')
}

function toneOf(value: string | undefined, question: Question): RelationshipOptions {
  if (value === undefined) return {}
  if (question.mode !== 'relationship' && question.mode !== 'network') {
    throw new UsageError('--half-life applies only to a relationship or --network', 'project')
  }
  const days = Number(value)
  if (value.trim() === '' || !Number.isFinite(days) || days <= 0)
    throw new UsageError(`--half-life: must be a positive number of days, not "${value}"`, 'project')
  return { halfLifeDays: days }
}

/**
 * Refuses an organisation's members asked of an actor the file declares as something else (a
 * state, a person): the answer would look like an empty organisation. Names the file does not
 * declare at all are left to the library, which refuses them.
 */
function checkOrganisation(timeline: Timeline, question: Question, file: string): void {
  if (question.mode !== 'membership') return
  const kind = declarations(timeline).kinds.get(question.organisation)
  if (kind !== undefined && kind !== 'organisation')
    throw new InputError(
      `${displayName(file)}: --membership: "${question.organisation}" is ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}, not an organisation`,
    )
}

/** The first line of every report: what, at which date, as known when, counting what. */
function title(subject: string, at: string, display: Display): string {
  const known = display.knownOn === undefined ? '' : `, as known on ${display.knownOn}`
  const possible = display.uncertainty === 'possible' ? ', counting events that may have happened by then' : ''
  return paint(visible(`${subject} at ${at}${known}${possible}`), 'bold', display.color)
}

function yesNo(value: boolean): Cell {
  return value ? { text: 'yes', paint: 'yellow' } : { text: 'no' }
}

/** The rows of ties, then a line for each weaker claim that other sources make. */
function tieLines(ties: readonly Tie[], color: boolean): string[] {
  const rows = ties.map((tie) => [
    tie.member,
    tie.status,
    tie.organisation,
    tie.since,
    tie.certainty,
    yesNo(tie.disputed),
    evidence(tie.evidence),
  ])
  const lines =
    ties.length === 0
      ? []
      : table(rows, { color, header: ['MEMBER', 'STATUS', 'OF', 'SINCE', 'CERTAINTY', 'DISPUTED', 'EVIDENCE'] })
  for (const tie of ties) {
    for (const claim of tie.alternatives) {
      lines.push(
        `  also claimed: ${tie.member} ${claim.status} of ${tie.organisation} (${claim.certainty}) ${paint(claim.evidence.join(', '), 'dim', color)}`,
      )
    }
  }
  return [...new Set(lines)]
}

function toneLines(tone: ToneSummary, color: boolean): string[] {
  return table(
    [
      ['index', signed(tone.index)],
      ...Object.entries(tone.byDirection).map(([side, value]) => [`by ${side}`, signed(value)]),
      ['verbal cooperation', `${tone.verbalCooperation}`],
      ['material cooperation', `${tone.materialCooperation}`],
      ['verbal conflict', `${tone.verbalConflict}`],
      ['material conflict', `${tone.materialConflict}`],
    ],
    { color },
  )
}

function renderRelationship(r: RelationshipResult, display: Display): string {
  const { color } = display
  const [a, b] = r.pair
  const agreements = r.agreements.flatMap((agreement) => [
    `  ${visible(agreement.title)}`,
    ...table(
      [
        ['in force', `${agreement.inForce.from} – ${agreement.inForce.until ?? 'open-ended'}`],
        ['status', agreement.status === 'suspended' ? { text: 'suspended', paint: 'yellow' } : { text: 'in force' }],
        ...(agreement.withdrawn.length === 0 ? [] : [['withdrew', agreement.withdrawn.join(', ')]]),
        ['areas', agreement.areas.length === 0 ? 'none given' : agreement.areas.join(', ')],
        ['evidence', evidence(agreement.evidence)],
      ],
      { color, indent: 4 },
    ),
  ])
  const how = { termination: 'terminated', expiry: 'expired', withdrawal: 'by withdrawal' } as const
  const ended = r.ended.flatMap((agreement) => [
    `  ${visible(agreement.title)}`,
    ...table(
      [
        ['ended', `${agreement.ended}, ${how[agreement.how]}`],
        ...(agreement.withdrawn.length === 0 ? [] : [['withdrew', agreement.withdrawn.join(', ')]]),
        ...(agreement.supersededBy === undefined ? [] : [['replaced by', agreement.supersededBy]]),
        ['evidence', evidence(agreement.evidence)],
      ],
      { color, indent: 4 },
    ),
  ])
  const contacts = table(
    [
      ['meetings', `${r.contacts.meetings}`],
      ['visits', `${r.contacts.visits}`],
      ['summits together', `${r.contacts.summits}`],
      [
        'last contact',
        r.contacts.last === undefined
          ? 'none'
          : `${r.contacts.last.date}  ${paint(r.contacts.last.event, 'dim', color)}`,
      ],
    ],
    { color },
  )
  const stances = table(
    r.stances.map((s) => [s.proposal, s.stances[a] ?? '', s.stances[b] ?? '']),
    { color, header: ['PROPOSAL', a, b] },
  )
  const quotes = table(
    r.quotes.map((q) => [q.date, q.speaker, { text: q.event, paint: 'dim' }, `"${oneLine(q.quote)}"`]),
    { color, header: ['DATE', 'SPEAKER', 'EVENT', 'QUOTE'] },
  )
  // Shown only when there is something to show: a missing office event, not a section of "none".
  const unattributed =
    r.unattributed.length === 0
      ? []
      : [
          section(
            'Not counted for either side',
            table(
              r.unattributed.map((u) => [u.date, u.kind, { text: u.event, paint: 'dim' }, u.reason]),
              { color, header: ['DATE', 'KIND', 'EVENT', 'WHY'] },
            ),
            color,
          ),
        ]
  return [
    title(`${a} and ${b}`, r.at, display),
    section('Ties', tieLines(r.ties, color), color),
    section('Agreements in force', agreements, color),
    section('Agreements no longer in force', ended, color),
    section('Contacts', contacts, color),
    section('Tone', toneLines(r.tone, color), color),
    section('Stances on shared proposals', r.stances.length === 0 ? [] : stances, color),
    section('Quotes', r.quotes.length === 0 ? [] : quotes, color),
    ...unattributed,
    section('Evidence', wrapList(r.evidence), color),
  ].join('\n\n')
}

function renderMembership(m: MembershipResult, display: Display): string {
  const { color } = display
  const counts = new Map<string, number>()
  for (const member of m.members) counts.set(member.status, (counts.get(member.status) ?? 0) + 1)
  const tally = [...counts].map(([status, n]) => `${n} ${status}${n === 1 ? '' : 's'}`).join(', ')
  const rows = table(
    m.members.map((member) => [
      member.actor,
      member.status,
      member.since,
      member.certainty,
      yesNo(member.disputed),
      evidence(member.evidence),
    ]),
    { color, header: ['ACTOR', 'STATUS', 'SINCE', 'CERTAINTY', 'DISPUTED', 'EVIDENCE'] },
  )
  const also = m.members.flatMap((member) =>
    member.alternatives.map(
      (claim) =>
        `  also claimed: ${member.actor} ${claim.status} (${claim.certainty}) ${paint(claim.evidence.join(', '), 'dim', color)}`,
    ),
  )
  return [
    title(`Members of ${m.organisation}`, m.at, display),
    section(
      tally === '' ? 'Members' : `Members: ${tally}`,
      m.members.length === 0 ? [] : [...rows, ...new Set(also)],
      color,
    ),
  ].join('\n\n')
}

function renderOffices(o: OfficeHoldersResult, display: Display): string {
  const { color } = display
  const rows = table(
    o.offices.map((office) => [office.office, office.person, office.since, evidence(office.evidence)]),
    { color, header: ['OFFICE', 'PERSON', 'SINCE', 'EVIDENCE'] },
  )
  return [
    title(`Offices of ${o.actor}`, o.at, display),
    section('Offices held', o.offices.length === 0 ? [] : rows, color),
  ].join('\n\n')
}

function renderProposal(p: ProposalResult, display: Display): string {
  const { color } = display
  const list = (actors: readonly string[]): string => (actors.length === 0 ? 'none' : actors.join(', '))
  const facts = table(
    [
      ['subject', p.subject ?? 'not yet proposed'],
      ['proposer', p.proposer ?? 'none'],
      ['status', p.status],
      ['supporters', list(p.supporters)],
      ['opponents', list(p.opponents)],
      ['neutral', list(p.neutral)],
    ],
    { color },
  )
  return [
    title(`Proposal ${p.id}`, display.at, display),
    section('Facts', facts, color),
    section('Evidence', wrapList(p.evidence), color),
  ].join('\n\n')
}

function renderNetwork(n: NetworkResult, display: Display): string {
  const { color } = display
  const rows = table(
    n.dyads.map((dyad) => [
      `${dyad.pair[0]}–${dyad.pair[1]}`,
      signed(dyad.tone.index),
      Object.entries(dyad.tone.byDirection)
        .map(([side, value]) => `${side} ${value > 0 ? '+' : ''}${value}`)
        .join(', '),
      `${dyad.tone.verbalCooperation}/${dyad.tone.materialCooperation}`,
      `${dyad.tone.verbalConflict}/${dyad.tone.materialConflict}`,
      dyad.ties
        .map(
          (tie) =>
            `${tie.member} ${tie.status} of ${tie.organisation}${tie.disputed ? ' (disputed)' : ''} (${tie.evidence.join(', ')})`,
        )
        .join('; '),
    ]),
    { color, header: ['PAIR', 'TONE', 'BY SIDE', 'COOPERATION', 'CONFLICT', 'TIES'] },
  )
  const legend = paint('  COOPERATION and CONFLICT count acts, verbal/material.', 'dim', color)
  return [
    title('Network', n.at, display),
    section(`Pairs: ${n.dyads.length}`, n.dyads.length === 0 ? [] : [...rows, '', legend], color),
  ].join('\n\n')
}
