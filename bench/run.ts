/**
 * The benchmarks: loading, appending, replaying, querying, late events and memory, each side by
 * side with a baseline in the same run (rotated order, a warm-up, several rounds, medians and
 * ratios), on synthetic logs of 10k, 100k and 1M events.
 *
 *   node --expose-gc --max-old-space-size=12288 --import tsx bench/run.ts [--quick] [--sizes=10000,100000]
 *     [--only=load,query] [--rounds=N] [--queries=N] [--json=FILE]
 *
 * Without --expose-gc the memory benchmarks are skipped. `--quick` runs one small log, few rounds;
 * `--rounds` and `--queries` override the rounds per measure and the random questions per kind.
 */
import { writeFileSync } from 'node:fs'
import { isDeepStrictEqual } from 'node:util'
import { network, relationship, Timeline, WEIGHTS } from '../src/index.js'
import { _queryBound } from '../src/log/query-date.js'
import { DyadIndex, networkFold, type Prepared, prepare } from './baseline.js'
import { generate, mulberry32, toNdjson } from './generate.js'
import { peersTable, runPeers } from './peers.js'

const BENCHES = ['load', 'first', 'append', 'replay', 'query', 'late', 'memory', 'peers'] as const
type BenchName = (typeof BENCHES)[number]

interface Args {
  readonly quick: boolean
  readonly sizes: readonly number[]
  readonly only: ReadonlySet<BenchName>
  readonly json: string | undefined
  readonly seed: number
  readonly rounds: number | undefined
  readonly queries: number | undefined
}

