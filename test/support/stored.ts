/**
 * Timelines for the log and projection suites, on the log the run selects: in memory (the
 * default), or stored in PostgreSQL when ENTENTE_TEST_BACKEND is `pglite` or `server` (the
 * `pglite` and `server` projects of vitest.config.ts set it). A stored timeline is written to a
 * fresh log through `PostgresLog.append` (so a bad batch is refused there, with the error the
 * suite expects) and read back whole with `timeline()`. Every question a test asks of it with
 * `project` is asked again, after the test, of a scoped read (`timelineFor`) of the same log,
 * which must answer the same: so each suite also checks the scoped reads of its questions.
 */
import { afterEach, expect } from 'vitest'
import { type Projection, type ProjectOptions, Timeline, type TimelineOptions } from '../../src/index.js'
import type { EventBase } from '../../src/model/envelope.js'
import type { DiplomaticEvent } from '../../src/model/event.js'
import type { PostgresLog } from '../../src/postgres/index.js'
import { type Backend, backendNamed, SERVER_URL } from './backends.js'
import { declarationsFor } from './timeline.js'

/** Where the suites' timelines live. */
export type BackendName = 'memory' | 'pglite' | 'server'

/** The backend this run selected (ENTENTE_TEST_BACKEND), memory unless told. */
export const BACKEND: BackendName = (() => {
  const name = process.env['ENTENTE_TEST_BACKEND'] ?? 'memory'
  if (name !== 'memory' && name !== 'pglite' && name !== 'server')
    throw new Error(`ENTENTE_TEST_BACKEND must be memory, pglite or server, not "${name}"`)
  if (name === 'server' && SERVER_URL === undefined)
    // The config runs the server project without a server only under CI=true, where that is a failure.
    throw new Error('ENTENTE_TEST_BACKEND=server needs a server: set ENTENTE_TEST_PG_URL (scripts/pg-server.sh does)')
  return name
})()

/** Whether the timelines are stored in a database. */
export const STORED = BACKEND !== 'memory'

/**
 * How many runs a property makes: as asked in memory; at most `stored` over a database, where
 * each run writes a log and reads it back (and again scoped), so costs tens of times more.
 */
export function runs(inMemory: number, stored = 8): number {
  return STORED ? Math.min(inMemory, stored) : inMemory
}

let database: Promise<Backend> | undefined
function backend(): Promise<Backend> {
  database ??= backendNamed(BACKEND as Backend['name'])
  return database
}

/** A question asked of a stored timeline, and the answer the whole log gave. */
interface Asked {
  readonly projection: Projection<unknown>
  readonly options: ProjectOptions
  readonly answer: unknown
}
/** The stored logs this test wrote, by schema, with their options and the questions asked of them. */
const written = new Map<string, { options: TimelineOptions; asked: Asked[] }>()

/**
 * A timeline of these events, in this order, validated as `Timeline.from` validates them: in
 * memory, or stored in a fresh log and read back.
 *
 * @param events - event inputs in append order
 * @param options - the vocabulary and limits
 * @returns the timeline
 */
export async function stored<E extends EventBase = DiplomaticEvent>(
  events: Iterable<unknown>,
  options: TimelineOptions<E> = {},
): Promise<Timeline<E>> {
  if (!STORED) return Timeline.from(events as Iterable<object>, options) as unknown as Timeline<E>
  const log = (await (await backend()).fresh(options as unknown as TimelineOptions)) as unknown as PostgresLog<E>
  let timeline: Timeline<E>
  try {
    await log.append(events)
    timeline = await log.timeline()
  } finally {
    await log.close()
  }
  const asked: Asked[] = []
  written.set(log.schema, { options: options as unknown as TimelineOptions, asked })
  const project = timeline.project.bind(timeline)
  // An own property over the method: the same answer, noted to be asked of a scoped read after the test.
  Object.defineProperty(timeline, 'project', {
    value: (projection: Projection<unknown>, projectOptions: ProjectOptions) => {
      const answer = project(projection as never, projectOptions)
      if (projection.scope !== undefined) asked.push({ projection, options: projectOptions, answer })
      return answer
    },
  })
  return timeline
}

/** A timeline of these events after declarations of every actor they name, as `timelineOf` gives, on the selected log. */
export function storedOf(events: readonly object[]): Promise<Timeline> {
  return stored([...declarationsFor(events), ...events])
}

if (STORED) {
  afterEach(async () => {
    // A timeline built once for a describe block is asked in several tests: each checks what it asked.
    for (const [schema, { options, asked }] of written) {
      const questions = asked.splice(0)
      if (questions.length === 0) continue
      const log = await (await backend()).reopen(schema, options as never)
      try {
        for (const { projection, options: question, answer } of questions) {
          const scoped = await log.timelineFor(projection)
          expect(
            scoped.project(projection, question),
            `${projection.name} at ${JSON.stringify(question)} from a scoped read`,
          ).toEqual(answer)
        }
      } finally {
        await log.close()
      }
    }
  })
}
