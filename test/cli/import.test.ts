import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { gdeltRows } from '../../bench/import.js'
import { gdeltRow, ICEWS_HEADER, icewsRow, ploverRecord } from '../import/support.js'
import { SERVER_REQUIRED, SERVER_URL } from '../support/backends.js'
import { ensureBuilt, entente, tempDir } from './support.js'

let dir: string
let gdelt: string
const SERVER = SERVER_URL ?? ''

beforeAll(async () => {
  await ensureBuilt()
  dir = tempDir()
  gdelt = join(dir, 'events.tsv')
  writeFileSync(
    gdelt,
    [
      gdeltRow({ GLOBALEVENTID: '1' }),
      gdeltRow({ GLOBALEVENTID: '2' }),
      gdeltRow({ GLOBALEVENTID: '3', SQLDATE: '20230230' }),
      gdeltRow({ GLOBALEVENTID: '4', EventCode: '043', GoldsteinScale: '2.8' }).split('\t').slice(0, 30).join('\t'),
      gdeltRow({ GLOBALEVENTID: '5', EventCode: '043', GoldsteinScale: '2.8' }),
      '',
    ].join('\n'),
  )
}, 120_000)

describe('entente import', () => {
  it('writes the events to --out, and a summary of every row on standard error', () => {
    const out = join(dir, 'out.ndjson')
    const run = entente(['import', 'gdelt', gdelt, '--out', out])
    expect(run.status).toBe(0)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(
      [
        `${gdelt}:3: skipped (bad-date): SQLDATE: "20230230" is not a calendar date`,
        `${gdelt}:4: skipped (column-count): has 30 columns; GDELT 1.0 rows have 57 (to 2013-03-31) or 58, GDELT 2.0 rows 61 (a truncated or joined row?)`,
        `${gdelt}: 5 rows: 3 written, 0 merged, 2 skipped (bad-date 1, column-count 1); 3 events, 2 actors declared`,
        '',
      ].join('\n'),
    )
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(5)
  })

  it('writes a file of many batches without a warning, each batch waiting for the one before to drain', () => {
    // 5,000 rows make about twenty batches, each larger than the file stream's buffer.
    const many = join(dir, 'many.tsv')
    writeFileSync(many, gdeltRows(5_000, 9))
    const out = join(dir, 'many.ndjson')
    const run = entente(['import', 'gdelt', many, '--out', out])
    expect(run.status).toBe(0)
    expect(run.stderr).toBe(`${many}: 5000 rows: 5000 written, 0 merged, 0 skipped; 5000 events, 8 actors declared\n`)
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(5_008)
  })

  it('writes events that entente validate accepts and entente project answers from', () => {
    const out = join(dir, 'valid.ndjson')
    expect(entente(['import', 'gdelt', gdelt, '-o', out]).status).toBe(0)
    const validate = entente(['validate', out])
    expect(validate).toMatchObject({
      status: 0,
      stdout: `${out}: 5 events, 2 actors declared, occurred 1979-01-01 to 2023-07-12\n`,
    })
    const project = entente(['project', out, 'JPN', 'NATO', '--at', '2023-07-12', '--json'])
    expect(JSON.parse(project.stdout).contacts).toMatchObject({ meetings: 0, visits: 3 })
  })

  it('merges duplicates with --merge', () => {
    const run = entente(['import', 'gdelt', gdelt, '--merge'])
    expect(run.status).toBe(0)
    expect(run.stderr).toContain('5 rows: 2 written, 1 merged, 2 skipped')
    const coded = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
      .filter((e) => e.kind === 'coded')
    expect(coded.map((e) => [e.record, e.merged])).toEqual([
      ['1', ['2']],
      ['5', undefined],
    ])
  })

  it('stops at the first bad row with --strict, exits 1, and leaves --out untouched', () => {
    const out = join(dir, 'kept.ndjson')
    writeFileSync(out, 'what was there\n')
    const run = entente(['import', 'gdelt', gdelt, '--strict', '--out', out])
    expect(run).toMatchObject({
      status: 1,
      stderr: `entente: ${gdelt}:3: SQLDATE: "20230230" is not a calendar date\n`,
    })
    expect(readFileSync(out, 'utf8')).toBe('what was there\n')
    expect(existsSync(`${out}.partial`)).toBe(false)
  })

  it('reads standard input with -', () => {
    const input = `${ICEWS_HEADER}\n${icewsRow()}\n`
    const run = entente(['import', 'icews', '-'], { input })
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('<stdin>: 1 row: 1 written, 0 merged, 0 skipped; 1 event, 2 actors declared\n')
    expect(
      run.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['actor-JPN', 'actor-NATO', 'icews-36000001'])
  })

  it('does not declare again the actors of a timeline given with --declared', () => {
    const first = join(dir, 'first.ndjson')
    entente(['import', 'plover', '-', '-o', first], { input: JSON.stringify(ploverRecord({ id: 'a' })) })
    const run = entente(['import', 'plover', '-', '--declared', first], {
      input: JSON.stringify(ploverRecord({ id: 'b' })),
    })
    expect(
      run.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).kind),
    ).toEqual(['coded'])
  })

  it('stops on an unknown actor with --unknown-actors error', () => {
    const row = gdeltRow({ Actor1Code: 'AFR', Actor1CountryCode: '', Actor1Name: 'AFRICA' })
    const run = entente(['import', 'gdelt', '-', '--unknown-actors', 'error'], { input: row })
    expect(run).toMatchObject({ status: 1, stderr: 'entente: <stdin>:1: the actor "AFR" is not in the code tables\n' })
  })

  it('refuses an unknown format, a missing file and a bad option value as it should', () => {
    expect(entente(['import', 'acled', gdelt])).toMatchObject({
      status: 2,
      stderr: 'entente: "acled" is not a format: use gdelt, icews, plover (see "entente import --help")\n',
    })
    expect(entente(['import', 'gdelt', join(dir, 'nothing.tsv')])).toMatchObject({
      status: 1,
      stderr: `entente: ${join(dir, 'nothing.tsv')}: no such file\n`,
    })
    expect(entente(['import', 'gdelt', gdelt, '--unknown-actors', 'guess']).status).toBe(2)
    expect(entente(['import', 'gdelt']).stderr).toBe('entente: missing FILE (see "entente import --help")\n')
  })

  it('shows the control characters of a hostile row escaped', () => {
    const row = gdeltRow({ SQLDATE: '2023\u001b[2J' })
    const run = entente(['import', 'gdelt', '-'], { input: row })
    expect(run.stderr.split('\n')[0]).toBe(
      '<stdin>:1: skipped (bad-date): SQLDATE: "2023\\u001b[2J" is not a date YYYYMMDD',
    )
  })

  it('has a help', () => {
    const run = entente(['import', '--help'])
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^Usage: entente import FORMAT FILE \[options\]/)
  })
})

