/**
 * The map the copy-on-write fold writes as layers (src/projections/layered-map.ts): read through
 * its layers, it is the plain map the same writes would have made, keys in the same order.
 */
import fc from 'fast-check'
import { castDraft, enableMapSet, enablePatches, produceWithPatches } from 'immer'
import { describe, expect, it } from 'vitest'
import { _freezeDeep } from '../../src/log/freeze.js'
import { _LayeredMap, _writableOver } from '../../src/projections/layered-map.js'

/** Runs of writes: each run a list of (key, value) pairs, the keys drawn from few so that runs overwrite. */
const runs = fc.array(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', '7', '2', 'x', 'y', 'z'), fc.nat(99))), {
  maxLength: 20,
})

/** The writes folded run by run as the fold does: each run over the frozen map of the one before. */
function folded(writes: readonly (readonly [string, number][])[]): {
  layered: ReadonlyMap<string, number>
  plain: Map<string, number>
} {
  let layered: ReadonlyMap<string, number> = Object.freeze(new Map<string, number>())
  const plain = new Map<string, number>()
  for (const run of writes) {
    if (run.length === 0) continue
    const map = _writableOver(layered)
    for (const [key, value] of run) {
      map.set(key, value)
      plain.set(key, value)
    }
    layered = _freezeDeep(map)
  }
  return { layered, plain }
}

