import { beforeAll, describe, expect, it } from 'vitest'
import { closest, editDistance } from '../../src/suggest.js'
import { ensureBuilt, entente, smallTimeline, tempDir, writeTimeline } from './support.js'

let small: string

beforeAll(async () => {
  await ensureBuilt()
  small = writeTimeline(tempDir(), 'small.ndjson', smallTimeline())
}, 120_000)

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit each', () => {
    expect(editDistance('project', 'project')).toBe(0)
    expect(editDistance('projct', 'project')).toBe(1)
    expect(editDistance('projectt', 'project')).toBe(1)
    expect(editDistance('prodect', 'project')).toBe(1)
    expect(editDistance('porject', 'project')).toBe(1)
    expect(editDistance('', 'abc')).toBe(3)
    expect(editDistance('kitten', 'sitting')).toBe(3)
  })
})

describe('closest', () => {
  it('finds the known name a misspelling was meant to be, ignoring case', () => {
    expect(closest('--knownon', ['--at', '--known-on', '--json'])).toBe('--known-on')
    expect(closest('nato', ['NATO', 'JPN'])).toBe('NATO')
  })

  it('suggests nothing when no known name is close', () => {
    expect(closest('frobnicate', ['validate', 'project', 'chronology', 'schema'])).toBeUndefined()
    expect(closest('xy', ['ab'])).toBeUndefined()
  })
})

describe('entente suggestions', () => {
  it('suggests the command a misspelt one was meant to be', () => {
    expect(entente(['projct'])).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'entente: unknown command "projct" (did you mean "project"?); the commands are validate, project, chronology, schema, import, load, chart, report (see "entente --help")\n',
    })
    expect(entente(['help', 'chronolgy']).stderr).toContain('(did you mean "chronology"?)')
  })

  it("suggests the option a misspelt one was meant to be, among the command's options", () => {
    expect(entente(['project', small, 'JPN', 'NATO', '--at', '2023', '--knownon', '2023'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'entente: unknown option --knownon (did you mean "--known-on"?) (see "entente project --help")\n',
    })
    expect(entente(['chronology', small, '--kinds=meeting']).stderr).toContain('(did you mean "--kind"?)')
    expect(entente(['--verison']).stderr).toBe(
      'entente: unknown option --verison (did you mean "--version"?) (see "entente --help")\n',
    )
  })

  it('suggests the kind a misspelt one was meant to be', () => {
    const run = entente(['schema', 'meetin'])
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/^entente: unknown kind "meetin" \(did you mean "meeting"\?\); the kinds are actor, /)
    expect(entente(['chronology', small, '--kind', 'millitary-activity']).stderr).toContain(
      '(did you mean "military-activity"?)',
    )
  })

  it('suggests the actor a misspelt one was meant to be', () => {
    expect(entente(['project', small, 'JPN', 'NATOO', '--at', '2023']).stderr).toBe(
      `entente: ${small}: unknown actor "NATOO" (did you mean "NATO"?)\n`,
    )
    expect(entente(['chronology', small, '--actor', 'kishida-fumoi']).stderr).toBe(
      `entente: ${small}: unknown actor "kishida-fumoi" (did you mean "kishida-fumio"?)\n`,
    )
  })

  it('suggests the id of an actor asked about by its name or an alias', () => {
    expect(entente(['project', small, 'Japan', 'NATO', '--at', '2023']).stderr).toBe(
      `entente: ${small}: unknown actor "Japan" (did you mean "JPN"?)\n`,
    )
    expect(entente(['chronology', small, '--actor', 'north atlantic treaty organization']).stderr).toBe(
      `entente: ${small}: unknown actor "north atlantic treaty organization" (did you mean "NATO"?)\n`,
    )
  })

  it('suggests nothing for a name far from every known one', () => {
    expect(entente(['frobnicate']).stderr).not.toContain('did you mean')
    expect(entente(['chronology', small, '--frobnicate']).stderr).toBe(
      'entente: unknown option --frobnicate (see "entente chronology --help")\n',
    )
  })
})
