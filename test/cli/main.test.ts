import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
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
      'entente: unknown command "frobnicate"; the commands are validate, project, chronology, schema, import, load, chart, report (see "entente --help")\n',
    )
  })

  it('refuses an unknown option with exit 2 and one line pointing to the help', () => {
    expect(entente(['--frob'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'entente: unknown option --frob (see "entente --help")\n',
    })
    const run = entente(['chronology', small, '--frobnicate'])
    expect(run).toEqual({
      status: 2,
      stdout: '',
      stderr: 'entente: unknown option --frobnicate (see "entente chronology --help")\n',
    })
  })
})

describe('entente output', () => {
  it('has no escape codes when standard output is a pipe', () => {
    const run = entente(['project', small, 'JPN', 'NATO', '--at', '2023-07-31'])
    expect(run.status).toBe(0)
    expect(run.stdout).not.toContain(ESCAPE)
  })

  it('is coloured on a pipe when FORCE_COLOR asks for it, and not when it is 0', () => {
    const forced = entente(['project', small, 'JPN', 'NATO', '--at', '2023-07-31'], { env: { FORCE_COLOR: '1' } })
    expect(forced.stdout).toContain(`${ESCAPE}1mJPN and NATO at 2023-07-31`)
    const off = entente(['project', small, 'JPN', 'NATO', '--at', '2023-07-31'], { env: { FORCE_COLOR: '0' } })
    expect(off.stdout).not.toContain(ESCAPE)
  })

  it('has no escape codes with NO_COLOR set', () => {
    const run = entente(['chronology', small], { env: { NO_COLOR: '1' } })
    expect(run.status).toBe(0)
    expect(run.stdout).not.toContain(ESCAPE)
  })

  const hasScript = spawnSync('script', ['--version']).status === 0

  /** Runs the command on a pseudo-terminal, as a person at a terminal would. */
  function onTerminal(args: readonly string[], env: Readonly<Record<string, string | undefined>>): string {
    const command = [process.execPath, bin, ...args].map((arg) => `'${arg.replaceAll("'", `'\\''`)}'`).join(' ')
    const merged: Record<string, string | undefined> = {
      ...process.env,
      NO_COLOR: undefined,
      FORCE_COLOR: undefined,
      TERM: 'xterm-256color',
      ...env,
    }
    for (const [name, value] of Object.entries(merged)) if (value === undefined) delete merged[name]
    const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: root, encoding: 'utf8', env: merged })
    expect(result.status).toBe(0)
    return result.stdout
  }

  const relationship = ['project', '', 'JPN', 'NATO', '--at', '2023-07-31']

  it.runIf(hasScript)('is coloured on a terminal', () => {
    relationship[1] = small
    expect(onTerminal(relationship, {})).toContain(ESCAPE)
  })

  it.runIf(hasScript)('is not coloured on a terminal when NO_COLOR is set, TERM is dumb or FORCE_COLOR is 0', () => {
    relationship[1] = small
    for (const env of [{ NO_COLOR: '1' }, { TERM: 'dumb' }, { FORCE_COLOR: '0' }]) {
      const text = onTerminal(relationship, env)
      expect(text).toContain('JPN and NATO at 2023-07-31')
      expect(text).not.toContain(ESCAPE)
    }
  })

  it('stops quietly, with exit code 0, when the reader closes the pipe early', () => {
    const many = Array.from({ length: 5000 }, (_, i) => build.statement({ id: `statement-${i}` }))
    const file = writeTimeline(tempDir(), 'many.ndjson', [...smallTimeline(), ...many])
    const result = spawnSync(
      'bash',
      ['-c', `'${process.execPath}' '${bin}' chronology '${file}' | head -n 1; exit \${PIPESTATUS[0]}`],
      { encoding: 'utf8' },
    )
    expect(result.stdout.split('\n')).toHaveLength(2)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })

  it.runIf(existsSync('/dev/full'))('ends with one line and exit code 1 when the output cannot be written', () => {
    const result = spawnSync('sh', ['-c', `'${process.execPath}' '${bin}' chronology '${small}' > /dev/full`], {
      encoding: 'utf8',
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toBe('entente: cannot write the output: no space left on the device (ENOSPC)\n')
  })
})

describe('entente errors', () => {
  it('start every line with "entente:", whatever went wrong', () => {
    const broken = writeTimeline(tempDir(), 'broken.ndjson', '{"id": \nnot json\n')
    const runs = [
      entente(['projct']),
      entente(['--frob']),
      entente(['validate', broken]),
      entente(['validate', broken, '/nonexistent/x.ndjson']),
      entente(['project', broken, 'JPN', 'NATO', '--at', '2023']),
      entente(['project', small, 'JPN', 'NATO', '--at', '2023-02-30']),
      entente(['project', small, 'JPN', 'XYZ', '--at', '2023']),
      entente(['chronology', '/nonexistent/x.ndjson']),
      entente(['chronology', small, '--from', '2024', '--to', '2023']),
      entente(['schema', 'nothing']),
    ]
    for (const run of runs) {
      expect(run.status).not.toBe(0)
      const lines = run.stderr.trimEnd().split('\n')
      expect(lines.length).toBeGreaterThan(0)
      for (const line of lines) expect(line).toMatch(/^entente: \S/)
    }
  })
})

/** A module hook that records the URL of every module loaded into a file. */
function loadRecorder(): { readonly register: string; readonly loaded: () => string[] } {
  const dir = tempDir()
  const record = join(dir, 'loaded.txt')
  const hooks = join(dir, 'hooks.mjs')
  writeFileSync(
    hooks,
    `import { appendFileSync } from 'node:fs'\nexport async function load(url, context, next) {\n  appendFileSync(${JSON.stringify(record)}, url + '\\n')\n  return next(url, context)\n}\n`,
  )
  const register = join(dir, 'register.mjs')
  writeFileSync(
    register,
    `import { register } from 'node:module'\nregister(${JSON.stringify(pathToFileURL(hooks).href)})\n`,
  )
  return {
    register,
    loaded: () => (existsSync(record) ? readFileSync(record, 'utf8').trim().split('\n') : []),
  }
}

describe('entente start-up', () => {
  it('loads neither the library nor its dependencies for --version and --help', () => {
    for (const flag of ['--version', '--help']) {
      const recorder = loadRecorder()
      const result = spawnSync(process.execPath, ['--import', recorder.register, bin, flag], {
        cwd: root,
        encoding: 'utf8',
      })
      expect(result.status).toBe(0)
      const loaded = recorder.loaded()
      expect(loaded).toContain(pathToFileURL(bin).href)
      expect(loaded.filter((url) => url.includes('node_modules'))).toEqual([])
      for (const url of loaded.filter((u) => u.startsWith('file:'))) {
        expect(readFileSync(fileURLToPath(url), 'utf8')).not.toMatch(/from "(zod|immer|date-fns)"/)
      }
    }
  })

  it('loads the library when a command runs (so the check above can fail)', () => {
    const recorder = loadRecorder()
    const result = spawnSync(process.execPath, ['--import', recorder.register, bin, 'schema', 'meeting'], {
      cwd: root,
      encoding: 'utf8',
    })
    expect(result.status).toBe(0)
    expect(recorder.loaded().some((url) => url.includes('node_modules/zod/'))).toBe(true)
  })
})
