import { describe, expect, it } from 'vitest'
import { type ImportDiagnostic, importPlover } from '../../src/import/index.js'
import { Timeline } from '../../src/index.js'
import { codedOf, drain, ploverRecord } from './support.js'

async function run(text: string, options: Parameters<typeof importPlover>[1] = {}) {
  const diagnostics: ImportDiagnostic[] = []
  const imported = importPlover(text, { ...options, onDiagnostic: (d) => diagnostics.push(d) })
  const events = await drain(imported)
  return { events, coded: codedOf(events), summary: imported.summary, diagnostics }
}

const lines = (...records: unknown[]) => records.map((r) => JSON.stringify(r)).join('\n')

describe('importPlover', () => {
  it('keeps what a record says: category, mode, context, quad class, sides, place and citation', async () => {
    const { coded } = await run(lines(ploverRecord()))
    expect(coded).toEqual([
      expect.objectContaining({
        id: 'plover-POLECAT-20230712-0001',
        occurred: '2023-07-12',
        recorded: '2023-07-13',
        actors: ['JPN', 'NATO'],
        scheme: 'plover',
        code: 'CONSULT',
        quadClass: 'verbal-cooperation',
        mode: ['third-party'],
        context: ['military'],
        source: [
          { actor: 'JPN', code: 'JPN', name: 'Japanese Prime Minister Fumio Kishida', country: 'JPN', roles: ['GOV'] },
        ],
        target: [{ actor: 'NATO', code: 'IGO', name: 'NATO' }],
        place: { name: 'Vilnius', country: 'LTU', lat: 54.6872, lon: 25.2797, featureId: '593116' },
      }),
    ])
    expect(coded[0]!.sources).toEqual([
      'plover-events',
      expect.objectContaining({
        publisher: 'Example Wire',
        title: 'Kishida meets Stoltenberg',
        published: '2023-07-13',
      }),
    ])
  })

  it('reads JSON lines, a JSON array and pretty-printed records alike', async () => {
    const records = [ploverRecord({ id: 'a' }), ploverRecord({ id: 'b' })]
    const ids = async (text: string) => (await run(text)).coded.map((e) => e.record)
    expect(await ids(lines(...records))).toEqual(['a', 'b'])
    expect(await ids(JSON.stringify(records))).toEqual(['a', 'b'])
    expect(await ids(JSON.stringify(records, null, 2))).toEqual(['a', 'b'])
    expect(await ids(records.map((r) => JSON.stringify(r, null, 2)).join('\n'))).toEqual(['a', 'b'])
  })

  it('reports a truncated record with the line it starts on', async () => {
    const text = `${JSON.stringify(ploverRecord({ id: 'a' }), null, 2)}\n${JSON.stringify(ploverRecord({ id: 'b' }), null, 2).slice(0, 80)}`
    const { coded, diagnostics } = await run(text)
    expect(coded.map((e) => e.record)).toEqual(['a'])
    expect(diagnostics[0]).toMatchObject({
      severity: 'skipped',
      reason: 'bad-json',
      line: text.split('\n').findIndex((l, i) => i > 0 && l === '{') + 1,
    })
  })

  it('writes one event per category of a record', async () => {
    const { coded, summary } = await run(lines(ploverRecord({ event: ['AGREE', 'CONSULT'] })))
    expect(coded.map((e) => e.id)).toEqual([
      'plover-POLECAT-20230712-0001-agree',
      'plover-POLECAT-20230712-0001-consult',
    ])
    expect(summary).toMatchObject({ rows: 1, written: 1, events: 2 })
  })

  it('keeps a reciprocal meeting: every participant a source, no recipient', async () => {
    const { coded } = await run(lines(ploverRecord({ source: [{ code: 'DEU' }, { code: 'FRA' }], recipient: [] })))
    expect(coded[0]).toMatchObject({ actors: ['DEU', 'FRA'], target: [] })
  })

  it('uses the quad class of the PLOVER table unless the record gives its own, and event_scale as weight', async () => {
    const { coded, diagnostics } = await run(
      lines(
        ploverRecord({ id: '1', event: 'SANCTION', quad_code: null, event_scale: -4 }),
        ploverRecord({ id: '2', event: 'SANCTION', quad_code: 4 }),
        ploverRecord({ id: '3', event: 'SANCTION', event_scale: 40 }),
        ploverRecord({ id: '4', event: 'GOSSIP' }),
      ),
    )
    expect(coded.map((e) => [e.record, e.quadClass, e.weight])).toEqual([
      ['1', 'verbal-conflict', -4],
      ['2', 'material-conflict', undefined],
    ])
    expect(diagnostics.map((d) => [d.line, d.reason, d.field])).toEqual([
      [3, 'bad-number', 'event_scale'],
      [4, 'unknown-code', 'event'],
    ])
  })

  it('dates an event that spans days by its interval', async () => {
    const { coded } = await run(lines(ploverRecord({ enddate: '2023-07-14', coded_date: '2023-07-15' })))
    expect(coded[0]!.occurred).toEqual({ from: '2023-07-12', to: '2023-07-14' })
  })

  it('names the fields it does not keep', async () => {
    const { diagnostics } = await run(lines(ploverRecord({ headline: 'Kishida in Vilnius' })))
    expect(diagnostics).toEqual([
      expect.objectContaining({ reason: 'unread-fields', message: 'headline: not PLOVER fields; not kept' }),
    ])
  })

  it('writes events the log accepts', async () => {
    const { events } = await run(
      lines(
        ploverRecord({ id: '1' }),
        ploverRecord({ id: '2', source: [{ code: 'IGO', actor_text: 'Red Crescent' }] }),
      ),
    )
    expect(Timeline.from(events).version).toBe(events.length)
  })
})
