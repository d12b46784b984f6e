import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { gdeltRows } from '../../bench/import.js'
import { importGdelt } from '../../src/import/index.js'
import { Timeline } from '../../src/index.js'

describe('the import benchmark rows', () => {
  it('are GDELT 2.0 rows the importer writes whole, so it measures the work of a real import', async () => {
    const text = gdeltRows(3_000, 5)
    const run = importGdelt(text)
    const events = []
    for await (const event of run) events.push(event)
    expect(run.summary).toMatchObject({ rows: 3_000, written: 3_000, skipped: 0, merged: 0 })
    expect(Timeline.from(events).version).toBe(events.length)
  })

  it('give the same rows for the same seed', () => {
    expect(gdeltRows(500, 3)).toBe(gdeltRows(500, 3))
  })
})

describe('bench/import.ts --smoke', () => {
  it('checks every target gives the same events, then prints each with its rate and ratio', () => {
    // A run at 5,000 rows, so that the benchmark cannot rot; its timings are not looked at.
    const root = fileURLToPath(new URL('../..', import.meta.url))
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/import.ts', '--smoke'], {
      cwd: root,
      encoding: 'utf8',
    })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toContain(
      'every target gave the same events: 5008 of the generated rows, 5008 as files have them',
    )
    for (const target of [
      'split-and-parse (baseline)',
      'importGdelt, for...of (text)',
      'importGdelt, for await (text)',
      'importGdelt, batches (bytes)',
      'importGdelt + NDJSON (bytes)',
      'importGdelt, for...of (file)',
      'importGdelt + NDJSON (file)',
    ])
      expect(run.stdout).toMatch(
        new RegExp(`${target.replace(/[().+]/g, '\\$&')}\\s+[\\d.]+ ms\\s+[\\d,]+\\s+[\\d.]+x`),
      )
  }, 120_000)
})
