/**
 * Writes the documentation's examples as TypeScript files under `.doc-examples/` (where
 * `entente-timeline` and `entente-timeline/node` resolve to src/ through a tsconfig `paths` mapping), type-checks
 * them in one program, and runs them in one tsx process. They run in a folder laid out like a
 * user's project, where `fixtures/` holds the package's fixtures, so that whatever an example writes stays out of the repository.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { type Block, type Chain, chains, exampleBlocks, markdownBlocks } from './blocks.js'

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
/** Where the examples are written; listed in .gitignore. */
export const WORKSPACE = join(ROOT, '.doc-examples')
/** The working directory the examples run in. */
export const PROJECT = join(WORKSPACE, 'project')

/** The Markdown files whose TypeScript blocks are checked: the README, the guides, the fixtures' page. */
export function markdownFiles(): string[] {
  const guides = readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`)
  return ['README.md', ...guides, 'fixtures/README.md']
}

/** Every source file under src/, repository-relative. */
export function sourceFiles(dir = 'src'): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = `${dir}/${entry.name}`
      if (entry.isDirectory()) return sourceFiles(path)
      return entry.name.endsWith('.ts') ? [path] : []
    })
}

/** The example programs of examples/, repository-relative. */
export function examplePrograms(): string[] {
  return readdirSync(join(ROOT, 'examples'))
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => `examples/${name}`)
}

/** Every documentation example, as programs to write. */
export function collectChains(): Chain[] {
  const fromSource = sourceFiles().flatMap((file) => exampleBlocks(file, readFileSync(join(ROOT, file), 'utf8')))
  const fromMarkdown = markdownFiles().flatMap((file) => markdownBlocks(file, readFileSync(join(ROOT, file), 'utf8')))
  return [...chains(fromSource), ...chains(fromMarkdown)]
}

/** One chain as a file on disk, and how its lines map back to where they were written. */
export interface WrittenChain {
  readonly chain: Chain
  readonly path: string
  /** For each block of the chain, the 0-based line of the written file it starts on. */
  readonly offsets: readonly number[]
  readonly run: boolean
}

function slug(block: Block): string {
  return `${block.file.replace(/[^A-Za-z0-9]+/g, '-')}-${block.line}`
}

/** A folder like a user's project, with the fixtures at the repository's path. */
function makeProject(): void {
  mkdirSync(PROJECT, { recursive: true })
  symlinkSync(join(ROOT, 'fixtures'), join(PROJECT, 'fixtures'), 'dir')
}

/** Writes every chain as one module, with a marker before each continuing block so output can be told apart. */
export function writeChains(all: readonly Chain[]): WrittenChain[] {
  rmSync(WORKSPACE, { recursive: true, force: true })
  mkdirSync(WORKSPACE, { recursive: true })
  makeProject()
  const written = all.map((chain) => {
    const lines: string[] = []
    const offsets: number[] = []
    chain.blocks.forEach((block, i) => {
      if (i > 0) lines.push(`;(globalThis as { __docBlock?: (n: number) => void }).__docBlock?.(${i})`)
      offsets.push(lines.length)
      lines.push(...block.code.split('\n'))
    })
    lines.push('export {}', '')
    const path = join(WORKSPACE, `${slug(chain.blocks[0]!)}.ts`)
    writeFileSync(path, lines.join('\n'))
    return { chain, path, offsets, run: chain.blocks.every((block) => block.run) }
  })
  const tsconfig = {
    extends: '../tsconfig.json',
    compilerOptions: {
      noEmit: true,
      paths: { 'entente-timeline': ['../src/index.ts'], 'entente-timeline/node': ['../src/node.ts'] },
    },
    files: written.map((each) => relative(WORKSPACE, each.path)),
    include: [],
  }
  writeFileSync(join(WORKSPACE, 'tsconfig.json'), `${JSON.stringify(tsconfig, null, 2)}\n`)
  return written
}

/** Where in the documentation a line of a written chain was written. */
export function origin(written: WrittenChain, line: number): string {
  let index = 0
  for (let i = 0; i < written.offsets.length; i++) if (written.offsets[i]! <= line) index = i
  const block = written.chain.blocks[index]!
  return `${block.file}:${block.line + line - written.offsets[index]!}`
}

/** Type-checks every written chain, and the programs in examples/, in one TypeScript program. */
export function typeCheck(
  written: readonly WrittenChain[],
  extra: readonly string[] = [],
): { program: ts.Program; errors: Map<string, string[]> } {
  const host: ts.ParseConfigFileHost = {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
    },
  }
  const config = ts.getParsedCommandLineOfConfigFile(join(WORKSPACE, 'tsconfig.json'), {}, host)!
  const rootNames = [
    ...config.fileNames,
    ...extra.map((file) => join(ROOT, file)),
    join(ROOT, 'src/index.ts'),
    join(ROOT, 'src/node.ts'),
  ]
  const program = ts.createProgram({ rootNames, options: config.options })
  const errors = new Map<string, string[]>()
  const byPath = new Map(written.map((each) => [resolve(each.path), each]))
  const checked = [...written.map((each) => resolve(each.path)), ...extra.map((file) => join(ROOT, file))]
  for (const path of checked) {
    const source = program.getSourceFile(path)
    if (source === undefined) {
      errors.set(path, ['not part of the program'])
      continue
    }
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]
    errors.set(
      path,
      diagnostics.map((diagnostic) => {
        const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')
        const line = diagnostic.start === undefined ? 0 : source.getLineAndCharacterOfPosition(diagnostic.start).line
        const chain = byPath.get(path)
        const where = chain === undefined ? `${relative(ROOT, path)}:${line + 1}` : origin(chain, line)
        return `${where}: TS${diagnostic.code}: ${message}`
      }),
    )
  }
  return { program, errors }
}

/** What one chain did when it ran. */
export interface RunResult {
  readonly path: string
  /** What each block of the chain printed, by block. */
  readonly outputs: readonly string[]
  readonly error?: string
  readonly ms: number
}

/** Runs the chains, one after another, in one tsx process whose working directory is {@link PROJECT}. */
export function runChains(written: readonly WrittenChain[]): Promise<Map<string, RunResult>> {
  const list = join(WORKSPACE, 'run-list.json')
  const report = join(WORKSPACE, 'run-report.json')
  writeFileSync(list, JSON.stringify(written.filter((each) => each.run).map((each) => each.path)))
  const tsx = join(ROOT, 'node_modules/.bin/tsx')
  const runner = join(ROOT, 'test/docs/support/runner.ts')
  return new Promise((done, fail) => {
    const child = spawn(tsx, ['--tsconfig', join(WORKSPACE, 'tsconfig.json'), runner, list, report], {
      cwd: PROJECT,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => child.kill(), 100_000)
    child.on('error', fail)
    child.on('close', (code) => {
      clearTimeout(timer)
      try {
        const results = JSON.parse(readFileSync(report, 'utf8')) as RunResult[]
        done(new Map(results.map((result) => [result.path, result])))
      } catch (error) {
        fail(new Error(`the example runner exited with ${code} and no report:\n${stderr}`, { cause: error }))
      }
    })
  })
}
