/**
 * The peers side by side: entente beside the in-memory event stores of Emmett
 * (`getInMemoryEventStore`, a stream per pair, `aggregateStream`) and Castore (`EventStore` on
 * `InMemoryEventStorageAdapter`, an aggregate per pair), on the same generated events, with a
 * hand-written fold over the pair's events as the floor.
 *
 * Every contender answers the same question of a pair at a date: how many of the pair's events
 * (both actors named in the envelope) had happened by then and were not retracted, how many of
 * them were meetings, and the sum of their Goldstein weights (in tenths, so that sums in any
 * order agree exactly). Each answer is checked equal to the others before anything is timed.
 *
 * The peers store events as they come and know nothing of valid time: a question at a past date
 * reads the pair's stream and folds up to the date, as their users would. Validation, when on,
 * is the library's own `parseEvent` before the store's append, as a user of either would write.
 */
import { EventStore as CastoreEventStore, EventType as CastoreEventType } from '@castore/core'
import { InMemoryEventStorageAdapter } from '@castore/event-storage-adapter-in-memory'
import { type Event as EmmettEvent, getInMemoryEventStore } from '@event-driven-io/emmett'
import { defineProjection, parseEvent, Timeline, WEIGHTS, weightOf } from '../src/index.js'
import { _queryBound } from '../src/log/query-date.js'
import { _toMsInterval } from '../src/model/partial-date.js'
import { type GeneratedEvent, generate, mulberry32 } from './generate.js'

/** What every contender answers of a pair at a date. */
export interface PairAnswer {
  readonly events: number
  readonly meetings: number
  readonly goldsteinTenths: number
}

/** One measured row: contenders' medians (ms, or bytes for memory) and whether answers were checked equal. */
export interface PeerRow {
  readonly measure: string
  readonly unit: 'ms' | 'bytes/event'
  readonly values: Readonly<Record<string, number>>
  /** The contender the others are divided by. */
  readonly base: string
  /** True when every contender's answer was compared equal before timing (rows without answers: undefined). */
  readonly answersChecked: boolean | undefined
}

/** Options of {@link runPeers}. */
export interface PeersOptions {
  readonly size: number
  readonly seed: number
  readonly rounds: number
  /** How many past dates the question at a past date is asked at. */
  readonly dates: number
  readonly log: (line: string) => void
  /** Forces a garbage collection (node --expose-gc); memory is skipped without it. */
  readonly gc: (() => void) | undefined
}

const END = '2024-12-31'

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

// ---------------------------------------------------------------------------------------------
// The one fold every peer runs: a tally per event id, so that a later retraction can take an
// event's share back out, whatever order the stream holds them in.

interface Tally {
  readonly counted: Map<string, { readonly meeting: 0 | 1; readonly tenths: number }>
  readonly retracted: Set<string>
}

