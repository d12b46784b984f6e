/**
 * Positions by id, for a log's ids (of events, and of the citations they give inline): a table
 * of 32-bit integers with open addressing, where a `Map` keeps a key, a value and a link for each
 * entry (about 29 bytes an entry in V8, against 10 to 20 here: five a slot, at most half the slots full). The ids are
 * not kept: the log holds them already, and the table asks it whether a position holds the id
 * sought, and, when it grows, for every id and position again.
 */
export class _IdTable {
  /** Position + 1 of each slot; 0 for an empty one. */
  private slots = new Int32Array(16)
  /** The top eight bits of the hash of each slot's id: most ids a probe meets are told apart without the log. */
  private tags = new Uint8Array(16)
  private count = 0
  /** A seed of the table's own, so that no set of ids falls in one run of slots in every process. */
  private readonly seed = (Math.random() * 0x1_0000_0000) >>> 0
  /** The last id hashed, and its hash: an id is mostly looked up, then added. */
  private lastId = ''
  private lastHash = hashOf('', this.seed)

  /**
   * @param holds - whether the position holds the id (the event has it, or gives a citation with it)
   * @param each - calls its argument with every id the log holds and its position, in the order
   *   they were added (an id again at a later position, too: the first is the one kept)
   */
  constructor(
    private readonly holds: (seq: number, id: string) => boolean,
    private readonly each: (add: (id: string, seq: number) => void) => void,
  ) {}

  /** How many ids the table holds. */
  get size(): number {
    return this.count
  }

  /** The position holding the id, if any. */
  get(id: string): number | undefined {
    const { slots, tags } = this
    const mask = slots.length - 1
    const hash = this.hash(id)
    const tag = hash >>> 24
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const stored = slots[at]!
      if (stored === 0) return undefined
      if (tags[at] === tag && this.holds(stored - 1, id)) return stored - 1
    }
  }

  /**
   * Makes room for `more` ids, placing those held again if it must grow: before the log holds the
   * position about to be added, so that what it gives is what the table held.
   */
  reserve(more: number): void {
    while ((this.count + more) * 2 > this.slots.length) this.grow()
  }

  /**
   * Puts the id at a position, in room {@link reserve} made, unless the table holds it already.
   *
   * @returns the position it held, or undefined when it is added
   */
  add(id: string, seq: number): number | undefined {
    // Never full: a table without an empty slot would look for one forever.
    if ((this.count + 1) * 2 > this.slots.length) this.grow()
    const held = this.place(this.slots, this.tags, this.hash(id), id, seq)
    if (held === undefined) this.count++
    return held
  }

  private hash(id: string): number {
    if (id !== this.lastId) {
      this.lastId = id
      this.lastHash = hashOf(id, this.seed)
    }
    return this.lastHash
  }

  /** Places an id in slots (and its tag) unless they hold it; gives the position they held. */
  private place(slots: Int32Array, tags: Uint8Array, hash: number, id: string, seq: number): number | undefined {
    const mask = slots.length - 1
    const tag = hash >>> 24
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const stored = slots[at]!
      if (stored === 0) {
        slots[at] = seq + 1
        tags[at] = tag
        return undefined
      }
      if (tags[at] === tag && this.holds(stored - 1, id)) return stored - 1
    }
  }

  /** Twice as many slots, every id placed again as the log gives them. */
  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2)
    const tags = new Uint8Array(slots.length)
    let count = 0
    this.each((id, seq) => {
      if (this.place(slots, tags, hashOf(id, this.seed), id, seq) === undefined) count++
    })
    this.slots = slots
    this.tags = tags
    this.count = count
  }
}

/** FNV-1a over the UTF-16 code units of an id, from a seed. */
function hashOf(id: string, seed: number): number {
  let hash = 0x811c9dc5 ^ seed
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193)
  // The high bits are the best mixed: folded into the low ones, which pick the slot.
  return (hash ^ (hash >>> 15)) >>> 0
}