function parseArgs(argv: readonly string[]): Args {
  const value = (name: string): string | undefined =>
    argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
  const quick = argv.includes('--quick')
  const sizes =
    value('sizes')
      ?.split(',')
      .map((s) => Number(s.replace(/k$/i, '000').replace(/m$/i, '000000'))) ??
    (quick ? [5_000] : [10_000, 100_000, 1_000_000])
  const only = new Set((value('only')?.split(',') ?? BENCHES) as BenchName[])
  for (const name of only)
    if (!BENCHES.includes(name)) throw new Error(`unknown benchmark "${name}": use ${BENCHES.join(', ')}`)
  for (const size of sizes)
    if (!Number.isInteger(size) || size < 2_000)
      throw new Error(`a size is a whole number of events, at least 2000: ${size}`)
  const count = (name: string): number | undefined => {
    const text = value(name)
    if (text === undefined) return undefined
    const n = Number(text)
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} is a whole number, at least 1: ${text}`)
    return n
  }
  return {
    quick,
    sizes,
    only,
    json: value('json'),
    seed: Number(value('seed') ?? 1),
    rounds: count('rounds'),
    queries: count('queries'),
  }
}

const args = parseArgs(process.argv.slice(2))
const gc = (globalThis as { gc?: () => void }).gc

// ---------------------------------------------------------------------------------------------
// Measuring

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

interface Variant {
  readonly label: string
  readonly run: () => unknown
}

/**
 * Runs variants side by side: a warm-up of each, then `rounds` rounds, each running every
 * variant once, in an order rotated by one each round. Returns each variant's times (ms).
 */
async function compare(variants: readonly Variant[], rounds: number, warmup = 1): Promise<Map<string, number[]>> {
  const times = new Map<string, number[]>(variants.map((v) => [v.label, []]))
  for (let round = -warmup; round < rounds; round++) {
    for (let k = 0; k < variants.length; k++) {
      const variant = variants[(k + Math.max(0, round)) % variants.length]!
      gc?.()
      const t0 = performance.now()
      await variant.run()
      const ms = performance.now() - t0
      if (round >= 0) times.get(variant.label)!.push(ms)
    }
  }
  return times
}

function heap(): number {
  gc!()
  gc!()
  return process.memoryUsage().heapUsed
}

const fmt = {
  ms: (v: number): string => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v >= 1 ? v.toFixed(2) : v.toFixed(3)),
  us: (v: number): string => (v * 1000).toFixed(v * 1000 >= 100 ? 0 : 1),
  ratio: (v: number): string => `${v.toFixed(2)}x`,
  pct: (v: number): string => `${(v * 100).toFixed(1)}%`,
  rate: (v: number): string => (v >= 1e6 ? `${(v / 1e6).toFixed(2)}M` : `${(v / 1e3).toFixed(0)}k`),
  bytes: (v: number): string =>
    v >= 1 << 30 ? `${(v / (1 << 30)).toFixed(2)} GiB` : `${(v / (1 << 20)).toFixed(1)} MiB`,
}

interface Row {
  readonly size: number
  readonly bench: string
  readonly measure: string
  readonly value: string
  readonly baseline: string
  readonly ratio: string
  readonly target: string
  readonly met: boolean | undefined
}

const rows: Row[] = []
const raw: Record<string, unknown> = {}

function report(row: Row): void {
  rows.push(row)
  const verdict = row.met === undefined ? '' : row.met ? '  met' : '  MISSED'
  console.log(
    `  ${row.measure.padEnd(44)} ${row.value.padStart(12)}  vs ${row.baseline.padStart(12)}  ${row.ratio.padStart(8)}  ${row.target}${verdict}`,
  )
}

function log(message: string): void {
  console.log(message)
}

// ---------------------------------------------------------------------------------------------
// The log of one size

const END = '2024-12-31'
const DAY = 86_400_000
const HALF_LIFE = 365 * DAY

function roundsFor(size: number): number {
  if (args.rounds !== undefined) return args.rounds
  if (args.quick) return 3
  return size >= 1_000_000 ? 3 : size >= 100_000 ? 5 : 7
}

/** Splits NDJSON text after its first `count` lines. */
function splitAfterLines(text: string, count: number): [string, string] {
  let at = 0
  for (let i = 0; i < count; i++) at = text.indexOf('\n', at) + 1
  return [text.slice(0, at), text.slice(at)]
}

async function* chunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size)
}

async function runSize(size: number): Promise<void> {
  const rounds = roundsFor(size)
  log(`\n## ${size.toLocaleString('en')} events (${rounds} rounds)`)
  let t0 = performance.now()
  const events = generate({ events: size, seed: args.seed })
  const text = toNdjson(events)
  log(`  generated in ${fmt.ms(performance.now() - t0)} ms, ${fmt.bytes(text.length)} of NDJSON`)
  // The append benchmark appends the log's last events, in chunks, to the rest of it.
  const chunk = Math.max(100, Math.round(size / 100))
  const appendCount = 2 * (rounds + 1) * chunk
  const appended = events.slice(size - appendCount)
  events.length = 0
  const result: Record<string, unknown> = {}
  raw[size] = result

  if (args.only.has('peers')) {
    const peerRows = await runPeers({ size, seed: args.seed, rounds, dates: args.quick ? 10 : 50, log, gc })
    result['peers'] = peerRows
    log(`\n### Peers side by side, ${size.toLocaleString('en')} events (medians of ${rounds} rounds)\n`)
    log(peersTable(peerRows))
    log('')
    for (const row of peerRows) {
      const ours = row.values['entente']
      const peers = ['Emmett', 'Castore'].map((name) => row.values[name]).filter((v) => v !== undefined)
      if (ours === undefined || peers.length === 0) continue
      const best = Math.min(...peers)
      const show = (v: number): string => (row.unit === 'ms' ? fmt.ms(v) : `${v.toFixed(0)} B`)
      // Rows without a forced collection show what the targeted rows leave out: no target of their own.
      const informational = row.measure.endsWith('no forced collection')
      report({
        size,
        bench: 'peers',
        measure: `peers: ${row.measure} (${row.unit === 'ms' ? 'ms' : 'bytes/event'})`,
        value: show(ours),
        baseline: `${show(best)} best peer`,
        ratio: fmt.ratio(ours / best),
        target: informational ? '' : 'ahead of Emmett and Castore',
        met: informational ? undefined : ours < best,
      })
      const plain = row.values['plain fold']
      if (row.measure.startsWith('rebuild') && plain !== undefined)
        report({
          size,
          bench: 'peers',
          measure: `peers: ${row.measure}, to the plain fold (ms)`,
          value: show(ours),
          baseline: show(plain),
          ratio: fmt.ratio(ours / plain),
          target: informational ? '' : '≤ 2x plain fold',
          met: informational ? undefined : ours / plain <= 2,
        })
    }
  }

  if (args.only.has('load')) {
    const bytes = new TextEncoder().encode(text)
    const times = await compare(
      [
        {
          label: 'JSON.parse',
          run: () => {
            const out: unknown[] = []
            for (const line of text.split('\n')) if (line !== '') out.push(JSON.parse(line))
            return out
          },
        },
        { label: 'fromNdjson', run: () => Timeline.fromNdjson(text) },
        { label: 'readNdjson', run: () => Timeline.readNdjson(chunksOf(bytes, 64 * 1024)) },
      ],
      size >= 1_000_000 ? Math.min(2, rounds) : rounds,
    )
    const base = median(times.get('JSON.parse')!)
    result['load'] = Object.fromEntries(times)
    for (const label of ['fromNdjson', 'readNdjson']) {
      const m = median(times.get(label)!)
      report({
        size,
        bench: 'load',
        measure: `load: ${label} (events/s)`,
        value: fmt.rate((size / m) * 1000),
        baseline: fmt.rate((size / base) * 1000),
        ratio: fmt.ratio(m / base),
        target: '≤ 2.5x JSON.parse',
        met: m / base <= 2.5,
      })
    }
  }

  // The timeline the other benchmarks share (its load is measured for memory).
  let timeline: Timeline
  {
    let before = 0
    let parsedBytes = 0
    if (args.only.has('memory') && gc !== undefined) {
      before = heap()
      let parsed: unknown[] | undefined = []
      for (const line of text.split('\n')) if (line !== '') parsed.push(JSON.parse(line))
      parsedBytes = heap() - before
      parsed.length = 0
      parsed = undefined
      before = heap()
    }
    t0 = performance.now()
    timeline = Timeline.fromNdjson(text)
    const loadMs = performance.now() - t0
    log(`  loaded the shared timeline in ${fmt.ms(loadMs)} ms`)
    if (args.only.has('memory')) {
      if (gc === undefined) log('  memory: skipped (run node with --expose-gc)')
      else {
        const logBytes = heap() - before
        timeline.project(network(), { at: END })
        const checkpointBytes = heap() - before - logBytes
        result['memory'] = { parsedBytes, logBytes, checkpointBytes }
        // A small log's heap can shrink while it is measured (a collection of what came before):
        // a difference of zero or less measures nothing, and meets nothing.
        const measured = parsedBytes > 0 && logBytes > 0
        report({
          size,
          bench: 'memory',
          measure: 'memory: log per event (heap)',
          value: `${(logBytes / size).toFixed(0)} B`,
          baseline: `${(parsedBytes / size).toFixed(0)} B`,
          ratio: measured ? fmt.ratio(logBytes / parsedBytes) : 'not measured',
          target: '≤ 1.5x parsed JSON',
          met: measured ? logBytes / parsedBytes <= 1.5 : undefined,
        })
        report({
          size,
          bench: 'memory',
          measure: 'memory: log (heap)',
          value: fmt.bytes(logBytes),
          baseline: fmt.bytes(parsedBytes),
          ratio: fmt.ratio(logBytes / parsedBytes),
          target: '',
          met: undefined,
        })
        report({
          size,
          bench: 'memory',
          measure: 'memory: network() checkpoints + caches',
          value: fmt.bytes(checkpointBytes),
          baseline: '',
          ratio: '',
          target: '',
          met: undefined,
        })
      }
    }
  }

  if (args.only.has('append')) {
    const [baseText] = splitAfterLines(text, size - appendCount)
    let current = Timeline.fromNdjson(baseText)
    let next = 0
    const take = (): readonly unknown[] => appended.slice(next, (next += chunk))
    const times = await compare(
      [
        {
          label: 'append',
          run: () => {
            const batch = take()
            let t = current
            for (const event of batch) t = t.append(event)
            current = t
          },
        },
        {
          label: 'appendMany',
          run: () => {
            current = current.appendMany(take())
          },
        },
      ],
      rounds,
    )
    if (current.version !== size)
      throw new Error(`the append benchmark ended at version ${current.version}, not ${size}`)
    const single = median(times.get('append')!) / chunk
    const bulk = median(times.get('appendMany')!) / chunk
    result['append'] = Object.fromEntries(times)
    report({
      size,
      bench: 'append',
      measure: `append: one at a time, per event (µs)`,
      value: fmt.us(single),
      baseline: fmt.us(bulk),
      ratio: fmt.ratio(single / bulk),
      target: '≤ 1.5x appendMany',
      met: single / bulk <= 1.5,
    })
  }

  const needsBaseline =
    args.only.has('first') || args.only.has('replay') || args.only.has('query') || args.only.has('late')
  let prepared: Prepared | undefined
  if (needsBaseline) {
    t0 = performance.now()
    prepared = prepare(timeline.events)
    log(`  prepared the baseline's sorted log in ${fmt.ms(performance.now() - t0)} ms`)
  }

  const bound = _queryBound(END, 'at')
  // The cold replay of the busy pair's question, for the late-event benchmark.
  let coldPair: number | undefined
  if (args.only.has('first') && prepared !== undefined) {
    // The first question of a freshly loaded log, each round on a log loaded anew (not timed).
    const index = new DyadIndex(prepared)
    const pairs = [
      ['busy', busiestPair(index)],
      ['quiet', quietPair(index)],
    ] as const
    const firstRounds = size >= 1_000_000 ? Math.min(2, rounds) : rounds
    const times = new Map<string, number[]>()
    // CPU time of the process: a question of a few milliseconds on a shared machine is
    // otherwise mostly the time it waited for a core.
    const time = (label: string, run: () => unknown): unknown => {
      gc?.()
      const t = process.cpuUsage()
      const answer = run()
      const spent = process.cpuUsage(t)
      ;(times.get(label) ?? times.set(label, []).get(label)!).push((spent.user + spent.system) / 1000)
      return answer
    }
    for (let round = 0; round < firstRounds; round++) {
      const fresh = Timeline.fromNdjson(text)
      for (const [label, [a, b]] of round % 2 === 0 ? pairs : [...pairs].reverse()) {
        const ours = time(`entente ${label}`, () => fresh.project(relationship(a, b), { at: END }))
        const theirs = time(`fold ${label}`, () => index.relationship(a, b, bound, Infinity, HALF_LIFE))
        if (!isDeepStrictEqual(JSON.parse(JSON.stringify(ours)), theirs))
          throw new Error(`relationship(${a}, ${b}) and the hand-written fold disagree`)
      }
    }
    result['first'] = Object.fromEntries(times)
    for (const [label, [a, b]] of pairs) {
      const ours = median(times.get(`entente ${label}`)!)
      const theirs = median(times.get(`fold ${label}`)!)
      if (label === 'busy') coldPair = ours
      report({
        size,
        bench: 'first',
        measure: `first question: relationship, ${label} pair ${a}-${b} (${index.dyads.get(a < b ? `${a}|${b}` : `${b}|${a}`)!.length} events) (CPU ms)`,
        value: fmt.ms(ours),
        baseline: fmt.ms(theirs),
        ratio: fmt.ratio(ours / theirs),
        target: '≤ 2x hand-written fold',
        met: ours / theirs <= 2,
      })
    }
  }

  let coldReplay: number | undefined
  if (args.only.has('replay') && prepared !== undefined) {
    const ours = timeline.project(network(), { at: END })
    const theirs = networkFold(prepared, bound, HALF_LIFE)
    if (!isDeepStrictEqual(JSON.parse(JSON.stringify(ours)), theirs))
      throw new Error('network() and the hand-written fold disagree')
    log(`  network() and the hand-written fold agree (${ours.dyads.length} dyads)`)
    result['replayAgrees'] = true
    const times = await compare(
      [
        // A projection object of its own has a cache of its own: every run is cold.
        { label: 'network() cold', run: () => timeline.project(network({ weights: WEIGHTS }), { at: END }) },
        { label: 'mutable fold', run: () => networkFold(prepared!, bound, HALF_LIFE) },
      ],
      rounds,
    )
    const ours2 = median(times.get('network() cold')!)
    const base = median(times.get('mutable fold')!)
    coldReplay = ours2
    result['replay'] = { ...Object.fromEntries(times), dyads: ours.dyads.length }
    report({
      size,
      bench: 'replay',
      measure: 'replay: network() cold (ms)',
      value: fmt.ms(ours2),
      baseline: fmt.ms(base),
      ratio: fmt.ratio(ours2 / base),
      target: '≤ 2x mutable fold',
      met: ours2 / base <= 2,
    })
    const warm = await compare(
      [{ label: 'network() warm', run: () => timeline.project(network(), { at: END }) }],
      rounds,
    )
    report({
      size,
      bench: 'replay',
      measure: 'replay: network() warm, same date (ms)',
      value: fmt.ms(median(warm.get('network() warm')!)),
      baseline: '',
      ratio: '',
      target: '',
      met: undefined,
    })
  }

  if (args.only.has('query') && prepared !== undefined) {
    t0 = performance.now()
    const index = new DyadIndex(prepared)
    log(`  built the baseline's per-dyad index in ${fmt.ms(performance.now() - t0)} ms (${index.dyads.size} dyads)`)
    const count = args.queries ?? (args.quick ? 200 : 1000)
    const runQueries = async (
      queries: readonly Query[],
      pairs: string,
      withKnownOn: boolean,
      targeted: boolean,
    ): Promise<void> => {
      const label = `relationship${withKnownOn ? ' + knownOn' : ''}, ${pairs}`
      const ask = (q: Query): unknown =>
        timeline.project(relationship(q.a, q.b), withKnownOn ? { at: q.at, knownOn: q.knownOn } : { at: q.at })
      const askBaseline = (q: Query): unknown =>
        index.relationship(
          q.a,
          q.b,
          _queryBound(q.at, 'at'),
          withKnownOn ? _queryBound(q.knownOn, 'knownOn') : Infinity,
          HALF_LIFE,
        )
      // The first pass is cold (scoped streams and checkpoints are built); it also checks the baseline.
      const cold: number[] = []
      let disagree = 0
      for (const q of queries) {
        const start = performance.now()
        const ours = ask(q)
        cold.push(performance.now() - start)
        if (!isDeepStrictEqual(JSON.parse(JSON.stringify(ours)), askBaseline(q))) {
          if (disagree === 0)
            log(
              `  first disagreement: relationship(${q.a}, ${q.b}) at ${q.at}${withKnownOn ? ` known on ${q.knownOn}` : ''}`,
            )
          disagree++
        }
      }
      if (disagree > 0)
        log(`  ${label}: the library and the per-dyad index disagree on ${disagree} of ${queries.length} queries`)
      gc?.()
      const ours: number[] = []
      const theirs: number[] = []
      // The answer as a user who prints it has it: its evidence, listed when first read, read too.
      const listed: number[] = []
      const askListed = (q: Query): unknown => (ask(q) as { evidence: readonly string[] }).evidence.length
      queries.forEach((q, i) => {
        const order = i % 2 === 0 ? [ask, askBaseline, askListed] : [askListed, askBaseline, ask]
        for (const f of order) {
          const start = performance.now()
          f(q)
          ;(f === ask ? ours : f === askListed ? listed : theirs).push(performance.now() - start)
        }
      })
      result[label] = { cold, ours, theirs, listed, disagree }
      const p50 = median(ours)
      const b50 = median(theirs)
      report({
        size,
        bench: 'query',
        measure: `query: ${label}, cold p50 / p95 (ms)`,
        value: `${fmt.ms(median(cold))} / ${fmt.ms(percentile(cold, 95))}`,
        baseline: '',
        ratio: '',
        target: '',
        met: undefined,
      })
      // Targets: a random pair under 0.2 ms at the median, a busy pair under 1 ms, p95 within 5x the median.
      const limit = targeted ? (pairs === 'busy pairs' ? 1 : 0.2) : undefined
      report({
        size,
        bench: 'query',
        measure: `query: ${label}, warm p50 (ms)`,
        value: fmt.ms(p50),
        baseline: fmt.ms(b50),
        ratio: fmt.ratio(p50 / b50),
        target: limit === undefined ? '' : `< ${limit} ms (ratio: to the per-dyad index)`,
        met: limit === undefined ? undefined : p50 < limit,
      })
      report({
        size,
        bench: 'query',
        measure: `query: ${label}, warm p50 with the evidence read (ms)`,
        value: fmt.ms(median(listed)),
        baseline: fmt.ms(b50),
        ratio: fmt.ratio(median(listed) / b50),
        target: '',
        met: undefined,
      })
      const p95 = percentile(ours, 95)
      report({
        size,
        bench: 'query',
        measure: `query: ${label}, warm p95 (ms)`,
        value: fmt.ms(p95),
        baseline: `p50 ${fmt.ms(p50)}`,
        ratio: fmt.ratio(p95 / p50),
        target: limit === undefined ? '' : '≤ 5x p50',
        met: limit === undefined ? undefined : p95 / p50 <= 5,
      })
    }
    const anyPair = pickQueries(index, count, args.seed, false)
    const busyPairs = pickQueries(index, Math.round(count / 5), args.seed, true)
    log(
      `  events per queried pair, median: ${median(anyPair.map((q) => q.events))} (any pair), ${median(busyPairs.map((q) => q.events))} (busy pairs)`,
    )
    await runQueries(anyPair, 'any pair', false, true)
    await runQueries(anyPair, 'any pair', true, false)
    await runQueries(busyPairs, 'busy pairs', false, true)
    await runQueries(busyPairs, 'busy pairs', true, false)
  }

  if (args.only.has('late') && prepared !== undefined) {
    if (coldReplay === undefined) {
      const times = await compare(
        [{ label: 'cold', run: () => timeline.project(network({ weights: WEIGHTS }), { at: END }) }],
        Math.min(3, rounds),
      )
      coldReplay = median(times.get('cold')!)
    }
    const index = new DyadIndex(prepared)
    const [a, b] = busiestPair(index)
    {
      // A cold replay of the busy pair's question: a projection with weights of its own has no key, so no cache.
      const times = await compare(
        [{ label: 'cold', run: () => timeline.project(relationship(a, b, { weights: WEIGHTS }), { at: END }) }],
        Math.min(5, rounds),
      )
      coldPair = median(times.get('cold')!)
    }
    const lags = [30, 90, 180, 365, 730, 1460]
    const end = Date.parse(`${END}T00:00:00Z`)
    const totals: number[] = []
    const parts: { lag: number; append: number; relationship: number; network: number }[] = []
    let seq = 0
    for (let round = 0; round < Math.max(2, Math.ceil(rounds / 2)); round++) {
      for (const lag of lags) {
        // Warm caches first, as a running application has them.
        timeline.project(relationship(a, b), { at: END })
        timeline.project(network(), { at: END })
        const late = {
          id: `late-${seq++}`,
          kind: 'meeting',
          occurred: new Date(end - lag * DAY).toISOString().slice(0, 10),
          recorded: `2025-01-02T00:00:${String(seq % 60).padStart(2, '0')}Z`,
          actors: [a, b],
          sources: [{ id: `late-source-${seq}`, publisher: 'archive', published: '2025-01-02' }],
          participants: [{ actor: a }, { actor: b }],
        }
        gc?.()
        const s0 = performance.now()
        timeline = timeline.append(late)
        const s1 = performance.now()
        timeline.project(relationship(a, b), { at: END })
        const s2 = performance.now()
        timeline.project(network(), { at: END })
        const s3 = performance.now()
        totals.push(s3 - s0)
        parts.push({ lag, append: s1 - s0, relationship: s2 - s1, network: s3 - s2 })
      }
    }
    result['late'] = { coldReplay, coldPair, parts }
    const m = median(totals)
    const pairPart = median(parts.map((p) => p.append + p.relationship))
    const networkPart = median(parts.map((p) => p.append + p.network))
    report({
      size,
      bench: 'late',
      measure: `late event + relationship, busy pair ${a}-${b} (ms)`,
      value: fmt.ms(pairPart),
      baseline: fmt.ms(coldPair),
      ratio: fmt.pct(pairPart / coldPair),
      target: '< 5% of a cold replay of the pair',
      met: pairPart / coldPair < 0.05,
    })
    report({
      size,
      bench: 'late',
      measure: `late event + network() (ms)`,
      value: fmt.ms(networkPart),
      baseline: fmt.ms(coldReplay),
      ratio: fmt.pct(networkPart / coldReplay),
      target: '< 5% of a cold replay',
      met: networkPart / coldReplay < 0.05,
    })
    report({
      size,
      bench: 'late',
      measure: `late event + relationship + network (ms)`,
      value: fmt.ms(m),
      baseline: fmt.ms(coldReplay),
      ratio: fmt.pct(m / coldReplay),
      target: '',
      met: undefined,
    })
    for (const lag of lags) {
      const mine = parts.filter((p) => p.lag === lag)
      const total = median(mine.map((p) => p.append + p.relationship + p.network))
      report({
        size,
        bench: 'late',
        measure: `  ${lag} days late: append / rel. / network`,
        value: fmt.ms(total),
        baseline: '',
        ratio: fmt.pct(total / coldReplay),
        target: `${fmt.ms(median(mine.map((p) => p.append)))} / ${fmt.ms(median(mine.map((p) => p.relationship)))} / ${fmt.ms(median(mine.map((p) => p.network)))} ms`,
        met: undefined,
      })
    }
  }
}

