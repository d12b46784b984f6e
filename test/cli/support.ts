/**
 * Running the built `entente` binary in tests: build it when it is missing or older than the
 * sources (once, even when several test files ask at the same time), run it as a child
 * process, and write small timelines to a temporary directory.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Options, build as tsup } from 'tsup'
import config from '../../tsup.config.js'
import { actor, build } from '../support/build.js'

/** The package's root directory. */
export const root = fileURLToPath(new URL('../..', import.meta.url))

/** The built command. */
export const bin = join(root, 'dist/cli/main.js')

/** The Vilnius fixture, which the suites use when it is there. */
export const fixture = join(root, 'fixtures/vilnius-2023.ndjson')

/** The newest modification time of the sources the binary is built from. */
function newestSource(): number {
  let newest = Math.max(statSync(join(root, 'package.json')).mtimeMs, statSync(join(root, 'tsup.config.ts')).mtimeMs)
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else newest = Math.max(newest, statSync(path).mtimeMs)
    }
  }
  walk(join(root, 'src'))
  return newest
}

/** The command's entry of tsup.config.ts, so the tests build it exactly as the package does. */
function cliOptions(): Options {
  const entries = (Array.isArray(config) ? config : [config]) as Options[]
  const cli = entries.find(
    (entry) => typeof entry.entry === 'object' && !Array.isArray(entry.entry) && 'cli/main' in entry.entry,
  )
  if (cli === undefined) throw new Error('tsup.config.ts has no entry for cli/main')
  return cli
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Builds dist/cli/main.js if it is missing or older than the sources. A lock directory keeps
 * test files that run in parallel from building at the same time.
 */
export async function ensureBuilt(): Promise<void> {
  const lock = join(tmpdir(), `entente-cli-build-${Buffer.from(root).toString('hex').slice(-32)}.lock`)
  for (let waited = 0; ; waited += 100) {
    try {
      mkdirSync(lock)
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      // A lock left behind by a run that was killed is cleared after a minute.
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs
      if (since !== undefined && Date.now() - since > 60_000) rmSync(lock, { recursive: true, force: true })
      if (waited > 120_000) throw new Error(`waited two minutes for ${lock}`)
      await sleep(100)
    }
  }
  try {
    if (!existsSync(bin) || statSync(bin).mtimeMs < newestSource())
      await tsup({ ...cliOptions(), config: false, silent: true })
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}

/** What a run of the command did. */
export interface Run {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Options of {@link entente}. */
export interface RunOptions {
  /** What to give it on standard input. @defaultValue nothing */
  readonly input?: string
  /** Variables to add to (or, when undefined, remove from) its environment. */
  readonly env?: Readonly<Record<string, string | undefined>>
}

/**
 * Runs `node dist/cli/main.js ARGS...` from the package's root, with standard output and
 * standard error as pipes.
 *
 * @param args - the arguments
 * @param options - standard input and environment
 */
export function entente(args: readonly string[], options: RunOptions = {}): Run {
  // Colour is decided by the test, not by the environment the tests run in.
  const env: Record<string, string | undefined> = {
    ...process.env,
    FORCE_COLOR: undefined,
    NO_COLOR: undefined,
    ...options.env,
  }
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name]
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    input: options.input ?? '',
    encoding: 'utf8',
    env,
    timeout: 30_000,
  })
  if (result.error !== undefined) throw result.error
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** A temporary directory for one test file's timelines. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'entente-cli-'))
}

/**
 * Writes a timeline file: events as NDJSON (one a line), or text as it is.
 *
 * @param dir - the directory
 * @param name - the file's name
 * @param content - events, or raw text
 * @returns the file's path
 */
export function writeTimeline(dir: string, name: string, content: readonly unknown[] | string): string {
  const path = join(dir, name)
  writeFileSync(
    path,
    typeof content === 'string' ? content : content.map((event) => `${JSON.stringify(event)}\n`).join(''),
  )
  return path
}

const DECLARED = '2023-01-01T00:00:00Z'

/**
 * A small timeline around the Vilnius summit: Japan a partner of NATO (and, by a weaker
 * source, an observer), Kishida meeting Stoltenberg, a statement, the partnership programme,
 * a proposal with positions, and North Korea's launch, suspected on 12 July and confirmed on
 * the 13th.
 */
export function smallTimeline(): unknown[] {
  return [
    actor('JPN', 'state', { name: 'Japan', recorded: DECLARED }),
    actor('NATO', 'organisation', { name: 'North Atlantic Treaty Organization', recorded: DECLARED }),
    actor('LTU', 'state', { name: 'Lithuania', recorded: DECLARED }),
    actor('FRA', 'state', { name: 'France', recorded: DECLARED }),
    actor('PRK', 'state', { name: 'North Korea', recorded: DECLARED }),
    actor('kishida-fumio', 'person', { name: 'Kishida Fumio', recorded: DECLARED }),
    actor('stoltenberg-jens', 'person', { name: 'Jens Stoltenberg', recorded: DECLARED }),
    build.office({ recorded: DECLARED }),
    build.office({
      id: 'stoltenberg-takes-office',
      occurred: '2014-10-01',
      recorded: DECLARED,
      person: 'stoltenberg-jens',
      office: 'Secretary General',
      of: 'NATO',
    }),
    build.membership({
      id: 'fra-joins-nato',
      occurred: '1949-04-04',
      recorded: DECLARED,
      member: 'FRA',
      certainty: 'confirmed',
    }),
    build.membership({
      id: 'ltu-joins-nato',
      occurred: '2004-03-29',
      recorded: DECLARED,
      member: 'LTU',
      certainty: 'confirmed',
    }),
    build.membership({
      id: 'jpn-partner-nato',
      occurred: '2014-05-06',
      recorded: DECLARED,
      member: 'JPN',
      status: 'partner',
      certainty: 'confirmed',
    }),
    build.membership({ id: 'jpn-observer-nato', occurred: '2023-07-11', member: 'JPN', status: 'observer' }),
    build.summit(),
    build.meeting(),
    build.statement(),
    build.agreement({ inForce: { from: '2023-07-12', until: '2026' } }),
    build.proposal(),
    build.position({ recorded: '2023-07-14T00:00:00Z' }),
    build.position({ id: 'jpn-supports-tokyo-office', occurred: '2023-06', actor: 'JPN', stance: 'support' }),
    build.position({ id: 'nato-supports-tokyo-office', occurred: '2023-06', actor: 'NATO', stance: 'support' }),
    build['military-activity'](),
    build.correction(),
  ]
}
