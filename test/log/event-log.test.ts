import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  actorIdSchema,
  type CopyOnWrite,
  defineKind,
  defineProjection,
  eventIdSchema,
  extendVocabulary,
  UnknownReferenceError,
  ValidationError,
} from '../../src/index.js'
import { build, citation } from '../support/build.js'
import { stored, storedOf } from '../support/stored.js'
import { declarations, declarationsFor } from '../support/timeline.js'

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
  )
}

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((match) => match[1]!)
}

describe('the log port', () => {
  it('keeps the log free of the engine: nothing in src/log imports from src/projection or src/projections', () => {
    const files = filesUnder('src/log')
    expect(files.length).toBeGreaterThan(5)
    for (const file of files) for (const from of importsOf(file)) expect(`${file}: ${from}`).not.toMatch(/projection/)
  })

  it('has the engine read the log through the port only: no import of the in-memory log or its validation', () => {
    for (const file of filesUnder('src/projection')) {
      for (const from of importsOf(file)) expect(`${file}: ${from}`).not.toMatch(/log\/(store|validate|timeline)\.js$/)
      expect(readFileSync(file, 'utf8')).not.toMatch(/\.store\b/)
    }
  })

  it('leaves no rule about a kind name in the in-memory log: references and schedulability come from the vocabulary', () => {
    const store = readFileSync('src/log/store.ts', 'utf8')
    for (const kind of ['position', 'reaction', 'meeting', 'communique', 'summit'])
      expect(store).not.toContain(`'${kind}'`)
  })
})

describe('kind descriptors', () => {
  const review = defineKind(
    'review',
    { reviewer: actorIdSchema, of: eventIdSchema },
    {
      actors: (e) => [[['reviewer'], e.reviewer]],
      references: (e) => [{ path: ['of'], id: e.of, label: 'event', mustBe: 'visit' }],
      schedulable: true,
    },
  )
  const vocabulary = extendVocabulary(review)
  const events = [build.visit({ id: 'visit-1' }), build.statement({ id: 'a-statement' })]
  const base = () => stored([...declarationsFor(events), ...declarations(['FRA']), ...events], { vocabulary })
  const reviewOf = (of: string, overrides: object = {}) => ({
    id: `review-of-${of}`,
    kind: 'review',
    occurred: '2023-08-01',
    recorded: '2023-07-20T00:00:00Z',
    actors: ['FRA'],
    sources: [citation()],
    reviewer: 'FRA',
    of,
    ...overrides,
  })

  it('checks the references a kind of one names, and the kind they must be', async () => {
    const timeline = await base()
    expect(() => timeline.append(reviewOf('no-such-event'))).toThrow(UnknownReferenceError)
    const wrongKind = (() => {
      try {
        timeline.append(reviewOf('a-statement'))
      } catch (error) {
        return error
      }
    })()
    expect(wrongKind).toBeInstanceOf(UnknownReferenceError)
    expect((wrongKind as UnknownReferenceError).path).toEqual(['of'])
    expect(timeline.append(reviewOf('visit-1')).version).toBe(timeline.version + 1)
  })

  it('lets a schedulable kind of one be recorded before it happens, and no other', async () => {
    const timeline = await base()
    expect(timeline.append(reviewOf('visit-1')).get('review-of-visit-1')?.recorded).toBe('2023-07-20T00:00:00Z')
    expect(() =>
      timeline.append({ ...build.visit({ id: 'visit-2', occurred: '2023-08-01', recorded: '2023-07-20T00:00:00Z' }) }),
    ).not.toThrow()
    expect(() =>
      timeline.append(build.statement({ id: 'early', occurred: '2023-08-01', recorded: '2023-07-20T00:00:00Z' })),
    ).toThrow(ValidationError)
    expect(vocabulary.schedulableKinds).toContain('review')
    expect(vocabulary.schedulable('statement')).toBe(false)
  })
})

describe('defineProjection({ copyOnWrite })', () => {
  type Counts = Readonly<Record<string, number>>
  let begun = 0
  const shallow: CopyOnWrite<Counts> = {
    begin: (state) => {
      begun++
      return { ...state }
    },
    end: (work) => Object.freeze(work as Counts),
  }
  const reducers = {
    every(draft: Record<string, number>, event: { kind: string }) {
      draft[event.kind] = (draft[event.kind] ?? 0) + 1
    },
  }
  const byCopy = defineProjection({ name: 'by-copy', initial: {} as Counts, on: {}, ...reducers, copyOnWrite: shallow })
  const byImmer = defineProjection({ name: 'by-immer', initial: {} as Counts, on: {}, ...reducers })

  it('folds through the given copy-on-write, to the same answer as immer drafts, frozen', async () => {
    const timeline = await storedOf([
      build.visit({ id: 'v1', occurred: '2023-07-11' }),
      build.visit({ id: 'v2', occurred: '2023-07-12' }),
      build.statement({ id: 's1', occurred: '2023-03-21', recorded: '2023-03-22T00:00:00Z' }),
    ])
    const before = begun
    const answer = timeline.project(byCopy, { at: '2023-07-12' })
    expect(begun).toBeGreaterThan(before)
    expect(answer).toEqual(timeline.project(byImmer, { at: '2023-07-12' }))
    expect(answer['visit']).toBe(2)
    expect(answer['statement']).toBe(1)
    expect(Object.isFrozen(answer)).toBe(true)
  })
})
