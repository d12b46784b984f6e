/**
 * A validator compiled from a zod schema at first use, for values that came from `JSON.parse`:
 * it walks the schema's definition once and composes plain functions that accept or give up.
 * It never reports a problem itself: when a value is not certainly valid it answers
 * {@link _GIVE_UP} and the caller asks zod, so issues, codes and messages are zod's, always.
 * When it accepts, its output is the one zod would give (same keys, same order, same defaults),
 * and the value itself where it is already that: test/model/compiled-schema.test.ts checks
 * both on generated valid and invalid events.
 */
import type { z } from 'zod'

/** The answer of a compiled validator when only zod can tell (an invalid value, or one it does not handle). */
export const _GIVE_UP: unique symbol = Symbol('give up')

/** A compiled validator: the value zod would output, or {@link _GIVE_UP}. */
export type _Compiled = (value: unknown) => unknown

/** A value zod rejects for certain: in a union, the next option is tried. */
const FAIL: unique symbol = Symbol('fail')

type Step = (value: unknown) => unknown

interface Internals {
  readonly def: {
    readonly type: string
    readonly checks?: readonly { readonly _zod: CheckInternals }[]
    readonly check?: string
    readonly shape?: Readonly<Record<string, { readonly _zod: Internals }>>
    readonly catchall?: { readonly _zod: Internals }
    readonly element?: { readonly _zod: Internals }
    readonly innerType?: { readonly _zod: Internals }
    readonly options?: readonly { readonly _zod: Internals }[]
    readonly discriminator?: string
    readonly unionFallback?: boolean
    readonly values?: readonly unknown[]
    readonly entries?: Readonly<Record<string, unknown>>
    readonly [field: string]: unknown
  }
  readonly optin?: 'optional' | 'defaulted' | undefined
  readonly values?: ReadonlySet<unknown>
  readonly propValues?: Readonly<Record<string, ReadonlySet<unknown>>>
  readonly check?: (payload: Payload) => unknown
  readonly run: (payload: Payload, ctx: { async: false }) => Payload
}

interface CheckInternals {
  readonly def: { readonly when?: (payload: Payload) => boolean }
  readonly check: (payload: Payload) => unknown
}

interface Payload {
  value: unknown
  issues: unknown[]
}

const compiled = new WeakMap<object, _Compiled>()

/**
 * The compiled validator of a schema, made at its first use and kept with it.
 *
 * @param schema - any zod schema
 * @returns a function giving zod's output for a value it is sure of, else {@link _GIVE_UP}
 */
export function _compiled(schema: z.ZodType): _Compiled {
  let validator = compiled.get(schema)
  if (validator === undefined) {
    const step = compile((schema as unknown as { _zod: Internals })._zod)
    validator = (value) => {
      const out = step(value)
      return out === FAIL ? _GIVE_UP : out
    }
    compiled.set(schema, validator)
  }
  return validator
}

/** Marks a subtree that must give up whatever happens in the union above it. */
class Unsure extends Error {}

function compile(zod: Internals): Step {
  // A string format is a check of itself, then of the checks chained on it.
  const checks: { readonly _zod: CheckInternals }[] =
    zod.def.check !== undefined ? [{ _zod: zod as unknown as CheckInternals }] : []
  if (zod.def.checks !== undefined) checks.push(...zod.def.checks)
  const parse = compileType(zod)
  if (checks.length === 0) return parse
  const tests = checks.map((check) => checkOf(check._zod))
  return (value) => {
    const out = parse(value)
    if (out === FAIL) return FAIL
    // zod runs a schema's checks on its output; any issue means zod rejects the value.
    for (const test of tests) if (!test(out)) return FAIL
    return out
  }
}

/**
 * A check as a predicate: the common ones (lengths, bounds, patterns, integers) read from their
 * definition as zod's own implementations do; any other runs zod's implementation on a payload.
 */
