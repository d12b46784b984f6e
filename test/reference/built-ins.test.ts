/**
 * The built-in projections against a reference written from the docs alone
 * (test/support/reference/built-ins.ts), on random timelines with offices, corrections,
 * retractions and knownOn. `npm test` asks a few thousand questions; `npm run test:reference`
 * asks at least 100,000 in one seeded run (REFERENCE_QUESTIONS sets how many).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { membership, network, officeHolders, proposal, relationship, type Timeline } from '../../src/index.js'
import {
  type Question,
  type RefEvent,
  refHolds,
  refMembership,
  refOfficeHolders,
  refProposal,
  refRelationship,
} from '../support/reference/built-ins.js'
import { question, steps, timelineOf } from '../support/reference/random-timeline.js'

const QUESTIONS = Number(process.env['REFERENCE_QUESTIONS'] ?? 3000)
const SEED = Number(process.env['REFERENCE_SEED'] ?? 20261130)
const PAIRS = [
  ['JPN', 'KOR'],
  ['JPN', 'NATO'],
  ['KOR', 'NATO'],
  ['CHN', 'USA'],
  ['USA', 'EU'],
] as const
const DATES_PER_TIMELINE = 8
/** Questions asked per date: the pairs (and each pair's dyad in network()), two organisations, two offices, three proposals. */
const PER_DATE = PAIRS.length * 2 + 2 + 2 + 3

const close = (x: number, y: number) => Math.abs(x - y) <= 1e-3 + 1e-9 * Math.abs(y)

function ties(
  list: readonly {
    member?: string
    actor?: string
    organisation?: string
    status: string
    since: string
    disputed: boolean
  }[],
  organisation?: string,
): string[] {
  return list
    .map((t) => `${t.member ?? t.actor}|${t.organisation ?? organisation}|${t.status}|${t.since}|${t.disputed}`)
    .sort()
}

/** Asks every question of one timeline at one date of both, and says where they differ. */
function compare(timeline: Timeline, q: Question): string[] {
  const events = timeline.events as unknown as RefEvent[]
  const options = {
    at: q.at,
    ...(q.knownOn === undefined ? {} : { knownOn: q.knownOn }),
    uncertainty: q.uncertainty ?? 'strict',
  }
  const where = `at ${q.at}${q.knownOn === undefined ? '' : ` known on ${q.knownOn}`} (${options.uncertainty})`
  const out: string[] = []
  const differ = (what: string, library: unknown, reference: unknown) => {
    if (JSON.stringify(library) !== JSON.stringify(reference))
      out.push(`${what} ${where}: library ${JSON.stringify(library)}, reference ${JSON.stringify(reference)}`)
  }
  const dyads = timeline.project(network(), options).dyads
  for (const [a, b] of PAIRS) {
    const lib = timeline.project(relationship(a, b), options)
    const ref = refRelationship(events, a, b, q)
    const name = `relationship(${a}, ${b})`
    differ(
      `${name}.contacts`,
      [lib.contacts.meetings, lib.contacts.visits, lib.contacts.summits, lib.contacts.last],
      [ref.meetings, ref.visits, ref.summits, ref.last],
    )
    const quads = [
      lib.tone.verbalCooperation,
      lib.tone.materialCooperation,
      lib.tone.verbalConflict,
      lib.tone.materialConflict,
    ]
    const refQuads = [
      ref.quads['verbal-cooperation'],
      ref.quads['material-cooperation'],
      ref.quads['verbal-conflict'],
      ref.quads['material-conflict'],
    ]
    differ(`${name}.tone quad classes`, quads, refQuads)
    if (!close(lib.tone.index, ref.index)) differ(`${name}.tone.index`, lib.tone.index, ref.index)
    for (const side of [a, b])
      if (!close(lib.tone.byDirection[side]!, ref.byDirection[side]!))
        differ(`${name}.tone.byDirection.${side}`, lib.tone.byDirection[side], ref.byDirection[side])
    differ(
      `${name}.quotes`,
      lib.quotes.map((quote) => quote.event),
      ref.quotes,
    )
    differ(
      `${name}.stances`,
      lib.stances.map((s) => `${s.proposal}:${s.stances[a]}:${s.stances[b]}`).sort(),
      ref.stances,
    )
    differ(`${name}.ties`, ties(lib.ties), ref.ties)
    // network() holds the same pair's tone as a dyad, when the two acted on each other or hold a tie.
    const [x, y] = a < b ? [a, b] : [b, a]
    const dyad = dyads.find((d) => d.pair[0] === x && d.pair[1] === y)
    const counted = refQuads.some((n) => (n ?? 0) > 0) || ref.ties.length > 0
    differ(`network() dyad ${x}–${y} present`, dyad !== undefined, counted)
    if (dyad !== undefined && !close(dyad.tone.index, ref.index))
      differ(`network() dyad ${x}–${y} tone.index`, dyad.tone.index, ref.index)
  }
  for (const org of ['NATO', 'EU'])
    differ(
      `membership(${org})`,
      ties(timeline.project(membership(org), options).members, org),
      refMembership(events, org, q),
    )
  for (const actor of ['JPN', 'NATO'])
    differ(
      `officeHolders(${actor})`,
      timeline
        .project(officeHolders(actor), options)
        .offices.map((o) => `${o.office}|${o.person}|${o.since}`)
        .sort(),
      refOfficeHolders(events, actor, q),
    )
  for (const id of ['p0', 'p1', 'p2']) {
    // A proposal the timeline does not hold (yet) is refused, not answered with nothing.
    if (!refHolds(events, id, 'proposal', q)) {
      let code: string | undefined
      try {
        timeline.project(proposal(id), options)
      } catch (error) {
        code = (error as { code?: string }).code
      }
      differ(`proposal(${id}) refused`, code, 'unknown-reference')
      continue
    }
    const lib = timeline.project(proposal(id), options)
    differ(
      `proposal(${id})`,
      {
        status: lib.status,
        proposer: lib.proposer,
        supporters: lib.supporters,
        opponents: lib.opponents,
        neutral: lib.neutral,
      },
      refProposal(events, id, q),
    )
  }
  return out
}

describe('the built-in projections', () => {
  it(`agree with the reference written from the docs on ${QUESTIONS} random questions`, () => {
    let asked = 0
    const timelines = Math.ceil(QUESTIONS / (DATES_PER_TIMELINE * PER_DATE))
    fc.assert(
      fc.property(
        steps(10, 70),
        fc.array(question, { minLength: DATES_PER_TIMELINE, maxLength: DATES_PER_TIMELINE }),
        (list, questions) => {
          const timeline = timelineOf(list)
          for (const q of questions) {
            expect(compare(timeline, q)).toEqual([])
            asked += PER_DATE
          }
        },
      ),
      { seed: SEED, numRuns: timelines, endOnFailure: true },
    )
    expect(asked).toBeGreaterThanOrEqual(QUESTIONS)
  }, 3_600_000)
})
