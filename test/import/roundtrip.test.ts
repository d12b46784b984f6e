/**
 * Imported rows answer dated questions: a generated GDELT file and an ICEWS file go through the
 * importer and NDJSON, and `relationship`, `membership` and `network` give the answers this file
 * computes from the raw rows alone (counts of consultations and visits, Goldstein sums by
 * direction with the documented decay), never from the importer or the projections.
 */
import { describe, expect, it } from 'vitest'
import { importGdelt, importIcews } from '../../src/import/index.js'
import { membership, network, relationship, Timeline } from '../../src/index.js'
import { drain, gdeltRow, ICEWS_HEADER, icewsRow } from './support.js'

/** The sides rows use, as GDELT writes them, and the entente id each stands for. */
const SIDES = [
  { code: 'USAGOV', country: 'USA', group: '', id: 'USA' },
  { code: 'CHNGOV', country: 'CHN', group: '', id: 'CHN' },
  { code: 'RUSMIL', country: 'RUS', group: '', id: 'RUS' },
  { code: 'JPNGOV', country: 'JPN', group: '', id: 'JPN' },
  { code: 'IGOWSTNAT', country: '', group: 'NAT', id: 'NATO' },
  { code: 'IGOEUREEC', country: '', group: 'EEC', id: 'EU' },
] as const

/** Codes and the Goldstein values GDELT's CAMEO.goldsteinscale.txt gives them, with GDELT's quad class. */
const CODES = [
  ['040', 1.0, 1],
  ['041', 1.0, 1],
  ['042', 1.9, 1],
  ['043', 2.8, 1],
  ['044', 2.5, 1],
  ['046', 7.0, 1],
  ['057', 8.0, 1],
  ['073', 7.4, 2],
  ['111', -2.0, 3],
  ['138', -7.0, 3],
  ['190', -10.0, 4],
  ['010', 0.0, 1],
] as const

interface Raw {
  id: string
  day: string
  from: string
  to: string
  code: string
  goldstein: number
  quad: number
}

/** A small deterministic generator (mulberry32), so the file is the same on every run. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function generate(n: number): { raws: Raw[]; text: string } {
  const next = random(2023)
  const raws: Raw[] = []
  const lines: string[] = []
  for (let i = 0; i < n; i++) {
    const a = SIDES[Math.floor(next() * SIDES.length)]!
    let b = SIDES[Math.floor(next() * SIDES.length)]!
    if (b === a) b = SIDES[(SIDES.indexOf(a) + 1) % SIDES.length]!
    const [code, goldstein, quad] = CODES[Math.floor(next() * CODES.length)]!
    const dayOfYear = Math.floor(next() * 365)
    const day = new Date(Date.UTC(2023, 0, 1 + dayOfYear)).toISOString().slice(0, 10)
    const added = new Date(Date.UTC(2023, 0, 2 + dayOfYear, 6)).toISOString().replace(/[-:T]/g, '').slice(0, 14)
    const id = String(1_000_000 + i)
    raws.push({ id, day, from: a.id, to: b.id, code, goldstein, quad })
    lines.push(
      gdeltRow({
        GLOBALEVENTID: id,
        SQLDATE: day.replace(/-/g, ''),
        Actor1Code: a.code,
        Actor1Name: a.id,
        Actor1CountryCode: a.country,
        Actor1KnownGroupCode: a.group,
        Actor1Type1Code: '',
        Actor2Code: b.code,
        Actor2Name: b.id,
        Actor2CountryCode: b.country,
        Actor2KnownGroupCode: b.group,
        Actor2Type1Code: '',
        EventCode: code,
        QuadClass: String(quad),
        GoldsteinScale: goldstein.toFixed(1),
        DATEADDED: added,
        SOURCEURL: `https://example.org/story/${i % 40}`,
      }),
    )
  }
  return { raws, text: `${lines.join('\n')}\n` }
}

const DAY = 86_400_000
const HALF_LIFE_DAYS = 365

/** A weight on `day` as it stands at the end of `at`: halved for every half-life between the two. */
function decayed(weight: number, day: string, at: string): number {
  const age = Date.parse(at) + DAY - Date.parse(day)
  return weight * 2 ** (-age / (HALF_LIFE_DAYS * DAY))
}

const MEETINGS = new Set(['040', '044', '046'])
const VISITS = new Set(['042', '043'])

async function timelineOf(text: string, run: typeof importGdelt): Promise<Timeline> {
  const events = await drain(run(text))
  // Through NDJSON text, as a file would be.
  return Timeline.fromNdjson(events.map((e) => JSON.stringify(e)).join('\n'))
}

