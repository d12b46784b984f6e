/**
 * `entente chart` and `entente report`, run as the built binary on the fixture: every format,
 * what each shows (checked against the library's own answers), self-containment, and the
 * messages for bad arguments.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { relationship, relationshipSeries, Timeline, toneChart } from '../../src/index.js'
import { ensureBuilt, entente, fixture, tempDir } from './support.js'

let dir: string
const timeline = Timeline.fromNdjson(readFileSync(fixture, 'utf8'))
const range = ['--from', '2022-01-01', '--to', '2024-12-31']

beforeAll(async () => {
  await ensureBuilt()
  dir = tempDir()
}, 120_000)

/** The ids that the page's links point to, and the ids it defines. */
function anchors(html: string): { targets: string[]; ids: Set<string> } {
  const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]!)
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!))
  return { targets, ids }
}

/** What a self-contained page must not have: anything that loads from elsewhere. */
function expectSelfContained(html: string): void {
  expect(html).not.toMatch(/<script[^>]*\ssrc=/i)
  expect(html).not.toMatch(/<link[^>]*stylesheet/i)
  expect(html).not.toMatch(/\ssrc="(?!data:)/i)
  expect(html).not.toMatch(/@import|url\(\s*['"]?http/i)
}

describe('entente chart', () => {
  it('writes the Vega-Lite specification the library builds', () => {
    const run = entente(['chart', fixture, 'JPN', 'NATO', ...range, '--known-then', '--format', 'vega-lite'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const options = { from: '2022-01-01', to: '2024-12-31' }
    expect(JSON.parse(run.stdout)).toEqual(
      toneChart(timeline, relationshipSeries(timeline, 'JPN', 'NATO', options), {
        knownThen: relationshipSeries(timeline, 'JPN', 'NATO', { ...options, knownOn: 'each' }),
      }),
    )
  })

  it('renders SVG with axis titles, names, and the events as labelled marks', () => {
    const run = entente(['chart', fixture, 'JPN', 'NATO', ...range])
    expect(run.status).toBe(0)
    expect(run.stdout.startsWith('<svg')).toBe(true)
    expect(run.stdout).toContain('Tone index, Goldstein points')
    expect(run.stdout).toContain('Japan towards NATO')
    expect(run.stdout).toMatch(/aria-label="[^"]*summit-nato-vilnius-2023/)
  })

  it('renders PNG to a file', () => {
    const out = join(dir, 'chart.png')
    const run = entente(['chart', fixture, 'JPN', 'NATO', ...range, '--format', 'png', '-o', out])
    expect(run.status).toBe(0)
    const png = readFileSync(out)
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    // The IHDR chunk: width and height, at twice the SVG's size.
    expect(png.readUInt32BE(16)).toBeGreaterThan(1000)
    expect(png.readUInt32BE(20)).toBeGreaterThan(1000)
  })

  it('renders a self-contained HTML page whose links all land on the page', () => {
    const run = entente(['chart', fixture, 'JPN', 'NATO', ...range, '--format', 'html'])
    expect(run.status).toBe(0)
    expectSelfContained(run.stdout)
    expect(run.stdout).toContain('<svg')
    const { targets, ids } = anchors(run.stdout)
    expect(targets.length).toBeGreaterThan(0)
    for (const target of targets) expect(ids, target).toContain(target)
  })

  it('as known on a date, charts what the log knew then', () => {
    const run = entente([
      'chart',
      fixture,
      'JPN',
      'NATO',
      ...range,
      '--known-on',
      '2023-07-12',
      '--format',
      'vega-lite',
    ])
    const spec = JSON.parse(run.stdout) as {
      vconcat: { layer?: { data?: { values: { date: string; line: string; tone: number }[] } }[] }[]
    }
    const lines = spec.vconcat[0]!.layer![1]!.data!.values
    const overall = lines.find((row) => row.date === '2024-12-01' && row.line === 'Overall')
    expect(overall?.tone).toBe(
      timeline.project(relationship('JPN', 'NATO'), { at: '2024-12-01', knownOn: '2023-07-12' }).tone.index,
    )
    expect(JSON.stringify(spec)).toContain('as known on 2023-07-12')
  })

  it('charts the network of a date', () => {
    const run = entente(['chart', fixture, '--network', '--at', '2023-07-31', '--top', '4'])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('The strongest relationships on 2023-07-31')
    expect(run.stdout).toContain('Japan – NATO')
  })

  it.each([
    [['chart', fixture, 'JPN', 'NATO', '--to', '2024'], 2, 'missing --from DATE'],
    [['chart', fixture, 'JPN', 'NATO', ...range, '--step', 'fortnight'], 2, '--step: must be one of day, week'],
    [['chart', fixture, 'JPN', 'NATO', ...range, '--format', 'gif'], 2, '--format: must be one of svg, png'],
    [['chart', fixture, 'JPN', 'NATO', ...range, '--top', '3'], 2, '--top applies only to --network'],
    [['chart', fixture, 'JPN', 'NATO', '--from', '2023-02-30', '--to', '2024'], 2, '--from: '],
    [['chart', fixture, 'JPN', 'nato', ...range], 1, 'unknown actor "nato" (did you mean "NATO"?)'],
    [['chart', fixture, '--network'], 2, 'missing --at DATE for --network'],
    [['chart', fixture], 2, 'missing A B'],
    [['chart', fixture, 'JPN'], 2, 'missing B'],
  ])('refuses %j with exit %i', (args, status, message) => {
    const run = entente(args)
    expect(run.status).toBe(status)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^entente: /)
    expect(run.stderr).toContain(message)
  })
})

describe('entente report', () => {
  it('writes one self-contained page on the relationship at the date, every link landing on the page', () => {
    const run = entente(['report', fixture, 'JPN', 'NATO', '--at', '2023-07-13'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const html = run.stdout
    expectSelfContained(html)
    expect(html).toContain('<h1>Japan and NATO on 2023-07-13</h1>')
    // the chart runs up to the date of the report, from two years before it
    expect(html).toContain('Tone from 2021-07-13 to 2023-07-13, sampled monthly')
    expect(html).toContain('<svg')
    const { targets, ids } = anchors(html)
    for (const target of targets) expect(ids, target).toContain(target)
    // every fact's evidence and every event's sources are on the page
    const r = timeline.project(relationship('JPN', 'NATO'), { at: '2023-07-13' })
    for (const id of r.evidence) expect(ids).toContain(`event-${id}`)
    for (const agreement of r.agreements) {
      expect(html).toContain(agreement.title)
      for (const area of agreement.areas) expect(html).toContain(area)
    }
    for (const tie of r.ties) expect(html).toContain(`Japan ${tie.status} of NATO`)
    expect(html).toContain(r.tone.index.toFixed(2))
    for (const id of r.evidence) {
      for (const source of timeline.effective(id)!.sources) {
        const sourceId = typeof source === 'string' ? source : source.id
        expect(ids, `${id} cites ${sourceId}`).toContain(`source-${sourceId}`)
      }
    }
  })

  it('reports what the log knew on a date', () => {
    const run = entente(['report', fixture, 'JPN', 'NATO', '--at', '2023-07-13', '--known-on', '2023-07-12'])
    expect(run.status).toBe(0)
    const known = timeline.knownOn('2023-07-12').project(relationship('JPN', 'NATO'), { at: '2023-07-13' })
    expect(run.stdout).toContain('as known on 2023-07-12')
    expect(run.stdout).toContain(known.tone.index.toFixed(2))
    // the chart's axis says what the log knew, as the page does
    expect(run.stdout).toContain('sampled monthly, as known on 2023-07-12')
    expect(run.stdout).not.toContain('as known now')
  })

  it('links each shared stance to the proposal and to the positions behind it, all on the page', () => {
    const run = entente(['report', fixture, 'FRA', 'USA', '--at', '2023-07-13'])
    expect(run.status).toBe(0)
    const html = run.stdout
    const { targets, ids } = anchors(html)
    for (const target of targets) expect(ids, target).toContain(target)
    const r = timeline.project(relationship('FRA', 'USA'), { at: '2023-07-13' })
    expect(r.stances.length).toBeGreaterThan(0)
    const stances = html.slice(
      html.indexOf('<h2 id="stances">'),
      html.indexOf('</table>', html.indexOf('<h2 id="stances">')),
    )
    for (const stance of r.stances) {
      expect(stances).toContain(`href="#event-${stance.proposal}"`)
      const positions = r.evidence.filter((id) => {
        const event = timeline.get(id)
        return event?.kind === 'position' && event.proposal === stance.proposal
      })
      expect(positions.length).toBeGreaterThan(0)
      for (const id of positions) expect(stances).toContain(`href="#event-${id}"`)
    }
    expect(stances).toContain('Open a NATO liaison office in Tokyo')
  })

  it('tells the evidence as the log knew it on --known-on, before a later correction', () => {
    const launch = 'launch-prk-2023-07-12'
    const entry = (html: string) => html.slice(html.indexOf(`<li id="event-${launch}"`)).split('</li>')[0]!
    const then = entente(['report', fixture, 'JPN', 'PRK', '--at', '2023-07-13', '--known-on', '2023-07-12'])
    const now = entente(['report', fixture, 'JPN', 'PRK', '--at', '2023-07-13'])
    expect(timeline.knownOn('2023-07-12').effective(launch)?.certainty).toBe('suspected')
    expect(timeline.effective(launch)?.certainty).toBe('confirmed')
    expect(entry(then.stdout)).toContain('(suspected;')
    expect(entry(now.stdout)).toContain('(confirmed;')
  })

  it.each([
    [['report', fixture, 'JPN', 'NATO'], 2, 'missing --at DATE'],
    [['report', fixture, 'JPN', 'JPN', '--at', '2023'], 2, 'A and B are the same actor ("JPN")'],
    [['report', fixture, 'JPN', 'NATO', '--at', '2023', '--from', '2024-01-01'], 2, '--from (2024-01-01) is after'],
    [['report', fixture, 'JPN', 'NATO', '--at', '2023', '--half-life', '0'], 2, '--half-life: must be a positive'],
  ])('refuses %j with exit %i', (args, status, message) => {
    const run = entente(args)
    expect(run.status).toBe(status)
    expect(run.stderr).toContain(`entente: ${message}`)
  })
})
