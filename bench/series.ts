/**
 * Series against cold queries: a monthly series over the 25 years of the synthetic log
 * (2000-01-01 to 2024-12-01, 300 dates) in one pass forward, side by side in one run with
 * (a) one cold replay (the same projection asked at the last date, with no cache) and
 * (c) cold queries at the series' dates (each asked with no cache, as a loop written without
 * `series` would on a log it has not read before). The cases: `relationshipSeries` of the
 * busiest pair and `series` of `network()`, as known now and along the diagonal (each date as
 * known then). Every series is checked equal to the cold queries at the dates they were asked.
 *
 *   node --expose-gc --max-old-space-size=12288 --import tsx bench/series.ts
 *     [--sizes=10000,100000] [--rounds=3] [--cold=12] [--diagonal=on|off|relationship]
 *     [--only=relationship|network] [--json=FILE]
 *
 * 300 cold queries on a large log take long: `--cold=N` asks N of the dates, evenly spaced
 * from the first to the last, and the row gives their median and their mean times 300 (the
 * dates are evenly spaced, so the mean of the asked ones estimates the mean of all).
 * `--cold=300` (or more) asks every date.
 *
 * Caches are dropped before every timed task (the log's own indexes stay, built once before
 * any timing): each replay, series and query starts from no checkpoint and no scoped stream.
 */
import { writeFileSync } from 'node:fs'
import { isDeepStrictEqual } from 'node:util'
import {
  network,
  type Projection,
  type RelationshipResult,
  relationship,
  relationshipSeries,
  type SeriesOptions,
  series,
  Timeline,
} from '../src/index.js'
import { _viewOf } from '../src/log/timeline.js'
import { _runtimeOf } from '../src/projection/runtime.js'
import { generate } from './generate.js'

const argv = process.argv.slice(2)
const value = (name: string): string | undefined => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const sizes = (value('sizes') ?? '10000,100000')
  .split(',')
  .map((s) => Number(s.replace(/k$/i, '000').replace(/m$/i, '000000')))
const rounds = Number(value('rounds') ?? 3)
const coldCount = Number(value('cold') ?? 12)
const diagonalFor = value('diagonal') ?? 'on'
const jsonFile = value('json')
const only = value('only')
if (only !== undefined && !['relationship', 'network'].includes(only))
  throw new Error(`--only is relationship or network, not ${only}`)
if (!['on', 'off', 'relationship'].includes(diagonalFor))
  throw new Error(`--diagonal is on, off or relationship, not ${diagonalFor}`)
for (const n of [...sizes, rounds, coldCount])
  if (!Number.isInteger(n) || n < 1) throw new Error(`sizes, --rounds and --cold are whole numbers: ${n}`)
const gc = (globalThis as { gc?: () => void }).gc

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

const mean = (values: readonly number[]): number => values.reduce((sum, v) => sum + v, 0) / values.length

/** Drops every projection cache of a timeline's log: checkpoints, scoped streams, office indexes. */
function dropCaches(timeline: Timeline): void {
  const runtime = _runtimeOf(_viewOf(timeline).log as never)
  runtime.caches.clear()
  runtime.officeIndexes.clear()
}

/**
 * The CPU time (user and system, ms) of a task started with no cache. CPU time rather than
 * wall time: on a machine shared with other work, the time spent waiting for a core is not the
 * task's (the collector's threads count, as they work for the task).
 */
function cpu<T>(timeline: Timeline, task: () => T): { ms: number; result: T } {
  dropCaches(timeline)
  gc?.()
  const start = process.cpuUsage()
  const result = task()
  const used = process.cpuUsage(start)
  return { ms: (used.user + used.system) / 1000, result }
}

/** The median CPU time of a task over the rounds, each started with no cache. */
function timed(timeline: Timeline, task: () => unknown): number {
  const times: number[] = []
  for (let round = 0; round < rounds; round++) times.push(cpu(timeline, task).ms)
  return median(times)
}

const ms = (v: number): string => (v >= 100 ? Math.round(v).toLocaleString('en') : v.toPrecision(3))
const range: SeriesOptions = { from: '2000-01-01', to: '2024-12-01', step: 'month' }

/** One projection to sample: how to make it afresh, and what a sample keeps of its result. */
interface Case {
  readonly name: string
  readonly make: () => Projection<unknown>
  /** What the series keeps of a result, to compare with what a cold query gives. */
  readonly pick: (result: never) => unknown
  /** The series, with the sample values `pick` gives. */
  readonly sample: (timeline: Timeline, options: SeriesOptions) => readonly { at: string; value: unknown }[]
}

/** A row of the results: one case at one size, as known now or then. */
export interface SeriesRow {
  readonly size: number
  readonly name: string
  readonly diagonal: boolean
  readonly samples: number
  readonly seriesMs: number
  readonly replayMs: number
  readonly coldAsked: number
  /** The CPU time of each cold query asked, in the order of their dates. */
  readonly coldMs: readonly number[]
  readonly coldMedianMs: number
  readonly coldTotalMs: number
  /** Whether the series gave what the cold queries gave, at every date asked. */
  readonly agrees: boolean
}

const rows: SeriesRow[] = []

