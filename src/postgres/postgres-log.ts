/**
 * A log stored in PostgreSQL, embedded (PGlite, a folder on disk) or on a server. It hands
 * timelines to the synchronous query API: the whole log, or only the events a question about
 * a pair, an organisation, an office or a proposal needs (scoped reads through indexed SQL),
 * folded by the same engine. Appends are validated as in memory and written in one
 * transaction that the database refuses when another writer came first.
 */
import { ConcurrencyError, InvalidArgumentError } from '../errors.js'
import { _freezeDeep } from '../log/freeze.js'
import { _MemoryLog } from '../log/store.js'
import { type AppendOptions, Timeline, type TimelineOptions } from '../log/timeline.js'
import { defaultVocabulary, type Vocabulary } from '../model/define-kind.js'
import type { EventBase } from '../model/envelope.js'
import type { DiplomaticEvent } from '../model/event.js'
import { _recordedMs, _toMsInterval, type PartialDate } from '../model/partial-date.js'
import type { ProjectionScope } from '../projection/define-projection.js'
import { _connect, type _Driver, type _Session, type EmbeddedDatabase } from './driver.js'
import { _inSchema, _migrate } from './schema.js'

/** Rows a statement reads or writes at once: bounded, so a million events never sit in one parameter. */
const CHUNK = 5000
/** Scoped timelines kept for asking again, by scope. */
const SCOPED_KEPT = 16

/**
 * Something a stored log can load the events of: a projection (its scope says which events it
 * needs) or a scope itself.
 *
 * @example
 * ```ts
 * import type { ScopeSource } from 'entente-timeline/postgres'
 *
 * const japanNato: ScopeSource = { scope: { pair: ['JPN', 'NATO'] } }
 * ```
 */
export interface ScopeSource {
  /** The events needed; undefined for every event. */
  readonly scope: ProjectionScope | undefined
}

/**
 * Options of {@link PostgresLog.open}.
 *
 * @example
 * ```ts
 * import type { PostgresLogOptions } from 'entente-timeline/postgres'
 *
 * const options: PostgresLogOptions = { schema: 'vilnius' }
 * ```
 */
export interface PostgresLogOptions<E extends EventBase = DiplomaticEvent> extends TimelineOptions<E> {
  /** The PostgreSQL schema that holds the log's tables: several logs can share a database. @defaultValue 'public' */
  readonly schema?: string
}

/**
 * A log stored in PostgreSQL. Open it with {@link PostgresLog.open}; read it with `timeline()`
 * (everything) or `timelineFor(projection)` (what one question needs); write with `append` or
 * `commit`; `close` it when done.
 *
 * @example
 * ```ts
 * import { relationship } from 'entente-timeline'
 * import { PostgresLog } from 'entente-timeline/postgres'
 * import { readFileSync } from 'node:fs'
 *
 * const log = await PostgresLog.open('memory://')
 * await log.append(readFileSync('fixtures/vilnius-2023.ndjson', 'utf8').trim().split('\n').map((line) => JSON.parse(line)))
 * const japanNato = relationship('JPN', 'NATO')
 * const scoped = await log.timelineFor(japanNato)
 * scoped.project(japanNato, { at: '2023-07-12' }).ties.map((tie) => tie.status) //=> ['partner']
 * await log.close()
 * ```
 */
export class PostgresLog<E extends EventBase = DiplomaticEvent> {
  readonly #driver: _Driver
  readonly #options: TimelineOptions<E>
  readonly #vocabulary: Vocabulary<E>
  readonly #schema: string
  /** The whole log as far as it was read: events [0, #loaded) are the stored ones. */
  #log: _MemoryLog<E>
  #loaded = 0
  #scoped = new Map<string, { version: number; timeline: Timeline<E> }>()

  private constructor(driver: _Driver, options: PostgresLogOptions<E>) {
    this.#driver = driver
    this.#options = options
    this.#schema = options.schema ?? 'public'
    this.#vocabulary = (options.vocabulary ?? defaultVocabulary) as Vocabulary<E>
    this.#log = new _MemoryLog(this.#vocabulary)
  }