interface Query {
  readonly a: string
  readonly b: string
  readonly at: string
  readonly knownOn: string
  /** How many events the pair has in the whole log. */
  readonly events: number
}

/**
 * Queries at a random day of the 25 years, known on a random day up to two years later, of
 * pairs that have events together: any such pair alike, or busy pairs, in proportion to how
 * much happens between them (a random event's pair).
 */
function pickQueries(index: DyadIndex, count: number, seed: number, busy: boolean): Query[] {
  const random = mulberry32(seed + (busy ? 11 : 7))
  const keys = [...index.dyads.keys()]
  let sum = 0
  const cumulative = keys.map((key) => (sum += busy ? index.dyads.get(key)!.length : 1))
  const start = Date.UTC(2000, 0, 1)
  const span = Date.UTC(2025, 0, 1) - start
  const queries: Query[] = []
  for (let i = 0; i < count; i++) {
    const target = random() * sum
    let lo = 0
    let hi = keys.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (cumulative[mid]! <= target) lo = mid + 1
      else hi = mid
    }
    const [x, y] = keys[lo]!.split('|') as [string, string]
    const [a, b] = random() < 0.5 ? [x, y] : [y, x]
    const at = start + Math.floor(random() * (span / DAY)) * DAY
    const knownOn = at + Math.floor(random() * 730) * DAY
    queries.push({
      a,
      b,
      at: new Date(at).toISOString().slice(0, 10),
      knownOn: new Date(knownOn).toISOString().slice(0, 10),
      events: index.dyads.get(keys[lo]!)!.length,
    })
  }
  return queries
}

