/**
 * The PostgreSQL log against the in-memory one: the same fixture and random logs stored in
 * PGlite and (when one is reachable) a server give back the same log, and every built-in
 * projection asked of a scoped read answers as the whole log in memory does, and as the naive
 * fold of test/support/naive-fold.ts does.
 */
import { readFileSync } from 'node:fs'
import { type AddressInfo, connect, createServer, type Socket } from 'node:net'
import type { PGlite } from '@electric-sql/pglite'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ConcurrencyError,
  EntenteError,
  membership,
  network,
  officeHolders,
  type Projection,
  proposal,
  relationship,
  Timeline,
  ValidationError,
} from '../../src/index.js'
import { PostgresLog } from '../../src/postgres/index.js'
import { type Backend, backends, freshSchema, onServer, SERVER_URL } from '../support/backends.js'
import { build } from '../support/build.js'
import { naiveProject } from '../support/naive-fold.js'
import { eventsOf, queryDate, steps } from '../support/random-log.js'
import { declarationsFor } from '../support/timeline.js'

const FIXTURE = readFileSync('fixtures/vilnius-2023.ndjson', 'utf8')
const FIXTURE_EVENTS = FIXTURE.trim()
  .split('\n')
  .map((line) => JSON.parse(line) as object)

/** Every built-in projection, over actors and events of the fixture. */
const FIXTURE_QUESTIONS: readonly Projection<unknown>[] = [
  relationship('JPN', 'NATO'),
  relationship('PRK', 'JPN'),
  relationship('KOR', 'NATO'),
  relationship('JPN', 'UKR'),
  membership('NATO'),
  officeHolders('JPN'),
  officeHolders('NATO'),
  proposal('proposal-nato-liaison-office-tokyo'),
  network(),
] as Projection<unknown>[]

const DATES = ['1952-12-31', '2022-06-29', '2023-03-21', '2023-07-11', '2023-07-12', '2023-07-13', '2024-12-31']
const KNOWN_ON = [undefined, '2023-07-12', '2023-07-13', '2023-07-14T12:00:00Z']

const stores = await backends()
if (SERVER_URL === undefined)
  console.log('postgres: no server (ENTENTE_TEST_PG_URL unset): the log suites run against memory and PGlite only')