  /**
   * Opens a stored log, making its tables in an empty database and upgrading an older schema.
   *
   * @param target - a folder for an embedded log (PGlite; `memory://` for one that lives in
   * memory only), a `postgres://` URL for a server, or a PGlite database already open (which
   * `close` then leaves open)
   * @param options - the vocabulary and input limits, as for `Timeline.empty`, and the schema
   * @returns the open log
   * @throws `EntenteError` with code `storage` when the database cannot be reached, holds
   * a schema newer than this library, or is not an entente log; or when the driver is not installed
   * @example
   * ```ts
   * // not run: each opens a database, which takes seconds; the class's example runs
   * import { PostgresLog } from 'entente-timeline/postgres'
   *
   * const log = await PostgresLog.open('memory://')
   * await log.storedVersion() //=> 0
   * await log.close()
   * ```
   */
  static async open<E extends EventBase = DiplomaticEvent>(
    target: string | EmbeddedDatabase,
    options: PostgresLogOptions<E> = {},
  ): Promise<PostgresLog<E>> {
    const schema = options.schema ?? 'public'
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
      throw new InvalidArgumentError('schema', `"${schema}" is not a lower-case PostgreSQL name (letters, digits, _)`)
    const driver = await _connect(target)
    try {
      await _migrate(driver, schema)
    } catch (error) {
      await driver.close().catch(() => {})
      throw error
    }
    return new PostgresLog(driver, options)
  }

  /**
   * The PostgreSQL schema that holds the log's tables.
   *
   * @example
   * ```ts
   * // not run: opening a database takes seconds
   * import { PostgresLog } from 'entente-timeline/postgres'
   *
   * const log = await PostgresLog.open('memory://')
   * log.schema //=> 'public'
   * ```
   */
  get schema(): string {
    return this.#schema
  }

  /**
   * The number of events stored, as the database tells it now.
   *
   * @returns the stored version
   * @throws `EntenteError` with code `storage` when the database cannot be reached
   * @example
   * ```ts
   * // not run: each opens a database, which takes seconds; the class's example runs
   * import { PostgresLog } from 'entente-timeline/postgres'
   *
   * const log = await PostgresLog.open('memory://')
   * await log.storedVersion() //=> 0
   * await log.close()
   * ```
   */
  async storedVersion(): Promise<number> {
    const rows = await this.#query<{ version: string | number }>(this.#driver, 'SELECT version FROM entente_log')
    return Number(rows[0]!.version)
  }

