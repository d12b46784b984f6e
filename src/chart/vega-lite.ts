/**
 * Charts as Vega-Lite specifications: plain JSON, with no dependency, that notebooks,
 * Observable, VS Code and the `entente chart` command render. Actors are named, dates keep the
 * precision of their evidence, axes say their units, and the colours (Okabe–Ito, with dashes
 * for lines) stay apart in grey-scale print and for colour-blind readers.
 */
import type { Timeline } from '../log/timeline.js'
import type { EventBase } from '../model/envelope.js'
import { toInterval } from '../model/partial-date.js'
import type { NetworkResult } from '../projections/network.js'
import {
  _citationLine,
  _citationsOf,
  _describe,
  _KIND_ORDER,
  _kindLabel,
  _namesOf,
  _titlesOf,
  _whenOf,
} from './describe.js'
import type { RelationshipSeries, SeriesStep } from './series.js'

/**
 * A Vega-Lite specification: a plain, JSON-serialisable object.
 *
 * @example
 * ```ts
 * import type { VegaLiteSpec } from 'entente-timeline'
 *
 * const json = (spec: VegaLiteSpec) => JSON.stringify(spec, null, 2)
 * ```
 */
export type VegaLiteSpec = { readonly [key: string]: unknown }

/** The Vega-Lite version the specifications are written for. */
const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json'

/** Okabe–Ito colours: apart for colour-blind readers, and of different lightness in grey-scale. */
const COLOURS = {
  black: '#000000',
  orange: '#E69F00',
  blue: '#0072B2',
  grey: '#999999',
  vermillion: '#D55E00',
  sky: '#56B4E9',
  lightGrey: '#CCCCCC',
} as const

const STEP_WORDS: Readonly<Record<SeriesStep, string>> = {
  day: 'daily',
  week: 'weekly',
  month: 'monthly',
  quarter: 'quarterly',
  year: 'yearly',
}

/**
 * Options of {@link toneChart}.
 *
 * @example
 * ```ts
 * import type { ToneChartOptions } from 'entente-timeline'
 *
 * const options: ToneChartOptions = { width: 720, title: 'Japan and NATO' }
 * ```
 */
export interface ToneChartOptions {
  /** The same relationship as known at each date (`knownOn: 'each'`), drawn beside the main line. @defaultValue none */
  readonly knownThen?: RelationshipSeries
  /** The chart's title. @defaultValue "A and B: tone, FROM to TO", with the actors' names */
  readonly title?: string
  /** The width of the plots, in pixels. @defaultValue 640 */
  readonly width?: number
  /** The height of the tone plot, in pixels. @defaultValue 280 */
  readonly height?: number
}

/**
 * A Vega-Lite chart of a relationship over time: the tone overall and by direction, the events
 * that moved it as points (hovering shows the event and its sources), the "as known then" line
 * when given, and below, the ties and agreements in force as bands.
 *
 * @param timeline - the timeline the series was taken of: it names actors and tells events and sources
 * @param series - a series from {@link relationshipSeries}
 * @param options - the "as known then" series, the title and the size
 * @returns the specification, plain JSON
 * @throws never: a series of any length makes a chart
 * @example
 * ```ts
 * import { Timeline, relationshipSeries, toneChart } from 'entente-timeline'
 * import { readFileSync } from 'node:fs'
 *
 * const timeline = Timeline.fromNdjson(readFileSync('fixtures/vilnius-2023.ndjson', 'utf8'))
 * const range = { from: '2022-01-01', to: '2024-12-31' }
 * const spec = toneChart(timeline, relationshipSeries(timeline, 'JPN', 'NATO', range), {
 *   knownThen: relationshipSeries(timeline, 'JPN', 'NATO', { ...range, knownOn: 'each' }),
 * })
 * spec.title //=> { text: 'Japan and North Atlantic Treaty Organization: tone, 2022-01-01 to 2024-12-31', ... }
 * ```
 */
