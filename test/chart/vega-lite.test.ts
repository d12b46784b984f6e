/**
 * The Vega-Lite specifications: valid against the Vega-Lite JSON Schema that ships with
 * vega-lite, plain JSON, and saying what a reader needs (names, units, the events and their
 * sources, the bands of ties and agreements), with numbers taken from cold queries.
 */
import { readFileSync } from 'node:fs'
import Ajv, { type ErrorObject } from 'ajv'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import {
  KINDS,
  network,
  networkChart,
  relationship,
  relationshipSeries,
  Timeline,
  toneChart,
  type VegaLiteSpec,
} from '../../src/index.js'
import { event } from '../support/build.js'

const schema = JSON.parse(readFileSync('node_modules/vega-lite/build/vega-lite-schema.json', 'utf8')) as object
// The schema uses keywords of its own (e.g. for its docs); ajv is told to let them be.
const ajv = new Ajv({ allErrors: true, strict: false })
addFormats(ajv)
ajv.addFormat('color-hex', /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i)
const validate = ajv.compile(schema)

const text = readFileSync('fixtures/vilnius-2023.ndjson', 'utf8')
const timeline = Timeline.fromNdjson(text)
const range = { from: '2022-01-01', to: '2024-12-31' } as const

function expectValid(spec: VegaLiteSpec): void {
  const valid = validate(spec)
  const errors = (validate.errors ?? []) as ErrorObject[]
  expect(valid, JSON.stringify(errors.slice(0, 5), null, 2)).toBe(true)
}

/** Every object of a specification (layers, concatenated views), flattened. */
function views(spec: object): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [spec as Record<string, unknown>]
  for (const key of ['layer', 'vconcat', 'hconcat'])
    for (const child of ((spec as Record<string, unknown>)[key] as object[] | undefined) ?? [])
      out.push(...views(child))
  return out
}

function valuesOf(spec: object, field: string): Record<string, unknown>[] {
  return views(spec).flatMap((view) => {
    const data = view['data'] as { values?: Record<string, unknown>[] } | undefined
    return (data?.values ?? []).filter((row) => field in row)
  })
}

describe('the Vega-Lite JSON Schema', () => {
  it('refuses what is not Vega-Lite, so that passing it means something', () => {
    expect(validate({ mark: 'diamond-ring', data: { values: [] } })).toBe(false)
    expect(
      validate({
        mark: 'line',
        encoding: { x: { field: 'date', type: 'temporal', scale: { type: 'utc', domain: 3 } } },
      }),
    ).toBe(false)
  })
})

describe('toneChart', () => {
  const main = relationshipSeries(timeline, 'JPN', 'NATO', range)
  const then = relationshipSeries(timeline, 'JPN', 'NATO', { ...range, knownOn: 'each' })
  const spec = toneChart(timeline, main, { knownThen: then })

  it('validates against the Vega-Lite JSON Schema, with and without the as-known-then line', () => {
    expectValid(spec)
    expectValid(toneChart(timeline, main))
    expectValid(toneChart(timeline, relationshipSeries(timeline, 'JPN', 'NATO', { from: '1990', to: '1990' })))
  })

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec)
  })

  it('plots each side’s tone at each date as the cold query gives it, under the actors’ names', () => {
    const lines = valuesOf(spec, 'line') as { date: string; line: string; tone: number }[]
    for (const at of ['2022-07-01', '2023-08-01', '2024-12-01']) {
      const r = Timeline.fromNdjson(text).project(relationship('JPN', 'NATO'), { at })
      const asKnown = Timeline.fromNdjson(text).project(relationship('JPN', 'NATO'), { at, knownOn: at })
      const tone = (line: string) => lines.find((row) => row.date === at && row.line === line)?.tone
      expect(tone('Overall')).toBe(r.tone.index)
      expect(tone('Japan towards NATO')).toBe(r.tone.byDirection['JPN'])
      expect(tone('NATO towards Japan')).toBe(r.tone.byDirection['NATO'])
      expect(tone('Overall, as known at each date')).toBe(asKnown.tone.index)
    }
  })

  it('annotates the events that moved the relationship, with their dates as written and their sources', () => {
    const events = valuesOf(spec, 'sources') as { id: string; when: string; label: string; sources: string }[]
    const summit = events.find((event) => event.id === 'summit-nato-vilnius-2023')
    const source = timeline.get('summit-nato-vilnius-2023')!.sources[0]!
    expect(summit?.label).toMatch(/^Summit: /)
    expect(summit?.sources).toContain(typeof source === 'string' ? source : source.publisher)
    const all = new Set(main.samples.flatMap((sample) => sample.events))
    expect(new Set(events.map((event) => event.id))).toEqual(all)
  })

  it('names its axes with their units and its legend entries with names, not ids', () => {
    const json = JSON.stringify(spec)
    expect(json).toContain('Tone index, Goldstein points')
    expect(json).toContain('(half-life 365 days)')
    expect(json).toContain('Date (UTC), sampled monthly, as known now')
    expect(json).not.toContain('"JPN towards')
  })

  it('draws the ties and agreements in force as bands from the dates they are in force', () => {
    const bands = valuesOf(spec, 'band') as { band: string; kind: string; start: string; end: string }[]
    const agreements = new Set(main.samples.flatMap((sample) => sample.value.agreements.map((a) => a.title)))
    expect(new Set(bands.filter((b) => b.kind === 'Agreement').map((b) => b.band.replace(/^Agreement: /, '')))).toEqual(
      agreements,
    )
    for (const band of bands) {
      const first = main.samples.find((sample) => sample.at === band.start)
      expect(first, band.band).toBeDefined()
    }
  })
})

