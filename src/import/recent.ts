/**
 * Bounded memories of what an import has seen, each operation O(1) however long the import.
 *
 * A `Set` or `Map` that forgets its oldest entry one at a time (`delete(keys().next().value)`)
 * does not: its iterator starts at the first slot and walks past every entry deleted before it,
 * so once the bound is reached each row costs more than the last (at a bound of 200,000, the
 * 100,000 rows after it took 3 s, the next 100,000 9 s).
 */

/**
 * A set that remembers at least the last `half` keys added, and at most twice as many: two
 * generations, the older dropped whole when the newer is full.
 */
export class _RecentSet<T> {
  #now = new Set<T>()
  #before = new Set<T>()
  readonly #half: number

  constructor(half: number) {
    this.#half = Math.max(1, half)
  }

  has(key: T): boolean {
    return this.#now.has(key) || this.#before.has(key)
  }

  add(key: T): void {
    if (this.#now.size >= this.#half) {
      this.#before = this.#now
      this.#now = new Set()
    }
    this.#now.add(key)
  }

  /** How many keys are remembered now. */
  get size(): number {
    return this.#now.size + this.#before.size
  }
}

/**
 * Values held by key in the order they were put, at most `limit` of them: putting one more
 * gives back the oldest, which is forgotten. A key put again goes to the end.
 */
export class _Window<K, V> {
  readonly #held = new Map<K, V>()
  // The keys in the order they were put, from `#head`; an entry whose value is no longer held under its key is stale.
  #order: { key: K; value: V }[] = []
  #head = 0
  readonly #limit: number

  constructor(limit: number) {
    this.#limit = Math.max(1, limit)
  }

  get(key: K): V | undefined {
    return this.#held.get(key)
  }

  /** Forgets the value held under `key`. */
  delete(key: K): void {
    this.#held.delete(key)
  }

  /** Holds `value` under `key`; gives back the oldest value held when there are then more than the limit. */
  put(key: K, value: V): V | undefined {
    this.#held.delete(key)
    this.#held.set(key, value)
    this.#order.push({ key, value })
    if (this.#held.size <= this.#limit) return undefined
    for (;;) {
      const { key: oldest, value: held } = this.#order[this.#head++]!
      if (this.#held.get(oldest) !== held) continue
      this.#held.delete(oldest)
      if (this.#head > 1024 && this.#head * 2 > this.#order.length) {
        this.#order = this.#order.slice(this.#head)
        this.#head = 0
      }
      return held
    }
  }

  /** Every value held, oldest first, then forgets them all. */
  drain(): V[] {
    const values = [...this.#held.values()]
    this.#held.clear()
    this.#order = []
    this.#head = 0
    return values
  }

  get size(): number {
    return this.#held.size
  }
}
