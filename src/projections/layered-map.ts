/**
 * A map written as a layer over a frozen one, for the copy-on-write fold: a run that changes a
 * few entries of a map of thousands (the proposals a busy pair took stances on) writes them into
 * a layer of its own, and the states folded from one another share what lies below. Copying the
 * whole map at every run's first write was a third of a warm question at 1,000,000 events.
 */
import { enableMapSet } from 'immer'

const mapGet = Map.prototype.get
const mapHas = Map.prototype.has
const mapSet = Map.prototype.set
const ownEntries = Map.prototype.entries
const ownKeys = Map.prototype.keys
const ownSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size')!.get as (this: Map<unknown, unknown>) => number

/** How many layers a map may have above a plain one before the next kept run merges them. */
const MAX_DEPTH = 8

/**
 * A map whose own entries (the ones this layer wrote) lie over another map, read through. It
 * is a `Map` for everyone who reads it (immer drafts it as one, and `diff` and `explain` record
 * the same patches): `get`, `has`, `size` and iteration see every layer, in the order a plain
 * map would list the keys (where each was first set), with the newest value of each. It only
 * grows: `delete` and `clear` throw, no fold of the library removes an entry. Only its own
 * layer is written; the map below is frozen, as every state the fold keeps is.
 */
export class _LayeredMap<K, V> extends Map<K, V> {
  /** The map this layer lies over. */
  readonly below: ReadonlyMap<K, V>
  /** How many layers lie on a plain map, this one included. */
  readonly depth: number
  /** The keys of every layer, this one's new keys counted as they come. */
  #size: number
  /** Whether this layer holds a key set to `undefined`: a miss then needs a second look-up. */
  #holdsUndefined = false

  constructor(below: ReadonlyMap<K, V>) {
    super()
    this.below = below
    this.depth = below instanceof _LayeredMap ? below.depth + 1 : 1
    this.#size = below.size
  }

  override get size(): number {
    return this.#size
  }

  override get(key: K): V | undefined {
    let map: ReadonlyMap<K, V> = this
    while (map instanceof _LayeredMap) {
      const value = mapGet.call(map, key) as V | undefined
      if (value !== undefined || (map.#holdsUndefined && mapHas.call(map, key))) return value
      map = map.below
    }
    return map.get(key)
  }

  override has(key: K): boolean {
    let map: ReadonlyMap<K, V> = this
    while (map instanceof _LayeredMap) {
      if (mapHas.call(map, key)) return true
      map = map.below
    }
    return map.has(key)
  }

  override set(key: K, value: V): this {
    if (!mapHas.call(this, key) && !this.below.has(key)) this.#size++
    if (value === undefined) this.#holdsUndefined = true
    mapSet.call(this, key, value)
    return this
  }

  override delete(_key: K): boolean {
    throw new TypeError('a layered map only grows: copy it into a Map to remove an entry')
  }

  override clear(): void {
    throw new TypeError('a layered map only grows: copy it into a Map to remove an entry')
  }

  override forEach(visit: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.flat()) visit.call(thisArg, value, key, this)
  }

  override entries(): MapIterator<[K, V]> {
    return this.flat().entries()
  }

  override keys(): MapIterator<K> {
    // Listed without a map of everything: the bottom map's keys, then each layer's new ones.
    const { layers, bottom } = this.#chain()
    const keys = [...bottom.keys()]
    for (const layer of layers)
      for (const key of ownKeys.call(layer) as MapIterator<K>) if (!layer.below.has(key)) keys.push(key)
    return keys.values() as unknown as MapIterator<K>
  }

  override values(): MapIterator<V> {
    return this.flat().values()
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    return this.flat().entries()
  }

  /** Every entry as a plain map: the bottom map's keys first, in its order, then each layer's new ones. */
  flat(): Map<K, V> {
    const { layers, bottom } = this.#chain()
    const out = new Map(bottom)
    for (const layer of layers)
      for (const [key, value] of ownEntries.call(layer) as MapIterator<[K, V]>) out.set(key, value)
    return out
  }

  /**
   * This map's layers merged into one over the plain map they lie on: reads stay a few look-ups
   * for the cost of the entries the layers wrote, not of the whole map (a run that stops often,
   * as on the fine grid at the end of a stream, reaches the depth limit long before its layers
   * weigh).
   */
  merged(): _LayeredMap<K, V> {
    const { layers, bottom } = this.#chain()
    const out = new _LayeredMap(bottom)
    // From the lowest layer up: a key keeps the place where it was first set, and its newest value.
    for (const layer of layers)
      for (const [key, value] of ownEntries.call(layer) as MapIterator<[K, V]>) out.set(key, value)
    Object.freeze(out)
    return out
  }

  /** The layers from the lowest to this one, and the plain map they lie on. */
  #chain(): { readonly layers: readonly _LayeredMap<K, V>[]; readonly bottom: ReadonlyMap<K, V> } {
    const layers: _LayeredMap<K, V>[] = []
    let map: ReadonlyMap<K, V> = this
    while (map instanceof _LayeredMap) {
      layers.push(map)
      map = map.below
    }
    return { layers: layers.reverse(), bottom: map }
  }
}

/** Whether immer's plugin for maps is loaded (see `_draftMaps`). */
let mapsDrafted = false

/**
 * Loads immer's plugin for maps, once: a state that holds a map (a relationship's positions,
 * network()'s pairs) is drafted by whoever folds it with immer (explain, diff, a fold of one's
 * own over a definition's reducers). The plugin is global to immer; loading it costs about as
 * much as making a projection, so it is loaded when the first such projection is made.
 */
export function _draftMaps(): void {
  if (mapsDrafted) return
  enableMapSet()
  mapsDrafted = true
}

/**
 * A writable map with the entries of `map`, for a run's first write to it: a layer over it; when
 * its layers hold more than a quarter of its keys, a plain copy of everything (layers never
 * outweigh the map); when it is many layers deep, a layer over its layers merged into one (reads
 * stay a few look-ups).
 * A run whose state is read once (a question's tail) always gets a layer: the kept states it
 * starts from are compacted already, and one more layer costs less than copying everything.
 *
 * @param map - a frozen map of the state a run began from
 * @param kept - whether the run's state may be kept, and so must stay compact
 * @returns a map the run may write, reading as `map` until it does
 */
export function _writableOver<K, V>(map: ReadonlyMap<K, V>, kept = true): Map<K, V> {
  if (kept && map instanceof _LayeredMap) {
    let layered = 0
    let bottom: ReadonlyMap<K, V> = map
    while (bottom instanceof _LayeredMap) {
      layered += ownSize.call(bottom)
      bottom = bottom.below
    }
    if (layered * 4 > bottom.size) return map.flat()
    if (map.depth >= MAX_DEPTH) return new _LayeredMap(map.merged())
  }
  return new _LayeredMap(map)
}

/**
 * The entries of a map in one plain map: the map itself, or a layered one's flat copy (for a
 * reader that looks up every key, which would go through every layer each time).
 *
 * @param map - a map, layered or not
 * @returns a plain map with the same entries in the same order
 */
export function _flat<K, V>(map: ReadonlyMap<K, V>): ReadonlyMap<K, V> {
  return map instanceof _LayeredMap ? map.flat() : map
}
