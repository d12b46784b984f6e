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
