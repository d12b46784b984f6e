/**
 * The stored log, side by side with bare PostgreSQL on the same rows: loading a synthetic log
 * into PGlite (and a server, when ENTENTE_BENCH_PG_URL or ENTENTE_TEST_PG_URL names one) against
 * plain multi-row INSERTs of the same rows (events, actors, references) into the same tables in
 * one transaction; opening the stored log; a scoped relationship(a, b) cold (the SQL, then the
 * fold) and warm against one hand-written SQL query returning the same rows; and 1,000 appends
 * to an old version of an in-memory log against 1,000 appends to the newest.
 *
 *   node --max-old-space-size=12288 --import tsx bench/storage.ts [--events=100000] [--forks=1000] [--json=FILE]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { defaultVocabulary, relationship, Timeline } from '../src/index.js'
import { _recordedMs, _toMsInterval, type PartialDate } from '../src/model/partial-date.js'
import { PostgresLog } from '../src/postgres/index.js'
import { generate } from './generate.js'

const argv = process.argv.slice(2)
const value = (name: string): string | undefined => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const EVENTS = Number((value('events') ?? '10000').replace(/k$/i, '000').replace(/m$/i, '000000'))
// Appends to an old version copy the log today: at 100k events and more, measure fewer and scale.
const FORKS = Number(value('forks') ?? '1000')
const SERVER = process.env['ENTENTE_BENCH_PG_URL'] ?? process.env['ENTENTE_TEST_PG_URL']

const results: Record<string, Record<string, number | string>> = {}
const ms = (start: number): number => Math.round((performance.now() - start) * 10) / 10
const log = (line: string): void => {
  process.stdout.write(`${line}\n`)
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now()
  const value = await work()
  return [value, ms(start)]
}

// One generated log: the first EVENTS to store, the last 1,000 to append (they cite what came before).
const generated = generate({ events: EVENTS + 1000, seed: 1 })
const events = generated.slice(0, EVENTS)
const inMemory = Timeline.from(events)
log(`${EVENTS} events generated and validated in memory`)

// The busiest pair of states: the scoped read that loads the most.
const pairs = new Map<string, number>()
for (const event of inMemory.events) {
  const states = [...new Set(event.actors.filter((actor) => /^[A-Z]{3}$/.test(actor)))].sort()
  if (states.length === 2) pairs.set(states.join('|'), (pairs.get(states.join('|')) ?? 0) + 1)
}
const [a, b] = [...pairs.entries()].sort((p, q) => q[1] - p[1])[0]![0].split('|') as [string, string]
const question = relationship(a, b)
const at = '2030-01-01'
// The same question of the whole log in memory, asked first here: cold, as a stored log's first fold is.
const memoryStart = performance.now()
const expected = inMemory.project(question, { at })
const memoryFold = ms(memoryStart)

interface Raw {
  query(text: string, params?: unknown[]): Promise<unknown[]>
  end(): Promise<void>
}

async function backend(name: string, target: string | PGlite, pg: Raw, cleanup: () => Promise<void>): Promise<void> {
  log(`\n${name}`)
  const schema = `bench_${Date.now().toString(36)}`
  const [stored, load] = await timed(async () => {
    const opened = await PostgresLog.open(target, { schema })
    await opened.append(events)
    return opened
  })
  // The same rows as the log writes, into the same tables (made by opening an empty log), with
  // plain multi-row INSERTs of 1,000 rows a statement, in one transaction: what PostgreSQL itself
  // costs, without validation and without the log's bookkeeping.
  const bare = `${schema}_bare`
  await (await PostgresLog.open(target, { schema: bare })).close()
  const insertStart = performance.now()
  await pg.query('BEGIN')
  const eventRows: unknown[][] = []
  const actors: unknown[][] = []
  const references: unknown[][] = []
  inMemory.events.forEach((event, seq) => {
    const interval = _toMsInterval(event.occurred as PartialDate)
    const body = JSON.stringify(event)
    eventRows.push([seq, event.id, event.kind, interval.start, interval.end, _recordedMs(event.recorded), body, body])
    for (const actor of new Set(event.actors)) actors.push([actor, seq])
    for (const reference of defaultVocabulary.references(event))
      references.push([reference.id, seq, reference.modifies === true])
  })
  await insertRows(pg, `"${bare}".entente_events`, eventRows)
  await insertRows(pg, `"${bare}".entente_actors`, actors)
  await insertRows(pg, `"${bare}".entente_references`, references, 'ON CONFLICT DO NOTHING')
  await pg.query('COMMIT')
  const bareInsert = ms(insertStart)
  log(
    `  load ${EVENTS} events: ${load} ms (validated, indexed, one transaction); bare INSERTs of the same ${eventRows.length + actors.length + references.length} rows: ${bareInsert} ms`,
  )
  await stored.close()

  const [reopened, open] = await timed(() => PostgresLog.open(target, { schema }))
  const [version] = await timed(() => reopened.storedVersion())
  log(`  open the stored log of ${version} events: ${open} ms`)

  const [scopedTimeline, coldRead] = await timed(() => reopened.timelineFor(question))
  const [scoped, coldFold] = await timed(async () => scopedTimeline.project(question, { at }))
  const cold = Math.round((coldRead + coldFold) * 10) / 10
  const [, warm] = await timed(async () => (await reopened.timelineFor(question)).project(question, { at }))
  const same = JSON.stringify(scoped) === JSON.stringify(expected)
  // The same rows in one hand-written statement: the events naming both sides (each side with
  // those who held office in it), the positions and office changes of either, every office
  // change, and what corrects or retracts any of these (one step: the generated log corrects no
  // correction).
  const [handRows, hand] = await timed(() =>
    pg.query(
      `WITH side_a AS (SELECT $1::text AS actor UNION SELECT event->>'person' FROM "${schema}".entente_events
                       WHERE kind = 'office' AND event->>'of' = $1),
            side_b AS (SELECT $2::text AS actor UNION SELECT event->>'person' FROM "${schema}".entente_events
                       WHERE kind = 'office' AND event->>'of' = $2),
            base AS (SELECT seq FROM "${schema}".entente_actors WHERE actor IN (SELECT actor FROM side_a)
                     INTERSECT SELECT seq FROM "${schema}".entente_actors WHERE actor IN (SELECT actor FROM side_b)
                     UNION SELECT a.seq FROM "${schema}".entente_actors a JOIN "${schema}".entente_events e USING (seq)
                       WHERE a.actor IN (SELECT actor FROM side_a UNION SELECT actor FROM side_b)
                         AND e.kind IN ('position', 'office')
                     UNION SELECT seq FROM "${schema}".entente_events WHERE kind = 'office'),
            wanted AS (SELECT seq FROM base
                       UNION SELECT r.seq FROM base JOIN "${schema}".entente_events t USING (seq)
                         JOIN "${schema}".entente_references r ON r.target = t.id AND r.modifies
                       UNION SELECT t.seq FROM base JOIN "${schema}".entente_references r ON r.seq = base.seq AND r.modifies
                         JOIN "${schema}".entente_events t ON t.id = r.target)
       SELECT e.seq, e.body FROM "${schema}".entente_events e JOIN wanted USING (seq) ORDER BY e.seq`,
      [a, b],
    ),
  )
  const [whole, read] = await timed(() => reopened.timeline())
  log(`  read the whole log into a timeline: ${read} ms (${whole.version} events)`)
  log(
    `  relationship(${a}, ${b}) scoped, cold: ${cold} ms (read ${scopedTimeline.version} events ${coldRead} ms, fold ${coldFold} ms; the same fold over the whole log in memory: ${memoryFold} ms); warm: ${warm} ms (${same ? 'same answer as in memory' : 'DIFFERENT answer'}); hand-written SQL of the same ${handRows.length} rows: ${hand} ms`,
  )
  results[name] = {
    load,
    bareInsert,
    open,
    read,
    cold,
    coldRead,
    coldFold,
    memoryFold,
    warm,
    hand,
    scopedEvents: scopedTimeline.version,
    handRows: handRows.length,
  }
  if (!same) process.exitCode = 1
  await reopened.close()
  await pg.end()
  await cleanup()
}

/** Inserts rows with multi-row `INSERT ... VALUES`, 1,000 rows a statement. */
async function insertRows(pg: Raw, table: string, rows: readonly unknown[][], tail = ''): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000)
    const width = chunk[0]!.length
    const values = chunk.map((_, r) => `(${chunk[0]!.map((_, c) => `$${r * width + c + 1}`).join(', ')})`)
    await pg.query(`INSERT INTO ${table} VALUES ${values.join(', ')} ${tail}`, chunk.flat())
  }
}

