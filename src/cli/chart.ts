/**
 * `entente chart FILE A B --from D --to D`: the tone of a relationship over time as a chart
 * (SVG, PNG, a self-contained HTML page, or the Vega-Lite specification itself); with
 * `--network --at D`, the strongest relationships of a date.
 */
import { writeFile } from 'node:fs/promises'
import { _namesOf } from '../chart/describe.js'
import {
  network,
  networkChart,
  relationshipSeries,
  SERIES_STEPS,
  type SeriesStep,
  type Timeline,
  toneChart,
  type VegaLiteSpec,
} from '../index.js'
import { asking, checkActor, declarations } from './actors.js'
import { escapeHtml, evidenceSections, page } from './html.js'
import { type Context, readTimeline } from './io.js'
import { toPng, toSvg } from './render.js'
import { checkDate, checkRange, EXIT, expectPositionals, parseCommand, UsageError } from './usage.js'

/** The help of `entente chart`. */
export const help = `Usage: entente chart FILE A B --from DATE --to DATE [options]
       entente chart FILE --network --at DATE [options]

Charts the tone between A and B in the timeline in FILE ("-" reads standard input) from one
date to another: overall and by direction, with the events that moved it and the ties and
agreements in force. With --network, the strongest relationships of one date instead.

Options:
  --from DATE        The first date sampled (required for A B)
  --to DATE          The last date that may be sampled (required for A B)
  --step STEP        day, week, month, quarter or year (default: month)
  --known-on DATE    Use only what the log had recorded by then (default: everything)
  --known-then       Add the line of each date as known on that date
  --half-life DAYS   The half-life of tone, in days (default: 365)
  --network          The network at --at: the strongest dyads by tone, coloured by sign
  --at DATE          The date of the network
  --top N            How many dyads the network shows (default: 15)
  --format FORMAT    svg, png, html or vega-lite (default: svg)
  -o, --output FILE  Write to FILE instead of standard output
  -h, --help         Show this help

SVG, PNG and HTML need the optional packages vega and vega-lite (and @resvg/resvg-js for
PNG); vega-lite writes the specification, for notebooks, Observable or VS Code.

Example:
  entente chart fixtures/vilnius-2023.ndjson JPN NATO --from 2022-01-01 --to 2024-12-31 --known-then > chart.svg
`

const OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  step: { type: 'string' },
  'known-on': { type: 'string' },
  'known-then': { type: 'boolean' },
  'half-life': { type: 'string' },
  network: { type: 'boolean' },
  at: { type: 'string' },
  top: { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
} as const

/** The formats `entente chart` writes. */
const FORMATS = ['svg', 'png', 'html', 'vega-lite'] as const
type Format = (typeof FORMATS)[number]

/**
 * Runs `entente chart`.
 *
 * @param args - the arguments after `chart`
 * @param context - the streams
 * @returns the exit code
 */
