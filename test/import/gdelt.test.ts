import { describe, expect, it } from 'vitest'
import {
  BadRowError,
  GDELT_1_COLUMNS,
  GDELT_2_COLUMNS,
  type ImportDiagnostic,
  importGdelt,
} from '../../src/import/index.js'
import { Timeline } from '../../src/index.js'
import { codedOf, drain, gdeltRow } from './support.js'

/** Imports rows and collects the diagnoses. */
async function run(rows: readonly string[], options: Parameters<typeof importGdelt>[1] = {}) {
  const diagnostics: ImportDiagnostic[] = []
  const imported = importGdelt(rows.join('\n'), { ...options, onDiagnostic: (d) => diagnostics.push(d) })
  const events = await drain(imported)
  return { events, coded: codedOf(events), summary: imported.summary, diagnostics }
}

describe('the GDELT layouts', () => {
  it("has the codebooks' column counts: 61 in 2.0, 58 in 1.0 (57 before SOURCEURL)", () => {
    expect(GDELT_2_COLUMNS).toHaveLength(61)
    expect(GDELT_1_COLUMNS).toHaveLength(58)
    expect(GDELT_2_COLUMNS.slice(0, 5)).toEqual(['GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate'])
    expect(GDELT_2_COLUMNS.slice(25, 35)).toEqual([
      'IsRootEvent',
      'EventCode',
      'EventBaseCode',
      'EventRootCode',
      'QuadClass',
      'GoldsteinScale',
      'NumMentions',
      'NumSources',
      'NumArticles',
      'AvgTone',
    ])
    expect(GDELT_2_COLUMNS.slice(59)).toEqual(['DATEADDED', 'SOURCEURL'])
    expect(GDELT_1_COLUMNS.slice(56)).toEqual(['DATEADDED', 'SOURCEURL'])
  })
})