async function serverClient(url: string): Promise<Raw> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  return { query: async (text, params) => (await client.query(text, params)).rows, end: () => client.end() }
}

// Forks: 1,000 appends to an old version against 1,000 to the newest.
{
  const extra = generated.slice(EVENTS)
  const newest = performance.now()
  let t = inMemory
  for (const event of extra) t = t.append(event)
  const newestMs = ms(newest)
  // inMemory is an old version now: each append to it forks it.
  const fork = performance.now()
  for (let i = 0; i < FORKS; i++) inMemory.append(extra[0]!)
  const forkMs = ms(fork)
  log(
    `\nin memory: 1,000 appends to the newest version: ${newestMs} ms; ${FORKS} appends each to the same old version: ${forkMs} ms (${Math.round((forkMs / FORKS) * 1000)} ms per 1,000)`,
  )
  results['forks'] = { newest: newestMs, forked: forkMs, forks: FORKS }
}

{
  const folder = mkdtempSync(join(tmpdir(), 'entente-bench-'))
  const db = await PGlite.create(folder)
  const raw: Raw = { query: async (text, params) => (await db.query(text, params)).rows, end: async () => {} }
  await backend('pglite (embedded, on disk)', db, raw, async () => {
    await db.close()
    rmSync(folder, { recursive: true, force: true })
  })
}
if (SERVER !== undefined) await backend('server', SERVER, await serverClient(SERVER), async () => {})
else log('\nserver: none (set ENTENTE_BENCH_PG_URL to measure one)')

const json = value('json')
if (json !== undefined) writeFileSync(json, `${JSON.stringify({ events: EVENTS, results }, null, 2)}\n`)
