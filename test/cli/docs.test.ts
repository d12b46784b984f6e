/**
 * The sessions of docs/cli.md are real: each `$ entente ...` line of a console block is run
 * against the fixture, and what it prints must be what the page shows. A line `…` ends what
 * the page shows of a longer output; `echo $?` shows the exit code of the command before.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, readFileSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { bin, ensureBuilt, root, tempDir } from './support.js'

/** One command of a session, with what the page says it prints. */
interface Sample {
  /** The command line after `$ `. */
  readonly command: string
  /** The lines shown after it. */
  readonly output: readonly string[]
  /** Whether the page shows only the start of the output (it ends with `…`). */
  readonly partial: boolean
  /** The 1-based line of docs/cli.md the command is on. */
  readonly line: number
}

/** The sessions of a Markdown page: every ```console block, cut at each `$ ` line. */
function samplesOf(markdown: string): Sample[] {
  const samples: Sample[] = []
  let inConsole = false
  let current: { command: string; output: string[]; line: number } | undefined
  const finish = (): void => {
    if (current === undefined) return
    const partial = current.output.at(-1) === '…'
    samples.push({ ...current, output: partial ? current.output.slice(0, -1) : current.output, partial })
    current = undefined
  }
  for (const [index, text] of markdown.split('\n').entries()) {
    if (!inConsole) {
      inConsole = text === '```console'
      continue
    }
    if (text === '```') {
      finish()
      inConsole = false
    } else if (text.startsWith('$ ')) {
      finish()
      current = { command: text.slice(2), output: [], line: index + 1 }
    } else current?.output.push(text)
  }
  return samples
}

const page = join(root, 'docs/cli.md')
const samples = samplesOf(readFileSync(page, 'utf8'))

let cwd: string

beforeAll(async () => {
  await ensureBuilt()
  // The sessions run where the fixtures are, beside the damaged file the page validates.
  cwd = tempDir()
  symlinkSync(join(root, 'fixtures'), join(cwd, 'fixtures'))
  copyFileSync(join(root, 'test/cli/samples/broken.ndjson'), join(cwd, 'broken.ndjson'))
}, 120_000)

/** Strips colour codes, which a pipe never gets, so that a forced colour cannot fail the comparison. */
function plain(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character starts each code
  return text.replace(/\u001b\[[0-9;]*m/g, '')
}

describe('docs/cli.md', () => {
  it('shows sessions of entente to check', () => {
    expect(samples.filter((sample) => sample.command.startsWith('entente ')).length).toBeGreaterThan(10)
  })

  let status: number | null = null

  it.each(samples.map((sample) => [`line ${sample.line}: $ ${sample.command}`, sample] as const))('%s', (_, sample) => {
    let printed: string
    if (sample.command === 'echo $?') printed = `${status}\n`
    else {
      expect(sample.command, `docs/cli.md:${sample.line} runs something other than entente`).toMatch(/^entente /)
      // The shell reads the redirections; the command is the built binary.
      const script = `'${process.execPath}' '${bin}' ${sample.command.slice('entente '.length)} 2>&1`
      const run = spawnSync('sh', ['-c', script], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, FORCE_COLOR: '0' },
        timeout: 30_000,
      })
      status = run.status
      printed = run.stdout
    }
    const lines = plain(printed).replace(/\n$/, '').split('\n')
    const actual = (sample.partial ? lines.slice(0, sample.output.length) : lines).join('\n')
    expect(actual, `docs/cli.md:${sample.line}: what "$ ${sample.command}" prints`).toBe(sample.output.join('\n'))
  })
})