describe.each(stores)('PostgresLog on $name', (backend) => {
  it('gives back exactly the log it stored, after reopening too', async () => {
    const log = await backend.fresh()
    const stored = await log.append(FIXTURE_EVENTS, { expectedVersion: 0 })
    const inMemory = Timeline.fromNdjson(FIXTURE)
    expect(stored.toNdjson()).toBe(inMemory.toNdjson())
    expect(await log.storedVersion()).toBe(inMemory.version)
    await log.close()
    const again = await backend.reopen(log.schema)
    const read = await again.timeline()
    expect(read.toNdjson()).toBe(inMemory.toNdjson())
    expect(read.knownOn('2023-07-12').version).toBe(inMemory.knownOn('2023-07-12').version)
    expect(read.effective('launch-prk-2023-07-12')).toEqual(inMemory.effective('launch-prk-2023-07-12'))
    await again.close()
  })

  it('answers every built-in projection from a scoped read as the whole log in memory does', async () => {
    const log = await backend.fresh()
    await log.append(FIXTURE_EVENTS)
    const whole = Timeline.fromNdjson(FIXTURE)
    for (const question of FIXTURE_QUESTIONS) {
      const scoped = await log.timelineFor(question)
      if (question.scope !== undefined) expect(scoped.version).toBeLessThan(whole.version)
      for (const at of DATES)
        for (const knownOn of KNOWN_ON) {
          const options = { at, ...(knownOn === undefined ? {} : { knownOn }) }
          expect(scoped.project(question, options), `${question.name} at ${at} known on ${knownOn}`).toEqual(
            whole.project(question, options),
          )
        }
    }
    expect(
      (await log.timelineFor(relationship('JPN', 'NATO'))).project(relationship('JPN', 'NATO'), { at: '2023-07-12' })
        .ties.length,
    ).toBeGreaterThan(0)
    await log.close()
  })

  it('refuses a stale expected version and stores nothing', async () => {
    const log = await backend.fresh()
    await log.append(FIXTURE_EVENTS.slice(0, 10))
    await expect(log.append(FIXTURE_EVENTS.slice(10, 12), { expectedVersion: 3 })).rejects.toBeInstanceOf(
      ConcurrencyError,
    )
    expect(await log.storedVersion()).toBe(10)
    await log.close()
  })

  it('skips identical re-appends and refuses a bad batch whole, as in memory', async () => {
    const log = await backend.fresh()
    await log.append(FIXTURE_EVENTS.slice(0, 20))
    expect((await log.append(FIXTURE_EVENTS.slice(0, 20))).version).toBe(20)
    const bad = [FIXTURE_EVENTS[20], { ...(FIXTURE_EVENTS[21] as object), occurred: '2023-02-30' }]
    const error = await log.append(bad).catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(ValidationError)
    expect(await log.storedVersion()).toBe(20)
    expect((await log.timeline()).version).toBe(20)
    expect((await log.append([FIXTURE_EVENTS[20]])).version).toBe(21)
    await log.close()
  })

  it('refuses a commit from a timeline that does not continue it, and one another writer overtook', async () => {
    const log = await backend.fresh()
    const first = await log.timeline()
    const mine = first.appendMany(FIXTURE_EVENTS.slice(0, 5))
    const other = await backend.reopen(log.schema)
    await other.append(FIXTURE_EVENTS.slice(0, 3))
    await expect(log.commit(mine)).rejects.toBeInstanceOf(ConcurrencyError)
    expect(await log.storedVersion()).toBe(3)
    expect((await log.timeline()).version).toBe(3)
    const unrelated = await log.commit(Timeline.empty()).catch((thrown: unknown) => thrown)
    expect((unrelated as EntenteError).code).toBe('invalid-argument')
    await other.close()
    await log.close()
  })

  it('reads a position a correction moved to another proposal for that proposal, as in memory', async () => {
    const events = [
      build.proposal({ id: 'tokyo-office', recorded: '2023-05-04T00:00:00Z' }),
      build.proposal({ id: 'seoul-office', recorded: '2023-05-04T00:00:00Z', subject: 'A NATO office in Seoul' }),
      build.position({ id: 'fra-opposes', proposal: 'tokyo-office', recorded: '2023-07-02T00:00:00Z' }),
      build.correction({
        id: 'fra-opposed-seoul',
        target: 'fra-opposes',
        occurred: '2023-07-03',
        recorded: '2023-07-03T00:00:00Z',
        actors: ['FRA'],
        changes: { proposal: 'seoul-office' },
      }),
    ]
    const inputs = [...declarationsFor(events), ...events]
    const log = await backend.fresh()
    try {
      await log.append(inputs)
      const whole = Timeline.from(inputs)
      for (const id of ['seoul-office', 'tokyo-office'])
        for (const knownOn of [undefined, '2023-07-02T12:00:00Z']) {
          const question = proposal(id)
          const options = { at: '2023-08-01', ...(knownOn === undefined ? {} : { knownOn }) }
          const scoped = await log.timelineFor(question)
          expect(scoped.project(question, options), `${id} known on ${knownOn}`).toEqual(
            whole.project(question, options),
          )
        }
      expect(
        (await log.timelineFor(proposal('seoul-office'))).project(proposal('seoul-office'), { at: '2023-08-01' })
          .opponents,
      ).toEqual(['FRA'])
    } finally {
      await log.close()
    }
  })

  it('answers random logs as the naive fold does, from scoped reads and from the whole log', async () => {
    const questions = [
      relationship('JPN', 'NATO'),
      relationship('KOR', 'PRK'),
      membership('NATO'),
      officeHolders('JPN'),
      network(),
    ] as Projection<unknown>[]
    await fc.assert(
      fc.asyncProperty(
        steps(1, 30),
        fc.array(fc.tuple(queryDate, fc.option(queryDate)), { minLength: 1, maxLength: 3 }),
        async (log, queries) => {
          const inputs = eventsOf(log)
          const stored = await backend.fresh()
          try {
            await stored.append(inputs)
            const whole = await stored.timeline()
            for (const question of questions) {
              const scoped = await stored.timelineFor(question)
              for (const [at, knownOn] of queries) {
                const query = { at, ...(knownOn === null ? {} : { knownOn }) }
                const expected = naiveProject(inputs, question, query)
                expect(scoped.project(question, query)).toEqual(expected)
                expect(whole.project(question, query)).toEqual(expected)
              }
            }
          } finally {
            await stored.close()
          }
        },
      ),
      { numRuns: 6 },
    )
  })

  it('refuses a database whose schema is newer than the library, with a storage error', async () => {
    const log = await backend.fresh()
    const schema = log.schema
    await log.close()
    await sql(backend, `UPDATE "${schema}".entente_log SET schema_version = 99`)
    const error = await backend.reopen(schema).catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(EntenteError)
    expect((error as EntenteError).code).toBe('storage')
    expect((error as EntenteError).message).toMatch(/version 99, newer than this library/)
  })

  it('refuses tables that are not an entente log, with a storage error', async () => {
    const schema = freshSchema()
    await sql(backend, `CREATE SCHEMA "${schema}"`)
    await sql(backend, `CREATE TABLE "${schema}".entente_events (seq bigint)`)
    const error = await backend.reopen(schema).catch((thrown: unknown) => thrown)
    expect((error as EntenteError).code).toBe('storage')
    expect((error as EntenteError).message).toMatch(/not an entente log/)
  })

  it('refuses a schema name that is not a plain PostgreSQL name', async () => {
    const error = await backend.reopen('x"; DROP TABLE y; --').catch((thrown: unknown) => thrown)
    expect((error as EntenteError).code).toBe('invalid-argument')
  })
})

