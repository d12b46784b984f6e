import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { SERVER_URL } from '../support/backends.js'
import { ensureBuilt, entente, fixture, tempDir } from './support.js'

let dir: string
const SERVER = SERVER_URL ?? ''
/** How many events the fixture holds: one a non-blank line. */
const EVENTS = readFileSync(fixture, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '').length

beforeAll(async () => {
  await ensureBuilt()
  dir = tempDir()
}, 120_000)

describe('entente load and --db', () => {
  it('stores a timeline in a folder, and answers from it as from the file', { timeout: 180_000 }, () => {
    const db = join(dir, 'log')
    expect(entente(['load', fixture, '--db', db])).toEqual({
      status: 0,
      stdout: `${fixture}: ${EVENTS} events stored in ${db} (${EVENTS} in all)\n`,
      stderr: '',
    })
    const question = ['JPN', 'NATO', '--at', '2023-07-12', '--known-on', '2023-07-13', '--json']
    const fromFile = entente(['project', fixture, ...question])
    const fromDb = entente(['project', '--db', db, ...question])
    expect(fromFile.status).toBe(0)
    expect(fromDb).toEqual(fromFile)
    expect(entente(['load', fixture, '--db', db]).stdout).toBe(
      `${fixture}: 0 events stored in ${db} (${EVENTS} in all)\n`,
    )
  })

  it('needs --db to load, and a value for it', () => {
    expect(entente(['load', fixture])).toMatchObject({ status: 2, stderr: expect.stringContaining('missing --db') })
    expect(entente(['project', '--db'])).toMatchObject({ status: 2, stderr: expect.stringContaining('--db needs') })
  })

  if (SERVER !== '')
    it('stores a timeline on a server, and answers from it', { timeout: 180_000 }, () => {
      const chronology = entente(['chronology', fixture, '--actor', 'PRK'])
      expect(entente(['load', fixture, '--db', SERVER]).status).toBe(0)
      expect(entente(['chronology', '--db', SERVER, '--actor', 'PRK'])).toEqual(chronology)
    })
})
