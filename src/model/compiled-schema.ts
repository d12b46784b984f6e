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
    validator = _compiledAs(schema, canGenerate() ? 'code' : 'closures')
    compiled.set(schema, validator)
  }
  return validator
}

/**
 * The compiled validator of a schema, made as generated code or as composed closures (where code
 * cannot be made at run time, under a content security policy). Both give the same answers.
 *
 * @param schema - any zod schema
 * @param how - `'code'`: a function of straight-line code for the schema and for each option of
 *   its unions; `'closures'`: a function for each node of the schema
 * @returns a function giving zod's output for a value it is sure of, else {@link _GIVE_UP}
 */
export function _compiledAs(schema: z.ZodType, how: 'code' | 'closures'): _Compiled {
  const zod = (schema as unknown as { _zod: Internals })._zod
  const step = how === 'code' ? generated(zod, new Map()) : compile(zod)
  return (value) => {
    const out = step(value)
    return out === FAIL ? _GIVE_UP : out
  }
}

/** Marks a subtree that must give up whatever happens in the union above it. */
class Unsure extends Error {}

/** A schema's checks: a string format is a check of itself, then come the checks chained on it. */
function checksOf(zod: Internals): readonly { readonly _zod: CheckInternals }[] {
  const checks: { readonly _zod: CheckInternals }[] =
    zod.def.check !== undefined ? [{ _zod: zod as unknown as CheckInternals }] : []
  if (zod.def.checks !== undefined) checks.push(...zod.def.checks)
  return checks
}

function compile(zod: Internals): Step {
  const checks = checksOf(zod)
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
        // A copy of the whole array, written over: an array grown item by item keeps room for more.
        out = value.slice()
        out[i] = item
      }
    }
    return out ?? value
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** How an object reads a field it lacks: fills in zod's default, leaves it out, or refuses the object. */
function presenceOf(field: Internals): 'default' | 'optional' | 'required' {
  return field.def.type === 'default' ? 'default' : field.optin === 'optional' ? 'optional' : 'required'
}

/** A field's default, as zod gives it: a fresh copy each time (zod does not check it). */
function defaultOf(field: Internals): unknown {
  return field.run({ value: undefined, issues: [] }, { async: false }).value
}

/**
 * The walk of an object's keys as they come: `true` when they are the schema's, in the schema's
 * order (the input can be its own output: zod would build an equal object with the same keys in
 * the same order), `false` when they are not (the output is built key by key, as zod builds it),
 * `FAIL` when a strict object holds a key it does not know.
 */
function keyOrder(keys: readonly string[], strict: boolean): (value: Record<string, unknown>) => boolean | typeof FAIL {
  const known = new Set(keys)
  return (value) => {
    let at = 0
    for (const key in value) {
      while (at < keys.length && keys[at] !== key) at++
      if (at === keys.length) {
        if (strict && !known.has(key)) return FAIL
        if (strict) for (const other in value) if (!known.has(other)) return FAIL
        return false
      }
      at++
    }
    return true
  }
}