describe('a map written in layers', () => {
  it('reads as the plain map the same writes make: values, sizes, and keys in the order first set', () => {
    fc.assert(
      fc.property(runs, (writes) => {
        const { layered, plain } = folded(writes)
        expect([...layered]).toEqual([...plain])
        expect([...layered.entries()]).toEqual([...plain.entries()])
        expect([...layered.keys()]).toEqual([...plain.keys()])
        expect([...layered.values()]).toEqual([...plain.values()])
        expect(layered.size).toBe(plain.size)
        for (const key of ['a', 'b', 'c', '7', '2', 'x', 'y', 'z', 'absent']) {
          expect(layered.get(key)).toBe(plain.get(key))
          expect(layered.has(key)).toBe(plain.has(key))
        }
        const visited: [string, number][] = []
        layered.forEach((value, key, map) => {
          visited.push([key, value])
          expect(map).toBe(layered)
        })
        expect(visited).toEqual([...plain])
      }),
    )
  })

  it('leaves the map below as it was: a state folded from another does not change it', () => {
    // given a frozen map, and a layer over it written with a new value and a new key
    const below = _freezeDeep(new Map([['a', 1]]))
    const over = _writableOver(below)
    over.set('a', 2).set('b', 3)
    // then the map below still holds its own, and the layer reads both
    expect([...below]).toEqual([['a', 1]])
    expect([...over]).toEqual([
      ['a', 2],
      ['b', 3],
    ])
    expect(over.size).toBe(2)
  })

  it('merges the layers of a map many layers deep, and flattens one whose layers hold more than a quarter of its keys', () => {
    // given a map of 100 keys, written one key a run
    const plain = new Map(Array.from({ length: 100 }, (_, i) => [`k${i}`, i]))
    let map: ReadonlyMap<string, number> = _freezeDeep(new Map(plain))
    const depths: number[] = []
    for (let run = 0; run < 30; run++) {
      const next = _writableOver(map)
      next.set(`k${run}`, -run)
      plain.set(`k${run}`, -run)
      depths.push(next instanceof _LayeredMap ? next.depth : 0)
      map = _freezeDeep(next)
      expect([...map]).toEqual([...plain])
    }
    // then runs lie as layers up to eight deep; the ninth lies over those eight merged into one,
    // and so on, until the layers hold more than a quarter of the keys and the map is made plain
    expect(depths).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 2, 3, 4, 5, 6, 7, 8, 2, 3, 4, 5, 6, 7, 8, 2, 3, 4, 5, 0, 1, 2, 3])
    // and a merged layer holds only what the layers wrote, on the plain map below them
    let deep: ReadonlyMap<string, number> = _freezeDeep(new Map(Array.from({ length: 100 }, (_, i) => [`k${i}`, i])))
    const bottom = deep
    for (let run = 0; run < 8; run++) {
      const next = _writableOver(deep)
      next.set(`k${run}`, -run)
      deep = _freezeDeep(next)
    }
    const merged = (_writableOver(deep) as _LayeredMap<string, number>).below as _LayeredMap<string, number>
    expect([[...Map.prototype.entries.call(merged)], merged.below]).toEqual([
      Array.from({ length: 8 }, (_, i) => [`k${i}`, -i]),
      bottom,
    ])
    expect(merged.below).toBe(bottom)
    // and a run whose state is read once (a question's tail) lies one deeper instead, reading the same
    let deepest: ReadonlyMap<string, number> = _freezeDeep(new Map([['a', 0]]))
    for (let run = 0; run < 8; run++) deepest = _freezeDeep(_writableOver(deepest, false))
    const once = _writableOver(deepest, false)
    once.set('b', 1)
    expect([once instanceof _LayeredMap ? once.depth : 0, [...once]]).toEqual([
      9,
      [
        ['a', 0],
        ['b', 1],
      ],
    ])
    // and a map whose layers add more than a quarter of its keys is flattened sooner
    let small: ReadonlyMap<string, number> = _freezeDeep(new Map([['a', 0]]))
    const layer = _writableOver(small)
    layer.set('b', 1)
    small = _freezeDeep(layer)
    expect(_writableOver(small)).not.toBeInstanceOf(_LayeredMap)
    expect([..._writableOver(small)]).toEqual([
      ['a', 0],
      ['b', 1],
    ])
  })

  it('tells a key set to undefined from one never set, in any layer', () => {
    // given a key set to undefined below, and in the layer over it another, and one the map
    // below holds a number for
    const bottom = _freezeDeep(new Map<string, number | undefined>(Array.from({ length: 20 }, (_, i) => [`k${i}`, i])))
    const below = _writableOver(bottom)
    below.set('gone', undefined)
    const over = _writableOver(_freezeDeep(below))
    over.set('also', undefined).set('k1', undefined)
    // then each is there, reading undefined over what lies below, and a key never set is not
    expect([over.has('gone'), over.has('also'), over.has('k1'), over.has('never')]).toEqual([true, true, true, false])
    expect([over.get('gone'), over.get('also'), over.get('k1'), over.get('k2')]).toEqual([
      undefined,
      undefined,
      undefined,
      2,
    ])
    expect([...over.keys()].slice(-2)).toEqual(['gone', 'also'])
    expect(over.size).toBe(22)
  })

  it('refuses to remove an entry, which no fold does', () => {
    const over = _writableOver(_freezeDeep(new Map([['a', 1]])))
    expect(() => over.delete('a')).toThrow(/only grows/)
    expect(() => over.clear()).toThrow(/only grows/)
    expect(over.get('a')).toBe(1)
  })

  it('is frozen by walking its own entries only, and freezes what they hold', () => {
    // given a frozen map below holding an object (which counts the times it is listed), and a
    // layer over it writing another
    let listed = 0
    class Counted<K, V> extends Map<K, V> {
      override [Symbol.iterator](): MapIterator<[K, V]> {
        listed++
        return super[Symbol.iterator]()
      }
    }
    const below = _freezeDeep(new Counted([['a', { stance: 'support' }]]))
    listed = 0
    const over = _writableOver(below) as Map<string, { stance: string }>
    const written = { stance: 'oppose' }
    over.set('b', written)
    // when the layer is frozen
    _freezeDeep(over)
    // then what it holds is frozen, and the map below is untouched and still frozen
    expect([Object.isFrozen(over), Object.isFrozen(written), Object.isFrozen(below)]).toEqual([true, true, true])
    // and freezing it did not list the map below, which a state of thousands of proposals would pay at every run
    expect(listed).toBe(0)
    expect([...over].map(([key]) => key)).toEqual(['a', 'b'])
    expect(listed).toBe(1)
  })

  it('is drafted by immer as a map, with the same patches a plain map gives', () => {
    enableMapSet()
    enablePatches()
    // given the same entries in a layered map and in a plain one, each in a frozen state
    const below = _freezeDeep(new Map<string, Record<string, string>>([['office', { JPN: 'support' }]]))
    const layered = _writableOver(below)
    layered.set('talks', { JPN: 'oppose' })
    const states = [_freezeDeep({ positions: layered }), _freezeDeep({ positions: new Map(layered) })]
    // when each is changed through immer
    const changed = states.map((state) =>
      produceWithPatches(state, (draft) => {
        castDraft(draft.positions.get('office'))!.FRA = 'oppose'
        draft.positions.set('summit', castDraft({ FRA: 'support' }))
      }),
    )
    // then both give the same state and the same patches, and the layered one is left as it was
    expect(changed[0]![0].positions).toEqual(changed[1]![0].positions)
    expect(changed[0]![1]).toEqual(changed[1]![1])
    expect(changed[0]![1]).toEqual([
      { op: 'add', path: ['positions', 'office', 'FRA'], value: 'oppose' },
      { op: 'add', path: ['positions', 'summit'], value: { FRA: 'support' } },
    ])
    expect([...layered.keys()]).toEqual(['office', 'talks'])
  })
})