function checkOf(check: CheckInternals): (value: unknown) => boolean {
  const def = check.def as CheckInternals['def'] & Readonly<Record<string, unknown>>
  const sized = (value: unknown): number => (value as { length: number }).length
  switch (def['check']) {
    case 'min_length': {
      const minimum = def['minimum'] as number
      return (value) => sized(value) >= minimum
    }
    case 'max_length': {
      const maximum = def['maximum'] as number
      return (value) => sized(value) <= maximum
    }
    case 'greater_than': {
      const bound = def['value']
      if (typeof bound !== 'number') break
      return def['inclusive'] === true ? (value) => (value as number) >= bound : (value) => (value as number) > bound
    }
    case 'less_than': {
      const bound = def['value']
      if (typeof bound !== 'number') break
      return def['inclusive'] === true ? (value) => (value as number) <= bound : (value) => (value as number) < bound
    }
    case 'string_format': {
      const pattern = def['pattern']
      if (def['format'] !== 'regex' || !(pattern instanceof RegExp)) break
      return (value) => {
        pattern.lastIndex = 0
        return pattern.test(value as string)
      }
    }
    default:
      break
  }
  // One payload for every call: a check runs to its end before the next begins, and only the
  // count of its issues is read (a fresh one per call was garbage for every date of every event).
  const payload: Payload = { value: undefined, issues: [] }
  return (value) => {
    payload.value = value
    if (payload.issues.length > 0) payload.issues = []
    if (def.when !== undefined && !def.when(payload)) return true
    // A check that is asynchronous or rewrites the value (an overwrite) is zod's alone.
    if (check.check(payload) instanceof Promise || payload.value !== value) throw new Unsure()
    return payload.issues.length === 0
  }
}

function compileType(zod: Internals): Step {
  const def = zod.def
  switch (def.type) {
    case 'string':
      if (def['coerce'] === true) return delegate(zod)
      return (value) => (typeof value === 'string' ? value : FAIL)
    case 'number':
      if (def['coerce'] === true) return delegate(zod)
      return (value) => (typeof value === 'number' && Number.isFinite(value) ? value : FAIL)
    case 'boolean':
      if (def['coerce'] === true) return delegate(zod)
      return (value) => (typeof value === 'boolean' ? value : FAIL)
    case 'literal':
    case 'enum': {
      const values = zod.values
      if (values === undefined) return delegate(zod)
      return (value) => (values.has(value) ? value : FAIL)
    }
    case 'array':
      return compileArray(compile(def.element!._zod))
    case 'optional':
    case 'default':
      // A present value is the inner schema's business; absence is the object's.
      return compile(def.innerType!._zod)
    case 'object':
      return compileObject(zod)
    case 'union':
      return def.discriminator === undefined ? compileUnion(def.options!) : compileDiscriminated(zod)
    default:
      return delegate(zod)
  }
}

/** What this compiler does not know is asked of zod, for that value alone. */
function delegate(zod: Internals): Step {
  return (value) => {
    // zod drops a `__proto__` key from a record without a word; the zod path refuses it.
    if (value !== null && typeof value === 'object' && holdsProtoKey(value)) throw new Unsure()
    // zod throws when a check would be asynchronous; the caller then gives up.
    const result = zod.run({ value, issues: [] }, { async: false })
    if (result.issues.length > 0) return FAIL
    // zod's copy of a value equal to it (a record of JSON details) is not kept: the object above
    // can then be its own output.
    return sameJson(result.value, value) ? value : result.value
  }
}

/** Whether two values are the same JSON: equal primitives, or plain arrays and objects equal item by item, keys in the same order. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false
    return true
  }
  if (
    Array.isArray(b) ||
    Object.getPrototypeOf(a) !== Object.prototype ||
    Object.getPrototypeOf(b) !== Object.prototype
  )
    return false
  const keys = Object.keys(a)
  const others = Object.keys(b)
  if (keys.length !== others.length) return false
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!
    if (key !== others[i] || !sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
      return false
  }
  return true
}

/** Whether a value holds an own `__proto__` key at any depth (JSON input: no cycles). */
function holdsProtoKey(value: object): boolean {
  const stack: object[] = [value]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (Object.hasOwn(node, '__proto__')) return true
    for (const key in node) {
      const inner = (node as Record<string, unknown>)[key]
      if (inner !== null && typeof inner === 'object') stack.push(inner)
    }
  }
  return false
}