function compileObject(zod: Internals): Step {
  const shape = zod.def.shape!
  const keys = Object.keys(shape)
  const steps = keys.map((key) => compile(shape[key]!._zod))
  const kinds = keys.map((key) => presenceOf(shape[key]!._zod))
  const catchall = zod.def.catchall?._zod.def.type
  // Unknown keys: refused (strict), dropped (the default), or anything else, which zod alone reads.
  if (catchall !== undefined && catchall !== 'never') return delegate(zod)
  const order = keyOrder(keys, catchall === 'never')
  return (value) => {
    if (!isPlainObject(value)) return FAIL
    // A `__proto__` key is refused where zod would drop it: that is the zod path's to say.
    if (Object.hasOwn(value, '__proto__')) throw new Unsure()
    const inOrder = order(value)
    if (inOrder === FAIL) return FAIL
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
        out ??= copiedBefore(value, keys, i)
        out[key] = defaultOf(shape[key]!._zod)
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
  return firstAccepting(options.map((option) => compile(option._zod)))
}

/** A union's step: zod takes the first option that accepts the value. */
function firstAccepting(steps: readonly Step[]): Step {
  return (value) => {
    for (const step of steps) {
      const out = step(value)
      if (out !== FAIL) return out
    }
    return FAIL
  }
}

/** The step of each option of a discriminated union, by the discriminator's values (the first option that has one). */
function byDiscriminator(zod: Internals, stepOf: (option: Internals) => Step): Map<unknown, Step> {
  const byValue = new Map<unknown, Step>()
  for (const option of zod.def.options!) {
    // zod refuses, when the union is made, an option without the discriminator.
    const values = option._zod.propValues![zod.def.discriminator!]!
    const step = stepOf(option._zod)
    for (const value of values) if (!byValue.has(value)) byValue.set(value, step)
  }
  return byValue
}

function compileDiscriminated(zod: Internals): Step {
  const { discriminator, unionFallback } = zod.def
  if (unionFallback === true) return delegate(zod)
  const byValue = byDiscriminator(zod, compile)
  return (value) => {
    if (!isPlainObject(value)) return FAIL
    const step = byValue.get(value[discriminator!])
    return step === undefined ? FAIL : step(value)
  }
}

// Generated code. Composed closures pay a call, a megamorphic keyed read and a loop over the
// schema's keys for every field of every event; a function written out for each object reads its
// fields by name at sites of their own and tests each type and check inline. It says what the
// closures say: the same walk of the definition, the same answers (the tests run both).

/** Whether this runtime makes functions from text (a content security policy may forbid it), asked at the first compile. */
let generates: boolean | undefined

function canGenerate(): boolean {
  if (generates === undefined) {
    try {
      generates = new Function('return true')() === true
    } catch {
      generates = false
    }
  }
  return generates
}

function unsure(): never {
  throw new Unsure()
}

/** The text of a function being written, and the values its text names. */
class Program {
  private readonly values: unknown[] = [FAIL, unsure]
  private readonly names: string[] = ['F', 'U']
  private count = 0

  /** A name under which the code reads a value made here (a set, a pattern, a step). */
  value(value: unknown): string {
    const at = this.values.indexOf(value)
    if (at >= 0) return this.names[at]!
    const name = `k${this.values.length}`
    this.values.push(value)
    this.names.push(name)
    return name
  }

  /** A fresh name for a variable. */
  variable(): string {
    return `v${this.count++}`
  }

  /** The function whose body is `body`, reading `value` and giving `out`. */
  make(body: string): Step {
    const text = `"use strict"; return function compiled(value) { let out; ${body} return out }`
    return new Function(...this.names, text)(...this.values) as Step
  }
}

/**
 * The generated validator of a node: a function of its own, made once for each node (a union's
 * options are functions of their own, so that a failing option returns to the union).
 */
function generated(zod: Internals, made: Map<Internals, Step>): Step {
  let step = made.get(zod)
  if (step === undefined) {
    // A schema that reaches itself (through `z.lazy`) is zod's: the compiler delegates it.
    const program = new Program()
    step = program.make(emit(zod, program, made, 'value', 'out'))
    made.set(zod, step)
  }
  return step
}

/** Statements that set `output` to what `input` validates to, or return `F`. */
function emit(zod: Internals, program: Program, made: Map<Internals, Step>, input: string, output: string): string {
  let code = emitType(zod, program, made, input, output)
  for (const check of checksOf(zod)) code += emitCheck(check._zod, program, output)
  return code
}

function emitCheck(check: CheckInternals, program: Program, value: string): string {
  const def = check.def as CheckInternals['def'] & Readonly<Record<string, unknown>>
  switch (def['check']) {
    case 'min_length':
      return `if (${value}.length < ${program.value(def['minimum'])}) return F;`
    case 'max_length':
      return `if (${value}.length > ${program.value(def['maximum'])}) return F;`
    case 'greater_than':
      if (typeof def['value'] !== 'number') break
      return `if (!(${value} ${def['inclusive'] === true ? '>=' : '>'} ${program.value(def['value'])})) return F;`
    case 'less_than':
      if (typeof def['value'] !== 'number') break
      return `if (!(${value} ${def['inclusive'] === true ? '<=' : '<'} ${program.value(def['value'])})) return F;`
    case 'string_format': {
      const pattern = def['pattern']
      if (def['format'] !== 'regex' || !(pattern instanceof RegExp)) break
      const name = program.value(pattern)
      return `${name}.lastIndex = 0; if (!${name}.test(${value})) return F;`
    }
    default:
      break
  }
  return `if (!${program.value(checkOf(check))}(${value})) return F;`
}

/** Whether `===` against the value's JSON text means what `Set.prototype.has` means. */
function writable(value: unknown): boolean {
  return (
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    value === null ||
    (typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0))
  )
}