export function toneChart<E extends EventBase>(
  timeline: Timeline<E>,
  series: RelationshipSeries,
  options: ToneChartOptions = {},
): VegaLiteSpec {
  const name = _namesOf(timeline)
  const title = _titlesOf(timeline)
  const [a, b] = series.pair
  const width = options.width ?? 640
  const height = options.height ?? 280
  const overall = 'Overall'
  const lineNames = [overall, `${name(a)} towards ${name(b)}`, `${name(b)} towards ${name(a)}`]
  const thenName = 'Overall, as known at each date'
  const lines: object[] = []
  for (const sample of series.samples) {
    lines.push({ date: sample.at, line: overall, tone: sample.value.tone })
    lines.push({ date: sample.at, line: lineNames[1], tone: sample.value.toneByDirection[a] ?? 0 })
    lines.push({ date: sample.at, line: lineNames[2], tone: sample.value.toneByDirection[b] ?? 0 })
  }
  for (const sample of options.knownThen?.samples ?? [])
    lines.push({ date: sample.at, line: thenName, tone: sample.value.tone })
  const domain = options.knownThen === undefined ? lineNames : [...lineNames, thenName]

  const events: object[] = []
  for (const sample of series.samples) {
    for (const id of sample.events) {
      const event = timeline.effective(id)
      if (event === null || event === undefined) continue
      const when = _whenOf(event.occurred)
      const label = _describe(event, name, title)
      const sources = _citationsOf(timeline, event).map(_citationLine)
      events.push({
        date: toInterval(event.occurred).start.slice(0, 10),
        counted: sample.at,
        tone: sample.value.tone,
        kind: _kindLabel(event.kind),
        when,
        label,
        sources: sources.join(' · '),
        id,
        description: `${when}: ${label} (${id})`,
      })
    }
  }
  const eventTooltip = [
    { field: 'when', type: 'nominal', title: 'Date' },
    { field: 'label', type: 'nominal', title: 'Event' },
    { field: 'sources', type: 'nominal', title: 'Sources' },
    { field: 'id', type: 'nominal', title: 'Event id' },
  ]
  const eventMark = { type: 'point', shape: 'diamond', filled: true, size: 70, opacity: 1, color: COLOURS.vermillion }

  const bands = bandsOf(series, name)
  // Each plot's date axis spans the whole range, so that the plots line up one above the other.
  const x = (title: string, field = 'date') => ({
    field,
    type: 'temporal',
    title,
    scale: { type: 'utc', domain: [dateTime(series.from), dateTime(series.to)] },
    axis: { format: '%b %Y' },
  })
  const known =
    series.knownOn === undefined
      ? 'as known now'
      : series.knownOn === 'each'
        ? 'as known then'
        : `as known on ${series.knownOn}`
  const xTitle = `Date (UTC), sampled ${STEP_WORDS[series.step]}, ${known}`
  // Two lines: a rotated title longer than the plot would stretch the chart above and below it.
  const yTitle = ['Tone index, Goldstein points', `(half-life ${series.halfLifeDays} days)`]
  const range = [COLOURS.black, COLOURS.orange, COLOURS.blue, COLOURS.grey].slice(0, domain.length)
  const dashes = [
    [1, 0],
    [6, 3],
    [2, 2],
    [8, 3, 2, 3],
  ].slice(0, domain.length)

  const tonePlot = {
    width,
    height,
    layer: [
      { mark: { type: 'rule', color: '#bbbbbb' }, encoding: { y: { datum: 0 } } },
      {
        data: { values: lines },
        mark: { type: 'line', strokeWidth: 2 },
        encoding: {
          x: x(xTitle),
          y: { field: 'tone', type: 'quantitative', title: yTitle },
          color: {
            field: 'line',
            type: 'nominal',
            title: 'Tone',
            scale: { domain, range },
            legend: { orient: 'bottom', direction: 'vertical', labelLimit: 400 },
          },
          strokeDash: { field: 'line', type: 'nominal', title: 'Tone', scale: { domain, range: dashes } },
        },
      },
      {
        data: { values: events },
        // On the line, an event sits at the first date it counts at; the strip below has its own date.
        mark: { ...eventMark, stroke: '#000000', strokeWidth: 0.5 },
        encoding: {
          x: { field: 'counted', type: 'temporal' },
          y: { field: 'tone', type: 'quantitative' },
          tooltip: eventTooltip,
          description: { field: 'description', type: 'nominal' },
        },
      },
    ],
  }
  const kinds = [...new Set(events.map((event) => (event as { kind: string }).kind))]
  const eventPlot = {
    width,
    height: Math.max(1, kinds.length) * 18,
    title: { text: 'Events, by the date they occurred', anchor: 'start', fontSize: 12 },
    data: { values: events },
    mark: eventMark,
    encoding: {
      x: x('Date (UTC)'),
      y: { field: 'kind', type: 'nominal', title: null, sort: _KIND_ORDER },
      tooltip: eventTooltip,
      description: { field: 'description', type: 'nominal' },
    },
  }
  // Bands carry their names inside them, so long agreement titles need no axis of their own.
  const bandPlot = {
    width,
    height: Math.max(1, bands.length) * 22,
    title: { text: 'Ties and agreements in force', anchor: 'start', fontSize: 12 },
    data: { values: bands },
    encoding: {
      y: { field: 'band', type: 'nominal', title: null, axis: null, sort: null },
      tooltip: [
        { field: 'band', type: 'nominal', title: 'What' },
        { field: 'start', type: 'nominal', title: 'First sampled' },
        { field: 'end', type: 'nominal', title: 'Until' },
      ],
    },
    layer: [
      {
        mark: { type: 'bar', height: 18 },
        encoding: {
          x: x('Date (UTC)', 'start'),
          x2: { field: 'end' },
          color: {
            field: 'kind',
            type: 'nominal',
            title: 'In force',
            scale: { domain: ['Tie', 'Agreement'], range: [COLOURS.lightGrey, COLOURS.sky] },
            legend: { orient: 'bottom' },
          },
        },
      },
      {
        // Names start at the plot's left edge, so that a band that begins late keeps its name inside the chart.
        mark: { type: 'text', align: 'left', baseline: 'middle', color: '#000000', fontSize: 11, limit: width - 8 },
        encoding: { x: { value: 4 }, text: { field: 'band' } },
      },
    ],
  }
  return {
    $schema: SCHEMA,
    description: `Tone between ${name(a)} and ${name(b)} from ${series.from} to ${series.to}, with the events that moved it`,
    title: {
      text: options.title ?? `${name(a)} and ${name(b)}: tone, ${series.from} to ${series.to}`,
      subtitle: 'Diamonds: events that moved the relationship (hover for the event and its sources)',
      anchor: 'start',
    },
    config: { font: 'DejaVu Sans, Liberation Sans, Arial, sans-serif', view: { stroke: null } },
    vconcat: [tonePlot, ...(events.length === 0 ? [] : [eventPlot]), ...(bands.length === 0 ? [] : [bandPlot])],
    resolve: { scale: { color: 'independent', strokeDash: 'independent' } },
  }
}