describe('a generated GDELT file, imported', () => {
  const { raws, text } = generate(600)
  const at = '2023-09-30'
  const known = raws.filter((r) => r.day <= at)
  const between = (x: string, y: string) =>
    known.filter((r) => (r.from === x && r.to === y) || (r.from === y && r.to === x))

  it('answers relationship() with the contacts and tone counted from the raw rows', async () => {
    const timeline = await timelineOf(text, importGdelt)
    for (const [x, y] of [
      ['JPN', 'NATO'],
      ['USA', 'CHN'],
      ['RUS', 'EU'],
    ] as const) {
      const rows = between(x, y)
      const r = timeline.project(relationship(x, y, { halfLifeDays: HALF_LIFE_DAYS }), { at })
      expect(r.contacts.meetings, `${x}-${y} meetings`).toBe(rows.filter((row) => MEETINGS.has(row.code)).length)
      expect(r.contacts.visits, `${x}-${y} visits`).toBe(rows.filter((row) => VISITS.has(row.code)).length)
      for (const side of [x, y]) {
        const sum = rows
          .filter((row) => row.from === side)
          .reduce((s, row) => s + decayed(row.goldstein, row.day, at), 0)
        expect(r.tone.byDirection[side], `${side} towards the other`).toBeCloseTo(sum, 3)
      }
      const count = (quad: number) => rows.filter((row) => row.quad === quad).length
      expect([
        r.tone.verbalCooperation,
        r.tone.materialCooperation,
        r.tone.verbalConflict,
        r.tone.materialConflict,
      ]).toEqual([count(1), count(2), count(3), count(4)])
    }
  })

  it('answers network() with one dyad per pair that acted, and its index', async () => {
    const timeline = await timelineOf(text, importGdelt)
    const { dyads } = timeline.project(network({ halfLifeDays: HALF_LIFE_DAYS }), { at })
    const pairs = new Map<string, number>()
    for (const row of known) {
      const key = [row.from, row.to].sort().join('|')
      pairs.set(key, (pairs.get(key) ?? 0) + decayed(row.goldstein, row.day, at))
    }
    expect(dyads.map((d) => d.pair.join('|'))).toEqual([...pairs.keys()].sort())
    for (const dyad of dyads) expect(dyad.tone.index).toBeCloseTo(pairs.get(dyad.pair.join('|'))!, 3)
  })

  it('states no membership: GDELT rows do not say who belongs to NATO', async () => {
    const timeline = await timelineOf(text, importGdelt)
    expect(timeline.project(membership('NATO'), { at }).members).toEqual([])
  })

  it('passes entente validate: every event valid, every actor declared, every citation given once', async () => {
    const events = await drain(importGdelt(text))
    const inline = events.flatMap((e) => (e.sources as unknown[]).filter((s) => typeof s === 'object'))
    const ids = inline.map((s) => (s as { id: string }).id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(Timeline.from(events).version).toBe(600 + SIDES.length)
  })
})

describe('an ICEWS file, imported', () => {
  const rows = [
    {
      id: '1',
      day: '2023-07-11',
      source: 'Japan',
      target: 'North Atlantic Treaty Organization',
      code: '040',
      intensity: 1,
    },
    { id: '2', day: '2023-07-12', source: 'Fumio Kishida', target: 'Jens Stoltenberg', code: '040', intensity: 1 },
    {
      id: '3',
      day: '2023-07-12',
      source: 'China',
      target: 'North Atlantic Treaty Organization',
      code: '111',
      intensity: -2,
    },
    {
      id: '4',
      day: '2023-07-13',
      source: 'North Atlantic Treaty Organization',
      target: 'China',
      code: '112',
      intensity: -2,
    },
    {
      id: '5',
      day: '2023-07-14',
      source: 'Japan',
      target: 'North Atlantic Treaty Organization',
      code: '043',
      intensity: 2.8,
    },
  ]
  const countries: Record<string, string> = {
    Japan: 'Japan',
    'Fumio Kishida': 'Japan',
    'Jens Stoltenberg': '',
    China: 'China',
    'North Atlantic Treaty Organization': '',
  }
  // Stoltenberg has no country in the row and is not in the tables: he is declared as an actor of his own.
  const text = [
    ICEWS_HEADER,
    ...rows.map((r) =>
      icewsRow({
        'Event ID': r.id,
        'Event Date': r.day,
        'Source Name': r.source,
        'Source Country': countries[r.source]!,
        'Target Name': r.target,
        'Target Country': countries[r.target]!,
        'CAMEO Code': r.code,
        Intensity: String(r.intensity),
      }),
    ),
  ].join('\n')

  it('counts consultations and visits between Japan and NATO, and the Goldstein sums by direction', async () => {
    const timeline = await timelineOf(text, importIcews)
    const at = '2023-07-14'
    const r = timeline.project(relationship('JPN', 'NATO', { halfLifeDays: HALF_LIFE_DAYS }), { at })
    // Row 1 is a consultation of Japan and NATO; row 2 is Kishida and Stoltenberg, who is not NATO in the row; row 5 a visit hosted.
    expect(r.contacts).toMatchObject({ meetings: 1, visits: 1, last: { date: '2023-07-14', event: 'icews-5' } })
    expect(r.tone.byDirection.JPN).toBeCloseTo(decayed(1, '2023-07-11', at) + decayed(2.8, '2023-07-14', at), 4)
    expect(r.tone.byDirection.NATO).toBe(0)
    const china = timeline.project(relationship('CHN', 'NATO', { halfLifeDays: HALF_LIFE_DAYS }), { at })
    expect(china.tone.byDirection.CHN).toBeCloseTo(decayed(-2, '2023-07-12', at), 4)
    expect(china.tone.byDirection.NATO).toBeCloseTo(decayed(-2, '2023-07-13', at), 4)
    expect(china.tone.verbalConflict).toBe(2)
  })
})