function emitType(zod: Internals, program: Program, made: Map<Internals, Step>, input: string, output: string): string {
  const def = zod.def
  const call = (step: Step): string => emitCall(step, program, input, output)
  switch (def.type) {
    case 'string':
      if (def['coerce'] === true) return call(delegate(zod))
      return `if (typeof ${input} !== "string") return F; ${output} = ${input};`
    case 'number':
      if (def['coerce'] === true) return call(delegate(zod))
      return `if (typeof ${input} !== "number" || !Number.isFinite(${input})) return F; ${output} = ${input};`
    case 'boolean':
      if (def['coerce'] === true) return call(delegate(zod))
      return `if (typeof ${input} !== "boolean") return F; ${output} = ${input};`
    case 'literal':
    case 'enum': {
      const values = zod.values
      if (values === undefined) return call(delegate(zod))
      const listed = [...values]
      const test =
        listed.length > 0 && listed.length <= 8 && listed.every(writable)
          ? listed.map((value) => `${input} !== ${JSON.stringify(value)}`).join(' && ')
          : `!${program.value(values)}.has(${input})`
      return `if (${test}) return F; ${output} = ${input};`
    }
    case 'array': {
      const [copy, at, item, out] = [program.variable(), program.variable(), program.variable(), program.variable()]
      return `if (!Array.isArray(${input})) return F;
        let ${copy};
        for (let ${at} = 0; ${at} < ${input}.length; ${at}++) {
          const ${item} = ${input}[${at}]; let ${out};
          ${emit(def.element!._zod, program, made, item, out)}
          if (${copy} !== undefined) ${copy}[${at}] = ${out};
          else if (${out} !== ${item}) { ${copy} = ${input}.slice(); ${copy}[${at}] = ${out}; }
        }
        ${output} = ${copy} === undefined ? ${input} : ${copy};`
    }
    case 'optional':
    case 'default':
      return emit(def.innerType!._zod, program, made, input, output)
    case 'object':
      return emitObject(zod, program, made, input, output)
    case 'union':
      if (def.discriminator === undefined)
        return call(firstAccepting(def.options!.map((option) => generated(option._zod, made))))
      if (def.unionFallback === true) return call(delegate(zod))
      {
        const byValue = byDiscriminator(zod, (option) => generated(option, made))
        const step = program.variable()
        return `if (${notPlain(input)}) return F;
          const ${step} = ${program.value(byValue)}.get(${input}[${JSON.stringify(def.discriminator)}]);
          if (${step} === undefined) return F;
          ${output} = ${step}(${input}); if (${output} === F) return F;`
      }
    default:
      return call(delegate(zod))
  }
}

/** The test, in code, that `input` is not a plain object (what `isPlainObject` tests). */
function notPlain(input: string): string {
  return `typeof ${input} !== "object" || ${input} === null || Array.isArray(${input})`
}

/** Statements that set `output` to what a step of its own gives for `input`, or return `F`. */
function emitCall(step: Step, program: Program, input: string, output: string): string {
  return `${output} = ${program.value(step)}(${input}); if (${output} === F) return F;`
}

