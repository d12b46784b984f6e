import { describe, expect, it } from 'vitest'
import { ICEWS_COLUMNS, type ImportDiagnostic, importIcews } from '../../src/import/index.js'
import { Timeline } from '../../src/index.js'
import { codedOf, drain, ICEWS_HEADER, icewsRow } from './support.js'

async function run(rows: readonly string[], options: Parameters<typeof importIcews>[1] = {}) {
  const diagnostics: ImportDiagnostic[] = []
  const imported = importIcews([ICEWS_HEADER, ...rows].join('\n'), {
    ...options,
    onDiagnostic: (d) => diagnostics.push(d),
  })
  const events = await drain(imported)
  return { events, coded: codedOf(events), summary: imported.summary, diagnostics }
}

describe('importIcews', () => {
  it('reads the 20 columns of the ICEWS layout', () => {
    expect(ICEWS_COLUMNS).toHaveLength(20)
    expect(ICEWS_COLUMNS.slice(0, 8)).toEqual([
      'Event ID',
      'Event Date',
      'Source Name',
      'Source Sectors',
      'Source Country',
      'Event Text',
      'CAMEO Code',
      'Intensity',
    ])
  })

  it('keeps what a row says: its code, Intensity as Goldstein value, sides with sectors, story and place', async () => {
    const { coded } = await run([icewsRow()])
    expect(coded).toEqual([
      expect.objectContaining({
        id: 'icews-36000001',
        occurred: '2023-07-12',
        recorded: '2023-07-12',
        actors: ['JPN', 'NATO'],
        weight: 1,
        code: '040',
        label: 'Consult',
        quadClass: 'verbal-cooperation',
        source: [
          { actor: 'JPN', name: 'Fumio Kishida', country: 'Japan', roles: ['Executive', 'Government', 'Elite'] },
        ],
        target: [
          {
            actor: 'NATO',
            name: 'North Atlantic Treaty Organization',
            roles: ['International Government Organization'],
          },
        ],
        story: '52000001',
        sentence: 2,
        location: 'Vilnius, Vilniaus Apskritis, Lithuania',
        place: { city: 'Vilnius', adm1: 'Vilniaus Apskritis', country: 'Lithuania', lat: 54.6892, lon: 25.2798 },
      }),
    ])
    expect(coded[0]!.sources).toEqual([
      'icews-coded-event-data',
      { id: 'icews-story-52000001-20230712', publisher: 'Kyodo News', published: '2023-07-12' },
    ])
  })

  it('reads Event Date both as YYYY-MM-DD and as M/D/YYYY', async () => {
    const { coded, diagnostics } = await run([
      icewsRow({ 'Event ID': '1', 'Event Date': '2023-07-04' }),
      icewsRow({ 'Event ID': '2', 'Event Date': '7/4/2023' }),
      icewsRow({ 'Event ID': '3', 'Event Date': '04.07.2023' }),
      icewsRow({ 'Event ID': '4', 'Event Date': '2/30/2023' }),
    ])
    expect(coded.map((e) => e.occurred)).toEqual(['2023-07-04', '2023-07-04'])
    expect(diagnostics.map((d) => [d.line, d.reason])).toEqual([
      [4, 'bad-date'],
      [5, 'bad-date'],
    ])
  })

  it("follows ICEWS's quad classes: protest (14) is material conflict, investigate (09) verbal conflict", async () => {
    const { coded } = await run([
      icewsRow({ 'Event ID': '1', 'CAMEO Code': '141', 'Event Text': 'Demonstrate or rally', Intensity: '-6.5' }),
      icewsRow({ 'Event ID': '2', 'CAMEO Code': '090', 'Event Text': 'Investigate', Intensity: '-2' }),
    ])
    expect(coded.map((e) => [e.code, e.quadClass, e.weight])).toEqual([
      ['141', 'material-conflict', -6.5],
      ['090', 'verbal-conflict', -2],
    ])
  })

  it('maps names to states and organisations, and people to their country', async () => {
    const { coded } = await run([
      icewsRow({
        'Source Name': 'South Korea',
        'Source Country': 'South Korea',
        'Target Name': 'Citizen (North Korea)',
        'Target Country': 'North Korea',
      }),
    ])
    expect(coded[0]!.actors).toEqual(['KOR', 'PRK'])
  })

  it('declares an organisation the tables do not know under a code made from its name', async () => {
    const { coded, events } = await run([icewsRow({ 'Target Name': 'Amnesty International', 'Target Country': '' })])
    expect(coded[0]!.actors).toEqual(['JPN', 'AMNESTYINTERNATI'])
    expect(events.find((e) => e.id === 'actor-AMNESTYINTERNATI')).toMatchObject({ name: 'Amnesty International' })
  })

  it('keeps a row without Intensity in its quad class only, and says so', async () => {
    const { coded, summary } = await run([icewsRow({ Intensity: '' })])
    expect(coded[0]).not.toHaveProperty('weight')
    expect(summary.warnings).toEqual({ 'no-goldstein': 1 })
  })

  it('says when a code lost its leading zero', async () => {
    const { diagnostics } = await run([icewsRow({ 'CAMEO Code': '40' })])
    expect(diagnostics[0]!.message).toBe('CAMEO Code: "40" is not a CAMEO event code (a leading zero lost?)')
  })

  it("reports a row whose column count is not the header's", async () => {
    const { summary, diagnostics } = await run([icewsRow().split('\t').slice(0, 12).join('\t')])
    expect(summary.skippedBy).toEqual({ 'column-count': 1 })
    expect(diagnostics[0]).toMatchObject({
      line: 2,
      message: 'has 12 columns; the header has 20 (a truncated or joined row?)',
    })
  })

  it('stops on a file without the ICEWS header', async () => {
    await expect(drain(importIcews(icewsRow()))).rejects.toThrow(
      /^line 1: is not an ICEWS header: 20 of its 20 columns are missing/,
    )
  })

  it('merges an event repeated across releases', async () => {
    const { coded, summary } = await run(
      [icewsRow(), icewsRow({ 'Event ID': '36000001' }), icewsRow({ 'Event ID': '99' })],
      {
        merge: true,
      },
    )
    expect(coded.map((e) => [e.record, e.merged])).toEqual([['36000001', ['36000001', '99']]])
    expect(summary).toMatchObject({ rows: 3, written: 1, merged: 2 })
  })

  it('writes events the log accepts', async () => {
    const { events } = await run([icewsRow(), icewsRow({ 'Event ID': '2', 'Event Date': '7/13/2023', Publisher: '' })])
    expect(Timeline.from(events).version).toBe(events.length)
  })
})

describe('the ICEWS names of organisations', () => {
  it('map as ICEWS spells them out, and keep the name as written', async () => {
    const names = [
      'Economic Community of West African States',
      'International Labor Organization',
      "United Nations Children's Fund",
      'Organization of African Unity',
      'League of Arab States',
      'International Atomic Energy Agency',
    ]
    const { coded } = await run(names.map((name, i) => icewsRow({ 'Event ID': String(900 + i), 'Target Name': name })))
    expect(coded.map((e) => (e.target as { actor: string; name: string }[])[0])).toEqual(
      ['ECOWAS', 'ILO', 'UNICEF', 'OAU', 'LAS', 'IAEA'].map((actor, i) =>
        expect.objectContaining({ actor, name: names[i] }),
      ),
    )
  })
})
