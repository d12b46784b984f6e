/**
 * Start-up costs a user feels before any work is done: importing the library, and running the
 * `entente` command for its version or help, each side by side with bare Node and with importing
 * zod alone (the library's largest dependency), in fresh processes, rounds rotated, medians.
 *
 *   npm run build && node --import tsx bench/startup.ts [--rounds=21]
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const CLI = join(ROOT, 'dist/cli/main.js')
const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 21)

if (!existsSync(CLI)) {
  process.stderr.write('bench/startup.ts: build first (npm run build)\n')
  process.exit(2)
}

const CASES: Record<string, readonly string[]> = {
  'node -e 0': ['-e', '0'],
  'import zod': ['--input-type=module', '-e', "await import('zod')"],
  'import entente-timeline (ESM)': ['--input-type=module', '-e', "await import('./dist/index.js')"],
  'require entente-timeline (CJS)': ['-e', "require('./dist/index.cjs')"],
  'entente --version': [CLI, '--version'],
  'entente --help': [CLI, '--help'],
}

function once(args: readonly string[]): number {
  const started = process.hrtime.bigint()
  const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] })
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr.toString()}`)
  return ms
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

const names = Object.keys(CASES)
const times = new Map<string, number[]>(names.map((name) => [name, []]))
for (const name of names) once(CASES[name]!) // warm the file system cache
for (let round = 0; round < rounds; round++) {
  // Rotate the order so that no case always runs first after a pause.
  for (let i = 0; i < names.length; i++) {
    const name = names[(round + i) % names.length]!
    times.get(name)!.push(once(CASES[name]!))
  }
}

const bare = median(times.get('node -e 0')!)
console.log(`start-up, ${rounds} rounds, Node ${process.version}, medians in ms (ratio to bare Node)`)
console.log('| what | median ms | p90 ms | × node -e 0 |')
console.log('|---|---:|---:|---:|')
for (const name of names) {
  const list = times.get(name)!
  const sorted = [...list].sort((a, b) => a - b)
  const p90 = sorted[Math.min(sorted.length - 1, Math.ceil(0.9 * sorted.length) - 1)]!
  console.log(`| ${name} | ${median(list).toFixed(0)} | ${p90.toFixed(0)} | ${(median(list) / bare).toFixed(2)} |`)
}