function emitObject(
  zod: Internals,
  program: Program,
  made: Map<Internals, Step>,
  input: string,
  output: string,
): string {
  const shape = zod.def.shape!
  const keys = Object.keys(shape)
  const catchall = zod.def.catchall?._zod.def.type
  if (catchall !== undefined && catchall !== 'never') return emitCall(delegate(zod), program, input, output)
  // Which keys a copy has is a mask of one bit a key: wider objects are the closures' to read.
  if (keys.length > MASKED_KEYS) return emitCall(compile(zod), program, input, output)
  const [same, mask] = [program.variable(), program.variable()]
  const outs = keys.map(() => program.variable())
  let code = `if (${notPlain(input)}) return F;
    if (Object.hasOwn(${input}, "__proto__")) U();
    let ${same} = ${program.value(keyOrder(keys, catchall === 'never'))}(${input});
    if (${same} === F) return F;
    let ${mask} = 0; let ${outs.join(', ')};`
  keys.forEach((key, i) => {
    const field = shape[key]!._zod
    const name = JSON.stringify(key)
    const given = program.variable()
    const out = outs[i]!
    // A key the prototype has is read only as the object's own; JSON gives no `undefined` value.
    const read =
      key in Object.prototype ? `Object.hasOwn(${input}, ${name}) ? ${input}[${name}] : undefined` : `${input}[${name}]`
    const presence = presenceOf(field)
    const absent =
      presence === 'default'
        ? `${out} = ${program.value(defaultOf)}(${program.value(field)}); ${mask} |= ${1 << i}; ${same} = false;`
        : presence === 'optional'
          ? ''
          : 'return F;'
    code += `{
      const ${given} = ${read};
      if (${given} !== undefined) {
        ${emit(field, program, made, given, out)}
        ${mask} |= ${1 << i};
        if (${out} !== ${given}) ${same} = false;
      } else if (${name} in ${input}) U();
      else { ${absent} }
    }`
  })
  // The input is its own output when it held the schema's keys in order and no field changed;
  // else the output is written as one literal of the keys it has, as compact as `JSON.parse` makes
  // objects (an object grown key by key keeps a second array for the keys past its fourth).
  return `${code} ${output} = ${same} ? ${input} : ${program.value(literalsOf(keys))}(${mask})(${outs.join(', ')});`
}

/** The widest object the generated code writes a copy of by literal (bits of a mask). */
const MASKED_KEYS = 30

/** How many literals an object's keys may have written (one for each set of keys present). */
const LITERALS_KEPT = 64

/**
 * For an object's keys, the function that writes a copy holding the keys a mask names, in the
 * schema's order, from the values of every key (one argument a key): made once for each set of
 * keys met, up to {@link LITERALS_KEPT}, then key by key.
 */
function literalsOf(keys: readonly string[]): (mask: number) => (...values: unknown[]) => Record<string, unknown> {
  const made = new Map<number, (...values: unknown[]) => Record<string, unknown>>()
  const keyByKey =
    (mask: number) =>
    (...values: unknown[]): Record<string, unknown> => {
      const out: Record<string, unknown> = {}
      for (let i = 0; i < keys.length; i++) if ((mask & (1 << i)) !== 0) out[keys[i]!] = values[i]
      return out
    }
  return (mask) => {
    let write = made.get(mask)
    if (write === undefined) {
      if (made.size >= LITERALS_KEPT) return keyByKey(mask)
      // Quoted keys, `__proto__` too: a literal then sets what zod's assignments set.
      const fields = keys.flatMap((key, i) => ((mask & (1 << i)) === 0 ? [] : [`${JSON.stringify(key)}: a${i}`]))
      const params = keys.map((_, i) => `a${i}`)
      write = new Function(...params, `"use strict"; return { ${fields.join(', ')} }`) as (
        ...values: unknown[]
      ) => Record<string, unknown>
      made.set(mask, write)
    }
    return write
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
