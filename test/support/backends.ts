/**
 * The stores the log and projection suites run against: PGlite (embedded, always there) and a
 * PostgreSQL server when ENTENTE_TEST_PG_URL names one (scripts/pg-server.sh starts one). Each
 * log gets a schema of its own, so one database serves a whole suite.
 */
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { PostgresLog, type PostgresLogOptions } from '../../src/postgres/index.js'

/** A database to open logs in. */
export interface Backend {
  readonly name: 'pglite' | 'server'
  /** A new, empty log in a schema of its own. */
  fresh(options?: PostgresLogOptions): Promise<PostgresLog>
  /** The same log again, through a new connection (the server) or the same database (PGlite). */
  reopen(schema: string, options?: PostgresLogOptions): Promise<PostgresLog>
  /** The target a log is opened with: a URL, or the PGlite database. */
  readonly target: string | PGlite
}

let counter = 0
/** A schema name no other log of this run has. */
export function freshSchema(): string {
  return `log_${process.pid}_${Date.now().toString(36)}_${counter++}`
}

let embedded: Promise<PGlite> | undefined
/** One PGlite database for the whole test file: starting one takes seconds. */
export function sharedPGlite(): Promise<PGlite> {
  embedded ??= PGlite.create('memory://')
  return embedded
}

/** The server's URL, when a server is reachable. */
export const SERVER_URL = process.env['ENTENTE_TEST_PG_URL']

/** Whether a server suite that cannot run must fail (in CI) rather than be skipped. */
export const SERVER_REQUIRED = process.env['CI'] === 'true'

async function backend(name: Backend['name'], target: string | PGlite): Promise<Backend> {
  return {
    name,
    target,
    fresh: (options = {}) => PostgresLog.open(target, { ...options, schema: options.schema ?? freshSchema() }),
    reopen: (schema, options = {}) => PostgresLog.open(target, { ...options, schema }),
  }
}

/** One backend: PGlite, or the server (which must be reachable: see {@link SERVER_URL}). */
export async function backendNamed(name: Backend['name']): Promise<Backend> {
  return name === 'pglite' ? backend('pglite', await sharedPGlite()) : backend('server', SERVER_URL!)
}

/** The backends to run against: PGlite always, the server when there is one. */
export async function backends(): Promise<Backend[]> {
  const out = [await backend('pglite', await sharedPGlite())]
  if (SERVER_URL !== undefined) out.push(await backend('server', SERVER_URL))
  return out
}

/** Runs a statement on the server, outside any log (to break things on purpose). */
export async function onServer<T>(statement: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: SERVER_URL })
  await client.connect()
  try {
    return (await client.query(statement, params)).rows as T[]
  } finally {
    await client.end()
  }
}
