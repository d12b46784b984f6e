/**
 * Watching the objects that input could reach if a key or an id were used as a property name:
 * Object.prototype and its methods, Object itself, and the prototypes of functions and arrays.
 */
import { expect } from 'vitest'

const watched: Readonly<Record<string, object>> = {
  'Object.prototype': Object.prototype,
  Object,
  'Object.prototype.toString': Object.prototype.toString,
  'Object.prototype.valueOf': Object.prototype.valueOf,
  'Object.prototype.hasOwnProperty': Object.prototype.hasOwnProperty,
  'Function.prototype': Function.prototype,
  'Array.prototype': Array.prototype,
}

/** The own keys of each watched object, now. */
export function prototypesNow(): Record<string, string[]> {
  const keys: Record<string, string[]> = {}
  for (const [name, object] of Object.entries(watched)) keys[name] = Reflect.ownKeys(object).map(String).sort()
  return keys
}

/** Fails unless every watched object has exactly the keys it had, and no object inherits a `polluted` key. */
export function expectPrototypesUntouched(before: Record<string, string[]>): void {
  expect(prototypesNow()).toEqual(before)
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  expect(Object.getPrototypeOf({})).toBe(Object.prototype)
}
