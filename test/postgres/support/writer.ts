/**
 * A writer in a process of its own, for the tests that kill one mid-append or race two.
 *
 * Usage: tsx writer.ts TARGET SCHEMA kill COUNT   validates COUNT generated events, says
 *          `writing`, then stores them in one transaction and says `done`
 *        tsx writer.ts TARGET SCHEMA race ID      reads the log, says `ready`, waits for a line
 *          on stdin, then appends one event with the version it read and says `stored`,
 *          `concurrency` or the error
 */
import { createInterface } from 'node:readline'
import { generate } from '../../../bench/generate.js'
import { ConcurrencyError } from '../../../src/index.js'
import { PostgresLog } from '../../../src/postgres/index.js'

const [target, schema, mode, arg] = process.argv.slice(2) as [string, string, string, string]
const say = (line: string): void => {
  process.stdout.write(`${line}\n`)
}

const log = await PostgresLog.open(target, { schema })
if (mode === 'kill') {
  const next = (await log.timeline()).appendMany(generate({ events: Number(arg), seed: 7 }))
  say('writing')
  await log.commit(next)
  say('done')
} else {
  const current = await log.timeline()
  say('ready')
  const lines = createInterface({ input: process.stdin })
  for await (const _line of lines) break
  process.stdin.destroy()
  try {
    await log.append(
      [
        {
          id: `statement-${arg}`,
          kind: 'statement',
          occurred: '2023-07-12',
          recorded: '2023-07-13T00:00:00Z',
          actors: ['NATO'],
          sources: [{ id: `source-${arg}`, publisher: 'NATO', published: '2023-07-13' }],
          speaker: 'NATO',
          about: ['NATO'],
          quote: `said by writer ${arg}`,
          tone: 'neutral',
        },
      ],
      { expectedVersion: current.version },
    )
    say('stored')
  } catch (error) {
    say(error instanceof ConcurrencyError ? 'concurrency' : `error ${String(error)}`)
  }
}
await log.close()
