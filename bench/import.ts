/**
 * Import throughput: GDELT 2.0 rows read by `importGdelt` (from a text, synchronously and with
 * `for await`; from a byte stream a batch at a time; and on to NDJSON lines as `entente import`
 * writes them) side by side with a bare split-and-parse of the same rows (split lines and tabs,
 * read the numbers and dates, build one plain object a row), in rows a second, with the ratio.
 * Rotated order, a warm-up, several rounds, medians; the load average is printed with them.
 *
 *   node --import tsx bench/import.ts [--rows=200000] [--rounds=5] [--smoke]
 *
 * `--smoke` runs 5,000 rows, two rounds: a check that it runs, in seconds, not a measurement.
 */

import { loadavg } from 'node:os'
import { GDELT_2_COLUMNS } from '../src/import/gdelt.js'
import { importGdelt } from '../src/import/index.js'
import { mulberry32 } from './generate.js'

const SIDES = [
  ['USAGOV', 'UNITED STATES', 'USA', '', 'GOV'],
  ['CHNMIL', 'CHINA', 'CHN', '', 'MIL'],
  ['RUS', 'RUSSIA', 'RUS', '', ''],
  ['JPNGOV', 'JAPAN', 'JPN', '', 'GOV'],
  ['IGOWSTNAT', 'NATO', '', 'NAT', 'IGO'],
  ['IGOEUREEC', 'EUROPEAN UNION', '', 'EEC', 'IGO'],
  ['UKRGOV', 'UKRAINE', 'UKR', '', 'GOV'],
  ['FRA', 'FRANCE', 'FRA', '', ''],
  ['', '', '', '', ''],
] as const
const CODES = [
  ['040', '1.0', '1'],
  ['042', '1.9', '1'],
  ['043', '2.8', '1'],
  ['051', '3.4', '1'],
  ['057', '8.0', '1'],
  ['073', '7.4', '2'],
  ['111', '-2.0', '3'],
  ['138', '-7.0', '3'],
  ['173', '-5.0', '4'],
  ['190', '-10.0', '4'],
] as const

/** GDELT 2.0 rows as the 15-minute files write them: varied actors, codes, places, URLs. */
export function gdeltRows(n: number, seed = 1): string {
  const next = mulberry32(seed)
  const lines: string[] = []
  const width = GDELT_2_COLUMNS.length
  for (let i = 0; i < n; i++) {
    const f = new Array<string>(width).fill('')
    const a = SIDES[Math.floor(next() * SIDES.length)]!
    const b = SIDES[Math.floor(next() * (SIDES.length - 1))]!
    const [code, goldstein, quad] = CODES[Math.floor(next() * CODES.length)]!
    const day = 1 + Math.floor(next() * 28)
    f[0] = String(1_100_000_000 + i)
    f[1] = `202307${String(day).padStart(2, '0')}`
    f[2] = '202307'
    f[3] = '2023'
    f[4] = '2023.5288'
    for (const [at, side] of [
      [5, a],
      [15, b],
    ] as const) {
      f[at] = side[0]
      f[at + 1] = side[1]
      f[at + 2] = side[2]
      f[at + 3] = side[3]
      f[at + 7] = side[4]
    }
    f[25] = next() < 0.5 ? '1' : '0'
    f[26] = code
    f[27] = code
    f[28] = code.slice(0, 2)
    f[29] = quad
    f[30] = goldstein
    const articles = 1 + Math.floor(next() * 20)
    f[31] = String(articles)
    f[32] = String(1 + Math.floor(next() * 3))
    f[33] = String(articles)
    f[34] = (next() * 20 - 10).toFixed(4)
    // The action's place, and each actor's (2.0 has eight columns each).
    for (const at of [35, 43, 51]) {
      f[at] = '4'
      f[at + 1] = 'Kyiv, Kyyiv, Misto, Ukraine'
      f[at + 2] = 'UP'
      f[at + 3] = 'UP12'
      f[at + 4] = '26150'
      f[at + 5] = '50.4333'
      f[at + 6] = '30.5167'
      f[at + 7] = '-1044367'
    }
    f[59] = `202307${String(Math.min(28, day + 1)).padStart(2, '0')}${String(Math.floor(next() * 24)).padStart(2, '0')}1500`
    f[60] = `https://news.example.org/${Math.floor(next() * (n / 8))}/story.html`
    lines.push(f.join('\t'))
  }
  return `${lines.join('\n')}\n`
}

