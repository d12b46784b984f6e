/**
 * A smoke run of the series benchmark at a tiny size, so that its code cannot rot: every case
 * runs once, and every series is checked equal to the cold queries the benchmark asked. The
 * timings are not looked at.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SeriesRow } from '../../bench/series.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'entente-series-bench-'))
const jsonFile = join(dir, 'series.json')

let code: number | null
let output = ''
let rows: readonly SeriesRow[] = []

beforeAll(async () => {
  code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--expose-gc',
        '--import',
        'tsx',
        'bench/series.ts',
        '--sizes=2000',
        '--rounds=1',
        '--cold=3',
        `--json=${jsonFile}`,
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', resolve)
  })
  if (code === 0) rows = (JSON.parse(readFileSync(jsonFile, 'utf8')) as { rows: SeriesRow[] }).rows
}, 600_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('bench/series.ts at 2,000 events', () => {
  it('runs to the end and prints its table', () => {
    expect(code, output).toBe(0)
    expect(output).toContain('| size | series | series (CPU ms) | one cold replay (CPU ms) |')
  })

  it('measures a relationship series and a network series, as known now and then', () => {
    expect(rows.map((row) => [row.name.replace(/\(.*\)$/, '(…)'), row.diagonal])).toEqual([
      ['relationshipSeries(…)', false],
      ['relationshipSeries(…)', true],
      ['series(…)', false],
      ['series(…)', true],
    ])
    for (const row of rows) expect(row.samples).toBe(300)
  })

  it('found every series equal to the cold queries, at the first, the last and a middle date', () => {
    for (const row of rows) {
      expect(row.agrees, row.name).toBe(true)
      expect(row.coldMs).toHaveLength(3)
      expect(row.coldAsked).toBe(3)
    }
  })

  it('estimates the queries at every date as the mean of those asked times the dates', () => {
    for (const row of rows) {
      const [low, middle, high] = [...row.coldMs].sort((p, q) => p - q)
      expect(row.coldMedianMs).toBe(middle)
      expect(row.coldTotalMs).toBeCloseTo(((low! + middle! + high!) / 3) * 300, 6)
    }
  })
})
