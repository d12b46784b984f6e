import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { _IdTable } from '../../src/log/id-table.js'

/** A table over a log of ids (a position an id), as the log's tables are: it keeps no id of its own. */
function tableOver(log: string[]): { table: _IdTable; holdsCalls: () => number } {
  let calls = 0
  const table = new _IdTable(
    (seq, id) => {
      calls++
      return log[seq] === id
    },
    (add) => {
      for (const [seq, id] of log.entries()) add(id, seq)
    },
  )
  return { table, holdsCalls: () => calls }
}

describe('_IdTable', () => {
  it('gives the first position of each id added, as a map would, through any growth', () => {
    // given ids added one by one (some again, some empty or of any characters), and ids never added
    const id = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', 'a', 'ab', 'ba', 'é', '\u{1F600}'))
    fc.assert(
      fc.property(fc.array(id, { maxLength: 600 }), fc.array(id, { maxLength: 50 }), (ids, others) => {
        const log: string[] = []
        const { table } = tableOver(log)
        const model = new Map<string, number>()
        for (const next of ids) {
          table.reserve(1)
          const seq = log.length
          log.push(next)
          // then each add says where the id was, if it was
          expect(table.add(next, seq)).toBe(model.get(next))
          if (!model.has(next)) model.set(next, seq)
        }
        // and every id, added or not, is where the map has it
        for (const sought of [...ids, ...others]) expect(table.get(sought)).toBe(model.get(sought))
        expect(table.size).toBe(model.size)
      }),
      { numRuns: 200 },
    )
  })

  it('grows from what the log holds, and asks the log only of ids whose hash it shares', () => {
    // given 20,000 distinct ids, added with room made first as the log makes it
    const log: string[] = []
    const { table, holdsCalls } = tableOver(log)
    for (let i = 0; i < 20_000; i++) {
      table.reserve(1)
      log.push(`event-${i}`)
      table.add(`event-${i}`, i)
    }
    // then each is found at its position
    for (let i = 0; i < 20_000; i += 7) expect(table.get(`event-${i}`)).toBe(i)
    // and a look-up of an id it lacks is mostly answered by the table alone
    const before = holdsCalls()
    for (let i = 0; i < 10_000; i++) expect(table.get(`absent-${i}`)).toBeUndefined()
    expect(holdsCalls() - before).toBeLessThan(1_000)
  })

  it('finds every id even when added without room made first', () => {
    // given ids added one by one to a log the table reads, with no room made before each
    const log: string[] = []
    const { table } = tableOver(log)
    for (let i = 0; i < 1_000; i++) {
      log.push(`id-${i}`)
      table.add(`id-${i}`, i)
    }
    // then the table grew as it filled, and finds each
    expect(table.size).toBe(1_000)
    for (let i = 0; i < 1_000; i++) expect(table.get(`id-${i}`)).toBe(i)
  })
})
