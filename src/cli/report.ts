/**
 * `entente report FILE A B --at D`: a single self-contained HTML page an analyst can send: the
 * relationship at the date (ties, agreements with areas, contacts, tone, stances, quotes), the
 * tone chart up to it, and every fact linked to its evidence, every piece of evidence to its
 * sources. Nothing in the page is fetched: it opens without a network.
 */
import { writeFile } from 'node:fs/promises'
import { _namesOf } from '../chart/describe.js'
import {
  type RelationshipResult,
  relationship,
  relationshipSeries,
  SERIES_STEPS,
  type SeriesStep,
  type Timeline,
  toInterval,
  toneChart,
} from '../index.js'
import { asking, checkActor, declarations } from './actors.js'
import { escapeHtml, eventLink, evidenceSections, page } from './html.js'
import { type Context, readTimeline } from './io.js'
import { toSvg } from './render.js'
import { checkDate, EXIT, expectPositionals, parseCommand, UsageError } from './usage.js'

/** The help of `entente report`. */
export const help = `Usage: entente report FILE A B --at DATE [options] > report.html

Writes one self-contained HTML page on the relationship of A and B in the timeline in FILE
("-" reads standard input) at a date: ties, agreements and their areas, contacts, tone,
stances and quotes; the tone chart up to the date; and every fact linked to the events it
comes from, every event to its sources. The page needs no network to open.

Options:
  --at DATE          The date of the report (required)
  --known-on DATE    Use only what the log had recorded by then (default: everything)
  --from DATE        Where the chart starts (default: two years before --at, to the day)
  --step STEP        The chart's step: day, week, month, quarter or year (default: month)
  --half-life DAYS   The half-life of tone, in days (default: 365)
  -o, --output FILE  Write to FILE instead of standard output
  -h, --help         Show this help

Rendering the chart needs the optional packages vega and vega-lite.

Example:
  entente report fixtures/vilnius-2023.ndjson JPN NATO --at 2023-07-13 > japan-nato.html
`

const OPTIONS = {
  at: { type: 'string' },
  'known-on': { type: 'string' },
  from: { type: 'string' },
  step: { type: 'string' },
  'half-life': { type: 'string' },
  output: { type: 'string', short: 'o' },
} as const

/**
 * Runs `entente report`.
 *
 * @param args - the arguments after `report`
 * @param context - the streams
 * @returns the exit code
 */
