import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { Timeline } from '../../src/index.js'
import { build } from '../support/build.js'
import { ensureBuilt, entente, fixture, smallTimeline, tempDir, writeTimeline } from './support.js'

let dir: string
let small: string
let timeline: Timeline

beforeAll(async () => {
  await ensureBuilt()
  dir = tempDir()
  small = writeTimeline(dir, 'small.ndjson', smallTimeline())
  timeline = Timeline.from(smallTimeline())
}, 120_000)

/** The lines printed, each split into its columns (two or more spaces apart). */
function columns(stdout: string): string[][] {
  return stdout
    .trimEnd()
    .split('\n')
    .map((line) => line.split(/ {2,}/))
}

describe('entente chronology', () => {
  it('lists every event in the order it occurred, one a line', () => {
    const run = entente(['chronology', small])
    expect(run.status).toBe(0)
    const rows = columns(run.stdout)
    expect(rows.map((row) => row[0])).toEqual(timeline.chronology().map((entry) => entry.date))
    expect(rows.map((row) => row[1])).toEqual(timeline.chronology().map((entry) => entry.event.kind))
  })

  it('shows date, kind, actors, what happened and the sources of each event', () => {
    const rows = columns(entente(['chronology', small]).stdout)
    expect(rows).toContainEqual([
      '2023-07-12',
      'meeting',
      'kishida-fumio, JPN, stoltenberg-jens, NATO',
      'kishida-fumio meets stoltenberg-jens',
      'kyodo-2023-07-13',
    ])
    expect(rows).toContainEqual([
      '2023-07-12',
      'statement',
      'stoltenberg-jens, NATO, JPN',
      'stoltenberg-jens: "Japan is one of our closest partners."',
      'kyodo-2023-07-13',
    ])
    expect(rows).toContainEqual([
      '2014-05-06',
      'membership',
      'JPN, NATO',
      'JPN becomes a partner of NATO',
      'archive-2023-01-01',
    ])
    expect(rows).toContainEqual(['2023-07-01', 'position', 'FRA', 'FRA opposes nato-tokyo-office', 'kyodo-2023-07-13'])
  })

  it('aligns the columns', () => {
    const lines = entente(['chronology', small]).stdout.trimEnd().split('\n')
    const kindColumn = lines.map((line) => line.indexOf(line.split(/ {2,}/)[1]!))
    expect(new Set(kindColumn).size).toBe(1)
  })

  it('shows events with their corrections, and as they stood with --known-on', () => {
    const launch = (stdout: string) => columns(stdout).find((row) => row[1] === 'military-activity')
    expect(launch(entente(['chronology', small]).stdout)?.[3]).toBe('PRK missile-launch near JPN (confirmed)')
    expect(launch(entente(['chronology', small, '--known-on', '2023-07-12']).stdout)?.[3]).toBe(
      'PRK missile-launch near JPN (suspected)',
    )
  })

  it('keeps only events of the actors and kinds asked, between --from and --to', () => {
    const run = entente([
      'chronology',
      small,
      '--actor',
      'FRA',
      '--actor',
      'PRK',
      '--kind',
      'position',
      '--kind',
      'military-activity',
      '--from',
      '2023-07',
      '--to',
      '2023-07-12',
    ])
    expect(run.status).toBe(0)
    expect(columns(run.stdout).map((row) => row[3])).toEqual([
      'FRA opposes nato-tokyo-office',
      'PRK missile-launch near JPN (confirmed)',
    ])
  })

  it('prints the library entries with --json', () => {
    const run = entente([
      'chronology',
      small,
      '--actor',
      'JPN',
      '--from',
      '2023-07-12',
      '--known-on',
      '2023-07-13',
      '--json',
    ])
    const expected = timeline.knownOn('2023-07-13').chronology({ actors: ['JPN'], from: '2023-07-12' })
    expect(run.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`)
  })

  it('leaves out retracted events', () => {
    const events = [
      ...smallTimeline(),
      build.retraction({ target: 'stoltenberg-on-japan', actors: ['NATO'], recorded: '2023-07-14T00:00:00Z' }),
    ]
    const file = writeTimeline(dir, 'retracted.ndjson', events)
    const { stdout } = entente(['chronology', file])
    expect(stdout).not.toContain('Japan is one of our closest partners')
    expect(stdout).toContain('retracts stoltenberg-on-japan: the visit did not take place')
  })

  it('reads standard input for -', () => {
    const run = entente(['chronology', '-', '--kind', 'agreement'], { input: readFileSync(small, 'utf8') })
    expect(run.status).toBe(0)
    expect(columns(run.stdout)).toEqual([
      [
        '2023-07-12',
        'agreement',
        'JPN, NATO',
        'JPN and NATO: Individually Tailored Partnership Programme',
        'kyodo-2023-07-13',
      ],
    ])
  })

  it('refuses an actor the file does not declare with exit 1', () => {
    expect(entente(['chronology', small, '--actor', 'XYZ'])).toEqual({
      status: 1,
      stdout: '',
      stderr: `entente: ${small}: unknown actor "XYZ"\n`,
    })
  })

  it('refuses an unknown kind with exit 2, listing the kinds', () => {
    const run = entente(['chronology', small, '--kind', 'blockade'])
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(
      /^entente: --kind: unknown kind "blockade"; the kinds are actor, office, .*threat \(see "entente chronology --help"\)\n$/,
    )
  })

  it('refuses a bad date with exit 2', () => {
    expect(entente(['chronology', small, '--from', '2023-02-29']).stderr).toBe(
      'entente: --from: "2023-02-29" is not a calendar date (see "entente chronology --help")\n',
    )
    expect(entente(['chronology', small, '--to', 'July']).status).toBe(2)
  })

  it('refuses --from after --to with exit 2, before reading the file', () => {
    expect(entente(['chronology', join(dir, 'missing.ndjson'), '--from', '2023-08', '--to', '2023-07-31'])).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'entente: --from 2023-08 is after --to 2023-07-31: give the earlier date to --from (see "entente chronology --help")\n',
    })
    expect(
      entente(['chronology', small, '--from', '2023-07-13T00:00:00Z', '--to', '2023-07-12T23:59:59Z']).status,
    ).toBe(2)
  })

  it('accepts a range of one day, and a range whose end is in the month its start is', () => {
    const day = entente(['chronology', small, '--from', '2023-07-12', '--to', '2023-07-12', '--json'])
    expect(day.status).toBe(0)
    expect(day.stdout).toBe(
      `${JSON.stringify(timeline.chronology({ from: '2023-07-12', to: '2023-07-12' }), null, 2)}\n`,
    )
    const month = entente(['chronology', small, '--from', '2023-07-12', '--to', '2023-07'])
    expect(month.status).toBe(0)
    expect(month.stdout).toContain('kishida-fumio meets stoltenberg-jens')
  })

  it('prints nothing for an empty file, warns that it is empty, and exits 0', () => {
    const empty = writeTimeline(dir, 'empty.ndjson', '')
    expect(entente(['chronology', empty, '--actor', 'JPN'])).toEqual({
      status: 0,
      stdout: '',
      stderr: `entente: warning: ${empty} is empty: it holds no events\n`,
    })
  })

  it('refuses a missing file with exit 1, and a missing FILE argument with exit 2', () => {
    const missing = join(dir, 'missing.ndjson')
    expect(entente(['chronology', missing])).toEqual({
      status: 1,
      stdout: '',
      stderr: `entente: ${missing}: no such file\n`,
    })
    expect(entente(['chronology']).status).toBe(2)
  })

  it.runIf(existsSync(fixture))('lists the Vilnius fixture, with Kishida meeting Stoltenberg on 12 July 2023', () => {
    const run = entente([
      'chronology',
      'fixtures/vilnius-2023.ndjson',
      '--actor',
      'kishida-fumio',
      '--kind',
      'meeting',
      '--from',
      '2023-07-12',
      '--to',
      '2023-07-12',
    ])
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^2023-07-12 {2}meeting {2}.*kishida-fumio meets stoltenberg-jens/m)
  })
})
