import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { actor, build } from '../support/build.js'
import { ensureBuilt, entente, fixture, smallTimeline, tempDir, writeTimeline } from './support.js'

let dir: string
let small: string
let broken: string

beforeAll(async () => {
  await ensureBuilt()
  dir = tempDir()
  small = writeTimeline(dir, 'small.ndjson', smallTimeline())
  broken = writeTimeline(
    dir,
    'broken.ndjson',
    [
      JSON.stringify(actor('JPN', 'state', { name: 'Japan' })),
      JSON.stringify(actor('NATO', 'organisation')),
      '{"id": "half-written", "kind": "meeting",',
      JSON.stringify(actor('LTU', 'state', { occurred: '2023-02-30' })),
      JSON.stringify(actor('JPN', 'state', { name: 'Nippon' })),
      JSON.stringify(build.visit({ id: 'xyz-visits-nato', visitor: 'XYZ', host: 'NATO' })),
      JSON.stringify(actor('FRA', 'state')),
      '',
    ].join('\n'),
  )
}, 120_000)

describe('entente validate', () => {
  it('prints one line about a valid file: events, actors declared, and the dates they occurred between', () => {
    const run = entente(['validate', small])
    expect(run).toEqual({
      status: 0,
      stdout: `${small}: 23 events, 7 actors declared, occurred 1949-04-04 to 2023-07-31\n`,
      stderr: '',
    })
  })

  it('prints every problem in a file, each with its file, line, event and field, and exits 1', () => {
    const run = entente(['validate', broken])
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    const lines = run.stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(4)
    expect(lines[0]).toMatch(
      new RegExp(`^entente: ${escapeRegExp(broken)}:3: event "half-written": is not valid JSON \\(.+\\)$`),
    )
    expect(lines[1]).toBe(`entente: ${broken}:4: event "actor-LTU": occurred: "2023-02-30" is not a calendar date`)
    expect(lines[2]).toBe(
      `entente: ${broken}:5: event "actor-JPN": an event with this id and other content is already in the log`,
    )
    expect(lines[3]).toMatch(
      new RegExp(`^entente: ${escapeRegExp(broken)}:6: event "xyz-visits-nato": .*unknown actor "XYZ"`),
    )
  })

  it('checks every file it is given, and exits 1 if any has a problem', () => {
    const run = entente(['validate', broken, small])
    expect(run.status).toBe(1)
    expect(run.stdout).toBe(`${small}: 23 events, 7 actors declared, occurred 1949-04-04 to 2023-07-31\n`)
    expect(run.stderr.split('\n').filter((line) => line.startsWith(`entente: ${broken}:`))).toHaveLength(4)
  })

  it('reports a missing file as a problem of that file, and goes on with the others', () => {
    const missing = join(dir, 'missing.ndjson')
    const run = entente(['validate', missing, small])
    expect(run.status).toBe(1)
    expect(run.stderr).toBe(`entente: ${missing}: no such file\n`)
    expect(run.stdout).toContain(`${small}: 23 events`)
  })

  it('reports a directory given as a file without a stack trace', () => {
    const run = entente(['validate', dir])
    expect(run).toEqual({ status: 1, stdout: '', stderr: `entente: ${dir}: is a directory, not a file\n` })
  })

  it('reads standard input for -', () => {
    const run = entente(['validate', '-'], { input: readFileSync(small, 'utf8') })
    expect(run).toEqual({
      status: 0,
      stdout: '<stdin>: 23 events, 7 actors declared, occurred 1949-04-04 to 2023-07-31\n',
      stderr: '',
    })
  })

  it('names standard input <stdin> in its problems', () => {
    const run = entente(['validate', '-'], { input: readFileSync(broken, 'utf8') })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(
      'entente: <stdin>:4: event "actor-LTU": occurred: "2023-02-30" is not a calendar date\n',
    )
  })

  it('accepts an empty timeline, and warns that it is empty', () => {
    const empty = writeTimeline(dir, 'empty.ndjson', '\n')
    expect(entente(['validate', empty])).toEqual({
      status: 0,
      stdout: `${empty}: 0 events, 0 actors declared\n`,
      stderr: `entente: warning: ${empty} is empty: it holds no events\n`,
    })
  })

  it('is a usage error without a file, or with - twice', () => {
    expect(entente(['validate'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'entente: missing FILE (see "entente validate --help")\n',
    })
    expect(entente(['validate', '-', '-']).status).toBe(2)
  })

  it.runIf(existsSync(fixture))('finds the Vilnius fixture valid', () => {
    const run = entente(['validate', 'fixtures/vilnius-2023.ndjson'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(
      /^fixtures\/vilnius-2023\.ndjson: \d+ events, \d+ actors declared, occurred \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}\n$/,
    )
  })
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
