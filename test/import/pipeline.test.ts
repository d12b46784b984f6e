/**
 * The ways an import gives its events (one at a time, in batches, synchronously from a text) give
 * the same events in the same order; an import stopped by a bad row gives the events of the rows
 * before it first; the citations of a log are cited by id; the parts events share are frozen.
 */
import { describe, expect, it } from 'vitest'
import { gdeltRows } from '../../bench/import.js'
import { BadRowError, type ImportedEvent, importGdelt, importPlover } from '../../src/import/index.js'
import { Timeline } from '../../src/index.js'
import { codedOf, drain, gdeltRow, ploverRecord } from './support.js'

const bytes = (text: string) => new TextEncoder().encode(text)

/** The text's bytes in chunks of `size`, as a file stream gives them, cutting rows and characters anywhere. */
async function* chunks(text: string, size: number): AsyncGenerator<Uint8Array> {
  const all = bytes(text)
  for (let at = 0; at < all.length; at += size) yield all.subarray(at, at + size)
}

describe('the events of an import', () => {
  // A thousand rows: more than a batch of lines, with actors, places and articles that repeat.
  const text = gdeltRows(1000, 3)

  it('are the same one at a time, in batches, synchronously, and from a stream cut anywhere', async () => {
    const awaited = await drain(importGdelt(text))
    const synchronous = [...importGdelt(text)]
    const batched: ImportedEvent[] = []
    let batches = 0
    for await (const batch of importGdelt(chunks(text, 7919)).batches()) {
      batches++
      batched.push(...batch)
    }
    expect(awaited.length).toBe(1008)
    expect(JSON.stringify(synchronous)).toBe(JSON.stringify(awaited))
    expect(JSON.stringify(batched)).toBe(JSON.stringify(awaited))
    expect(batches).toBeGreaterThan(10)
    // And they make a timeline as they are.
    expect(Timeline.from(synchronous).version).toBe(1008)
  })

  it('give each row its own values, though rows share their parsed parts', () => {
    const rows = text.trim().split('\n')
    const coded = codedOf([...importGdelt(text)])
    for (const i of [0, 1, 500, 999]) {
      const f = rows[i]!.split('\t')
      expect(coded[i]).toMatchObject({
        record: f[0],
        code: f[26],
        weight: Number(f[30]),
        counts: { mentions: Number(f[31]), sources: Number(f[32]), articles: Number(f[33]) },
        averageTone: Number(f[34]),
      })
    }
  })

  it('share frozen parts: a party, a place, a cited article', () => {
    const coded = codedOf([...importGdelt(`${gdeltRow({ GLOBALEVENTID: '1' })}\n${gdeltRow({ GLOBALEVENTID: '2' })}`)])
    const [first, second] = coded as unknown as { source: object[]; place: object }[]
    expect(second!.source[0]).toBe(first!.source[0])
    expect(second!.place).toBe(first!.place)
    expect(Object.isFrozen(first!.source[0])).toBe(true)
    expect(Object.isFrozen(first!.place)).toBe(true)
  })

  it('warn of each row whose remembered parts gave a warning, not only of the first', () => {
    const diagnostics: string[] = []
    const row = (id: string) =>
      gdeltRow({
        GLOBALEVENTID: id,
        ActionGeo_FullName: 'C\u00c3\u00b4te d\u2019Ivoire',
        Actor1Name: 'JAP\u00c3\u00a1N',
      })
    const run = importGdelt([row('1'), row('2')].join('\n'), {
      onDiagnostic: (d) => diagnostics.push(`${d.line} ${d.reason} ${d.field}`),
    })
    expect([...run]).toHaveLength(4)
    expect(diagnostics).toEqual([
      '1 mis-encoded Actor1Name',
      '1 mis-encoded ActionGeo_FullName',
      '2 mis-encoded Actor1Name',
      '2 mis-encoded ActionGeo_FullName',
    ])
    expect(run.summary.warnings).toEqual({ 'mis-encoded': 4 })
  })

  it('cite an article by the dataset that names it, whichever cited it first', () => {
    const rows = [
      gdeltRow({ GLOBALEVENTID: '1' }),
      gdeltRow({ GLOBALEVENTID: '2' }, '1'),
      gdeltRow({ GLOBALEVENTID: '3' }),
    ]
    const coded = codedOf([...importGdelt(rows.join('\n'))])
    const article = (e: (typeof coded)[number]) => {
      const cited = (e.sources as (string | { id: string })[])[1]!
      return typeof cited === 'string' ? cited : cited.id
    }
    const [v2, v1, again] = coded.map(article)
    expect(v2).toMatch(/^gdelt-2-url-\w+-20230712$/)
    expect(v1).toMatch(/^gdelt-1-url-\w+-20230712$/)
    expect(v1!.slice('gdelt-1'.length)).toBe(v2!.slice('gdelt-2'.length))
    expect(again).toBe(v2)
  })

  it('stopped by a bad row under strict, give the events of the rows before it, then the error', async () => {
    const rows = [gdeltRow({ GLOBALEVENTID: '1' }), gdeltRow({ GLOBALEVENTID: '2', SQLDATE: 'x' })].join('\n')
    const given: string[] = []
    const error = await (async () => {
      for await (const event of importGdelt(rows, { strict: true })) given.push(event.id)
    })().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BadRowError)
    expect((error as BadRowError).line).toBe(2)
    expect(given).toEqual(['actor-JPN', 'actor-NATO', 'gdelt-2-1'])
    const synchronous: string[] = []
    expect(() => {
      for (const event of importGdelt(rows, { strict: true })) synchronous.push(event.id)
    }).toThrow(BadRowError)
    expect(synchronous).toEqual(given)
  })

  it('stop where the reader stops, and give nothing after', async () => {
    const run = importGdelt(text)
    for (const _ of run) break
    expect([...run]).toEqual([])
    const awaited = importGdelt(text)
    for await (const _ of awaited) break
    expect(await drain(awaited)).toEqual([])
  })

  it('close their stream when the reader stops early', async () => {
    let closed = false
    async function* source(): AsyncGenerator<Uint8Array> {
      try {
        for (;;) yield bytes(`${gdeltRow()}\n`)
      } finally {
        closed = true
      }
    }
    for await (const _ of importGdelt(source()).batches()) break
    expect(closed).toBe(true)
  })
})

describe('the citations option', () => {
  it('cites by id what the log gives already, and keeps the dataset citation it has', () => {
    const first = [...importPlover(JSON.stringify(ploverRecord({ id: 'a' })))]
    const log = Timeline.from(first)
    const given = log.events.flatMap((e) => e.sources.filter((s) => typeof s !== 'string'))
    const next = [
      ...importPlover(JSON.stringify(ploverRecord({ id: 'b' })), {
        declared: ['JPN', 'NATO'],
        citations: given,
        release: { published: '2024-02-01' },
      }),
    ]
    // The dataset and the article, both given by the log already: by id.
    expect(next.map((e) => e.sources)).toEqual([['plover-events', expect.stringMatching(/^plover-url-/)]])
    // Without the log's citations, the dataset is cited again inline, with another date: the log refuses it.
    const alone = [
      ...importPlover(JSON.stringify(ploverRecord({ id: 'b' })), {
        declared: ['JPN', 'NATO'],
        release: { published: '2024-02-01' },
      }),
    ]
    expect(() => log.appendMany(alone)).toThrow(/citation "plover-events" was given before/)
    expect(log.appendMany(next).version).toBe(log.version + 1)
  })
})
