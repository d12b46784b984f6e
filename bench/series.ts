/**
 * Series against cold queries: a monthly series over the 25 years of the synthetic log
 * (300 dates) in one pass forward, against one cold replay of the whole log and against a
 * loop of `timeline.project` at each date, for network() and for the relationship of the
 * busiest pair; as known now, and along the diagonal (each date as known then). Every
 * series is first checked equal to the queries at a dozen of its dates.
 *
 *   node --expose-gc --import tsx bench/series.ts [--sizes=10000,100000] [--rounds=3] [--loop=off]
 *
 * The loop of 300 queries is slow on large logs: `--loop=off` leaves it out.
 */
import { isDeepStrictEqual } from 'node:util'
import {
  defineProjection,
  network,
  type Projection,
  relationship,
  type SeriesOptions,
  series,
  Timeline,
} from '../src/index.js'
import { generate } from './generate.js'

const argv = process.argv.slice(2)
const value = (name: string): string | undefined => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const sizes = (value('sizes') ?? '10000,100000').split(',').map((s) => Number(s.replace(/k$/i, '000')))
const rounds = Number(value('rounds') ?? 3)
const loop = value('loop') !== 'off'
const gc = (globalThis as { gc?: () => void }).gc

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * The median CPU time (user and system, ms) of a task, each round on a timeline read anew (so no
 * cache carries over). CPU time rather than wall time: on a machine shared with other work, the
 * time spent waiting for a core is not the task's.
 */
function time(events: readonly object[], task: (timeline: Timeline) => void): number {
  const times: number[] = []
  for (let round = 0; round < rounds; round++) {
    const timeline = Timeline.from(events)
    gc?.()
    const start = process.cpuUsage()
    task(timeline)
    const used = process.cpuUsage(start)
    times.push((used.user + used.system) / 1000)
  }
  return median(times)
}

const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value.toPrecision(3))

const range: SeriesOptions = { from: '2000-01-01', to: '2024-12-01', step: 'month' }
const rows: string[] = []

for (const size of sizes) {
  const events = generate({ events: size })
  const probe = Timeline.from(events)
  // The busiest pair: the one whose relationship names the most evidence at the end.
  const ends = probe.project(network(), { at: '2024-12-31' })
  const busiest = [...ends.dyads].sort((p, q) => q.tone.verbalCooperation - p.tone.verbalCooperation)[0]!.pair
  // A fold over every event with an answer that costs nothing: what the series itself costs.
  const counted = defineProjection({
    name: 'events counted',
    initial: { events: 0 },
    on: {},
    every(draft) {
      draft.events++
    },
  }) as Projection<unknown>
  const cases: [string, Projection<unknown>, (r: never) => unknown][] = [
    ['every event counted', counted, (r: { events: number }) => r.events],
    ['network()', network() as Projection<unknown>, (r: { dyads: readonly unknown[] }) => r.dyads.length],
    [
      `relationship(${busiest.join(', ')})`,
      relationship(busiest[0], busiest[1]) as Projection<unknown>,
      (r: { tone: { index: number } }) => r.tone.index,
    ],
  ]
  for (const [name, projection, select] of cases) {
    for (const diagonal of [false, true]) {
      const options: SeriesOptions = diagonal ? { ...range, knownOn: 'each' } : range
      // Checked first: the series gives what a query gives, at a dozen of its dates.
      const check = series(Timeline.from(events), projection, options)
      for (const sample of check.samples.filter((_, i) => i % 25 === 0)) {
        const asked = probe.project(projection, { at: sample.at, ...(diagonal ? { knownOn: sample.at } : {}) })
        if (!isDeepStrictEqual(sample.value, asked)) throw new Error(`${name} differs at ${sample.at}`)
      }
      const samples = check.samples.length
      const sampled = time(events, (timeline) => void series(timeline, projection, options, select as never))
      const replay = time(events, (timeline) => void timeline.project(projection, { at: '2024-12-01' }))
      const looped = loop
        ? time(events, (timeline) => {
            for (const sample of check.samples)
              select(
                timeline.project(projection, { at: sample.at, ...(diagonal ? { knownOn: sample.at } : {}) }) as never,
              )
          })
        : Number.NaN
      const what = `${name}, ${samples} months${diagonal ? ', as known then' : ''}`
      const loopCell = loop ? `${ms(looped)} (${(looped / sampled).toFixed(1)}x the series)` : 'not run'
      rows.push(
        `| ${size.toLocaleString('en')} | ${what} | ${ms(sampled)} | ${ms(replay)} | ${(sampled / replay).toFixed(1)}x | ${loopCell} |`,
      )
      console.log(rows.at(-1))
    }
  }
}

console.log(
  '\n| size | series | series (CPU ms) | one cold replay (CPU ms) | series / replay | a query per date (CPU ms) |\n|---:|---|---:|---:|---:|---|',
)
for (const row of rows) console.log(row)
