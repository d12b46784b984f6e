/**
 * A smoke run of the benchmarks at a tiny size, so that the benchmark code cannot rot: every
 * benchmark runs its real code path once, and every answer it checks against a baseline or a
 * peer is checked here to have agreed. The timings are not looked at.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PeerRow } from '../../bench/peers.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'entente-bench-'))
const jsonFile = join(dir, 'bench.json')

interface Run {
  readonly code: number | null
  readonly output: string
  readonly json: {
    readonly rows: readonly { readonly bench: string; readonly measure: string }[]
    readonly raw: Record<string, Record<string, unknown>>
  }
}

let run: Run

function runBench(): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--expose-gc',
        '--import',
        'tsx',
        'bench/run.ts',
        '--quick',
        '--sizes=2000',
        '--rounds=1',
        '--queries=20',
        `--json=${jsonFile}`,
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      try {
        resolve({ code, output, json: code === 0 ? JSON.parse(readFileSync(jsonFile, 'utf8')) : { rows: [], raw: {} } })
      } catch (error) {
        reject(error)
      }
    })
  })
}

beforeAll(async () => {
  run = await runBench()
}, 600_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('bench/run.ts --quick at 2,000 events', () => {
  it('runs to the end', () => {
    expect(run.output).toContain('## Summary')
    expect(run.code, run.output).toBe(0)
  })

  it('prints a row for every benchmark', () => {
    const benches = new Set(run.json.rows.map((row) => row.bench))
    for (const bench of ['load', 'first', 'memory', 'append', 'replay', 'query', 'late', 'peers'])
      expect(benches).toContain(bench)
  })

  it('prints every target of the benchmarks with its ratio', () => {
    const targeted = run.json.rows.filter((row) => (row as { target?: string }).target?.match(/^(≤|<|ahead)/) !== null)
    const measures = targeted.map((row) => row.measure).join('\n')
    for (const measure of [
      /load: fromNdjson/,
      /first question: relationship, busy pair/,
      /first question: relationship, quiet pair/,
      /any pair, warm p50/,
      /busy pairs, warm p50/,
      /busy pairs, warm p95/,
      /late event \+ relationship, busy pair/,
      /late event \+ network\(\)/,
      /replay: network\(\) cold/,
      /memory: log per event/,
      /peers: rebuild one pair, quiet/,
    ])
      expect(measures).toMatch(measure)
  })

  it('checked network() against the hand-written fold', () => {
    expect(run.json.raw['2000']!['replayAgrees']).toBe(true)
  })

  it('found every relationship equal to the per-dyad index', () => {
    const queries = Object.entries(run.json.raw['2000']!).filter(([label]) => label.startsWith('relationship'))
    expect(queries.map(([label]) => label)).toHaveLength(4)
    for (const [label, result] of queries) expect((result as { disagree: number }).disagree, label).toBe(0)
  })

  it('checked every peer answer equal before timing rebuilds and questions at past dates', () => {
    const rows = run.json.raw['2000']!['peers'] as PeerRow[]
    const answered = rows.filter((row) => row.answersChecked !== undefined)
    expect(answered.map((row) => row.measure)).toEqual([
      'rebuild one pair, busy',
      'rebuild one pair, busy, no forced collection',
      '10 questions at past dates, busy pair',
      '10 questions at past dates, busy pair, no forced collection',
      'rebuild one pair, quiet',
      'rebuild one pair, quiet, no forced collection',
      '10 questions at past dates, quiet pair',
      '10 questions at past dates, quiet pair, no forced collection',
    ])
    for (const row of answered) {
      expect(row.answersChecked, row.measure).toBe(true)
      expect(Object.keys(row.values).sort(), row.measure).toEqual(['Castore', 'Emmett', 'entente', 'plain fold'])
    }
  })

  it('prints the peers rows without a forced collection beside the targeted ones, with no target of their own', () => {
    const loose = run.json.rows.filter((row) => row.measure.includes('no forced collection'))
    // a rebuild and the questions at past dates, of each pair, and each rebuild to the plain fold
    expect(loose).toHaveLength(6)
    for (const row of loose) expect((row as { target?: string }).target, row.measure).toBe('')
  })

  it('measured ingest, each way, and the memory each store holds', () => {
    const rows = run.json.raw['2000']!['peers'] as PeerRow[]
    const measures = rows.map((row) => row.measure)
    expect(measures.filter((m) => m.startsWith('ingest'))).toHaveLength(4)
    const memory = rows.find((row) => row.measure === 'memory held per event')
    expect(Object.keys(memory?.values ?? {}).sort()).toEqual(['Castore', 'Emmett', 'entente', 'parsed JSON'])
  })
})