export async function report(args: readonly string[], context: Context): Promise<number> {
  const { values, positionals, help: wantsHelp } = parseCommand('report', args, OPTIONS)
  if (wantsHelp) {
    context.out.write(help)
    return EXIT.ok
  }
  expectPositionals('report', positionals, ['FILE', 'A', 'B'])
  const [file, a, b] = positionals as [string, string, string]
  if (a === b) throw new UsageError(`A and B are the same actor ("${a}")`, 'report')
  if (values.at === undefined) throw new UsageError('missing --at DATE', 'report')
  const at = checkDate('report', '--at', values.at)
  const knownOn = values['known-on'] === undefined ? undefined : checkDate('report', '--known-on', values['known-on'])
  const from = values.from === undefined ? undefined : checkDate('report', '--from', values.from)
  const step = values.step ?? 'month'
  if (!(SERIES_STEPS as readonly string[]).includes(step))
    throw new UsageError(`--step: must be one of ${SERIES_STEPS.join(', ')}, not "${step}"`, 'report')
  const halfLifeDays = values['half-life'] === undefined ? 365 : Number(values['half-life'])
  if (!Number.isFinite(halfLifeDays) || halfLifeDays <= 0 || values['half-life']?.trim() === '')
    throw new UsageError(`--half-life: must be a positive number of days, not "${values['half-life']}"`, 'report')

  const timeline = await readTimeline(file, context)
  const declared = declarations(timeline)
  checkActor(declared, a, file)
  checkActor(declared, b, file)
  const known = knownOn === undefined ? timeline : timeline.knownOn(knownOn)
  const r = asking(file, () => known.project(relationship(a, b, { halfLifeDays }), { at }))
  // Two years back to the day, so that the steps land on the date of the report itself.
  const start = from ?? `${Number(r.at.slice(0, 4)) - 2}${r.at.slice(4) === '-02-29' ? '-02-28' : r.at.slice(4)}`
  if (start > r.at) throw new UsageError(`--from (${start}) is after --at (${r.at})`, 'report')
  const range = { from: start, to: r.at, step: step as SeriesStep, halfLifeDays }
  // Read as known on --known-on through the series' own option, so that the chart's axis says so.
  const main = relationshipSeries(timeline, a, b, { ...range, ...(knownOn === undefined ? {} : { knownOn }) })
  const knownThen = relationshipSeries(known, a, b, { ...range, knownOn: 'each' })
  // Events are told as the log knew them on --known-on: a correction recorded later does not show.
  const svg = await toSvg(toneChart(known, main, { knownThen }))

  const name = _namesOf(known)
  const title = `${name(a)} and ${name(b)} on ${r.at}`
  const asKnown = knownOn === undefined ? 'as known from everything the log holds' : `as known on ${knownOn}`
  // The proposals of shared stances are listed too, so that a stance links to what it is on.
  const evidence = byDate(known, [...new Set([...r.evidence, ...r.stances.map((stance) => stance.proposal)])])
  const body = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="meta">${escapeHtml(`The relationship once ${r.at} was over, ${asKnown}. From ${file}.`)}</p>`,
    summary(r, name, halfLifeDays),
    `<h2 id="chart">Tone over time</h2>`,
    `<figure>${svg}<figcaption>${escapeHtml(
      `Tone from ${main.from} to ${main.to}, sampled ${step === 'day' ? 'daily' : `${step}ly`}; the grey line ` +
        'is each date as known on that date. Diamonds mark the events that moved the relationship; ' +
        'each is listed under Evidence below.',
    )}</figcaption></figure>`,
    ties(r, name),
    agreements(r, name),
    contacts(r),
    stances(known, r, name),
    quotes(r, name),
    evidenceSections(known, evidence, name),
  ].join('\n')
  const html = page(title, body)
  if (values.output !== undefined) await writeFile(values.output, html)
  else context.out.write(html)
  return EXIT.ok
}

/** Events sorted by the start of their date, then by id. */
function byDate(timeline: Timeline, ids: readonly string[]): string[] {
  const start = (id: string): string => {
    const event = timeline.effective(id)
    return event === null || event === undefined ? '' : toInterval(event.occurred).start
  }
  return [...ids].sort((p, q) => (start(p) < start(q) ? -1 : start(p) > start(q) ? 1 : p < q ? -1 : p > q ? 1 : 0))
}

const links = (ids: readonly string[]): string => ids.map(eventLink).join(', ')

function table(headers: readonly string[], rows: readonly string[][]): string {
  const head = `<tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`
  return `<table>\n${head}\n${rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n')}\n</table>`
}

function summary(r: RelationshipResult, name: (id: string) => string, halfLifeDays: number): string {
  const [a, b] = r.pair
  const rows = [
    ['Overall', r.tone.index.toFixed(2)],
    [`${name(a)} towards ${name(b)}`, (r.tone.byDirection[a] ?? 0).toFixed(2)],
    [`${name(b)} towards ${name(a)}`, (r.tone.byDirection[b] ?? 0).toFixed(2)],
  ].map(([label, value]) => [escapeHtml(label!), escapeHtml(value!)])
  const tallies = [
    ['Verbal cooperation', r.tone.verbalCooperation],
    ['Material cooperation', r.tone.materialCooperation],
    ['Verbal conflict', r.tone.verbalConflict],
    ['Material conflict', r.tone.materialConflict],
  ].map(([label, value]) => [escapeHtml(String(label)), escapeHtml(String(value))])
  return (
    `<h2 id="tone">Tone</h2>\n<p>Tone index in Goldstein points (each act weighs -10 to +10, halved every ` +
    `${escapeHtml(String(halfLifeDays))} days); above 0 is cooperative.</p>\n${table(['Tone', 'Index'], rows)}\n` +
    table(['Acts counted', 'Number'], tallies)
  )
}

function ties(r: RelationshipResult, name: (id: string) => string): string {
  if (r.ties.length === 0) return '<h2 id="ties">Ties</h2>\n<p>No status of one in the other at this date.</p>'
  const rows = r.ties.map((tie) => [
    escapeHtml(`${name(tie.member)} ${tie.status} of ${name(tie.organisation)}${tie.disputed ? ' (disputed)' : ''}`),
    escapeHtml(tie.since),
    escapeHtml(tie.certainty),
    links(tie.evidence) +
      tie.alternatives
        .map((alt) => `<br>Also claimed: ${escapeHtml(`${alt.status} (${alt.certainty})`)} ${links(alt.evidence)}`)
        .join(''),
  ])
  return `<h2 id="ties">Ties</h2>\n${table(['Status', 'Since', 'Certainty', 'Evidence'], rows)}`
}

function agreements(r: RelationshipResult, name: (id: string) => string): string {
  if (r.agreements.length === 0) return '<h2 id="agreements">Agreements in force</h2>\n<p>None at this date.</p>'
  const rows = r.agreements.map((agreement) => [
    escapeHtml(agreement.title),
    escapeHtml(
      (agreement.status === 'suspended' ? 'suspended' : 'in force') +
        (agreement.withdrawn.length === 0 ? '' : `; withdrawn: ${agreement.withdrawn.map(name).join(', ')}`),
    ),
    escapeHtml(agreement.areas.join(', ')),
    escapeHtml(
      `${agreement.inForce.from}${agreement.inForce.until === undefined ? '' : ` to ${agreement.inForce.until}`}`,
    ),
    links(agreement.evidence),
  ])
  return `<h2 id="agreements">Agreements in force</h2>\n${table(['Agreement', 'Status', 'Areas', 'In force', 'Evidence'], rows)}`
}

function contacts(r: RelationshipResult): string {
  const last = r.contacts.last
  const rows = [
    ['Meetings', escapeHtml(String(r.contacts.meetings))],
    ['Visits', escapeHtml(String(r.contacts.visits))],
    ['Summits attended together', escapeHtml(String(r.contacts.summits))],
    ['Last contact', last === undefined ? 'none' : `${escapeHtml(last.date)} ${eventLink(last.event)}`],
  ]
  return `<h2 id="contacts">Contacts</h2>\n${table(['Contact', 'Count'], rows)}`
}

function stances(timeline: Timeline, r: RelationshipResult, name: (id: string) => string): string {
  if (r.stances.length === 0) return ''
  const rows = r.stances.map((stance) => {
    const proposal = timeline.effective(stance.proposal) as { subject?: string } | null | undefined
    // The positions behind the stances are the relationship's evidence on that proposal.
    const positions = r.evidence.filter((id) => {
      const event = timeline.effective(id) as { kind: string; proposal?: string } | null | undefined
      return event?.kind === 'position' && event.proposal === stance.proposal
    })
    return [
      `${escapeHtml(proposal?.subject ?? stance.proposal)} ${eventLink(stance.proposal)}`,
      escapeHtml(
        Object.entries(stance.stances)
          .map(([actor, value]) => `${name(actor)}: ${value}`)
          .join('; '),
      ),
      links(positions),
    ]
  })
  return `<h2 id="stances">Stances on shared proposals</h2>\n${table(['Proposal', 'Stances', 'Evidence'], rows)}`
}

function quotes(r: RelationshipResult, name: (id: string) => string): string {
  if (r.quotes.length === 0) return ''
  const items = r.quotes.map(
    (quote) =>
      `<li><blockquote>${escapeHtml(quote.quote)}</blockquote>— ${escapeHtml(name(quote.speaker))}, ` +
      `${escapeHtml(quote.date)} ${eventLink(quote.event)}</li>`,
  )
  return `<h2 id="quotes">Quotes</h2>\n<ul>\n${items.join('\n')}\n</ul>`
}
