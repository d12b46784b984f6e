/**
 * The bounded memories of an import: what they remember and forget, and what the import then
 * writes (a merge window that gives back its oldest event, citations cited by id while remembered).
 */
import { describe, expect, it } from 'vitest'
import { importGdelt } from '../../src/import/index.js'
import { _RecentSet, _Window } from '../../src/import/recent.js'
import { codedOf, gdeltRow } from './support.js'

describe('_RecentSet', () => {
  it('remembers at least the last half keys added, and never more than twice as many', () => {
    const set = new _RecentSet<number>(100)
    for (let i = 0; i < 1_000; i++) {
      set.add(i)
      expect(set.size).toBeLessThanOrEqual(200)
      for (const back of [0, 1, 50, 99]) if (i - back >= 0) expect(set.has(i - back)).toBe(true)
    }
    expect(set.has(999 - 200)).toBe(false)
    expect(set.has(0)).toBe(false)
  })
})

describe('_Window', () => {
  it('gives back the oldest value once more than the limit are held, in the order they were put', () => {
    const window = new _Window<string, number>(2)
    expect(window.put('a', 1)).toBeUndefined()
    expect(window.put('b', 2)).toBeUndefined()
    expect(window.put('c', 3)).toBe(1)
    expect(window.get('a')).toBeUndefined()
    expect(window.put('d', 4)).toBe(2)
    expect(window.drain()).toEqual([3, 4])
    expect(window.size).toBe(0)
  })

  it('puts a key put again at the end, and skips what was deleted', () => {
    const window = new _Window<string, number>(2)
    window.put('a', 1)
    window.put('b', 2)
    window.delete('a')
    window.put('a', 3)
    // 'b' is now the oldest; the first 'a' is gone and is not given back.
    expect(window.put('c', 4)).toBe(2)
    expect(window.drain()).toEqual([3, 4])
  })

  it('gives back what a plain list of the held values gives back, over many more puts than its limit', () => {
    const window = new _Window<number, number>(10)
    // The model: the held keys in order, the oldest dropped from the front.
    let model: number[] = []
    for (let i = 0; i < 50_000; i++) {
      if (i % 7 === 0) {
        window.delete(i - 3)
        model = model.filter((k) => k !== i - 3)
      }
      model.push(i)
      const expected = model.length > 10 ? model.shift() : undefined
      expect(window.put(i, i)).toBe(expected)
    }
    expect(window.size).toBe(model.length)
    expect(window.drain()).toEqual(model)
  })
})

describe('the merge window of an import', () => {
  const rows = (records: string[]) =>
    `${records.map((id) => gdeltRow({ GLOBALEVENTID: id, EventCode: id === '1' || id === '4' ? '040' : `04${id}` })).join('\n')}\n`

  it('merges a row into an event still held back', () => {
    // Rows 1 and 4 say the same thing; 2 and 3 say other things; a window of 3 holds all of them.
    const coded = codedOf([...importGdelt(rows(['1', '2', '3', '4']), { merge: true, mergeWindow: 3 })])
    expect(coded.map((e) => [e.record, e.merged])).toEqual([
      ['1', ['4']],
      ['2', undefined],
      ['3', undefined],
    ])
  })

  it('writes the oldest event once the window is full, so a later row that says the same is an event of its own', () => {
    const coded = codedOf([...importGdelt(rows(['1', '2', '3', '4']), { merge: true, mergeWindow: 2 })])
    expect(coded.map((e) => [e.record, e.merged])).toEqual([
      ['1', undefined],
      ['2', undefined],
      ['3', undefined],
      ['4', undefined],
    ])
  })
})