describe('importGdelt', () => {
  it('keeps what a 2.0 row says: code, quad class, Goldstein value, counts, tone, actors, place, URL', async () => {
    const { coded, events } = await run([gdeltRow()])
    expect(coded).toEqual([
      expect.objectContaining({
        id: 'gdelt-2-1115000001',
        occurred: '2023-07-12',
        recorded: '2023-07-12T15:45:00Z',
        actors: ['JPN', 'NATO'],
        weight: 1.9,
        dataset: 'gdelt-2',
        record: '1115000001',
        scheme: 'cameo',
        code: '042',
        label: 'Make a visit',
        quadClass: 'verbal-cooperation',
        root: true,
        counts: { mentions: 10, sources: 2, articles: 10 },
        averageTone: 2.5,
        location: 'Vilnius, Vilniaus Apskritis, Lithuania',
        source: [{ actor: 'JPN', code: 'JPNGOV', name: 'JAPAN', country: 'JPN', roles: ['GOV'] }],
        target: [{ actor: 'NATO', code: 'IGOWSTNAT', name: 'NATO', roles: ['IGO'], group: 'NAT' }],
        place: {
          type: 4,
          name: 'Vilnius, Vilniaus Apskritis, Lithuania',
          country: 'LH',
          adm1: 'LH65',
          lat: 54.6833,
          lon: 25.3167,
          featureId: '-2622799',
        },
      }),
    ])
    // The dataset is cited inline by the first event written (a declaration), by id after.
    expect(events[0]!.sources).toEqual([
      {
        id: 'gdelt-2-events',
        publisher: 'The GDELT Project',
        title: 'GDELT 2.0 Event Database',
        url: 'https://www.gdeltproject.org/',
        published: '2023-07-12',
      },
    ])
    expect(coded[0]!.sources).toEqual([
      'gdelt-2-events',
      expect.objectContaining({
        publisher: 'example.org',
        url: 'https://www.example.org/news/japan-nato-2023-07-12',
        published: '2023-07-12',
      }),
    ])
  })

  it('reads 1.0 rows of 58 columns and backfile rows of 57, with DATEADDED a day', async () => {
    const { coded, summary } = await run([
      gdeltRow({ GLOBALEVENTID: '1' }, '1'),
      gdeltRow({ GLOBALEVENTID: '2', SQLDATE: '20120301', DATEADDED: '20120301' }, '1-backfile'),
    ])
    expect(summary).toMatchObject({ rows: 2, written: 2, skipped: 0 })
    expect(coded.map((e) => [e.id, e.recorded, e.dataset])).toEqual([
      ['gdelt-1-1', '2023-07-12', 'gdelt-1'],
      ['gdelt-1-2', '2012-03-01', 'gdelt-1'],
    ])
    expect(coded[0]!.place).toEqual(expect.not.objectContaining({ adm2: expect.anything() }))
    expect(coded[1]!.sources).toEqual(['gdelt-1-events'])
  })

  it('keeps codes as strings: 010 is not 10', async () => {
    const { coded } = await run([
      gdeltRow({ GLOBALEVENTID: '1', EventCode: '010', GoldsteinScale: '0' }),
      gdeltRow({ GLOBALEVENTID: '2', EventCode: '10', QuadClass: '3', GoldsteinScale: '-5' }),
    ])
    expect(coded.map((e) => [e.code, e.label])).toEqual([
      ['010', 'Make statement, not specified below'],
      ['10', 'DEMAND'],
    ])
  })

  it('imports an event that occurred years before GDELT added it', async () => {
    const { coded } = await run([gdeltRow({ SQLDATE: '20130101', DATEADDED: '20230712154500' })])
    expect(coded[0]).toMatchObject({ occurred: '2013-01-01', recorded: '2023-07-12T15:45:00Z' })
  })

  it('skips an event dated after it was added, which the log would refuse', async () => {
    const { summary, diagnostics } = await run([gdeltRow({ SQLDATE: '20230713' })])
    expect(summary.skippedBy).toEqual({ 'dated-after-added': 1 })
    expect(diagnostics[0]).toMatchObject({ line: 1, field: 'SQLDATE', severity: 'skipped' })
  })

  it('reports a truncated row and a wrong column count with the line, and goes on', async () => {
    const truncated = gdeltRow({ GLOBALEVENTID: '2' }).split('\t').slice(0, 40).join('\t')
    const { summary, diagnostics, coded } = await run([
      gdeltRow(),
      truncated,
      `${gdeltRow({ GLOBALEVENTID: '3' })}\textra`,
    ])
    expect(coded.map((e) => e.record)).toEqual(['1115000001'])
    expect(summary).toMatchObject({ rows: 3, written: 1, skipped: 2, skippedBy: { 'column-count': 2 } })
    expect(diagnostics.map((d) => [d.line, d.reason])).toEqual([
      [2, 'column-count'],
      [3, 'column-count'],
    ])
    expect(diagnostics[0]!.message).toBe(
      'has 40 columns; GDELT 1.0 rows have 57 (to 2013-03-31) or 58, GDELT 2.0 rows 61 (a truncated or joined row?)',
    )
  })

  it('tells each blank or unreadable field apart', async () => {
    const { diagnostics } = await run([
      gdeltRow({ SQLDATE: '' }),
      gdeltRow({ SQLDATE: '20230230' }),
      gdeltRow({ EventCode: '' }),
      gdeltRow({ EventCode: '999' }),
      gdeltRow({ GoldsteinScale: '12' }),
      gdeltRow({ NumMentions: 'many' }),
      gdeltRow({ QuadClass: '7' }),
      gdeltRow({ GLOBALEVENTID: 'x1' }),
      gdeltRow({ DATEADDED: '2023071215' }),
    ])
    expect(diagnostics.map((d) => [d.line, d.reason, d.field])).toEqual([
      [1, 'blank-field', 'SQLDATE'],
      [2, 'bad-date', 'SQLDATE'],
      [3, 'blank-field', 'EventCode'],
      [4, 'unknown-code', 'EventCode'],
      [5, 'bad-number', 'GoldsteinScale'],
      [6, 'bad-number', 'NumMentions'],
      [7, 'bad-number', 'QuadClass'],
      [8, 'bad-field', 'GLOBALEVENTID'],
      [9, 'bad-date', 'DATEADDED'],
    ])
  })

  it("fills a blank Goldstein value and quad class from GDELT's own tables, and says so", async () => {
    const { coded, diagnostics } = await run([gdeltRow({ EventCode: '141', GoldsteinScale: '', QuadClass: '' })])
    // GDELT puts root 14 (protest) among verbal conflict, where ICEWS puts it among material conflict.
    expect(coded[0]).toMatchObject({ weight: -6.5, quadClass: 'verbal-conflict' })
    expect(diagnostics.map((d) => [d.severity, d.reason])).toEqual([
      ['warning', 'no-quad-class'],
      ['warning', 'goldstein-from-table'],
    ])
  })

  it('keeps a row without counts, without inventing them', async () => {
    const { coded, summary } = await run([gdeltRow({ NumMentions: '', NumSources: '', NumArticles: '' })])
    expect(coded[0]).not.toHaveProperty('counts')
    expect(summary.warnings).toEqual({ 'blank-counts': 1 })
  })

  it('reads Latin-1 bytes in a UTF-8 file, and flags the row', async () => {
    const good = new TextEncoder().encode(`${gdeltRow({ GLOBALEVENTID: '1' })}\n`)
    const place = gdeltRow({ GLOBALEVENTID: '2', ActionGeo_FullName: 'Bogot\u00e1, Bogota, Colombia' })
    const latin1 = Uint8Array.from([...place].map((c) => c.charCodeAt(0)))
    const diagnostics: ImportDiagnostic[] = []
    async function* chunks() {
      yield good
      yield latin1
    }
    const events = await drain(importGdelt(chunks(), { onDiagnostic: (d) => diagnostics.push(d) }))
    expect(codedOf(events).map((e) => e.location)).toEqual([
      'Vilnius, Vilniaus Apskritis, Lithuania',
      'Bogot\u00e1, Bogota, Colombia',
    ])
    expect(diagnostics).toEqual([expect.objectContaining({ line: 2, severity: 'warning', reason: 'latin-1' })])
  })

  it('flags a place name that was mis-encoded before it reached GDELT, keeping it as written', async () => {
    const { coded, diagnostics } = await run([gdeltRow({ ActionGeo_FullName: "CÃ´te d'Ivoire" })])
    expect(coded[0]!.location).toBe("CÃ´te d'Ivoire")
    expect(diagnostics).toEqual([expect.objectContaining({ reason: 'mis-encoded', field: 'ActionGeo_FullName' })])
  })

  it('keeps a row without a place, and says it has none', async () => {
    const blank = Object.fromEntries(GDELT_2_COLUMNS.filter((c) => c.startsWith('ActionGeo')).map((c) => [c, '']))
    const { coded, diagnostics } = await run([gdeltRow(blank)])
    expect(coded[0]).not.toHaveProperty('place')
    expect(diagnostics.map((d) => d.reason)).toEqual(['no-location'])
  })

  it('maps CAMEO actor codes to entente ids: IGOEUREEC is the EU, ROM is Romania', async () => {
    const { coded, events } = await run([
      gdeltRow({
        Actor1Code: 'IGOEUREEC',
        Actor1Name: 'EUROPEAN UNION',
        Actor1CountryCode: '',
        Actor1KnownGroupCode: 'EEC',
        Actor2Code: 'ROMGOV',
        Actor2Name: 'ROMANIA',
        Actor2CountryCode: 'ROM',
        Actor2KnownGroupCode: '',
      }),
    ])
    expect(coded[0]!.actors).toEqual(['EU', 'ROU'])
    expect(events.filter((e) => e.kind === 'actor').map((e) => [e.id, e.actorKind, e.name])).toEqual([
      ['actor-EU', 'organisation', 'European Union'],
      ['actor-ROU', 'state', 'Romania'],
    ])
  })

  describe('actors the tables do not know', () => {
    const africa = gdeltRow({ Actor1Code: 'AFR', Actor1Name: 'AFRICA', Actor1CountryCode: '', Actor1Type1Code: '' })

    it('declares them under their code by default', async () => {
      const { coded, events } = await run([africa])
      expect(coded[0]!.actors).toEqual(['AFR', 'NATO'])
      expect(events[0]).toMatchObject({ id: 'actor-AFR', actorKind: 'organisation', name: 'AFRICA' })
    })

    it('skips their rows when asked', async () => {
      const { coded, summary, diagnostics } = await run([africa], { unknownActors: 'skip' })
      expect(coded).toEqual([])
      expect(summary.skippedBy).toEqual({ 'unknown-actor': 1 })
      expect(diagnostics[0]!.message).toBe('the actor "AFR" is not in the code tables')
    })

    it('stops with the line when asked', async () => {
      await expect(run([gdeltRow(), africa], { unknownActors: 'error' })).rejects.toThrow(
        new BadRowError(2, 'unknown-actor', 'the actor "AFR" is not in the code tables', 'code'),
      )
    })
  })

  it('keeps a row with one side, and skips one with none', async () => {
    const noTarget = Object.fromEntries(GDELT_2_COLUMNS.filter((c) => c.startsWith('Actor2')).map((c) => [c, '']))
    const noSource = Object.fromEntries(GDELT_2_COLUMNS.filter((c) => c.startsWith('Actor1')).map((c) => [c, '']))
    const { coded, summary } = await run([
      gdeltRow({ GLOBALEVENTID: '1', ...noTarget }),
      gdeltRow({ GLOBALEVENTID: '2', ...noTarget, ...noSource }),
    ])
    expect(coded.map((e) => [e.record, e.actors, e.target])).toEqual([['1', ['JPN'], []]])
    expect(summary.skippedBy).toEqual({ 'no-actors': 1 })
    const skipping = await run([gdeltRow({ GLOBALEVENTID: '1', ...noTarget })], { skipOneSided: true })
    expect(skipping.summary.skippedBy).toEqual({ 'one-sided': 1 })
  })

  it('gives each citation once, then cites it by id', async () => {
    const { coded } = await run([
      gdeltRow({ GLOBALEVENTID: '1' }),
      gdeltRow({ GLOBALEVENTID: '2', EventCode: '043', GoldsteinScale: '2.8' }),
    ])
    expect(coded[1]!.sources).toEqual(['gdelt-2-events', (coded[0]!.sources[1] as { id: string }).id])
  })

  it('merges rows that say the same thing, keeping every id and summing the counts', async () => {
    const { coded, summary, diagnostics } = await run(
      [
        gdeltRow({ GLOBALEVENTID: '1', NumMentions: '4', NumSources: '1', NumArticles: '4', AvgTone: '1' }),
        gdeltRow({ GLOBALEVENTID: '2', NumMentions: '6', NumSources: '1', NumArticles: '6', AvgTone: '6' }),
        gdeltRow({ GLOBALEVENTID: '3', EventCode: '043', GoldsteinScale: '2.8' }),
        gdeltRow({ GLOBALEVENTID: '4', DATEADDED: '20230712140000' }),
      ],
      { merge: true },
    )
    expect(coded.map((e) => [e.record, e.merged, e.counts, e.recorded])).toEqual([
      ['1', ['2', '4'], { mentions: 20, sources: 4, articles: 20 }, '2023-07-12T14:00:00Z'],
      ['3', undefined, { mentions: 10, sources: 2, articles: 10 }, '2023-07-12T15:45:00Z'],
    ])
    // The tone is the average over the articles: (4 × 1 + 6 × 6 + 10 × 2.5) / 20.
    expect(coded[0]!.averageTone).toBeCloseTo(65 / 20, 10)
    expect(summary).toMatchObject({ rows: 4, written: 2, merged: 2, skipped: 0 })
    expect(diagnostics.filter((d) => d.severity === 'merged').map((d) => d.line)).toEqual([2, 4])
  })

  it('accounts for every row: written + merged + skipped', async () => {
    const rows = [
      gdeltRow(),
      gdeltRow(),
      'garbage',
      gdeltRow({ GLOBALEVENTID: '5', SQLDATE: '' }),
      '',
      gdeltRow({ GLOBALEVENTID: '6' }),
    ]
    const { summary } = await run(rows, { merge: true })
    expect(summary.rows).toBe(5)
    expect(summary.written + summary.merged + summary.skipped).toBe(summary.rows)
  })

  it('stops at the first bad row when strict, with its line', async () => {
    await expect(run([gdeltRow(), gdeltRow({ SQLDATE: '2023-07-12' })], { strict: true })).rejects.toThrow(
      'line 2: SQLDATE: "2023-07-12" is not a date YYYYMMDD',
    )
  })

  it('writes events the log accepts, cited once and declared before use', async () => {
    const { events } = await run([
      gdeltRow({ GLOBALEVENTID: '1' }),
      gdeltRow({
        GLOBALEVENTID: '2',
        Actor1Code: 'RUSMIL',
        Actor1Name: 'RUSSIA',
        Actor1CountryCode: 'RUS',
        EventCode: '190',
        QuadClass: '4',
        GoldsteinScale: '-10',
      }),
      gdeltRow({ GLOBALEVENTID: '3', SOURCEURL: 'not a url' }),
    ])
    const timeline = Timeline.from(events)
    expect(timeline.version).toBe(events.length)
    expect(timeline.get('gdelt-2-3')).toMatchObject({ notes: 'SOURCEURL: not a url' })
  })
})

describe('the CAMEO organisation codes', () => {
  it('map an agency of the UN by its own segment, and a regional body by its code or group', async () => {
    const row = (id: string, code: string, group: string) =>
      gdeltRow({ GLOBALEVENTID: id, Actor2Code: code, Actor2KnownGroupCode: group, Actor2Name: '' })
    const { coded } = await run([
      row('1', 'IGOUNOAGRFAO', ''),
      row('2', 'IGOUNOLABILO', 'ILO'),
      row('3', 'IGOWAFWAS', 'WAS'),
      row('4', 'IGOAFROAU', 'OAU'),
      row('5', 'IGOSASSAA', ''),
      row('6', 'IGOUNO', 'UNO'),
    ])
    expect(coded.map((e) => (e.target as { actor: string }[])[0]!.actor)).toEqual([
      'FAO',
      'ILO',
      'ECOWAS',
      'OAU',
      'SAARC',
      'UN',
    ])
  })
})