/** A quiet pair of states: the first, busiest first, with 5 to 20 events together, as the peers benchmark takes. */
function quietPair(index: DyadIndex): [string, string] {
  const states = [...index.dyads]
    .filter(([key]) => /^[A-Z]{3}\|[A-Z]{3}$/.test(key))
    .sort((p, q) => q[1].length - p[1].length || (p[0] < q[0] ? -1 : 1))
  const found = states.find(([, list]) => list.length >= 5 && list.length <= 20) ?? states.at(-1)!
  return found[0].split('|') as [string, string]
}

function busiestPair(index: DyadIndex): [string, string] {
  let best = ''
  let most = -1
  for (const [key, list] of index.dyads)
    if (list.length > most) {
      best = key
      most = list.length
    }
  return best.split('|') as [string, string]
}

// ---------------------------------------------------------------------------------------------

log(`# entente benchmarks`)
log(
  `node ${process.version}, ${args.quick ? 'quick' : 'full'} run, sizes ${args.sizes.join(', ')}, seed ${args.seed}${gc === undefined ? ', no --expose-gc' : ''}`,
)
for (const size of args.sizes) await runSize(size)

log('\n## Summary\n')
log('| size | measure | entente | baseline | ratio | target | met |')
log('|---:|---|---:|---:|---:|---|---|')
for (const row of rows) {
  log(
    `| ${row.size.toLocaleString('en')} | ${row.measure.trim()} | ${row.value} | ${row.baseline} | ${row.ratio} | ${row.target} | ${row.met === undefined ? '' : row.met ? 'yes' : '**no**'} |`,
  )
}
if (args.json !== undefined)
  writeFileSync(
    args.json,
    JSON.stringify({ node: process.version, args: { ...args, only: [...args.only] }, rows, raw }, null, 2),
  )
