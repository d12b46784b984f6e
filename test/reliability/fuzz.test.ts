/**
 * A seeded fuzz of the Vilnius fixture's events: 2,000 mutations (a field dropped, a type
 * changed, strings made huge or odd, kinds swapped, reserved keys inserted, JSON cut short,
 * bytes flipped), each appended to the timeline or read as a line of NDJSON after what it needs.
 * Every outcome must be a timeline or an EntenteError with a message (on the mutated line, when
 * read as text); no timeline handed out before may change; Object.prototype stays clean.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { EntenteError, KINDS, membership, relationship, Timeline, ValidationError } from '../../src/index.js'
import { expectPrototypesUntouched, prototypesNow } from './support/prototypes.js'

const SEED = 20_230_712
const MUTATIONS = 2_000

const fixtureText = readFileSync(new URL('../../fixtures/vilnius-2023.ndjson', import.meta.url), 'utf8')
const lines = fixtureText.split('\n').filter((line) => line.trim() !== '')
const events = lines.map((line) => JSON.parse(line) as Record<string, unknown>)
const indexOf = new Map(events.map((event, i) => [event['id'] as string, i]))

/** The lines an event needs before it: the declarations of its actors and the events it names, and theirs, in file order. */
function support(i: number): number[] {
  const needed = new Set<number>()
  const declaration = new Map(
    events.flatMap((event, j) => (event['kind'] === 'actor' ? [[(event['actors'] as string[])[0]!, j] as const] : [])),
  )
  const visit = (j: number): void => {
    const event = events[j]!
    const changes = event['changes'] as { actors?: string[] } | undefined
    for (const actor of [...(event['actors'] as string[]), ...(changes?.actors ?? [])]) {
      const k = declaration.get(actor)
      if (k !== undefined && k !== j && !needed.has(k)) {
        needed.add(k)
        visit(k)
      }
    }
    for (const field of ['target', 'proposal', 'summit', 'respondsTo']) {
      const k = typeof event[field] === 'string' ? indexOf.get(event[field] as string) : undefined
      if (k !== undefined && !needed.has(k)) {
        needed.add(k)
        visit(k)
      }
    }
  }
  visit(i)
  return [...needed].sort((a, b) => a - b)
}

/** A seeded generator of numbers in [0, 1) (mulberry32), so every run fuzzes the same way. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

type Path = (string | number)[]

/** Every path inside a JSON value, with the value there. */
function pathsOf(value: unknown): { path: Path; value: unknown }[] {
  const out: { path: Path; value: unknown }[] = []
  const stack: { path: Path; value: unknown }[] = [{ path: [], value }]
  while (stack.length > 0) {
    const next = stack.pop()!
    out.push(next)
    if (next.value !== null && typeof next.value === 'object') {
      for (const [key, inner] of Object.entries(next.value))
        stack.push({ path: [...next.path, Array.isArray(next.value) ? Number(key) : key], value: inner })
    }
  }
  return out
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> {
  let current = root as Record<string | number, unknown>
  for (const segment of path.slice(0, -1)) current = current[segment] as Record<string | number, unknown>
  return current
}

const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\ud800',
  '\u202e evil',
  '🇺🇦🇯🇵',
  'e\u0301',
  '__proto__',
  'constructor',
  'toString',
  '2023-02-30',
  '23-07-12',
  '2023-07-12T10:00:00',
  '9999-12-31T23:59:59.999+14:00',
  'NaN',
  '-0',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '\n',
  '"quoted"',
  'x'.repeat(200_001),
  'JPN'.repeat(30),
]
const ODD_VALUES: unknown[] = [
  null,
  true,
  false,
  0,
  -0,
  -1,
  1.5,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  [],
  {},
  [[[]]],
  { a: { b: {} } },
  ['JPN'],
  '2023-07-12',
]

