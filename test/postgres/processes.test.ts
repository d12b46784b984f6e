/**
 * Stored logs against processes: a writer killed in the middle of an append leaves no partial
 * batch, and two writers in two processes appending at one expected version cannot both win.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { describe, expect, it } from 'vitest'
import { Timeline } from '../../src/index.js'
import { PostgresLog } from '../../src/postgres/index.js'
import { freshSchema, onServer, SERVER_REQUIRED, SERVER_URL } from '../support/backends.js'

const TSX = join(process.cwd(), 'node_modules/.bin/tsx')
const WRITER = join(process.cwd(), 'test/postgres/support/writer.ts')
const FIXTURE = readFileSync('fixtures/vilnius-2023.ndjson', 'utf8')
const SERVER = SERVER_URL ?? ''

/** A writer process, and the lines it said so far. */
function writer(args: string[]): {
  child: ChildProcessWithoutNullStreams
  said: string[]
  saying(line: string): Promise<void>
} {
  const child = spawn(TSX, [WRITER, ...args], { stdio: 'pipe' })
  const said: string[] = []
  const waiting: { line: string; resolve: () => void }[] = []
  let stderr = ''
  child.stderr.on('data', (chunk) => {
    stderr += String(chunk)
  })
  createInterface({ input: child.stdout }).on('line', (line) => {
    said.push(line)
    for (const wait of waiting.filter((w) => w.line === line)) wait.resolve()
  })
  const saying = (line: string): Promise<void> =>
    new Promise((resolve, reject) => {
      if (said.includes(line)) return resolve()
      waiting.push({ line, resolve })
      child.on('exit', (code) => {
        if (!said.includes(line))
          reject(new Error(`the writer exited (${code}) before saying ${line}: ${said.join(' | ')} ${stderr}`))
      })
    })
  return { child, said, saying }
}

function exited(child: ChildProcessWithoutNullStreams): Promise<void> {
  return new Promise((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.on('exit', () => resolve()),
  )
}

/** Kills a writer while it stores a large batch, then checks what is stored is whole. */
async function killMidAppend(target: string, open: () => Promise<PostgresLog>, schema: string): Promise<void> {
  const count = 20_000
  const w = writer([target, schema, 'kill', String(count)])
  await w.saying('writing')
  await new Promise((wait) => setTimeout(wait, 400))
  w.child.kill('SIGKILL')
  await exited(w.child)
  const log = await open()
  // A server may still be running the transaction of the writer that died (until it reads the
  // closed connection, or finishes a COMMIT sent just before): the lock it holds says when it is over.
  if (target === SERVER) await onServer(`SELECT version FROM "${schema}".entente_log FOR UPDATE`)
  const stored = await log.storedVersion()
  expect([0, count]).toContain(stored)
  if (w.said.includes('done')) expect(stored).toBe(count)
  const timeline = await log.timeline()
  expect(timeline.version).toBe(stored)
  // Intact: the log takes appends again, and what it holds reads back as it was written.
  const next = await log.append(Timeline.fromNdjson(FIXTURE).events.slice(0, 3))
  expect(next.version).toBe(stored + 3)
  expect(await log.storedVersion()).toBe(stored + 3)
  await log.close()
}

describe('a writer killed in the middle of an append', () => {
  it('leaves an embedded log without any of its batch, and intact', { timeout: 240_000 }, async () => {
    const folder = mkdtempSync(join(tmpdir(), 'entente-pglite-'))
    try {
      const schema = 'public'
      await killMidAppend(folder, () => PostgresLog.open(folder, { schema }), schema)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })

  if (SERVER !== '')
    it('leaves a log on a server without any of its batch, and intact', { timeout: 240_000 }, async () => {
      const schema = freshSchema()
      await (await PostgresLog.open(SERVER, { schema })).close()
      await killMidAppend(SERVER, () => PostgresLog.open(SERVER, { schema }), schema)
    })
})

if (SERVER !== '' || SERVER_REQUIRED)
  describe('two writers in two processes at one expected version', () => {
    if (SERVER !== '')
      it('store exactly one batch: the other gets a ConcurrencyError', { timeout: 240_000 }, async () => {
        const schema = freshSchema()
        const log = await PostgresLog.open(SERVER, { schema })
        await log.append(Timeline.fromNdjson(FIXTURE).events)
        const base = await log.storedVersion()
        const writers = [writer([SERVER, schema, 'race', 'a']), writer([SERVER, schema, 'race', 'b'])]
        await Promise.all(writers.map((w) => w.saying('ready')))
        for (const w of writers) w.child.stdin.end('go\n')
        await Promise.all(writers.map((w) => exited(w.child)))
        const outcomes = writers.map((w) => w.said.at(-1)).sort()
        expect(outcomes).toEqual(['concurrency', 'stored'])
        expect(await log.storedVersion()).toBe(base + 1)
        await log.close()
      })
    else if (SERVER_REQUIRED)
      it('have a PostgreSQL server to race on (CI=true)', () => {
        expect.fail('ENTENTE_TEST_PG_URL is not set: run the suite through scripts/pg-server.sh')
      })
  })