for (const size of sizes) {
  const events = generate({ events: size })
  const timeline = Timeline.from(events)
  // The log's own indexes are built here, once, outside every timing.
  const ends = timeline.project(network(), { at: '2024-12-01' })
  // The busiest pair: the one with the most acts of verbal cooperation by the end.
  const busiest = [...ends.dyads].sort((p, q) => q.tone.verbalCooperation - p.tone.verbalCooperation)[0]!.pair
  const [a, b] = busiest
  const point = (r: RelationshipResult) => ({
    tone: r.tone.index,
    toneByDirection: r.tone.byDirection,
    verbalCooperation: r.tone.verbalCooperation,
    materialCooperation: r.tone.materialCooperation,
    verbalConflict: r.tone.verbalConflict,
    materialConflict: r.tone.materialConflict,
    meetings: r.contacts.meetings,
    visits: r.contacts.visits,
    summits: r.contacts.summits,
    ties: r.ties.map((t) => ({
      member: t.member,
      organisation: t.organisation,
      status: t.status,
      disputed: t.disputed,
    })),
    agreements: r.agreements.map((g) => ({ id: g.id, title: g.title })),
  })
  // A digest of every dyad's tone, in the answer's order: equal sums of the same terms in the same order.
  const networkPick = (r: { dyads: readonly { tone: { index: number; verbalCooperation: number } }[] }) => [
    r.dyads.length,
    r.dyads.reduce((sum, d) => sum + d.tone.index, 0),
    r.dyads.reduce((sum, d) => sum + d.tone.verbalCooperation, 0),
  ]
  const cases: Case[] = [
    {
      name: `relationshipSeries(${a}, ${b})`,
      make: () => relationship(a, b) as Projection<unknown>,
      pick: point as (r: never) => unknown,
      sample: (t, options) => relationshipSeries(t, a, b, options).samples,
    },
    {
      name: 'series(network())',
      make: () => network() as Projection<unknown>,
      pick: networkPick as (r: never) => unknown,
      // The whole answer is made at each date; the series keeps a digest of it.
      sample: (t, options) => series(t, network(), options, networkPick).samples,
    },
  ]
  for (const c of cases) {
    if (only !== undefined && !c.name.startsWith(only === 'network' ? 'series(network' : 'relationship')) continue
    const diagonals =
      diagonalFor === 'on' || (diagonalFor === 'relationship' && c.name.startsWith('relationship'))
        ? [false, true]
        : [false]
    for (const diagonal of diagonals) {
      const options: SeriesOptions = diagonal ? { ...range, knownOn: 'each' } : range
      const ask = (at: string) => timeline.project(c.make(), { at, ...(diagonal ? { knownOn: at } : {}) })
      let samples: readonly { at: string; value: unknown }[] = []
      const seriesMs = timed(timeline, () => (samples = c.sample(timeline, options)))
      const last = samples.at(-1)!.at
      const replayMs = timed(timeline, () => ask(last))
      // Cold queries at evenly spaced dates, the first and the last among them.
      const count = Math.min(coldCount, samples.length)
      const indexes = [
        ...new Set(
          Array.from({ length: count }, (_, i) =>
            count === 1 ? samples.length - 1 : Math.round((i * (samples.length - 1)) / (count - 1)),
          ),
        ),
      ]
      const coldTimes: number[] = []
      let agrees = true
      for (const i of indexes) {
        const { ms: t, result } = cpu(timeline, () => ask(samples[i]!.at))
        coldTimes.push(t)
        if (!isDeepStrictEqual(samples[i]!.value, c.pick(result as never))) {
          agrees = false
          console.error(`${c.name}${diagonal ? ', as known then' : ''}: the series differs at ${samples[i]!.at}`)
        }
      }
      const row: SeriesRow = {
        size,
        name: c.name,
        diagonal,
        samples: samples.length,
        seriesMs,
        replayMs,
        coldAsked: indexes.length,
        coldMs: coldTimes,
        coldMedianMs: median(coldTimes),
        coldTotalMs: mean(coldTimes) * samples.length,
        agrees,
      }
      rows.push(row)
      console.log(format(row))
    }
  }
}

function format(row: SeriesRow): string {
  const what = `${row.name}, ${row.samples} months${row.diagonal ? ', as known then' : ''}`
  const cold =
    row.coldAsked >= row.samples
      ? `${ms(row.coldTotalMs)} (all ${row.samples} asked)`
      : `${ms(row.coldTotalMs)} (${row.coldAsked} asked, ×${row.samples / row.coldAsked} by their mean)`
  return [
    '',
    row.size.toLocaleString('en'),
    what,
    ms(row.seriesMs),
    ms(row.replayMs),
    `${(row.seriesMs / row.replayMs).toFixed(1)}x`,
    ms(row.coldMedianMs),
    cold,
    `${(row.coldTotalMs / row.seriesMs).toFixed(1)}x`,
    row.agrees ? 'yes' : '**no**',
    '',
  ]
    .join(' | ')
    .trim()
}

console.log(`\n${rounds} round(s), CPU ms; cold queries at ${coldCount} date(s) of each series\n`)
console.log(
  '| size | series | series (CPU ms) | one cold replay (CPU ms) | series / replay | cold query, median (CPU ms) |' +
    ' cold queries at every date (CPU ms) | queries / series | same answers |',
)
console.log('|---:|---|---:|---:|---:|---:|---:|---:|---|')
for (const row of rows) console.log(format(row))
if (jsonFile !== undefined) writeFileSync(jsonFile, JSON.stringify({ rows }, null, 2))
if (rows.some((row) => !row.agrees)) process.exitCode = 1