  /**
   * The whole stored log as a timeline: read once, then only what was stored since.
   *
   * @returns the newest timeline
   * @throws `EntenteError` with code `storage` when the database cannot be reached
   * @example
   * ```ts
   * // not run: each opens a database, which takes seconds; the class's example runs
   * import { PostgresLog } from 'entente-timeline/postgres'
   *
   * const log = await PostgresLog.open('memory://')
   * ;(await log.timeline()).version //=> 0
   * await log.close()
   * ```
   */
  async timeline(): Promise<Timeline<E>> {
    const version = await this.storedVersion()
    if (this.#log.length !== this.#loaded || version < this.#loaded) {
      // Events appended in memory but never stored (a failed commit) sit past what was read:
      // start again from what is stored, keeping the events already read.
      const kept = Math.min(this.#loaded, version)
      const log = new _MemoryLog(this.#vocabulary)
      const events: E[] = []
      for (let seq = 0; seq < kept; seq++) events.push(this.#log.event(seq))
      log.append(events)
      this.#log = log
      this.#loaded = kept
    }
    for (let from = this.#loaded; from < version; from += CHUNK) {
      const rows = await this.#query<{ body: string }>(
        this.#driver,
        'SELECT body FROM entente_events WHERE seq >= $1 AND seq < $2 ORDER BY seq',
        [from, Math.min(from + CHUNK, version)],
      )
      this.#log.append(rows.map((row) => _freezeDeep(JSON.parse(row.body) as E)))
    }
    this.#loaded = version
    return Timeline._over(this.#log, this.#options.limits)
  }

  /**
   * A timeline of only the events a projection needs: for a pair, those naming either side
   * (or people in office in them), the office changes that decide who acts for whom, and the
   * corrections and retractions of all of these; for an actor, those naming it or its office
   * holders; for events, those and what references them. It answers that projection (and
   * others of the same scope) as the whole log would, at every date and every `knownOn`; its
   * `version` counts only what it holds. A projection without a scope gets the whole log.
   *
   * @param source - a projection, or `{ scope }`
   * @returns a timeline for questions (appending to it is appending to a part of the log: use `append`)
   * @throws `EntenteError` with code `storage` when the database cannot be reached
   * @example
   * ```ts
   * // not run: each opens a database, which takes seconds; the class's example runs
   * import { membership } from 'entente-timeline'
   * import { PostgresLog } from 'entente-timeline/postgres'
   *
   * const log = await PostgresLog.open('memory://')
   * const nato = membership('NATO')
   * ;(await log.timelineFor(nato)).project(nato, { at: '2023-07-12' }).members //=> []
   * await log.close()
   * ```
   */
  async timelineFor(source: ScopeSource): Promise<Timeline<E>> {
    const scope = source.scope
    if (scope === undefined) return this.timeline()
    const key = JSON.stringify([
      scope.pair ?? null,
      scope.positions === true,
      scope.actors ?? null,
      scope.events ?? null,
    ])
    const version = await this.storedVersion()
    const kept = this.#scoped.get(key)
    if (kept !== undefined && kept.version === version) return kept.timeline
    const timeline = await this.#driver.transaction(async (session) => {
      // One snapshot: what the office changes say and what the events say must be of one version.
      await this.#query(session, 'SET TRANSACTION ISOLATION LEVEL REPEATABLE READ')
      // The recursive closure's row estimates are far too high: compiling it (JIT) would cost
      // more than running it.
      await this.#query(session, 'SET LOCAL jit = off')
      return this.#scopedTimeline(session, scope)
    })
    if (this.#scoped.size >= SCOPED_KEPT) this.#scoped.delete(this.#scoped.keys().next().value!)
    this.#scoped.set(key, { version, timeline })
    return timeline
  }

  /** Runs a statement on the log's tables, in its schema. */
  #query<T>(session: _Session, statement: string, params?: readonly unknown[]): Promise<T[]> {
    return session.query<T>(_inSchema(statement, this.#schema), params)
  }

  async #scopedTimeline(session: _Session, scope: ProjectionScope): Promise<Timeline<E>> {
    // Office changes decide who acts for whom, whatever the question: a scope needs them all
    // (they are few beside the rest of a log), with what modifies them.
    const events = await this.#closure(session, `SELECT seq FROM entente_events WHERE kind = 'office'`, [], [])
    // Each side with the people who held office in it, by any version of an office event.
    const side = (actors: readonly string[]): string[] => {
      const named = new Set(actors)
      for (const office of officeVersions(events.values()))
        if (typeof office.of === 'string' && typeof office.person === 'string' && actors.includes(office.of))
          named.add(office.person)
      return [...named]
    }
    const parts: string[] = []
    const params: unknown[] = []
    const param = (value: readonly string[]): string => {
      params.push(value)
      return `$${params.length}::text[]`
    }
    if (scope.events !== undefined) {
      const ids = param(scope.events)
      parts.push(
        `SELECT seq FROM entente_events WHERE id = ANY(${ids})`,
        `SELECT seq FROM entente_references WHERE NOT modifies AND target = ANY(${ids})`,
      )
    }
    if (scope.pair !== undefined)
      // As the engine's pair stream: events naming both sides, the office changes of either and
      // their declarations, and the positions of either when the scope asks for them (a stance
      // names only the side taking it).
      parts.push(
        `(SELECT seq FROM entente_actors WHERE actor = ANY(${param(side([scope.pair[0]]))})
          INTERSECT SELECT seq FROM entente_actors WHERE actor = ANY(${param(side([scope.pair[1]]))}))`,
        `SELECT a.seq FROM entente_actors a JOIN entente_events e ON e.seq = a.seq
          WHERE a.actor = ANY(${param(side([...scope.pair]))})
          AND e.kind IN (${scope.positions === true ? "'position', " : ''}'office', 'actor')`,
      )
    else if (scope.actors !== undefined)
      parts.push(`SELECT seq FROM entente_actors WHERE actor = ANY(${param(side(scope.actors))})`)
    if (parts.length > 0)
      for (const [seq, event] of await this.#closure(session, parts.join(' UNION '), params, [...events.keys()]))
        events.set(seq, event)
    const log = new _MemoryLog(this.#vocabulary)
    log.append([...events.entries()].sort((a, b) => a[0] - b[0]).map(([, event]) => event))
    return Timeline._over(log, this.#options.limits)
  }

  /**
   * The events a statement selects (by `seq`), with the corrections and retractions of each (and
   * of those), and what they modify, leaving out the positions `known`. The closure is one
   * recursive query over the references (two index lookups per event and step); the bodies are
   * then read by primary key, as the planner cannot tell how few rows the closure gives.
   */
  async #closure(
    session: _Session,
    selected: string,
    params: readonly unknown[],
    known: readonly number[],
  ): Promise<Map<number, E>> {
    const found = await this.#query<{ seq: string | number }>(
      session,
      `WITH RECURSIVE wanted(seq) AS (
         ${selected}
         UNION
         SELECT step.seq FROM wanted w, LATERAL (
           SELECT r.seq FROM entente_events t JOIN entente_references r ON r.target = t.id
             WHERE t.seq = w.seq AND r.modifies
           UNION ALL
           SELECT t.seq FROM entente_references r JOIN entente_events t ON t.id = r.target
             WHERE r.seq = w.seq AND r.modifies
         ) AS step
       )
       SELECT seq FROM wanted`,
      params,
    )
    const skip = new Set(known)
    const seqs = found.map((row) => Number(row.seq)).filter((seq) => !skip.has(seq))
    const rows = await this.#query<{ seq: string | number; body: string }>(
      session,
      'SELECT seq, body FROM entente_events WHERE seq = ANY($1::bigint[])',
      [seqs],
    )
    const out = new Map<number, E>()
    for (const row of rows) out.set(Number(row.seq), _freezeDeep(JSON.parse(row.body) as E))
    return out
  }

  /**
   * Appends events, validated against the whole stored log exactly as `timeline.appendMany`
   * validates them, and stores them in one transaction: all or nothing. Identical re-appends
   * are skipped.
   *
   * @param events - the events, as unknown input
   * @param options - an expected version: the database refuses the append unless it holds that many events
   * @returns the newest timeline
   * @throws `ValidationError`, `DuplicateEventError` or `UnknownReferenceError` for a bad
   * event; `ConcurrencyError` when the log is not at `expectedVersion` or another writer stored
   * events first; `EntenteError` with code `storage` when the database fails
   * @example
   * ```ts
   * // not run: each opens a database, which takes seconds; the class's example runs
   * import { PostgresLog } from 'entente-timeline/postgres'
   *
   * const log = await PostgresLog.open('memory://')
   * const nato = { id: 'actor-nato', kind: 'actor', occurred: '1949-04-04', recorded: '2023-07-13', actors: ['NATO'],
   *   sources: [{ id: 'nato', publisher: 'NATO', published: '2023' }], actorKind: 'organisation', name: 'NATO' }
   * ;(await log.append([nato], { expectedVersion: 0 })).version //=> 1
   * await log.storedVersion() //=> 1
   * await log.close()
   * ```
   */
  async append(events: Iterable<unknown>, options: AppendOptions = {}): Promise<Timeline<E>> {
    const current = await this.timeline()
    if (options.expectedVersion !== undefined && options.expectedVersion !== current.version)
      throw new ConcurrencyError(options.expectedVersion, current.version)
    const next = current.appendMany(events)
    if (next !== current) await this.commit(next)
    return next
  }

  /**
   * Stores the events a timeline holds beyond the stored log it continues, in one transaction:
   * take `await log.timeline()`, append to it in memory, then commit. The database refuses it
   * when another writer stored events since the timeline was read.
   *
   * @param timeline - a timeline made by appending to the newest one `timeline()` gave
   * @param options - an expected version: the stored version the timeline continues
   * @returns how many events were stored
   * @throws `ConcurrencyError` when the stored log moved on; `InvalidArgumentError` when the
   * timeline does not continue this log; `EntenteError` with code `storage` when the database fails
   * @example
   * ```ts
   * // not run: each opens a database, which takes seconds; the class's example runs
   * import { PostgresLog } from 'entente-timeline/postgres'
   *
   * const log = await PostgresLog.open('memory://')
   * const next = (await log.timeline()).append({ id: 'actor-nato', kind: 'actor', occurred: '1949-04-04',
   *   recorded: '2023-07-13', actors: ['NATO'], sources: [{ id: 'nato', publisher: 'NATO', published: '2023' }],
   *   actorKind: 'organisation', name: 'NATO' })
   * await log.commit(next) //=> 1
   * await log.close()
   * ```
   */
  async commit(timeline: Timeline<E>, options: AppendOptions = {}): Promise<number> {
    const base = this.#loaded
    if (options.expectedVersion !== undefined && options.expectedVersion !== base)
      throw new ConcurrencyError(options.expectedVersion, base)
    const events = timeline.events
    if (
      timeline.version !== events.length ||
      events.length < base ||
      (base > 0 && events[base - 1]!.id !== this.#log.event(base - 1).id)
    ) {
      throw new InvalidArgumentError(
        'timeline',
        'does not continue this stored log: append to the newest timeline that timeline() gives, not to a knownOn view or another log',
      )
    }
    const added = events.slice(base)
    if (added.length === 0) return 0
    await this.#driver.transaction(async (session) => {
      const rows = await this.#query<{ version: string | number }>(
        session,
        'SELECT version FROM entente_log FOR UPDATE',
      )
      const stored = Number(rows[0]!.version)
      if (stored !== base) throw new ConcurrencyError(base, stored)
      for (let i = 0; i < added.length; i += CHUNK) await this.#insert(session, added.slice(i, i + CHUNK), base + i)
      await this.#query(session, 'UPDATE entente_log SET version = $1', [base + added.length])
    })
    if (this.#log.length === events.length && this.#log.event(events.length - 1) === events[events.length - 1]) {
      this.#loaded = events.length
    }
    return added.length
  }