/**
 * Options of {@link networkChart}.
 *
 * @example
 * ```ts
 * import type { NetworkChartOptions } from 'entente-timeline'
 *
 * const options: NetworkChartOptions = { top: 10, halfLifeDays: 365 }
 * ```
 */
export interface NetworkChartOptions {
  /** How many dyads to show, the strongest by tone (either sign) first. @defaultValue 15 */
  readonly top?: number
  /** The half-life the network was projected with, for the axis title. @defaultValue 365 */
  readonly halfLifeDays?: number
  /** The chart's title. @defaultValue "The strongest relationships on DATE" */
  readonly title?: string
  /** The width of the plot, in pixels. @defaultValue 560 */
  readonly width?: number
}

/**
 * A Vega-Lite chart of a network at a date: the strongest dyads by tone as bars, coloured by
 * sign (cooperative or conflictual), named by their actors.
 *
 * @param timeline - the timeline the network was projected from: it names the actors
 * @param result - what `timeline.project(network(), ...)` returned
 * @param options - how many dyads, the half-life, the title and width
 * @returns the specification, plain JSON
 * @throws never
 * @example
 * ```ts
 * import { Timeline, network, networkChart } from 'entente-timeline'
 * import { readFileSync } from 'node:fs'
 *
 * const timeline = Timeline.fromNdjson(readFileSync('fixtures/vilnius-2023.ndjson', 'utf8'))
 * const spec = networkChart(timeline, timeline.project(network(), { at: '2023-07-31' }), { top: 5 })
 * const bars = (spec.data as { values: unknown[] }).values
 * bars.length //=> 5
 * ```
 */