/**
 * The same rows as a day of GDELT 2.0's 15-minute files has them: the rows of each file added at
 * the same second, and the events of one article together (eight rows an article). The rows of
 * `gdeltRows` are harder: each is added at an hour of its own, and cites its article on that day.
 */
export function gdeltFileRows(n: number, seed = 1): string {
  const lines = gdeltRows(n, seed).trimEnd().split('\n')
  const out = lines.map((line, i) => {
    const f = line.split('\t')
    const quarter = Math.floor(i / 4000) % 96
    f[59] = `20230729${String(Math.floor(quarter / 4)).padStart(2, '0')}${String((quarter % 4) * 15).padStart(2, '0')}00`
    f[60] = `https://news.example.org/${Math.floor(i / 8)}/story.html`
    return f.join('\t')
  })
  return `${out.join('\n')}\n`
}

/** The bare baseline: split, read the fields a row needs as numbers and dates, build an object. */
function splitAndParse(text: string): number {
  let count = 0
  let start = 0
  for (;;) {
    const end = text.indexOf('\n', start)
    if (end === -1) break
    const f = text.slice(start, end).split('\t')
    start = end + 1
    const d = f[1]!
    const row = {
      id: f[0],
      occurred: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`,
      source: f[5],
      target: f[15],
      code: f[26],
      quad: Number(f[29]),
      goldstein: Number(f[30]),
      mentions: Number(f[31]),
      sources: Number(f[32]),
      articles: Number(f[33]),
      tone: Number(f[34]),
      lat: Number(f[56]),
      lon: Number(f[57]),
      place: f[52],
      added: f[59],
      url: f[60],
    }
    if (row.code !== undefined) count++
  }
  return count
}

/** The events of a text, drawn synchronously (`for...of`): the fast path for a string. */
function importSync(text: string): number {
  let count = 0
  for (const _ of importGdelt(text)) count++
  return count
}

/** The events of a text, one `await` an event (`for await`), as the streaming API gives them. */
async function importAwait(text: string): Promise<number> {
  let count = 0
  for await (const _ of importGdelt(text)) count++
  return count
}

/** The text's bytes in chunks of 1 MiB, as a file stream gives them. */
async function* chunksOf(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += 1 << 20) yield bytes.subarray(at, at + (1 << 20))
}

/** The events of a byte stream, a batch at a time, as `entente import` reads a file. */
async function importStream(bytes: Uint8Array): Promise<number> {
  let count = 0
  for await (const batch of importGdelt(chunksOf(bytes)).batches()) count += batch.length
  return count
}

/** As `entente import` writes them: a byte stream's events, a batch at a time, to NDJSON lines. */
async function importToNdjson(bytes: Uint8Array): Promise<number> {
  let count = 0
  for await (const batch of importGdelt(chunksOf(bytes)).batches()) {
    let lines = ''
    for (const event of batch) lines += `${JSON.stringify(event)}\n`
    // Lines, counted from the text written: the same number as the events of the other targets.
    for (let at = lines.indexOf('\n'); at !== -1; at = lines.indexOf('\n', at + 1)) count++
  }
  return count
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
  const smoke = argv.includes('--smoke')
  const rows = Number(value('rows') ?? (smoke ? 5_000 : 200_000))
  const rounds = Number(value('rounds') ?? (smoke ? 2 : 5))
  const text = gdeltRows(rows)
  const bytes = new TextEncoder().encode(text)
  const fileLike = gdeltFileRows(rows)
  const fileBytes = new TextEncoder().encode(fileLike)
  const warmFileBytes = new TextEncoder().encode(gdeltFileRows(rows / 10, 2))
  const targets: [string, (text: string, bytes: Uint8Array) => number | Promise<number>][] = [
    ['split-and-parse (baseline)', splitAndParse],
    ['importGdelt, for...of (text)', importSync],
    ['importGdelt, for await (text)', importAwait],
    ['importGdelt, batches (bytes)', (_, b) => importStream(b)],
    ['importGdelt + NDJSON (bytes)', (_, b) => importToNdjson(b)],
    ['importGdelt, for...of (file)', (t) => importSync(t === text ? fileLike : gdeltFileRows(rows / 10, 2))],
    ['importGdelt + NDJSON (file)', (t) => importToNdjson(t === text ? fileBytes : warmFileBytes)],
  ]
  // Every import target must give the same events for the same rows before any is timed: the
  // generated rows' count, and the file rows' count (the same rows, but articles cited together).
  const counts = new Map<string, number>()
  for (const [name, run] of targets.slice(1)) counts.set(name, await run(text, bytes))
  const generated = new Set([...counts].filter(([name]) => !name.includes('(file)')).map(([, n]) => n))
  const files = new Set([...counts].filter(([name]) => name.includes('(file)')).map(([, n]) => n))
  if (generated.size !== 1 || files.size !== 1) {
    console.error(`the targets disagree on the events of the same rows: ${JSON.stringify(Object.fromEntries(counts))}`)
    process.exit(1)
  }
  console.log(
    `every target gave the same events: ${[...generated][0]} of the generated rows, ${[...files][0]} as files have them`,
  )
  // Warm-up on a tenth of the rows, then rounds in rotated order.
  const warm = gdeltRows(Math.max(1_000, rows / 10), 2)
  const warmBytes = new TextEncoder().encode(warm)
  for (const [, run] of targets) await run(warm, warmBytes)
  // Wall time, and the process's CPU time (all its threads, the collector's too): on a loaded
  // machine the CPU time is the steadier of the two.
  const times = new Map<string, number[]>(targets.map(([name]) => [name, []]))
  const cpu = new Map<string, number[]>(targets.map(([name]) => [name, []]))
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < targets.length; k++) {
      const [name, run] = targets[(k + round) % targets.length]!
      const start = performance.now()
      const used = process.cpuUsage()
      await run(text, bytes)
      const spent = process.cpuUsage(used)
      times.get(name)!.push(performance.now() - start)
      cpu.get(name)!.push((spent.user + spent.system) / 1000)
    }
  }
  const base = median(times.get(targets[0]![0])!)
  const baseCpu = median(cpu.get(targets[0]![0])!)
  const load = loadavg()
    .map((n) => n.toFixed(2))
    .join(', ')
  console.log(
    `GDELT 2.0 rows: ${rows.toLocaleString('en-US')}, ${rounds} rounds, medians (node ${process.version}, load average ${load})`,
  )
  console.log(
    `${'target'.padEnd(30)} ${'wall'.padStart(9)}     ${'rows/s'.padStart(11)}  ratio  ${'cpu'.padStart(9)}     ratio`,
  )
  for (const [name] of targets) {
    const ms = median(times.get(name)!)
    const used = median(cpu.get(name)!)
    const rate = Math.round(rows / (ms / 1000))
    console.log(
      `${name.padEnd(30)} ${ms.toFixed(1).padStart(9)} ms  ${rate.toLocaleString('en-US').padStart(11)}  ${(ms / base).toFixed(2)}x  ${used.toFixed(1).padStart(9)} ms  ${(used / baseCpu).toFixed(2)}x`,
    )
  }
}

// Run only as a script: the tests import gdeltRows from here.
if (process.argv[1]?.endsWith('import.ts')) await main()