describe('fuzzing the fixture’s events', () => {
  it(`gives a timeline or an EntenteError for each of ${MUTATIONS} mutations, changing nothing handed out before`, async () => {
    const next = random(SEED)
    const int = (n: number) => Math.floor(next() * n)
    const choose = <T>(list: readonly T[]): T => list[int(list.length)]!
    const prototypes = prototypesNow()

    // the timeline of the fixture, and what it shows
    const base = Timeline.fromNdjson(fixtureText)
    const seen = (timeline: Timeline) => ({
      version: timeline.version,
      ndjson: timeline.toNdjson(),
      japanNato: timeline.project(relationship('JPN', 'NATO'), { at: '2023-07-13' }),
      nato: timeline.project(membership('NATO'), { at: '2023-07-13' }),
    })
    const handedOut: { timeline: Timeline; showed: ReturnType<typeof seen> }[] = [
      { timeline: base, showed: seen(base) },
    ]
    let current = base
    const outcomes: Record<string, number> = {}
    const count = (what: string) => (outcomes[what] = (outcomes[what] ?? 0) + 1)
    const started = Date.now()

    /** Checks what an attempt gave: a timeline, or an EntenteError with a message (on `line`, when given). */
    const expectOutcome = (
      result: { timeline: Timeline } | { error: unknown },
      how: string,
      line?: number,
    ): Timeline | undefined => {
      if ('timeline' in result) {
        count(`${how}: accepted`)
        return result.timeline
      }
      const error = result.error
      if (!(error instanceof EntenteError)) throw new Error(`${how}: not an EntenteError`, { cause: error })
      expect(error.message.trim()).not.toBe('')
      expect(error.message.length, `${how}: ${error.name}: ${error.message.slice(0, 300)}`).toBeLessThan(5_000)
      if (line !== undefined) {
        const at = error instanceof ValidationError ? error.issues[0]?.line : (error as { line?: number }).line
        expect(at, `${how}: ${error.message}`).toBe(line)
      }
      count(`${how}: ${error.name}`)
      return undefined
    }
    const attempt = (action: () => Timeline): { timeline: Timeline } | { error: unknown } => {
      try {
        return { timeline: action() }
      } catch (error) {
        return { error }
      }
    }

    for (let i = 0; i < MUTATIONS; i++) {
      const at = int(events.length)
      const original = events[at]!
      const mutant = structuredClone(original) as Record<string, unknown>
      const paths = pathsOf(mutant).filter((p) => p.path.length > 0)
      const { path, value } = choose(paths)
      const mutation = int(12)
      let text: string | undefined
      switch (mutation) {
        case 0: // drop a field
          if (Array.isArray(parentOf(mutant, path)))
            (parentOf(mutant, path) as unknown as unknown[]).splice(path.at(-1) as number, 1)
          else delete parentOf(mutant, path)[path.at(-1)!]
          break
        case 1: // change a type
          parentOf(mutant, path)[path.at(-1)!] = choose(ODD_VALUES.filter((odd) => typeof odd !== typeof value))
          break
        case 2: {
          // a string made huge or odd
          const strings = paths.filter((p) => typeof p.value === 'string')
          const target = choose(strings)
          parentOf(mutant, target.path)[target.path.at(-1)!] = choose(ODD_STRINGS)
          break
        }
        case 3: // another kind
          mutant['kind'] = choose([...KINDS, 'sanction', 'Meeting', ''])
          break
        case 4: {
          // a reserved key inserted in some object, as JSON.parse makes it: an own property
          const json = JSON.stringify(mutant)
          const braces = [...json.matchAll(/\{/g)].map((m) => m.index)
          const where = choose(braces) + 1
          const key = choose(['__proto__', 'constructor', 'prototype'])
          text = `${json.slice(0, where)}"${key}":{"polluted":true,"toString":"x"}${json[where] === '}' ? '' : ','}${json.slice(where)}`
          break
        }
        case 5: // an odd number
          parentOf(mutant, path)[path.at(-1)!] = choose([
            Number.NaN,
            Number.POSITIVE_INFINITY,
            -0,
            1e308,
            -1,
            0.5,
            2 ** 53 + 1,
          ])
          break
        case 6: // the id of another event
          mutant['id'] = choose(events)['id']
          break
        case 7: // an array emptied, or its items doubled
          {
            const arrays = paths.filter((p) => Array.isArray(p.value))
            if (arrays.length > 0) {
              const target = choose(arrays)
              const list = target.value as unknown[]
              parentOf(mutant, target.path)[target.path.at(-1)!] = next() < 0.5 ? [] : [...list, ...list]
            }
          }
          break
        case 8: // JSON cut short
          text = JSON.stringify(mutant).slice(0, int(JSON.stringify(mutant).length))
          break
        case 9: {
          // characters inserted or deleted
          const json = JSON.stringify(mutant)
          const where = int(json.length)
          text =
            next() < 0.5
              ? `${json.slice(0, where)}${choose(['"', '{', '}', '[', ']', ',', ':', '\\', '\u2028', '\u0000', '\ud83d', 'null', '1e999'])}${json.slice(where)}`
              : `${json.slice(0, where)}${json.slice(where + 1 + int(20))}`
          break
        }
        case 10: {
          // a key written twice, the second time with an odd value
          const json = JSON.stringify(mutant)
          text = `${json.slice(0, -1)},"${choose(Object.keys(mutant))}":${JSON.stringify(choose([...ODD_VALUES, ...ODD_STRINGS.slice(0, 12)]))}}`
          break
        }
        default:
          // bytes flipped: see below
          break
      }
      const needed = support(at)
      const prefix = needed.map((j) => lines[j]!)
      const line = prefix.length + 1
      // a mutant keeps its own id unless the mutation was of the id, so it meets the checks past "duplicate"
      const renamed = (value: Record<string, unknown>) =>
        mutation === 6 || (path[0] === 'id' && mutation <= 2)
          ? value
          : { ...value, id: `${String(value['id'])}.fuzz${i}` }

      if (mutation === 11) {
        // bytes flipped in the line, read from a stream of bytes
        const encoder = new TextEncoder()
        const head = encoder.encode(prefix.map((l) => `${l}\n`).join(''))
        const body = encoder.encode(JSON.stringify(renamed(mutant)))
        for (let flips = 1 + int(3); flips > 0; flips--) {
          const k = int(body.length)
          let flipped = body[k]! ^ (1 << int(8))
          if (flipped === 0x0a || flipped === 0x0d) flipped = 0x20
          body[k] = flipped
        }
        const bytes = new Uint8Array(head.length + body.length)
        bytes.set(head)
        bytes.set(body, head.length)
        let result: { timeline: Timeline } | { error: unknown }
        try {
          result = {
            timeline: await Timeline.readNdjson(
              (async function* () {
                yield bytes
              })(),
            ),
          }
        } catch (error) {
          result = { error }
        }
        expectOutcome(result, 'flipped bytes', line)
      } else if (text !== undefined || next() < 0.3) {
        // read as a line of NDJSON after the lines it needs
        const body = text ?? JSON.stringify(renamed(mutant))
        const renamedText =
          text === undefined
            ? body
            : body.replace(`"id":"${String(original['id'])}"`, `"id":"${String(original['id'])}.fuzz${i}"`)
        expectOutcome(
          attempt(() => Timeline.fromNdjson([...prefix, renamedText].join('\n'))),
          'line',
          line,
        )
        // and, when it is JSON, appended as an object
        let parsed: unknown
        try {
          parsed = JSON.parse(renamedText)
        } catch {
          parsed = undefined
        }
        if (parsed !== undefined) {
          const before = current
          const grown = expectOutcome(
            attempt(() => before.append(parsed)),
            'object',
          )
          if (grown !== undefined && grown !== before) {
            current = grown
            if (handedOut.length < 50) handedOut.push({ timeline: grown, showed: seen(grown) })
          }
        }
      } else {
        // appended as an object to the newest timeline
        const before = current
        const version = before.version
        const grown = expectOutcome(
          attempt(() => before.append(renamed(mutant))),
          'object',
        )
        expect(before.version).toBe(version)
        if (grown !== undefined && grown !== before) {
          current = grown
          if (handedOut.length < 50) handedOut.push({ timeline: grown, showed: seen(grown) })
        }
      }
      expectPrototypesUntouched(prototypes)
      if (i % 250 === 249) {
        // nothing handed out has changed, and what was accepted reads back
        for (const { timeline, showed } of handedOut) expect(seen(timeline)).toEqual(showed)
        expect(Timeline.fromNdjson(current.toNdjson()).events).toEqual(current.events)
      }
    }

    for (const { timeline, showed } of handedOut) expect(seen(timeline)).toEqual(showed)
    expect(seen(base)).toEqual(handedOut[0]!.showed)
    // the fuzz reached both outcomes, through every way in, in the time it is given
    const total = Object.values(outcomes).reduce((a, b) => a + b, 0)
    expect(total).toBeGreaterThanOrEqual(MUTATIONS)
    expect(Object.keys(outcomes).some((what) => what.endsWith('accepted'))).toBe(true)
    expect(Object.keys(outcomes).filter((what) => what.endsWith('Error')).length).toBeGreaterThan(4)
    expect(Date.now() - started).toBeLessThan(20_000)
  }, 30_000)
})
