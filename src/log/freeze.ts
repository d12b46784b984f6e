/**
 * Copying and freezing input without recursion, so that no nesting depth can overflow the
 * stack and no later change to the caller's object can reach the log.
 */
import { ValidationError } from '../errors.js'

/**
 * Deep-copies a JSON-like value (plain objects, arrays, primitives) with an explicit stack,
 * refusing nesting deeper than `maxDepth` and keys that could reach a prototype (`__proto__`,
 * `constructor`, `prototype`): input never loses a key without a word.
 */
export function _cloneJson(value: unknown, maxDepth: number, path: readonly (string | number)[] = []): unknown {
  if (value === null || typeof value !== 'object') return value
  const root: { value: unknown } = { value: undefined }
  const stack: {
    source: object
    target: Record<string, unknown>
    key: string
    depth: number
    at: readonly (string | number)[]
  }[] = [{ source: value, target: root as unknown as Record<string, unknown>, key: 'value', depth: 1, at: path }]
  while (stack.length > 0) {
    const { source, target, key, depth, at } = stack.pop()!
    if (depth > maxDepth) {
      throw new ValidationError([
        { code: 'too-deep', path: [...path], message: `nests deeper than ${maxDepth} levels` },
      ])
    }
    const array = Array.isArray(source)
    const copy: Record<string, unknown> | unknown[] = array ? [] : {}
    target[key] = copy
    for (const [k, v] of Object.entries(source)) {
      if (k === '__proto__' || k === 'constructor' || k === 'prototype')
        throw new ValidationError([
          { code: 'reserved-key', path: [...at, k], message: 'this key is reserved and not allowed in input' },
        ])
      if (v !== null && typeof v === 'object') {
        // The key takes its place now, so the copy keeps the order of the keys.
        ;(copy as Record<string, unknown>)[k] = undefined
        stack.push({
          source: v,
          target: copy as Record<string, unknown>,
          key: k,
          depth: depth + 1,
          at: [...at, array ? Number(k) : k],
        })
      } else if (typeof v !== 'function' && typeof v !== 'symbol' && v !== undefined)
        (copy as Record<string, unknown>)[k] = v
    }
  }
  return root.value
}

const mapValues = Map.prototype.values

/** Freezes a value and everything it holds (a map's values too), with an explicit stack. */
export function _freezeDeep<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value
  const stack: object[] = [value]
  while (stack.length > 0) {
    const next = stack.pop()!
    if (Object.isFrozen(next)) continue
    Object.freeze(next)
    // Read by index and by key: Object.values made an array of every object it froze. What is
    // frozen already is not pushed: a state's containers hold thousands of frozen items.
    if (Array.isArray(next)) {
      for (let i = 0; i < next.length; i++) {
        const inner: unknown = next[i]
        if (inner !== null && typeof inner === 'object' && !Object.isFrozen(inner)) stack.push(inner)
      }
    } else {
      // A map frozen keeps its entries writable through its methods, but what they hold is frozen.
      // The entries it holds itself, not what a subclass lists (a map written over another lists
      // the one below, frozen already, and holds it in a field, walked with its other fields).
      if (next instanceof Map)
        for (const inner of mapValues.call(next))
          if (inner !== null && typeof inner === 'object' && !Object.isFrozen(inner)) stack.push(inner)
      for (const key in next) {
        if (!Object.hasOwn(next, key)) continue
        const inner: unknown = (next as Record<string, unknown>)[key]
        if (inner !== null && typeof inner === 'object' && !Object.isFrozen(inner)) stack.push(inner)
      }
    }
  }
  return value
}

/** A canonical JSON text of a value (keys sorted), to compare two events' content. */
export function _canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner
    const sorted: Record<string, unknown> = {}
    for (const key of Object.keys(inner).sort()) sorted[key] = (inner as Record<string, unknown>)[key]
    return sorted
  })
}