function compileArray(element: Step): Step {
  return (value) => {
    if (!Array.isArray(value)) return FAIL
    // The input itself is the output until an item comes out different (a default filled in).
    let out: unknown[] | undefined
    for (let i = 0; i < value.length; i++) {
      const item = element(value[i])
      if (item === FAIL) return FAIL
      if (out !== undefined) out[i] = item
      else if (item !== value[i]) {
        out = value.slice(0, i)
        out[i] = item
      }
    }
    return out ?? value
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function compileObject(zod: Internals): Step {
  const shape = zod.def.shape!
  const keys = Object.keys(shape)
  const steps = keys.map((key) => compile(shape[key]!._zod))
  const kinds = keys.map((key) => {
    const field = shape[key]!._zod
    return field.def.type === 'default' ? 'default' : field.optin === 'optional' ? 'optional' : 'required'
  })
  const known = new Set(keys)
  const catchall = zod.def.catchall?._zod.def.type
  // Unknown keys: refused (strict), dropped (the default), or anything else, which zod alone reads.
  if (catchall !== undefined && catchall !== 'never') return delegate(zod)
  const strict = catchall === 'never'
  return (value) => {
    if (!isPlainObject(value)) return FAIL
    // A `__proto__` key is refused where zod would drop it: that is the zod path's to say.
    if (Object.hasOwn(value, '__proto__')) throw new Unsure()
    // The input itself is the output when its keys are the schema's, in the schema's order, and
    // every field comes out as it went in: zod would build an equal object with the same keys in
    // the same order. Else the output is built key by key, as zod builds it.
    let inOrder = true
    let at = 0
    for (const key in value) {
      while (at < keys.length && keys[at] !== key) at++
      if (at === keys.length) {
        if (strict && !known.has(key)) return FAIL
        inOrder = false
        break
      }
      at++
    }
    if (strict && !inOrder) for (const key in value) if (!known.has(key)) return FAIL
    let out: Record<string, unknown> | undefined = inOrder ? undefined : {}
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!
      if (Object.hasOwn(value, key)) {
        const field = steps[i]!(value[key])
        if (field === FAIL) return FAIL
        if (out !== undefined) out[key] = field
        else if (field !== value[key]) {
          out = copiedBefore(value, keys, i)
          out[key] = field
        }
      } else if (key in value) throw new Unsure()
      else if (kinds[i] === 'default') {
        // A default is zod's to give (a fresh copy each time, as zod makes it; zod does not check it).
        out ??= copiedBefore(value, keys, i)
        out[key] = shape[key]!._zod.run({ value: undefined, issues: [] }, { async: false }).value
      } else if (kinds[i] === 'required') return FAIL
    }
    return out ?? value
  }
}

/** A new object with the fields of `value` among the first `count` keys, in their order. */
function copiedBefore(value: Record<string, unknown>, keys: readonly string[], count: number): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (let i = 0; i < count; i++) if (Object.hasOwn(value, keys[i]!)) out[keys[i]!] = value[keys[i]!]
  return out
}

function compileUnion(options: readonly { readonly _zod: Internals }[]): Step {
  const steps = options.map((option) => compile(option._zod))
  // zod takes the first option that accepts the value.
  return (value) => {
    for (const step of steps) {
      const out = step(value)
      if (out !== FAIL) return out
    }
    return FAIL
  }
}

function compileDiscriminated(zod: Internals): Step {
  const { discriminator, options, unionFallback } = zod.def
  if (unionFallback === true) return delegate(zod)
  const byValue = new Map<unknown, Step>()
  for (const option of options!) {
    // zod refuses, when the union is made, an option without the discriminator.
    const values = option._zod.propValues![discriminator!]!
    const step = compile(option._zod)
    for (const value of values) if (!byValue.has(value)) byValue.set(value, step)
  }
  return (value) => {
    if (!isPlainObject(value)) return FAIL
    const step = byValue.get(value[discriminator!])
    return step === undefined ? FAIL : step(value)
  }
}

/**
 * Validates a value that came from `JSON.parse` by the compiled validator of a schema.
 *
 * @param schema - the schema
 * @param value - a value `JSON.parse` returned
 * @returns zod's output, or {@link _GIVE_UP} when zod must be asked
 */
export function _parseJsonValue(schema: z.ZodType, value: unknown): unknown {
  try {
    return _compiled(schema)(value)
  } catch {
    // Unsure, or a check that throws: zod, asked next, does what it does with the value.
    return _GIVE_UP
  }
}
