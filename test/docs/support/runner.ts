/**
 * Runs documentation examples one after another in this process, and writes what each printed
 * (per block of a chain) and any error it threw to a JSON report.
 *
 * Usage: tsx --tsconfig .doc-examples/tsconfig.json test/docs/support/runner.ts LIST REPORT
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { format } from 'node:util'

const [listPath, reportPath] = process.argv.slice(2)
if (listPath === undefined || reportPath === undefined) throw new Error('usage: runner.ts LIST REPORT')
const paths = JSON.parse(readFileSync(listPath, 'utf8')) as string[]

let outputs: string[][] = [[]]
let current = 0
let failure: unknown
const print = (...args: unknown[]): void => {
  ;(outputs[current] ??= []).push(format(...args))
}
console.log = print
console.info = print
console.warn = print
console.error = print
;(globalThis as { __docBlock?: (n: number) => void }).__docBlock = (n) => {
  current = n
}
process.on('unhandledRejection', (reason) => {
  failure ??= reason
})

const describe = (error: unknown): string => (error instanceof Error ? (error.stack ?? error.message) : String(error))
const report: { path: string; outputs: string[]; error?: string; ms: number }[] = []
for (const path of paths) {
  outputs = [[]]
  current = 0
  failure = undefined
  const started = performance.now()
  try {
    await import(pathToFileURL(path).href)
    // Let callbacks the example scheduled but did not await finish, so their output counts.
    await new Promise((done) => setTimeout(done, 0))
  } catch (error) {
    failure ??= error
  }
  report.push({
    path,
    outputs: outputs.map((lines) => (lines ?? []).join('\n')),
    ...(failure === undefined ? {} : { error: describe(failure) }),
    ms: Math.round(performance.now() - started),
  })
}
writeFileSync(reportPath, JSON.stringify(report))
