/**
 * "Did you mean ...?": the closest of the names a command knows (commands, options, kinds,
 * actors) to a name it does not, by edit distance, so a misspelling costs one glance.
 */

/**
 * The optimal string alignment distance (Damerau–Levenshtein without repeated edits of one
 * substring): insertions, deletions, substitutions and swaps of two neighbours each cost one.
 *
 * @param a - one text
 * @param b - the other
 * @returns how many edits turn `a` into `b`
 */
export function editDistance(a: string, b: string): number {
  const s = [...a]
  const t = [...b]
  // Three rows suffice: a swap looks back two rows.
  let before = new Array<number>(t.length + 1).fill(0)
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j)
  let current = new Array<number>(t.length + 1).fill(0)
  for (let i = 1; i <= s.length; i++) {
    current[0] = i
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, before[j - 2]! + 1)
      current[j] = best
    }
    ;[before, previous, current] = [previous, current, before]
  }
  return previous[t.length]!
}

/**
 * The known name closest to an unknown one, if any is close enough to be a misspelling: at most
 * one edit for a short name, one for every three characters of a longer one. Case does not
 * count as an edit, so `nato` finds `NATO`. Of names equally close, the first wins.
 *
 * @param name - what was typed
 * @param known - the names it may have meant
 * @returns the closest name, or undefined when none is close
 */
export function closest(name: string, known: Iterable<string>): string | undefined {
  const typed = name.toLowerCase()
  const limit = Math.max(1, Math.floor([...typed].length / 3))
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of known) {
    if (candidate === name) continue
    const distance = editDistance(typed, candidate.toLowerCase())
    if (distance <= limit && distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

/**
 * ` (did you mean "X"?)` after a message about an unknown name, or nothing when no known name
 * is close.
 *
 * @param name - what was typed
 * @param known - the names it may have meant
 * @returns the hint, starting with a space, or an empty string
 */
export function didYouMean(name: string, known: Iterable<string>): string {
  const match = closest(name, known)
  return match === undefined ? '' : ` (did you mean "${match}"?)`
}
