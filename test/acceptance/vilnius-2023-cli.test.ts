/**
 * The Vilnius questions asked through the `entente` command, as a user of the package runs it:
 * the built bin, on the shipped fixture. The `--json` answers must be the library's own, and the
 * readable ones must say what the reports say.
 */
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { membership, officeHolders, proposal, relationship, Timeline } from '../../src/index.js'
import { ensureBuilt, fixture, entente as runBin } from '../cli/support.js'

const FIXTURE = 'fixtures/vilnius-2023.ndjson'
const LIAISON_OFFICE = 'proposal-nato-liaison-office-tokyo'

const timeline = Timeline.fromNdjson(readFileSync(fixture, 'utf8'))

/** Runs `entente ARGS` from the package root, with colour off. */
function entente(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return runBin(args, { env: { NO_COLOR: '1' } })
}

/** Runs `entente ARGS --json`, expecting success, and parses what it prints. */
function json(...args: string[]): unknown {
  const run = entente(...args, '--json')
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
  return JSON.parse(run.stdout)
}

/** A library result as it reads once printed as JSON. */
function asJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value))
}

// The bin is what users run: built when it is missing or older than the sources.
beforeAll(ensureBuilt, 180_000)

describe('entente validate', () => {
  it('accepts the Vilnius fixture', () => {
    const run = entente('validate', FIXTURE)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('vilnius-2023.ndjson')
  })
})

describe('entente project, Japan and NATO at 12 July 2023', () => {
  it('prints with --json exactly what the library projects', () => {
    const expected = timeline.project(relationship('JPN', 'NATO'), { at: '2023-07-12' })
    expect(json('project', FIXTURE, 'JPN', 'NATO', '--at', '2023-07-12')).toEqual(asJson(expected))
  })

  it('reports the partnership, the ITPP through 2026, and the Madrid understanding it fulfilled', () => {
    const result = json('project', FIXTURE, 'JPN', 'NATO', '--at', '2023-07-12') as {
      ties: { status: string; alternatives: { status: string; evidence: string[] }[] }[]
      agreements: { id: string; inForce: { from: string; until?: string } }[]
      ended: { id: string; how: string }[]
      contacts: { last?: { date: string; event: string } }
    }
    expect(result.ties.map((tie) => tie.status)).toEqual(['partner'])
    expect(result.ties[0]?.alternatives).toEqual([])
    expect(result.ended).toEqual([
      expect.objectContaining({ id: 'agreement-japan-nato-expand-cooperation-2022-06-29', how: 'termination' }),
    ])
    expect(result.agreements).toContainEqual(
      expect.objectContaining({
        id: 'agreement-japan-nato-itpp-2023-07-12',
        inForce: { from: '2023-07-12', until: '2026' },
      }),
    )
    expect(result.contacts.last).toEqual({ date: '2023-07-12', event: 'meeting-kishida-stoltenberg-2023-07-12' })
  })

  it('answers as known before the meeting with --known-on: the Madrid understanding still in force', () => {
    const knownOn = '2023-07-12T05:00:00Z'
    const expected = timeline.project(relationship('JPN', 'NATO'), { at: '2023-07-12', knownOn })
    const result = json('project', FIXTURE, 'JPN', 'NATO', '--at', '2023-07-12', '--known-on', knownOn) as {
      agreements: { id: string }[]
    }
    expect(result).toEqual(asJson(expected))
    expect(result.agreements.map((agreement) => agreement.id)).toEqual([
      'agreement-japan-nato-expand-cooperation-2022-06-29',
    ])
  })

  it('says in its readable output that Japan is a partner and names the ITPP', () => {
    const run = entente('project', FIXTURE, 'JPN', 'NATO', '--at', '2023-07-12')
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/\bpartner\b/)
    expect(run.stdout).toContain('Individually Tailored Partnership Programme between NATO and Japan for 2023 – 2026')
    expect(run.stdout).toContain('meeting-kishida-stoltenberg-2023-07-12')
  })
})