describe('toneChart’s event lane', () => {
  // Japan and North Korea through the newer kinds: a threat, sanctions, an expulsion, a recall,
  // a closed embassy, and a coded row, each moving their tone.
  const wire = (day: string) => [{ id: `wire-${day}`, publisher: 'Wire', title: 'A report', published: day }]
  const added = Timeline.fromNdjson(text).appendMany([
    event('threat', {
      id: 't1',
      occurred: '2023-08-02',
      recorded: '2023-08-02T12:00:00Z',
      sources: wire('2023-08-02'),
      actors: ['PRK', 'JPN'],
      actor: 'PRK',
      targets: ['JPN'],
    }),
    event('sanctions', {
      id: 's1',
      occurred: '2023-09-05',
      recorded: '2023-09-05T12:00:00Z',
      sources: wire('2023-09-05'),
      actors: ['JPN', 'PRK'],
      imposer: 'JPN',
      target: 'PRK',
    }),
    event('expulsion', {
      id: 'x1',
      occurred: '2023-10-03',
      recorded: '2023-10-03T12:00:00Z',
      sources: wire('2023-10-03'),
      actors: ['JPN', 'PRK'],
      expeller: 'JPN',
      sender: 'PRK',
    }),
    event('ambassador', {
      id: 'a1',
      occurred: '2023-11-07',
      recorded: '2023-11-07T12:00:00Z',
      sources: wire('2023-11-07'),
      actors: ['JPN', 'PRK'],
      sender: 'JPN',
      host: 'PRK',
    }),
    event('embassy', {
      id: 'e1',
      occurred: '2023-12-05',
      recorded: '2023-12-05T12:00:00Z',
      sources: wire('2023-12-05'),
      actors: ['JPN', 'PRK'],
      owner: 'JPN',
      host: 'PRK',
    }),
    event('coded', {
      id: 'c1',
      occurred: '2024-01-09',
      recorded: '2024-01-09T12:00:00Z',
      sources: wire('2024-01-09'),
      actors: ['PRK', 'JPN'],
      source: [{ actor: 'PRK' }],
      target: [{ actor: 'JPN' }],
      code: '112',
      label: 'Accuse',
      quadClass: 'verbal-conflict',
      weight: -2,
    }),
  ])
  const lane = toneChart(
    added,
    relationshipSeries(added, 'JPN', 'PRK', { from: '2023-07-01', to: '2024-02-01', step: 'month' }),
  )
  const rows = valuesOf(lane, 'sources') as { id: string; kind: string; label: string }[]
  const kindOf = (id: string) => rows.find((row) => row.id === id)?.kind

  it('validates against the Vega-Lite JSON Schema', () => expectValid(lane))

  it('names each newer kind in words, never by its id', () => {
    expect(kindOf('t1')).toBe('Threat')
    expect(kindOf('s1')).toBe('Sanctions')
    expect(kindOf('x1')).toBe('Expulsion of diplomats')
    expect(kindOf('a1')).toBe('Ambassador recalled, returned')
    expect(kindOf('e1')).toBe('Embassy closed, reopened')
    expect(kindOf('c1')).toBe('Coded event (dataset)')
    const ids = new Set<string>(KINDS)
    for (const row of rows) expect(ids.has(row.kind), row.kind).toBe(false)
  })

  it('tells each event in words with the actors by name', () => {
    expect(rows.find((row) => row.id === 'x1')?.label).toBe('Japan expels 35 diplomats of North Korea')
    expect(rows.find((row) => row.id === 'c1')?.label).toBe('Accuse (gdelt-2 112): North Korea towards Japan')
  })

  it('orders the lane by the built-in kinds’ order', () => {
    const plot = views(lane).find((view) =>
      (view['title'] as { text?: string } | undefined)?.text?.startsWith('Events'),
    )
    expect(plot).toBeDefined()
    const sort = (plot!['encoding'] as { y: { sort: string[] } }).y.sort
    const present = [...new Set(rows.map((row) => row.kind))]
    expect(present.every((kind) => sort.includes(kind))).toBe(true)
    expect(sort.indexOf('Threat')).toBeLessThan(sort.indexOf('Coded event (dataset)'))
  })
})

describe('networkChart', () => {
  const result = timeline.project(network(), { at: '2023-07-31' })

  it('validates against the Vega-Lite JSON Schema', () => {
    expectValid(networkChart(timeline, result))
  })

  it('shows the strongest dyads by tone, either sign, coloured by sign', () => {
    const spec = networkChart(timeline, result, { top: 6 })
    const bars = valuesOf(spec, 'sign') as { pair: string; tone: number; sign: string }[]
    const strongest = [...result.dyads].map((d) => Math.abs(d.tone.index)).sort((p, q) => q - p)
    expect(bars.map((bar) => Math.abs(bar.tone))).toEqual(strongest.slice(0, 6))
    for (const bar of bars) expect(bar.sign).toBe(bar.tone > 0 ? 'Cooperative' : 'Conflictual')
    expect(bars.map((bar) => bar.pair)).toContain('Japan – NATO')
  })
})
