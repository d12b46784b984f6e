/**
 * One small interface over the two ways to reach PostgreSQL: PGlite (embedded, a folder on
 * disk) and node-postgres (a server). Both are optional peer dependencies, loaded only when a
 * log is opened with them; every error they raise leaves here as an `EntenteError` (code
 * `storage`).
 */
import { EntenteError } from '../errors.js'

/** Something that runs one statement. */
export interface _Session {
  query<T>(text: string, params?: readonly unknown[]): Promise<T[]>
}

/** A connection to a database: statements, transactions, and closing. */
export interface _Driver extends _Session {
  /** What it is connected to, for messages: a folder or a server address without its password. */
  readonly name: string
  /** Runs `work` in one transaction: all of it commits, or none of it. */
  transaction<T>(work: (session: _Session) => Promise<T>): Promise<T>
  close(): Promise<void>
}

/**
 * A PGlite database already open: what `PostgresLog.open` uses of it (its `query` and
 * `transaction`), so one database can hold several logs, each in a schema of its own.
 *
 * @example
 * ```ts
 * // not run: starting PGlite takes seconds
 * import { PGlite } from '@electric-sql/pglite'
 * import { type EmbeddedDatabase, PostgresLog } from 'entente-timeline/postgres'
 *
 * const db: EmbeddedDatabase = await PGlite.create('memory://')
 * const europe = await PostgresLog.open(db, { schema: 'europe' })
 * const asia = await PostgresLog.open(db, { schema: 'asia' })
 * await asia.storedVersion() //=> 0
 * ```
 */
export interface EmbeddedDatabase {
  /**
   * Runs one statement.
   *
   * @param text - the SQL
   * @param params - the values of `$1`, `$2`, ...
   * @returns the rows
   */
  query<T>(text: string, params?: unknown[]): Promise<{ rows: T[] }>
  /**
   * Runs statements in one transaction.
   *
   * @param work - what to run, given the transaction
   * @returns what `work` returns
   */
  transaction<T>(
    work: (tx: { query<R>(text: string, params?: unknown[]): Promise<{ rows: R[] }> }) => Promise<T>,
  ): Promise<T>
}

type PGliteLike = EmbeddedDatabase & { close(): Promise<void> }

/** The node-postgres pool methods the log uses. */
interface PoolLike {
  query<T>(text: string, params?: unknown[]): Promise<{ rows: T[] }>
  connect(): Promise<{
    query<T>(text: string, params?: unknown[]): Promise<{ rows: T[] }>
    release(error?: Error | boolean): void
  }>
  on(event: 'error', listener: (error: Error) => void): unknown
  end(): Promise<void>
}

/** Whether a target names a server (a connection URL) rather than a folder. */
export function _isServerUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//.test(target)
}

/** Opens a driver: a server for a `postgres://` URL, else PGlite in this folder (`memory://` for none). */
export async function _connect(target: string | EmbeddedDatabase): Promise<_Driver> {
  if (typeof target !== 'string') return wrapEmbedded('a PGlite database', target, false)
  if (_isServerUrl(target)) return connectServer(target)
  return connectEmbedded(target)
}

async function connectEmbedded(folder: string): Promise<_Driver> {
  let module: { PGlite: { create(dataDir?: string): Promise<PGliteLike> } }
  try {
    module = (await import('@electric-sql/pglite')) as never
  } catch (error) {
    throw new EntenteError(
      'storage',
      'an embedded log needs the package @electric-sql/pglite: npm install @electric-sql/pglite',
      { cause: error },
    )
  }
  const db = await guard(folder, 'open', () => module.PGlite.create(folder))
  return wrapEmbedded(folder, db, true)
}

function wrapEmbedded(name: string, db: EmbeddedDatabase, owned: boolean): _Driver {
  return {
    name,
    query: <T>(text: string, params?: readonly unknown[]) =>
      guard(name, 'query', async () => (await db.query<T>(text, params as unknown[])).rows),
    transaction: (work) =>
      guard(name, 'transaction', () =>
        db.transaction((tx) =>
          work({
            query: async <R>(text: string, params?: readonly unknown[]) =>
              (await tx.query<R>(text, params as unknown[])).rows,
          }),
        ),
      ),
    // A database the caller opened stays theirs to close.
    close: () => (owned ? guard(name, 'close', () => (db as PGliteLike).close()) : Promise.resolve()),
  }
}

async function connectServer(url: string): Promise<_Driver> {
  let module: {
    default: {
      Pool: new (options: { connectionString: string; max?: number; connectionTimeoutMillis?: number }) => PoolLike
    }
  }
  try {
    module = (await import('pg')) as never
  } catch (error) {
    throw new EntenteError('storage', 'a log on a PostgreSQL server needs the package pg: npm install pg', {
      cause: error,
    })
  }
  const name = withoutPassword(url)
  const pool = new module.default.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 10_000 })
  // An idle connection that breaks (the server restarts) is reported here; the next statement
  // then fails and says so. Without a listener, node-postgres would end the process.
  pool.on('error', () => {})
  const driver: _Driver = {
    name,
    query: <T>(text: string, params?: readonly unknown[]) =>
      guard(name, 'query', async () => (await pool.query<T>(text, params as unknown[])).rows),
    async transaction(work) {
      const client = await guard(name, 'connect', () => pool.connect())
      let failed: Error | undefined
      try {
        await guard(name, 'transaction', () => client.query('BEGIN'))
        const result = await work({
          query: <R>(text: string, params?: readonly unknown[]) =>
            guard(name, 'query', async () => (await client.query<R>(text, params as unknown[])).rows),
        })
        await guard(name, 'commit', () => client.query('COMMIT'))
        return result
      } catch (error) {
        failed = error instanceof Error ? error : new Error(String(error))
        await client.query('ROLLBACK').catch(() => {})
        throw error
      } finally {
        client.release(failed !== undefined && !(failed instanceof EntenteError && failed.code !== 'storage'))
      }
    },
    close: () => guard(name, 'close', () => pool.end()),
  }
  await driver.query('SELECT 1')
  return driver
}

/** Runs a driver call, turning what it throws into an entente error that says where and what. */
async function guard<T>(name: string, what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    throw _storageError(name, what, error)
  }
}

/** The entente error for what a driver threw. */
export function _storageError(name: string, what: string, error: unknown): EntenteError {
  if (error instanceof EntenteError) return error
  const message = error instanceof Error ? error.message : String(error)
  return new EntenteError('storage', `${name}: ${what} failed: ${message}`, { cause: error })
}

function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url)
    parsed.password = ''
    return parsed.toString()
  } catch {
    return 'a PostgreSQL server'
  }
}