describe.each(stores.filter((backend) => backend.name === 'server'))(
  'PostgresLog on a server that goes away',
  (backend) => {
    it('says so with a storage error, not the driver error, when the server goes away mid-session', async () => {
      // The log reaches the server through a relay that the test then cuts, as a network would.
      const server = new URL(SERVER_URL!)
      const sockets = new Set<Socket>()
      const relay = createServer((client) => {
        const upstream = connect(Number(server.port), server.hostname)
        for (const socket of [client, upstream]) {
          sockets.add(socket)
          socket.on('error', () => {})
        }
        client.pipe(upstream).pipe(client)
      })
      await new Promise<void>((listening) => relay.listen(0, '127.0.0.1', listening))
      const through = new URL(SERVER_URL!)
      through.port = String((relay.address() as AddressInfo).port)
      const log = await PostgresLog.open(through.toString(), { schema: freshSchema() })
      await log.append(FIXTURE_EVENTS.slice(0, 5))
      await new Promise((closed) => relay.close(closed).unref())
      for (const socket of sockets) socket.destroy()
      const error = await log.append(FIXTURE_EVENTS.slice(5, 6)).catch((thrown: unknown) => thrown)
      expect(error).toBeInstanceOf(EntenteError)
      expect((error as EntenteError).code).toBe('storage')
      const direct = await backend.reopen(log.schema)
      expect(await direct.storedVersion()).toBe(5)
      await direct.close()
      await log.close().catch(() => {})
    })

    it('says so with a storage error when no server listens', async () => {
      const url = new URL(SERVER_URL!)
      url.port = '1'
      const error = await PostgresLog.open(url.toString()).catch((thrown: unknown) => thrown)
      expect(error).toBeInstanceOf(EntenteError)
      expect((error as EntenteError).code).toBe('storage')
      expect((error as EntenteError).message).not.toContain(url.password || 'no-password-given')
    })
  },
)

/** Runs a statement beside the log, to break it on purpose. */
async function sql(backend: Backend, statement: string): Promise<void> {
  if (backend.name === 'server') await onServer(statement)
  else await (backend.target as PGlite).query(statement)
}