describe('entente import --db', () => {
  it('appends the events to a stored log, and answers from it as from --out', { timeout: 300_000 }, () => {
    const db = join(dir, 'db')
    const run = entente(['import', 'gdelt', gdelt, '--db', db, '--batch', '2'])
    // Rows 1, 2 and 5 make events; two actors are declared before them: five events in all.
    expect(run).toEqual({
      status: 0,
      stdout: `${gdelt}: 5 events stored in ${db} (5 in all)\n`,
      stderr: [
        `${gdelt}:3: skipped (bad-date): SQLDATE: "20230230" is not a calendar date`,
        `${gdelt}:4: skipped (column-count): has 30 columns; GDELT 1.0 rows have 57 (to 2013-03-31) or 58, GDELT 2.0 rows 61 (a truncated or joined row?)`,
        `${gdelt}: 5 rows: 3 written, 0 merged, 2 skipped (bad-date 1, column-count 1); 3 events, 2 actors declared`,
        '',
      ].join('\n'),
    })
    const out = join(dir, 'db.ndjson')
    expect(entente(['import', 'gdelt', gdelt, '-o', out]).status).toBe(0)
    const question = ['JPN', 'NATO', '--at', '2023-07-12', '--json']
    const fromDb = entente(['project', '--db', db, ...question])
    expect(fromDb.status).toBe(0)
    expect(fromDb).toEqual(entente(['project', out, ...question]))
    // Run again, the import finds every event there already: it stores none, and declares no actor.
    const again = entente(['import', 'gdelt', gdelt, '--db', db])
    expect(again.stdout).toBe(`${gdelt}: 0 events stored in ${db} (5 in all); 3 already there\n`)
    expect(again.stderr).toContain('3 events, 0 actors declared')
  })

  it('with --strict keeps the batches before the bad row, and nothing of the batch it falls in', {
    timeout: 300_000,
  }, () => {
    const whole = join(dir, 'strict-whole')
    expect(entente(['import', 'gdelt', gdelt, '--db', whole, '--strict'])).toMatchObject({
      status: 1,
      stderr: `entente: ${gdelt}:3: SQLDATE: "20230230" is not a calendar date; nothing was stored\n`,
    })
    // Batches of two: the two actors, then the events of rows 1 and 2, are stored before line 3.
    const batched = join(dir, 'strict-batched')
    expect(entente(['import', 'gdelt', gdelt, '--db', batched, '--strict', '--batch', '2'])).toMatchObject({
      status: 1,
      stderr: `entente: ${gdelt}:3: SQLDATE: "20230230" is not a calendar date; the 4 events of the batches before are stored (4 in all)\n`,
    })
    expect(entente(['validate', '--db', batched]).stdout).toMatch(/: 4 events, 2 actors declared/)
  })

  it('refuses --db with --out, --declared, and --batch without --db', () => {
    const db = join(dir, 'unused')
    expect(entente(['import', 'gdelt', gdelt, '--db', db, '-o', join(dir, 'x.ndjson')])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--out and --db'),
    })
    expect(entente(['import', 'gdelt', gdelt, '--db', db, '--declared', gdelt]).stderr).toContain('--declared and --db')
    expect(entente(['import', 'gdelt', gdelt, '--batch', '10']).stderr).toContain('--batch: only with --db')
    expect(entente(['import', 'gdelt', gdelt, '--db', db, '--batch', '0']).stderr).toContain(
      '--batch: "0" is not a whole number',
    )
    expect(existsSync(db)).toBe(false)
  })

  if (SERVER !== '')
    it('appends the events to a log on a server', { timeout: 300_000 }, () => {
      const first = entente(['import', 'icews', '-', '--db', SERVER], { input: `${ICEWS_HEADER}\n${icewsRow()}\n` })
      expect(first.status).toBe(0)
      expect(first.stdout).toMatch(/events stored in .* in all\)/)
      const again = entente(['import', 'icews', '-', '--db', SERVER], { input: `${ICEWS_HEADER}\n${icewsRow()}\n` })
      expect(again.stdout).toMatch(/: 0 events stored in .*; 1 already there\n$/)
    })
  else if (SERVER_REQUIRED)
    it('has a PostgreSQL server to store on (CI=true)', () => {
      expect.fail('ENTENTE_TEST_PG_URL is not set: run the suite through scripts/pg-server.sh')
    })
  else console.log('import --db: no server (ENTENTE_TEST_PG_URL unset): stored in PGlite only')
})
