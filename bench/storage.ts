/**
 * The stored log, side by side with bare PostgreSQL on the same rows: loading a synthetic log
 * into PGlite (and a server, when ENTENTE_BENCH_PG_URL or ENTENTE_TEST_PG_URL names one) against
 * one multi-row INSERT of the same rows into a bare table; opening the stored log; a scoped
 * relationship(a, b) cold and warm against a hand-written SQL query returning the same rows; and
 * 1,000 appends to an old version of an in-memory log against 1,000 appends to the newest.
 *
 *   node --max-old-space-size=12288 --import tsx bench/storage.ts [--events=100000] [--forks=1000] [--json=FILE]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { relationship, Timeline } from '../src/index.js'
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
  // The same rows as the log writes, in one statement per 5,000 rows into a bare table.
  const bare = `${schema}_bare`
  const rows = inMemory.events.map((event, seq) => ({
    seq,
    id: event.id,
    kind: event.kind,
    body: JSON.stringify(event),
  }))
  await pg.query(`CREATE TABLE "${bare}" (seq bigint PRIMARY KEY, id text UNIQUE, kind text, event jsonb, body text)`)
  const insertStart = performance.now()
  for (let i = 0; i < rows.length; i += 5000)
    await pg.query(
      `INSERT INTO "${bare}" SELECT (r->>'seq')::bigint, r->>'id', r->>'kind', (r->>'body')::jsonb, r->>'body'
       FROM jsonb_array_elements($1::jsonb) AS r`,
      [JSON.stringify(rows.slice(i, i + 5000))],
    )
  const bareInsert = ms(insertStart)
  log(
    `  load ${EVENTS} events: ${load} ms (validated, indexed, one transaction); bare INSERT of the same rows: ${bareInsert} ms`,
  )
  await stored.close()

  const [reopened, open] = await timed(() => PostgresLog.open(target, { schema }))
  const [whole, read] = await timed(() => reopened.timeline())
  log(`  open the stored log: ${open} ms; read all ${whole.version} events into a timeline: ${read} ms`)

  const [scoped, cold] = await timed(async () => (await reopened.timelineFor(question)).project(question, { at }))
  const [, warm] = await timed(async () => (await reopened.timelineFor(question)).project(question, { at }))
  const same = JSON.stringify(scoped) === JSON.stringify(inMemory.project(question, { at }))
  const [handRows, hand] = await timed(() =>
    pg.query(
      `SELECT e.body FROM "${schema}".entente_events e
       WHERE e.seq IN (SELECT seq FROM "${schema}".entente_actors WHERE actor = $1
                       INTERSECT SELECT seq FROM "${schema}".entente_actors WHERE actor = $2)
       ORDER BY e.seq`,
      [a, b],
    ),
  )
  log(
    `  relationship(${a}, ${b}) scoped: cold ${cold} ms, warm ${warm} ms (${same ? 'same answer as in memory' : 'DIFFERENT answer'}); hand-written SQL of the pair's ${handRows.length} rows: ${hand} ms`,
  )
  results[name] = { load, bareInsert, open, read, cold, warm, hand, pairRows: handRows.length }
  await reopened.close()
  await pg.end()
  await cleanup()
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