  async #insert(session: _Session, events: readonly E[], first: number): Promise<void> {
    const rows: unknown[] = []
    const actors: [string, number][] = []
    const references: [string, number, boolean][] = []
    const ids = new Map<string, number>()
    const batch = new Map(events.map((event) => [event.id, event]))
    events.forEach((event, i) => {
      const seq = first + i
      ids.set(event.id, seq)
      const interval = _toMsInterval(event.occurred as PartialDate)
      rows.push({
        seq,
        id: event.id,
        kind: event.kind,
        from: interval.start,
        to: interval.end,
        rec: _recordedMs(event.recorded),
        body: JSON.stringify(event),
      })
      for (const actor of new Set(event.actors)) actors.push([actor, seq])
      for (const reference of this.#vocabulary.references(event))
        references.push([reference.id, seq, reference.modifies === true])
      // A correction that points its target elsewhere (a position at another proposal) is found
      // from there too, as in memory: a scoped read takes it, and with it what it corrects.
      for (const moved of this.#movedReferences(event, batch)) references.push([moved, seq, false])
    })
    await this.#query(
      session,
      `INSERT INTO entente_events (seq, id, kind, valid_from, valid_to, recorded, event, body)
       SELECT (r->>'seq')::bigint, r->>'id', r->>'kind', (r->>'from')::bigint, (r->>'to')::bigint,
              (r->>'rec')::bigint, (r->>'body')::jsonb, r->>'body'
       FROM jsonb_array_elements($1::jsonb) AS r`,
      [JSON.stringify(rows)],
    )
    await this.#query(
      session,
      `INSERT INTO entente_actors (actor, seq)
       SELECT a->>0, (a->>1)::bigint FROM jsonb_array_elements($1::jsonb) AS a ON CONFLICT DO NOTHING`,
      [JSON.stringify(actors)],
    )
    if (references.length > 0)
      await this.#query(
        session,
        `INSERT INTO entente_references (target, seq, modifies)
         SELECT a->>0, (a->>1)::bigint, (a->>2)::boolean FROM jsonb_array_elements($1::jsonb) AS a
         ON CONFLICT DO NOTHING`,
        [JSON.stringify(references)],
      )
    // A correction that adds actors to an event indexes the event under them too, as in memory.
    const added: [string, number][] = []
    for (const event of events) {
      const changes = (event as unknown as { changes?: { actors?: unknown } }).changes
      if (event.kind !== 'correction' || !Array.isArray(changes?.actors)) continue
      const target = (event as unknown as { target: string }).target
      const seq = ids.get(target) ?? this.#positionOf(target)
      if (seq !== undefined) for (const actor of changes.actors as string[]) added.push([actor, seq])
    }
    if (added.length > 0)
      await this.#query(
        session,
        `INSERT INTO entente_actors (actor, seq)
         SELECT a->>0, (a->>1)::bigint FROM jsonb_array_elements($1::jsonb) AS a ON CONFLICT DO NOTHING`,
        [JSON.stringify(added)],
      )
  }

  /** The ids a correction makes its target reference, through the fields it changes. */
  #movedReferences(event: E, batch: ReadonlyMap<string, E>): string[] {
    if (event.kind !== 'correction') return []
    const { target, changes } = event as unknown as { target: string; changes: Record<string, unknown> }
    const seq = this.#log.positionOf(target)
    const original = batch.get(target) ?? (seq === undefined ? undefined : this.#log.event(seq))
    if (original === undefined) return []
    return this.#vocabulary
      .references({ ...original, ...changes } as E)
      .filter((reference) => reference.modifies !== true && Object.hasOwn(changes, reference.path[0] as string))
      .map((reference) => reference.id)
  }

  #positionOf(id: string): number | undefined {
    const seq = this.#log.positionOf(id)
    return seq !== undefined && seq < this.#loaded ? seq : undefined
  }

  /**
   * Closes the connection. The timelines it gave stay usable; the log does not.
   *
   * @returns once closed
   * @throws `EntenteError` with code `storage` when closing fails
   * @example
   * ```ts
   * // not run: each opens a database, which takes seconds; the class's example runs
   * import { PostgresLog } from 'entente-timeline/postgres'
   *
   * const log = await PostgresLog.open('memory://')
   * await log.close()
   * ```
   */
  async close(): Promise<void> {
    await this.#driver.close()
  }
}

/** Every version of every office event among these: as appended, and after each of its corrections. */
function* officeVersions(events: Iterable<EventBase>): Generator<{ person?: unknown; of?: unknown }> {
  const list = [...events]
  const corrections = new Map<string, Record<string, unknown>[]>()
  for (const event of list) {
    const { target, changes } = event as unknown as { target?: string; changes?: Record<string, unknown> }
    if (event.kind !== 'correction' || target === undefined || changes === undefined) continue
    const known = corrections.get(target)
    if (known === undefined) corrections.set(target, [changes])
    else known.push(changes)
  }
  for (const event of list) {
    if (event.kind !== 'office') continue
    let current = event as unknown as Record<string, unknown>
    yield current as { person?: unknown; of?: unknown }
    // Any combination a view may apply is a prefix or a subset; each alone and all so far cover who may act.
    for (const changes of corrections.get(event.id) ?? []) {
      yield { ...(event as object), ...changes } as { person?: unknown; of?: unknown }
      current = { ...current, ...changes }
      yield current as { person?: unknown; of?: unknown }
    }
  }
}