export async function chart(args: readonly string[], context: Context): Promise<number> {
  const { values, positionals, help: wantsHelp } = parseCommand('chart', args, OPTIONS)
  if (wantsHelp) {
    context.out.write(help)
    return EXIT.ok
  }
  const format = (values.format ?? 'svg') as Format
  if (!FORMATS.includes(format))
    throw new UsageError(`--format: must be one of ${FORMATS.join(', ')}, not "${values.format}"`, 'chart')
  const knownOn = values['known-on'] === undefined ? undefined : checkDate('chart', '--known-on', values['known-on'])
  const halfLifeDays = halfLifeOf(values['half-life'])
  let spec: VegaLiteSpec
  let title: string
  let timeline: Timeline
  let evidence: readonly string[]
  if (values.network === true) {
    expectPositionals('chart', positionals, ['FILE'])
    for (const option of ['from', 'to', 'step', 'known-then'] as const)
      if (values[option] !== undefined) throw new UsageError(`--${option} does not apply to --network`, 'chart')
    if (values.at === undefined) throw new UsageError('missing --at DATE for --network', 'chart')
    const at = checkDate('chart', '--at', values.at)
    const top = topOf(values.top)
    timeline = await readTimeline(positionals[0]!, context)
    const result = timeline.project(network({ halfLifeDays }), { at, ...(knownOn === undefined ? {} : { knownOn }) })
    spec = networkChart(timeline, result, { top, halfLifeDays })
    title = `The strongest relationships on ${result.at}`
    evidence = []
  } else {
    if (positionals.length === 1) throw new UsageError('missing A B: give two actors, or --network with --at', 'chart')
    expectPositionals('chart', positionals, ['FILE', 'A', 'B'])
    const [file, a, b] = positionals as [string, string, string]
    if (a === b) throw new UsageError(`A and B are the same actor ("${a}")`, 'chart')
    for (const option of ['at', 'top'] as const)
      if (values[option] !== undefined) throw new UsageError(`--${option} applies only to --network`, 'chart')
    if (values.from === undefined) throw new UsageError('missing --from DATE', 'chart')
    if (values.to === undefined) throw new UsageError('missing --to DATE', 'chart')
    const from = checkDate('chart', '--from', values.from)
    const to = checkDate('chart', '--to', values.to)
    checkRange('chart', from, to)
    const step = stepOf(values.step)
    const read = await readTimeline(file, context)
    const declared = declarations(read)
    checkActor(declared, a, file)
    checkActor(declared, b, file)
    const options = { from, to, step, halfLifeDays }
    const main = asking(file, () =>
      relationshipSeries(read, a, b, { ...options, ...(knownOn === undefined ? {} : { knownOn }) }),
    )
    // Events are told as the log knew them on --known-on: a correction recorded later does not show.
    timeline = knownOn === undefined ? read : read.knownOn(knownOn)
    // Each date as known then, but never past --known-on.
    const knownThen =
      values['known-then'] === true ? relationshipSeries(timeline, a, b, { ...options, knownOn: 'each' }) : undefined
    spec = toneChart(timeline, main, knownThen === undefined ? {} : { knownThen })
    const name = _namesOf(timeline)
    title = `${name(a)} and ${name(b)}: tone, ${main.from} to ${main.to}`
    evidence = [...new Set(main.samples.flatMap((sample) => sample.events))]
  }
  const write = async (output: string | Uint8Array): Promise<void> => {
    if (values.output !== undefined) await writeFile(values.output, output)
    else if (typeof output === 'string') context.out.write(output)
    else process.stdout.write(output)
  }
  if (format === 'vega-lite') {
    await write(`${JSON.stringify(spec, null, 2)}\n`)
    return EXIT.ok
  }
  const svg = await toSvg(spec)
  if (format === 'svg') await write(svg)
  else if (format === 'png') await write(await toPng(svg))
  else {
    const body =
      `<h1>${escapeHtml(title)}</h1>\n<figure>${svg}<figcaption>${escapeHtml(String(spec['description']))}` +
      `</figcaption></figure>\n${evidence.length === 0 ? '' : evidenceSections(timeline, evidence, _namesOf(timeline))}`
    await write(page(title, body))
  }
  return EXIT.ok
}

function stepOf(value: string | undefined): SeriesStep {
  if (value === undefined) return 'month'
  if ((SERIES_STEPS as readonly string[]).includes(value)) return value as SeriesStep
  throw new UsageError(`--step: must be one of ${SERIES_STEPS.join(', ')}, not "${value}"`, 'chart')
}

function halfLifeOf(value: string | undefined): number {
  if (value === undefined) return 365
  const days = Number(value)
  if (value.trim() === '' || !Number.isFinite(days) || days <= 0)
    throw new UsageError(`--half-life: must be a positive number of days, not "${value}"`, 'chart')
  return days
}

function topOf(value: string | undefined): number {
  if (value === undefined) return 15
  const top = Number(value)
  if (!Number.isInteger(top) || top < 1)
    throw new UsageError(`--top: must be a positive whole number, not "${value}"`, 'chart')
  return top
}