describe('entente project --membership NATO', () => {
  it('lists 31 members at the summit, as the library does', () => {
    const result = json('project', FIXTURE, '--membership', 'NATO', '--at', '2023-07-12') as {
      members: { actor: string; status: string }[]
    }
    expect(result).toEqual(asJson(timeline.project(membership('NATO'), { at: '2023-07-12' })))
    expect(result.members.filter((member) => member.status === 'member')).toHaveLength(31)
    expect(result.members).toContainEqual(
      expect.objectContaining({ actor: 'HUN', status: 'member', since: '1999-03-12' }),
    )
  })

  it('lists 30 members the day before Finland joined', () => {
    const result = json('project', FIXTURE, '--membership', 'NATO', '--at', '2023-04-03') as {
      members: { actor: string; status: string }[]
    }
    expect(result.members.filter((member) => member.status === 'member')).toHaveLength(30)
  })
})

describe('entente project --offices', () => {
  it('names Kishida as Japan’s prime minister at the summit', () => {
    const result = json('project', FIXTURE, '--offices', 'JPN', '--at', '2023-07-12') as {
      offices: { office: string; person: string }[]
    }
    expect(result).toEqual(asJson(timeline.project(officeHolders('JPN'), { at: '2023-07-12' })))
    expect(result.offices).toContainEqual(
      expect.objectContaining({ office: 'Prime Minister', person: 'kishida-fumio' }),
    )
  })
})

describe('entente project --proposal, the Tokyo liaison office', () => {
  it('gives the United States and the United Kingdom as supporters, France and China as opponents', () => {
    const result = json('project', FIXTURE, '--proposal', LIAISON_OFFICE, '--at', '2023-07-12')
    expect(result).toEqual(asJson(timeline.project(proposal(LIAISON_OFFICE), { at: '2023-07-12' })))
    expect(result).toMatchObject({ supporters: ['GBR', 'USA'], opponents: ['CHN', 'FRA'] })
  })

  it('names them in its readable output', () => {
    const run = entente('project', FIXTURE, '--proposal', LIAISON_OFFICE, '--at', '2023-07-12')
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/supporters\s+GBR, USA/)
    expect(run.stdout).toMatch(/opponents\s+CHN, FRA/)
  })
})

describe('entente project --network', () => {
  it('has Japan and NATO as partners after the summit', () => {
    const result = json('project', FIXTURE, '--network', '--at', '2023-07-13') as {
      dyads: { pair: string[]; ties: { status: string }[]; tone: { index: number } }[]
    }
    const japanNato = result.dyads.find((dyad) => [...dyad.pair].sort().join('|') === 'JPN|NATO')
    expect(japanNato?.ties.map((tie) => tie.status)).toEqual(['partner'])
    expect(japanNato?.tone.index).toBeGreaterThan(0)
  })
})

describe('entente chronology', () => {
  it('lists Kishida’s three meetings of 12 July: with Stoltenberg, with Yoon, and the Council’s session with the partners', () => {
    const entries = json(
      'chronology',
      FIXTURE,
      '--actor',
      'kishida-fumio',
      '--kind',
      'meeting',
      '--from',
      '2023-07-12',
      '--to',
      '2023-07-12',
    ) as { date: string; event: { id: string } }[]
    expect(entries.map((entry) => entry.event.id).sort()).toEqual([
      'meeting-kishida-stoltenberg-2023-07-12',
      'meeting-kishida-yoon-2023-07-12',
      'meeting-nac-indo-pacific-partners-2023-07-12',
    ])
    expect(entries.every((entry) => entry.date === '2023-07-12')).toBe(true)
  })

  it('shows the launch confirmed in the log as known on 13 July', () => {
    const entries = json('chronology', FIXTURE, '--kind', 'military-activity', '--known-on', '2023-07-13') as {
      event: { id: string; certainty: string }
    }[]
    expect(entries).toContainEqual(
      expect.objectContaining({
        event: expect.objectContaining({ id: 'launch-prk-2023-07-12', certainty: 'confirmed' }),
      }),
    )
  })

  it('shows it suspected as known on 12 July', () => {
    const entries = json('chronology', FIXTURE, '--kind', 'military-activity', '--known-on', '2023-07-12') as {
      event: { id: string; certainty: string }
    }[]
    expect(entries).toContainEqual(
      expect.objectContaining({
        event: expect.objectContaining({ id: 'launch-prk-2023-07-12', certainty: 'suspected' }),
      }),
    )
  })
})