function emptyTally(): Tally {
  return { counted: new Map(), retracted: new Set() }
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`
}

function tenthsOf(event: GeneratedEvent): number {
  return Math.round(weightOf(event, WEIGHTS).goldstein * 10)
}

/** Adds one event of the pair's stream to the tally, if it had happened by `bound` (ms). */
function evolveTally(tally: Tally, event: GeneratedEvent, bound: number): Tally {
  if (event.kind === 'retraction') {
    tally.retracted.add(event['target'] as string)
    tally.counted.delete(event['target'] as string)
    return tally
  }
  if (event.kind === 'correction' || tally.retracted.has(event.id)) return tally
  if (_toMsInterval(event.occurred as never).end > bound) return tally
  tally.counted.set(event.id, { meeting: event.kind === 'meeting' ? 1 : 0, tenths: tenthsOf(event) })
  return tally
}

function answerOf(tally: Tally): PairAnswer {
  let meetings = 0
  let goldsteinTenths = 0
  for (const share of tally.counted.values()) {
    meetings += share.meeting
    goldsteinTenths += share.tenths
  }
  return { events: tally.counted.size, meetings, goldsteinTenths }
}

/** The same question through the library's engine: a projection scoped to the pair. */
function pairTally(a: string, b: string, key?: string) {
  return defineProjection({
    name: 'pair-tally',
    ...(key === undefined ? {} : { key }),
    scope: { pair: [a, b] },
    initial: { events: 0, meetings: 0, goldsteinTenths: 0 } as PairAnswer,
    on: {},
    every(draft, event) {
      if (!event.actors.includes(a) || !event.actors.includes(b)) return
      if (event.kind === 'correction' || event.kind === 'retraction') return
      draft.events++
      if (event.kind === 'meeting') draft.meetings++
      draft.goldsteinTenths += tenthsOf(event as unknown as GeneratedEvent)
    },
  })
}

// ---------------------------------------------------------------------------------------------
// Routing: the streams an event goes to (every pair of the actors its envelope names), and a
// retraction or correction to the streams of the event it targets.

class Router {
  private readonly streamsById = new Map<string, readonly string[]>()

  streamsOf(event: GeneratedEvent): readonly string[] {
    const target = event['target']
    if ((event.kind === 'retraction' || event.kind === 'correction') && typeof target === 'string') {
      const streams = this.streamsById.get(target) ?? []
      this.streamsById.set(event.id, streams)
      return streams
    }
    const actors = event.actors
    const streams: string[] = []
    for (let i = 0; i < actors.length; i++)
      for (let j = i + 1; j < actors.length; j++) streams.push(pairKey(actors[i]!, actors[j]!))
    this.streamsById.set(event.id, streams)
    return streams
  }
}

// ---------------------------------------------------------------------------------------------
// The contenders

interface Contender {
  readonly name: string
  /** Ingests the events, one call per event or in batches, validating them first or not. */
  ingest(events: readonly GeneratedEvent[], batch: number, validate: boolean): Promise<void>
  /** Rebuilds the pair's state from what is stored, as the contender's users do. */
  rebuild(a: string, b: string): Promise<PairAnswer>
  /** Answers the pair at a past date. */
  at(a: string, b: string, date: string): Promise<PairAnswer>
}

function check(events: readonly GeneratedEvent[], validate: boolean): void {
  if (validate) for (const event of events) parseEvent(event)
}

function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let at = 0; at < items.length; at += size) out.push(items.slice(at, at + size))
  return out
}

class Entente implements Contender {
  readonly name = 'entente'
  timeline = Timeline.empty()

  async ingest(events: readonly GeneratedEvent[], batch: number): Promise<void> {
    // The library always validates: there is no unchecked path to compare.
    let timeline = Timeline.empty()
    if (batch === 1) for (const event of events) timeline = timeline.append(event)
    else for (const slice of batches(events, batch)) timeline = timeline.appendMany(slice)
    this.timeline = timeline
  }

  async rebuild(a: string, b: string): Promise<PairAnswer> {
    // A projection object of its own has a cache of its own: every call is cold.
    return this.timeline.project(pairTally(a, b), { at: END })
  }

  async at(a: string, b: string, date: string): Promise<PairAnswer> {
    // Questions at other dates reuse one keyed projection, as an application asks them.
    return this.timeline.project(pairTally(a, b, `pair-tally:${pairKey(a, b)}`), { at: date })
  }
}

/** An event as Emmett stores it: its kind as the type, the whole event as the data. */
type PairEvent = EmmettEvent<string, GeneratedEvent>

class Emmett implements Contender {
  readonly name = 'Emmett'
  store = getInMemoryEventStore()

  async ingest(events: readonly GeneratedEvent[], batch: number, validate: boolean): Promise<void> {
    const store = getInMemoryEventStore()
    const router = new Router()
    for (const slice of batches(events, batch)) {
      check(slice, validate)
      const byStream = new Map<string, PairEvent[]>()
      for (const event of slice)
        for (const stream of router.streamsOf(event)) {
          let list = byStream.get(stream)
          if (list === undefined) byStream.set(stream, (list = []))
          list.push({ type: event.kind, data: event })
        }
      for (const [stream, list] of byStream) await store.appendToStream(stream, list)
    }
    this.store = store
  }

  async rebuild(a: string, b: string): Promise<PairAnswer> {
    const bound = _queryBound(END, 'at')
    const { state } = await this.store.aggregateStream<Tally, PairEvent>(pairKey(a, b), {
      initialState: emptyTally,
      evolve: (tally: Tally, event: PairEvent) => evolveTally(tally, event.data, bound),
    })
    return answerOf(state)
  }

  async at(a: string, b: string, date: string): Promise<PairAnswer> {
    const bound = _queryBound(date, 'at')
    const { events } = await this.store.readStream<PairEvent>(pairKey(a, b))
    const tally = emptyTally()
    for (const event of events) evolveTally(tally, event.data, bound)
    return answerOf(tally)
  }
}

interface CastoreAggregate {
  readonly aggregateId: string
  readonly version: number
  readonly tally: Tally
}

interface CastoreDetail {
  readonly aggregateId: string
  readonly version: number
  readonly type: string
  readonly timestamp: string
  readonly payload: GeneratedEvent
}

class Castore implements Contender {
  readonly name = 'Castore'
  private bound = _queryBound(END, 'at')
  store = this.makeStore()

  private makeStore() {
    const eventTypes = ['actor', ...Object.keys(WEIGHTS), 'correction', 'retraction']
      .filter((type, i, all) => all.indexOf(type) === i)
      .map((type) => new CastoreEventType({ type }))
    return new CastoreEventStore({
      eventStoreId: 'pairs',
      eventTypes,
      eventStorageAdapter: new InMemoryEventStorageAdapter(),
      reducer: (aggregate: CastoreAggregate | undefined, detail: CastoreDetail): CastoreAggregate => ({
        aggregateId: detail.aggregateId,
        version: detail.version,
        tally: evolveTally(aggregate?.tally ?? emptyTally(), detail.payload, this.bound),
      }),
    })
  }

  async ingest(events: readonly GeneratedEvent[], batch: number, validate: boolean): Promise<void> {
    const store = this.makeStore()
    const router = new Router()
    const versions = new Map<string, number>()
    const detail = (stream: string, event: GeneratedEvent): CastoreDetail => {
      const version = (versions.get(stream) ?? 0) + 1
      versions.set(stream, version)
      return { aggregateId: stream, version, type: event.kind, timestamp: event.recorded, payload: event }
    }
    for (const slice of batches(events, batch)) {
      check(slice, validate)
      if (batch === 1) {
        for (const event of slice)
          for (const stream of router.streamsOf(event)) await store.pushEvent(detail(stream, event) as never)
        continue
      }
      const grouped = slice.flatMap((event) =>
        router.streamsOf(event).map((stream) => store.groupEvent(detail(stream, event) as never)),
      )
      const [head, ...tail] = grouped
      // pushEventGroup takes a group as its first argument and at least one more.
      if (head !== undefined && tail.length > 0)
        await CastoreEventStore.pushEventGroup(head, ...(tail as [(typeof tail)[number], ...typeof tail]))
      else if (head !== undefined) await store.pushEvent(head.event as never)
    }
    this.store = store
  }

  async rebuild(a: string, b: string): Promise<PairAnswer> {
    this.bound = _queryBound(END, 'at')
    const { aggregate } = await this.store.getAggregate(pairKey(a, b))
    return answerOf((aggregate as CastoreAggregate | undefined)?.tally ?? emptyTally())
  }

  async at(a: string, b: string, date: string): Promise<PairAnswer> {
    const bound = _queryBound(date, 'at')
    const { events } = await this.store.getEvents(pairKey(a, b))
    const tally = emptyTally()
    for (const detail of events) evolveTally(tally, (detail as unknown as CastoreDetail).payload, bound)
    return answerOf(tally)
  }
}

/** The floor: the pair's events already in an array, folded by hand. */
class PlainFold implements Contender {
  readonly name = 'plain fold'
  private byPair = new Map<string, GeneratedEvent[]>()

  async ingest(events: readonly GeneratedEvent[]): Promise<void> {
    const router = new Router()
    const byPair = new Map<string, GeneratedEvent[]>()
    for (const event of events)
      for (const stream of router.streamsOf(event)) {
        let list = byPair.get(stream)
        if (list === undefined) byPair.set(stream, (list = []))
        list.push(event)
      }
    this.byPair = byPair
  }

  async rebuild(a: string, b: string): Promise<PairAnswer> {
    return this.at(a, b, END)
  }

  async at(a: string, b: string, date: string): Promise<PairAnswer> {
    const bound = _queryBound(date, 'at')
    const tally = emptyTally()
    for (const event of this.byPair.get(pairKey(a, b)) ?? []) evolveTally(tally, event, bound)
    return answerOf(tally)
  }
}

// ---------------------------------------------------------------------------------------------

/** Busy and quiet pairs of states: the pair with the most events together, and one with a few. */
function pickPairs(events: readonly GeneratedEvent[]): { busy: [string, string]; quiet: [string, string] } {
  const counts = new Map<string, number>()
  for (const event of events) {
    if (event.kind === 'actor' || event.kind === 'correction' || event.kind === 'retraction') continue
    const states = event.actors.filter((actor) => /^[A-Z]{3}$/.test(actor))
    for (let i = 0; i < states.length; i++)
      for (let j = i + 1; j < states.length; j++) {
        const key = pairKey(states[i]!, states[j]!)
        counts.set(key, (counts.get(key) ?? 0) + 1)
      }
  }
  const sorted = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
  const busy = sorted[0]![0].split('|') as [string, string]
  // A quiet pair: the first with between 5 and 20 events, or the least busy one.
  const quiet = (sorted.find(([, n]) => n >= 5 && n <= 20) ?? sorted.at(-1)!)[0].split('|') as [string, string]
  return { busy, quiet }
}

function sameAnswers(label: string, answers: readonly [string, PairAnswer][]): void {
  const [first, expected] = answers[0]!
  for (const [name, answer] of answers)
    if (
      answer.events !== expected.events ||
      answer.meetings !== expected.meetings ||
      answer.goldsteinTenths !== expected.goldsteinTenths
    )
      throw new Error(`${label}: ${name} answers ${JSON.stringify(answer)}, ${first} ${JSON.stringify(expected)}`)
}

async function timeRounds(
  contenders: readonly Contender[],
  rounds: number,
  gc: (() => void) | undefined,
  run: (c: Contender) => Promise<unknown>,
): Promise<Record<string, number>> {
  const times = new Map<string, number[]>(contenders.map((c) => [c.name, []]))
  for (let round = -1; round < rounds; round++)
    for (let k = 0; k < contenders.length; k++) {
      const contender = contenders[(k + Math.max(0, round)) % contenders.length]!
      gc?.()
      const t0 = performance.now()
      await run(contender)
      const ms = performance.now() - t0
      if (round >= 0) times.get(contender.name)!.push(ms)
    }
  return Object.fromEntries([...times].map(([name, list]) => [name, median(list)]))
}

function heapUsed(gc: () => void): number {
  gc()
  gc()
  return process.memoryUsage().heapUsed
}

/**
 * Runs the peers benchmark on one generated log and returns its rows; throws when two
 * contenders disagree on an answer.
 *
 * @param options - size, seed, rounds, dates, a logger and the collector
 * @returns the measured rows
 */
export async function runPeers(options: PeersOptions): Promise<PeerRow[]> {
  const { size, seed, rounds, log, gc } = options
  const events = generate({ events: size, seed })
  const { busy, quiet } = pickPairs(events)
  const rows: PeerRow[] = []
  const entente = new Entente()
  const emmett = new Emmett()
  const castore = new Castore()
  const plain = new PlainFold()
  const stores: Contender[] = [entente, emmett, castore]
  const all: Contender[] = [plain, entente, emmett, castore]

  // Ingest: every contender from empty, each way.
  const ways: { label: string; batch: number; validate: boolean; who: Contender[] }[] = [
    { label: 'one by one, validated', batch: 1, validate: true, who: stores },
    { label: 'one by one, unvalidated', batch: 1, validate: false, who: [emmett, castore] },
    { label: 'batches of 1000, validated', batch: 1000, validate: true, who: stores },
    { label: 'batches of 1000, unvalidated', batch: 1000, validate: false, who: [emmett, castore] },
  ]
  const ingestRounds = Math.max(1, Math.min(rounds, 3))
  for (const way of ways) {
    const values = await timeRounds(way.who, ingestRounds, gc, (c) => c.ingest(events, way.batch, way.validate))
    rows.push({
      measure: `ingest ${way.label}`,
      unit: 'ms',
      values,
      base: way.validate ? 'entente' : 'Emmett',
      answersChecked: undefined,
    })
  }
  await plain.ingest(events)

  // Answers checked equal, for both pairs, at the end and at past dates, before any question is timed.
  const random = mulberry32(seed + 3)
  const start = Date.UTC(2000, 0, 1)
  const dates = Array.from({ length: options.dates }, () =>
    new Date(start + Math.floor(random() * 9131) * 86_400_000).toISOString().slice(0, 10),
  )
  for (const [a, b] of [busy, quiet]) {
    sameAnswers(`rebuild ${a}-${b}`, await Promise.all(all.map(async (c) => [c.name, await c.rebuild(a, b)] as const)))
    for (const date of dates)
      sameAnswers(
        `${a}-${b} at ${date}`,
        await Promise.all(all.map(async (c) => [c.name, await c.at(a, b, date)] as const)),
      )
  }
  const busyCount = (await plain.rebuild(...busy)).events
  const quietCount = (await plain.rebuild(...quiet)).events
  log(
    `  peers: busy pair ${busy.join('-')} (${busyCount} events), quiet pair ${quiet.join('-')} (${quietCount} events)`,
  )

  for (const [label, [a, b]] of [
    ['busy', busy],
    ['quiet', quiet],
  ] as const) {
    const rebuild = (c: Contender) => c.rebuild(a, b)
    const past = async (c: Contender) => {
      for (const date of dates) await c.at(a, b, date)
    }
    for (const [measure, run] of [
      [`rebuild one pair, ${label}`, rebuild],
      [`${dates.length} questions at past dates, ${label} pair`, past],
    ] as const) {
      rows.push({
        measure,
        unit: 'ms',
        values: await timeRounds(all, rounds, gc, run),
        base: 'plain fold',
        answersChecked: true,
      })
      // The same without a collection forced before each run, as a program's collections come
      // when they come: a run of a millisecond right after one measures the collector's sweeping
      // and the caches it left cold as much as the run. Short runs: more rounds.
      if (gc !== undefined)
        rows.push({
          measure: `${measure}, no forced collection`,
          unit: 'ms',
          values: await timeRounds(all, rounds * 4, undefined, run),
          base: 'plain fold',
          answersChecked: true,
        })
    }
  }

  if (gc !== undefined) {
    // Memory held: each store alone, built from empty, after a full collection.
    const held: Record<string, number> = {}
    entente.timeline = Timeline.empty()
    emmett.store = getInMemoryEventStore()
    castore.store = castore['makeStore']()
    // Each store ingests a fresh parse of the log and keeps what it keeps: the input is let go.
    const text = events.map((event) => JSON.stringify(event)).join('\n')
    const fresh = (): GeneratedEvent[] => text.split('\n').map((line) => JSON.parse(line) as GeneratedEvent)
    for (const contender of stores) {
      const before = heapUsed(gc)
      await contender.ingest(fresh(), 1000, false)
      held[contender.name] = (heapUsed(gc) - before) / size
      if (contender === entente) entente.timeline = Timeline.empty()
      if (contender === emmett) emmett.store = getInMemoryEventStore()
      if (contender === castore) castore.store = castore['makeStore']()
    }
    const before = heapUsed(gc)
    const parsed = fresh()
    held['parsed JSON'] = (heapUsed(gc) - before) / size
    if (parsed.length !== size) throw new Error(`parsed ${parsed.length} events of ${size}`)
    rows.push({
      measure: 'memory held per event',
      unit: 'bytes/event',
      values: held,
      base: 'entente',
      answersChecked: undefined,
    })
  } else log('  peers: memory skipped (run node with --expose-gc)')
  return rows
}

/** Formats the rows as a Markdown table, each contender's value and its ratio to the row's base. */
export function peersTable(rows: readonly PeerRow[]): string {
  const names = ['plain fold', 'entente', 'Emmett', 'Castore', 'parsed JSON']
  const lines = [
    `| measure | ${names.join(' | ')} | answers checked |`,
    `|---|${names.map(() => '---:').join('|')}|---|`,
  ]
  for (const row of rows) {
    const base = row.values[row.base]!
    const cells = names.map((name) => {
      const value = row.values[name]
      if (value === undefined) return ''
      const shown = row.unit === 'ms' ? value.toFixed(value >= 10 ? 0 : 2) : `${value.toFixed(0)} B`
      return name === row.base ? shown : `${shown} (${(value / base).toFixed(2)}x)`
    })
    const checked = row.answersChecked === undefined ? '' : row.answersChecked ? 'yes' : 'no'
    lines.push(`| ${row.measure} (${row.unit}) | ${cells.join(' | ')} | ${checked} |`)
  }
  return lines.join('\n')
}
