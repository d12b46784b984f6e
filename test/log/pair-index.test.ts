/**
 * The pair and kind indexes of the in-memory log: what a question about two actors reads
 * instead of every event of either. Whatever order events arrive in, and whatever corrections
 * move or add to them, each must list what a scan of the actor index finds: the kinds indexed as
 * the log loads and those gathered when first asked for alike.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Timeline } from '../../src/index.js'
import type { EventLog } from '../../src/log/event-log.js'
import { _viewOf } from '../../src/log/timeline.js'
import { build, without } from '../support/build.js'
import { eventsOf, RANDOM_ACTORS, splitAt, steps } from '../support/random-log.js'
import { timelineOf } from '../support/timeline.js'

const KINDS = ['office', 'position', 'meeting', 'statement', 'correction', 'membership']

/** Every actor of the log: the random actors and whoever the events name. */
function actorsOf(log: EventLog): string[] {
  const actors = new Set<string>(RANDOM_ACTORS)
  for (let seq = 0; seq < log.length; seq++)
    if (log.present(seq)) for (const actor of log.actorsOf(seq)) actors.add(actor)
  return [...actors].sort()
}

/** What the indexes must hold, read by scanning each actor's entries. */
function expectIndexesAgree(log: EventLog): number {
  let checked = 0
  const actors = actorsOf(log)
  for (const a of actors) {
    const all = log.actorEntries(a)
    for (const b of actors) {
      if (b === a) continue
      const both = all.filter((entry) => log.actorsOf(entry.seq).includes(b))
      expect(log.pairEntries(a, b)).toEqual(both)
      checked += both.length
    }
    for (const kind of KINDS) {
      const named = all.filter((entry) => log.event(entry.seq).kind === kind)
      const listed = log.actorKindEntries(a, kind)
      if (kind !== 'office') expect(listed).toEqual(named)
      // An office event is also listed under whoever a correction makes its person or actor.
      else for (const entry of named) expect(listed).toContain(entry)
    }
  }
  return checked
}

describe('the pair and kind indexes', () => {
  it('list what a scan of the actor index finds, in valid-time order, however events arrived', () => {
    let total = 0
    fc.assert(
      fc.property(steps(2, 40), (log) => {
        total += expectIndexesAgree(_viewOf(Timeline.from(eventsOf(log))).log)
      }),
      { numRuns: 60 },
    )
    expect(total).toBeGreaterThan(0)
  })

  it('keep a kind first asked for partway up to date with the events appended after', () => {
    // given the kind lists asked for (and so gathered) before the rest of the events arrive
    let total = 0
    fc.assert(
      fc.property(steps(2, 40), fc.nat(40), (log, cut) => {
        const [head, tail] = splitAt(eventsOf(log), cut)
        const before = Timeline.from(head)
        expectIndexesAgree(_viewOf(before).log)
        const after = before.appendMany(tail)
        // then they list what a scan finds once the rest is in, in the very log asked before
        expect(_viewOf(after).log).toBe(_viewOf(before).log)
        total += expectIndexesAgree(_viewOf(after).log)
      }),
      { numRuns: 40 },
    )
    expect(total).toBeGreaterThan(0)
  })

  it('list an event that names an actor twice once under it, and once under each pair', () => {
    // given a meeting whose actors name Japan twice, among five and among ten (past a short list)
    for (const extra of [[], ['FRA', 'DEU', 'ITA', 'ESP', 'POL']]) {
      const meeting = without(
        build.meeting({ id: 'twice', actors: ['JPN', 'NATO', 'JPN', 'kishida-fumio', 'stoltenberg-jens', ...extra] }),
        'summit',
      )
      const log = _viewOf(timelineOf([meeting])).log
      // then each list holds it once
      const seq = log.positionOf('twice')
      expect(log.actorEntries('JPN').filter((entry) => entry.seq === seq)).toHaveLength(1)
      expect(log.pairEntries('JPN', 'NATO')).toHaveLength(1)
      expect(log.pairEntries('NATO', 'kishida-fumio')).toHaveLength(1)
      expect(log.pairEntries('JPN', 'JPN')).toHaveLength(0)
      expect(log.actorKindEntries('JPN', 'meeting')).toHaveLength(1)
    }
  })

  it('list the same in a fork as in a copy of what it saw', () => {
    fc.assert(
      fc.property(steps(4, 40), fc.nat(40), (log, cut) => {
        const inputs = eventsOf(log)
        const [head, tail] = splitAt(inputs, cut)
        const old = Timeline.from(head)
        old.appendMany(tail)
        const fork = _viewOf(old.appendMany(tail.slice(0, 3))).log
        const copy = _viewOf(Timeline.from([...head, ...tail.slice(0, 3)])).log
        for (const a of actorsOf(copy)) {
          for (const b of actorsOf(copy))
            if (a !== b)
              expect(fork.pairEntries(a, b).map((entry) => entry.seq)).toEqual(
                copy.pairEntries(a, b).map((entry) => entry.seq),
              )
          for (const kind of KINDS)
            expect(fork.actorKindEntries(a, kind).map((entry) => entry.seq)).toEqual(
              copy.actorKindEntries(a, kind).map((entry) => entry.seq),
            )
        }
      }),
      { numRuns: 40 },
    )
  })
})
