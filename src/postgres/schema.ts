/**
 * The tables of a stored log and the migrations that make them. A database records the
 * version of its schema; opening it runs the migrations it lacks, in one transaction, and
 * refuses a database whose schema is newer than this library or that is not an entente log.
 */
import { EntenteError } from '../errors.js'
import type { _Driver, _Session } from './driver.js'

/**
 * The migrations, in order: the schema version of a database is how many of them it ran.
 * Times are milliseconds since 1970 (UTC) in `bigint` columns: a partial date may lie in any
 * year from 0001, which `timestamptz` cannot hold for every year the library accepts.
 */
export const _MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE entente_log (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    format text NOT NULL,
    schema_version integer NOT NULL,
    version bigint NOT NULL
  );
  INSERT INTO entente_log (format, schema_version, version) VALUES ('entente-log', 0, 0);
  CREATE TABLE entente_events (
    seq bigint PRIMARY KEY,
    id text NOT NULL UNIQUE,
    kind text NOT NULL,
    valid_from bigint NOT NULL,
    valid_to bigint NOT NULL,
    recorded bigint NOT NULL,
    event jsonb NOT NULL,
    body text NOT NULL
  );
  CREATE INDEX entente_events_valid ON entente_events (valid_from, recorded, seq);
  CREATE INDEX entente_events_recorded ON entente_events (recorded);
  CREATE INDEX entente_events_office ON entente_events (seq) WHERE kind = 'office';
  CREATE TABLE entente_actors (
    actor text NOT NULL,
    seq bigint NOT NULL REFERENCES entente_events (seq),
    PRIMARY KEY (actor, seq)
  );
  CREATE TABLE entente_references (
    target text NOT NULL,
    seq bigint NOT NULL REFERENCES entente_events (seq),
    modifies boolean NOT NULL,
    PRIMARY KEY (target, seq)
  );
  CREATE INDEX entente_references_by_seq ON entente_references (seq) WHERE modifies;
  `,
  // A scoped read of a pair takes the positions and office changes of either side: by kind.
  `
  CREATE INDEX entente_events_kind ON entente_events (kind, seq);
  `,
]

/**
 * A statement with its tables in a PostgreSQL schema of the caller's choosing: several logs
 * can share one database, each in its own schema.
 */
export function _inSchema(statement: string, schema: string): string {
  return statement.replace(/\b(FROM|JOIN|INTO|UPDATE|TABLE|ON|REFERENCES)\s+entente_/g, `$1 "${schema}".entente_`)
}

/** The schema version this library writes and reads. */
export const _SCHEMA_VERSION = _MIGRATIONS.length

/** Makes or upgrades the schema of a database, or refuses it. */
export async function _migrate(driver: _Driver, schema: string): Promise<void> {
  // A log already at this version is opened without writing anything, so a read replica opens it too.
  if ((await versionOf(driver, driver.name, schema)) === _SCHEMA_VERSION) return
  await driver.transaction(async (session) => {
    // One opener at a time: two processes opening a new database must not both create it.
    await session.query('SELECT pg_advisory_xact_lock(4714061601)')
    await session.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`)
    const version = await versionOf(session, driver.name, schema)
    for (let next = version; next < _SCHEMA_VERSION; next++) {
      for (const statement of _MIGRATIONS[next]!.split(';').map((text) => text.trim()))
        if (statement !== '') await session.query(_inSchema(statement, schema))
      await session.query(_inSchema('UPDATE entente_log SET schema_version = $1', schema), [next + 1])
    }
  })
}

/** The schema version of the log in a schema: 0 for none; refuses a newer one, or tables that are not a log. */
async function versionOf(session: _Session, name: string, schema: string): Promise<number> {
  const tables = await session.query<{ name: string }>(
    'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1',
    [schema],
  )
  const names = new Set(tables.map((row) => row.name))
  if (!names.has('entente_log')) {
    if ([...names].some((table) => table.startsWith('entente_'))) throw notALog(name)
    return 0
  }
  const rows = await session.query<{ format: string; schema_version: number }>(
    _inSchema('SELECT format, schema_version FROM entente_log', schema),
  )
  if (rows.length !== 1 || rows[0]!.format !== 'entente-log') throw notALog(name)
  const version = rows[0]!.schema_version
  if (version > _SCHEMA_VERSION) {
    throw new EntenteError(
      'storage',
      `${name}: the log's schema is version ${version}, newer than this library reads (${_SCHEMA_VERSION}): upgrade entente-timeline`,
    )
  }
  return version
}

function notALog(name: string): EntenteError {
  return new EntenteError(
    'storage',
    `${name}: is not an entente log (its entente_ tables were not made by entente-timeline)`,
  )
}