export function networkChart<E extends EventBase>(
  timeline: Timeline<E>,
  result: NetworkResult,
  options: NetworkChartOptions = {},
): VegaLiteSpec {
  const name = _namesOf(timeline)
  const top = options.top ?? 15
  const dyads = [...result.dyads]
    .filter((dyad) => dyad.tone.index !== 0)
    .sort((p, q) => Math.abs(q.tone.index) - Math.abs(p.tone.index) || (p.pair.join() < q.pair.join() ? -1 : 1))
    .slice(0, top)
    .map((dyad) => ({
      pair: `${name(dyad.pair[0])} – ${name(dyad.pair[1])}`,
      tone: dyad.tone.index,
      sign: dyad.tone.index > 0 ? 'Cooperative' : 'Conflictual',
      ties: dyad.ties.map((tie) => `${name(tie.member)}: ${tie.status} of ${name(tie.organisation)}`).join('; '),
    }))
  return {
    $schema: SCHEMA,
    description: `The ${dyads.length} relationships with the strongest tone on ${result.at}`,
    title: { text: options.title ?? `The strongest relationships on ${result.at}`, anchor: 'start' },
    config: { font: 'DejaVu Sans, Liberation Sans, Arial, sans-serif', view: { stroke: null } },
    width: options.width ?? 560,
    height: { step: 20 },
    data: { values: dyads },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'pair', type: 'nominal', title: null, sort: '-x', axis: { labelLimit: 360 } },
      x: {
        field: 'tone',
        type: 'quantitative',
        title: `Tone index (Goldstein points, half-life ${options.halfLifeDays ?? 365} days)`,
      },
      color: {
        field: 'sign',
        type: 'nominal',
        title: 'Tone',
        scale: { domain: ['Cooperative', 'Conflictual'], range: [COLOURS.blue, COLOURS.orange] },
        legend: { orient: 'bottom' },
      },
      tooltip: [
        { field: 'pair', type: 'nominal', title: 'Pair' },
        { field: 'tone', type: 'quantitative', title: 'Tone', format: '.2f' },
        { field: 'ties', type: 'nominal', title: 'Ties' },
      ],
    },
  }
}

/** A day as a Vega-Lite date-time, in UTC. */
function dateTime(day: string): object {
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), date: Number(day.slice(8, 10)), utc: true }
}

/** The ties and agreements of a series as bands: each run of dates it was in force, from its first date to the next. */
function bandsOf(series: RelationshipSeries, name: (id: string) => string): object[] {
  const open = new Map<string, { band: string; kind: string; start: string }>()
  const bands: object[] = []
  const samples = series.samples
  samples.forEach((sample, i) => {
    const present = new Map<string, { band: string; kind: string }>()
    for (const tie of sample.value.ties) {
      const key = `tie:${tie.member}:${tie.status}:${tie.organisation}`
      const disputed = tie.disputed ? ' (disputed)' : ''
      const band = `Tie: ${name(tie.member)} ${tie.status} of ${name(tie.organisation)}${disputed}`
      present.set(key, { band, kind: 'Tie' })
    }
    for (const agreement of sample.value.agreements)
      present.set(`agreement:${agreement.id}`, { band: `Agreement: ${agreement.title}`, kind: 'Agreement' })
    for (const [key, run] of open) {
      if (present.has(key)) continue
      bands.push({ ...run, end: sample.at })
      open.delete(key)
    }
    for (const [key, what] of present) if (!open.has(key)) open.set(key, { ...what, start: sample.at })
    if (i === samples.length - 1) for (const run of open.values()) bands.push({ ...run, end: series.to })
  })
  return bands
}
