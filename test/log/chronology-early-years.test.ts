import { describe, expect, it } from 'vitest'
import { build } from '../support/build.js'
import { storedOf } from '../support/stored.js'

// A meeting of the year 60, recorded in 2023 (a scheduled kind may be dated any time).
const timeline = await storedOf([build.meeting({ id: 'meeting-0060', occurred: '0060', summit: undefined })])
const ids = (from: string) => timeline.chronology({ from }).map((entry) => entry.event.id)

describe('chronology from a date of the years 0 to 99', () => {
  it.each(['0050', '0050-01', '0050-01-01', '0050-01-01T00:00:00Z'])('keeps a later event from %s', (from) => {
    expect(ids(from)).toContain('meeting-0060')
  })

  it.each(['0061', '0061-01', '0061-01-01'])('drops an earlier event from %s', (from) => {
    expect(ids(from)).not.toContain('meeting-0060')
  })
})
