/**
 * The fixture's rule for transaction time, recomputed for every event from the file itself:
 * an event is recorded when the earliest source it cites was published, and it cites no source
 * published after that. Publication dates are read with the library's own date reader; a source
 * dated to the day (or month) was published some time in that interval, so the recorded instant
 * must fall inside the earliest source's interval and after the start of every other's.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { Citation } from '../../src/index.js'
import { _parseDateString } from '../../src/model/partial-date.js'

const FIXTURE = fileURLToPath(new URL('../../fixtures/vilnius-2023.ndjson', import.meta.url))

interface Line {
  readonly id: string
  readonly recorded: string
  readonly sources: readonly (string | Citation)[]
}

const lines = readFileSync(FIXTURE, 'utf8')
  .trim()
  .split('\n')
  .map((text) => JSON.parse(text) as Line)

/** Every citation given inline, by id (a later use may name it by id only). */
const citations = new Map<string, Citation>()
for (const line of lines)
  for (const source of line.sources)
    if (typeof source !== 'string' && !citations.has(source.id)) citations.set(source.id, source)

/** The half-open interval [start, end) in epoch ms of a date string. */
function interval(date: string): { start: number; end: number } {
  const parsed = _parseDateString(date)
  if (typeof parsed === 'string') throw new Error(parsed)
  return parsed
}

const cited = (line: Line): Citation[] =>
  line.sources.map((source) => (typeof source === 'string' ? citations.get(source)! : source))

describe('when the fixture learned each event', () => {
  it('reads every line and resolves every cited source', () => {
    expect(lines.length).toBeGreaterThan(100)
    for (const line of lines)
      expect(
        cited(line).every((citation) => citation !== undefined),
        line.id,
      ).toBe(true)
  })

  it.each(lines.map((line) => [line.id, line] as const))(
    '%s is recorded no earlier than any source it cites was published',
    (_, line) => {
      const recorded = interval(line.recorded).start
      const late = cited(line).filter((citation) => interval(citation.published).start > recorded)
      expect(late.map((citation) => `${citation.id} (${citation.published})`)).toEqual([])
    },
  )

  it.each(lines.map((line) => [line.id, line] as const))(
    '%s is recorded when its earliest source was published',
    (_, line) => {
      const recorded = interval(line.recorded).start
      const earliest = cited(line)
        .map((citation) => interval(citation.published))
        .sort((p, q) => p.start - q.start)[0]!
      expect(recorded).toBeGreaterThanOrEqual(earliest.start)
      expect(recorded).toBeLessThan(earliest.end)
    },
  )
})
