import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { build } from '../support/build.js'
import { bin, ensureBuilt, entente, root, smallTimeline, tempDir, writeTimeline } from './support.js'

const ESCAPE = '\u001b['

let small: string

beforeAll(async () => {
  await ensureBuilt()
  small = writeTimeline(tempDir(), 'small.ndjson', smallTimeline())
}, 120_000)

describe('entente', () => {
  it('starts with a shebang, so the installed bin runs with node', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
  })

  it('prints its help with --help and -h, and exits 0', () => {
    for (const flag of ['--help', '-h']) {
      const run = entente([flag])
      expect(run.status).toBe(0)
      expect(run.stdout).toMatch(/^Usage: entente COMMAND/)
      for (const command of ['validate', 'project', 'chronology', 'schema']) expect(run.stdout).toContain(command)
      expect(run.stderr).toBe('')
    }
  })

  it('prints the version of package.json with --version', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
    const run = entente(['--version'])
    expect(run).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' })
  })

  it('prints the help of each command with COMMAND --help and with help COMMAND', () => {
    for (const command of ['validate', 'project', 'chronology', 'schema']) {
      const run = entente([command, '--help'])
      expect(run.status).toBe(0)
      expect(run.stdout).toMatch(new RegExp(`^Usage: entente ${command}`))
      expect(entente(['help', command]).stdout).toBe(run.stdout)
    }
  })

  it('shows the help on standard error and exits 2 when given no command', () => {
    const run = entente([])
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^Usage: entente COMMAND/)
  })

  it('refuses an unknown command with exit 2, naming the commands', () => {
    const run = entente(['frobnicate'])
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(
      'entente: unknown command "frobnicate"; the commands are validate, project, chronology, schema, import (see "entente --help")\n',
    )
  })

  it('refuses an unknown option with exit 2 and one line pointing to the help', () => {
    expect(entente(['--frob'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'entente: unknown option --frob (see "entente --help")\n',
    })
    const run = entente(['chronology', small, '--frob'])
    expect(run).toEqual({
      status: 2,
      stdout: '',
      stderr: 'entente: unknown option --frob (see "entente chronology --help")\n',
    })
  })
})

describe('entente output', () => {
  it('has no escape codes when standard output is a pipe', () => {
    const run = entente(['project', small, 'JPN', 'NATO', '--at', '2023-07-31'], {
      env: { NO_COLOR: undefined, FORCE_COLOR: '1' },
    })
    expect(run.status).toBe(0)
    expect(run.stdout).not.toContain(ESCAPE)
  })

  it('has no escape codes with NO_COLOR set', () => {
    const run = entente(['chronology', small], { env: { NO_COLOR: '1' } })
    expect(run.status).toBe(0)
    expect(run.stdout).not.toContain(ESCAPE)
  })

  const hasScript = spawnSync('script', ['--version']).status === 0

  /** Runs the command on a pseudo-terminal, as a person at a terminal would. */
  function onTerminal(args: readonly string[], env: Readonly<Record<string, string>>): string {
    const command = [process.execPath, bin, ...args].map((arg) => `'${arg.replaceAll("'", `'\\''`)}'`).join(' ')
    const result = spawnSync('script', ['-qec', command, '/dev/null'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '', ...env },
    })
    expect(result.status).toBe(0)
    return result.stdout
  }

  it.runIf(hasScript)('is coloured on a terminal', () => {
    expect(onTerminal(['project', small, 'JPN', 'NATO', '--at', '2023-07-31'], {})).toContain(ESCAPE)
  })

  it.runIf(hasScript)('is not coloured on a terminal when NO_COLOR is set', () => {
    const text = onTerminal(['project', small, 'JPN', 'NATO', '--at', '2023-07-31'], { NO_COLOR: '1' })
    expect(text).toContain('JPN and NATO at 2023-07-31')
    expect(text).not.toContain(ESCAPE)
  })

  it('stops quietly when the reader closes the pipe early', () => {
    const many = Array.from({ length: 5000 }, (_, i) => build.statement({ id: `statement-${i}` }))
    const file = writeTimeline(tempDir(), 'many.ndjson', [...smallTimeline(), ...many])
    const result = spawnSync('sh', ['-c', `'${process.execPath}' '${bin}' chronology '${file}' | head -n 1`], {
      encoding: 'utf8',
    })
    expect(result.stdout.split('\n')).toHaveLength(2)
    expect(result.stderr).toBe('')
  })
})
