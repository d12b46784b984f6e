/**
 * What the built-in projections mean, written from the docs alone (docs/projections.md,
 * docs/time.md, the design's sections 4 and 8) as plain loops over a list of events: no code of
 * src/projection or src/projections, so that a test comparing the two checks what the answers
 * mean, not only that the engine folds the reducers it is given. The only things taken from the
 * library are data: the weights table (`WEIGHTS`), which the docs print, and the certainty order.
 */
import { CERTAINTIES, WEIGHTS } from '../../../src/index.js'

/** An event as the log holds it: plain JSON. */
// biome-ignore lint/suspicious/noExplicitAny: the reference reads events as the docs describe them, field by field
export type RefEvent = Record<string, any> & { id: string; kind: string; recorded: string; occurred: unknown }

const DAY = 86_400_000

/** A date string's half-open interval in ms (docs/time.md: a year, month, day or instant). */
function dateInterval(value: string): [number, number] {
  if (/^\d{4}$/.test(value))
    return [Date.parse(`${value}-01-01T00:00:00Z`), Date.parse(`${Number(value) + 1}-01-01T00:00:00Z`)]
  if (/^\d{4}-\d{2}$/.test(value)) {
    const start = Date.parse(`${value}-01T00:00:00Z`)
    const next = new Date(start)
    next.setUTCMonth(next.getUTCMonth() + 1)
    return [start, next.getTime()]
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const start = Date.parse(`${value}T00:00:00Z`)
    return [start, start + DAY]
  }
  const instant = Date.parse(value)
  return [instant, instant + 1]
}

/** An `occurred` value's interval: a date, an interval `{ from, to }`, or `{ date, approximate }`. */
export function intervalOf(occurred: unknown): [number, number] {
  if (typeof occurred === 'string') return dateInterval(occurred)
  const o = occurred as { from?: string; to?: string; date?: string }
  if (o.date !== undefined) return dateInterval(o.date)
  return [dateInterval(o.from!)[0], dateInterval(o.to!)[1]]
}

/** A query date as an exclusive bound: a day means the end of that day, a timestamp that instant. */
export function queryBound(date: string): number {
  return dateInterval(date)[1]
}

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10)

/**
 * A date in a result, as precise as the event's (docs/projections.md): a year, month or day as
 * written, a timestamp's UTC day, a range's (or `{ date }`'s) own string read the same way.
 */
export function asWritten(occurred: unknown): string {
  const text =
    typeof occurred === 'string'
      ? occurred
      : 'date' in (occurred as object)
        ? (occurred as { date: string }).date
        : (occurred as { from: string }).from
  return /^\d{4}(-\d{2}){0,2}$/.test(text) ? text : isoDay(Date.parse(text))
}

/** A question: a valid-time date, and optionally a transaction-time date and a policy. */
export interface Question {
  readonly at: string
  readonly knownOn?: string | undefined
  readonly uncertainty?: 'strict' | 'possible' | undefined
}

/** One event as the question sees it: corrected, where it falls, and its place in the fold. */
interface Counted {
  readonly event: RefEvent
  readonly start: number
  readonly end: number
  readonly rec: number
  readonly seq: number
}

/** The log as a question sees it (docs/time.md): known events, corrected, unretracted. */
function known(events: readonly RefEvent[], q: Question): Counted[] {
  const bound = q.knownOn === undefined ? Infinity : queryBound(q.knownOn)
  const visible = events.map((event, seq) => ({ event, seq })).filter(({ event }) => Date.parse(event.recorded) < bound)
  const retracted = new Set(visible.filter(({ event }) => event.kind === 'retraction').map(({ event }) => event.target))
  const out: Counted[] = []
  for (const { event, seq } of visible) {
    if (event.kind === 'correction' || event.kind === 'retraction' || retracted.has(event.id)) continue
    const corrections = visible
      .filter(({ event: c }) => c.kind === 'correction' && c.target === event.id && !retracted.has(c.id))
      .sort((p, r) => Date.parse(p.event.recorded) - Date.parse(r.event.recorded) || p.seq - r.seq)
    let current = event
    for (const { event: c } of corrections) current = { ...current, ...c.changes }
    const [start, end] = intervalOf(current.occurred)
    out.push({ event: current, start, end, rec: Date.parse(event.recorded), seq })
  }
  return out
}

/** The events that count at the date, in valid-time order (interval start, then recorded order). */
function counted(all: readonly Counted[], q: Question): Counted[] {
  const bound = queryBound(q.at)
  const possible = q.uncertainty === 'possible'
  return all
    .filter((c) => (possible ? c.start < bound : c.end <= bound))
    .sort((p, r) => p.start - r.start || p.rec - r.rec || p.seq - r.seq)
}

interface Term {
  readonly person: string
  readonly office: string
  readonly of: string
  readonly start: number
  end: number
}

/**
 * Who acted for whom: a person counts for the states and organisations they held office in at
 * the start of each event (every office event the view knows, whatever the date asked). A
 * second `start` of an office the person already holds continues the same term.
 */
function officesOf(all: readonly Counted[]): (actor: string, at: number) => string[] {
  const terms: Term[] = []
  const offices = all
    .filter((c) => c.event.kind === 'office')
    .sort((p, r) => p.start - r.start || p.rec - r.rec || p.seq - r.seq)
  for (const { event, start } of offices) {
    const open = terms.filter(
      (t) => t.person === event.person && t.office === event.office && t.of === event.of && t.end === Infinity,
    )
    if (event.change === 'start') {
      if (open.length === 0)
        terms.push({ person: event.person, office: event.office, of: event.of, start, end: Infinity })
    } else if (open.length > 0) open[open.length - 1]!.end = start
  }
  return (actor, at) => {
    const held = [...new Set(terms.filter((t) => t.person === actor && t.start <= at && at < t.end).map((t) => t.of))]
    return held.length > 0 ? held : [actor]
  }
}

/** The weight of an act (docs/projections.md, "The weights"): the kind's, its sub-type's, or the event's own. */
function weightOf(event: RefEvent, subtype?: string): { quad: string | null; goldstein: number } {
  const table = (WEIGHTS as Record<string, { default: Wt; by?: string; subtypes?: Record<string, Wt> }>)[event.kind]
  if (table === undefined) return { quad: null, goldstein: 0 }
  const key = subtype ?? (table.by === undefined ? undefined : event[table.by])
  const weight = (typeof key === 'string' ? table.subtypes?.[key] : undefined) ?? table.default
  return { quad: weight.quadClass, goldstein: typeof event.weight === 'number' ? event.weight : weight.goldstein }
}
interface Wt {
  quadClass: string | null
  goldstein: number
}

/** Who acts on whom (docs/projections.md, "Who acts on whom"). */
function actsOf(e: RefEvent): { from: string[]; to: string[]; mutual: boolean; subtype?: string }[] {
  const others = (actor: string) => (e.actors as string[]).filter((a) => a !== actor)
  switch (e.kind) {
    case 'membership':
      return [{ from: [e.member, e.organisation], to: [], mutual: true }]
    case 'summit':
      return [
        {
          from: [
            e.host,
            ...(e.organisation === undefined ? [] : [e.organisation]),
            ...e.attendees.map((a: RefEvent) => a.actor),
          ],
          to: [],
          mutual: true,
        },
      ]
    case 'meeting':
      return [{ from: e.participants.map((p: RefEvent) => p.for ?? p.actor), to: [], mutual: true }]
    case 'agreement':
      return [{ from: e.parties, to: [], mutual: true }]
    case 'visit':
      return [{ from: [e.visitor], to: [e.host], mutual: false }]
    case 'statement':
      return [{ from: [e.for ?? e.speaker], to: e.about, mutual: false }]
    case 'communique':
      return e.characterizations.map((c: RefEvent) => ({
        from: [e.issuer],
        to: [c.actor],
        mutual: false,
        subtype: c.tone,
      }))
    case 'proposal':
      return [{ from: [e.proposer], to: others(e.proposer), mutual: false }]
    case 'position':
      return [{ from: [e.actor], to: others(e.actor), mutual: false }]
    case 'military-activity':
      return [{ from: [e.actor], to: e.near, mutual: false }]
    case 'reaction':
      return [{ from: [e.actor], to: e.towards ?? others(e.actor), mutual: false }]
    case 'aid':
      return [{ from: [e.donor], to: [e.recipient], mutual: false }]
    default:
      return []
  }
}

/** The reference answer of `relationship(a, b)`: the fields the docs define, in comparable form. */
export interface RefRelationship {
  meetings: number
  visits: number
  summits: number
  last: { date: string; event: string } | undefined
  index: number
  byDirection: Record<string, number>
  quads: Record<string, number>
  quotes: string[]
  stances: string[]
  ties: string[]
}

/** What `relationship(a, b)` means at a date. */
export function refRelationship(
  events: readonly RefEvent[],
  a: string,
  b: string,
  q: Question,
  halfLifeDays = 365,
): RefRelationship {
  const all = known(events, q)
  const acting = officesOf(all)
  const bound = queryBound(q.at)
  const halfLife = halfLifeDays * DAY
  const sides = (actors: readonly string[], at: number) => [...new Set(actors.flatMap((x) => acting(x, at)))]
  const r: RefRelationship = {
    meetings: 0,
    visits: 0,
    summits: 0,
    last: undefined,
    index: 0,
    byDirection: { [a]: 0, [b]: 0 },
    quads: { 'verbal-cooperation': 0, 'material-cooperation': 0, 'verbal-conflict': 0, 'material-conflict': 0 },
    quotes: [],
    stances: [],
    ties: [],
  }
  // Different participants must stand for the two sides: one person holding offices in both is no contact.
  const together = (entries: readonly string[], at: number) => {
    const resolved = entries.map((entry) => acting(entry, at))
    return resolved.some((p, i) => p.includes(a) && resolved.some((o, j) => j !== i && o.includes(b)))
  }
  let lastDay = ''
  const contact = (c: Counted) => {
    // The latest by day; of several on that day, the one folded last.
    if (r.last === undefined || isoDay(c.start) >= lastDay) {
      r.last = { date: asWritten(c.event.occurred), event: c.event.id }
      lastDay = isoDay(c.start)
    }
  }
  const positions = new Map<string, Map<string, string>>()
  const claims: Claims = new Map()
  for (const c of counted(all, q)) {
    const e = c.event
    const at = c.start
    if (
      e.kind === 'meeting' &&
      together(
        e.participants.map((p: RefEvent) => p.for ?? p.actor),
        at,
      )
    ) {
      r.meetings++
      contact(c)
    }
    if (e.kind === 'summit') {
      const present = [
        e.host,
        ...(e.organisation === undefined ? [] : [e.organisation]),
        ...e.attendees.map((x: RefEvent) => x.actor),
      ]
      if (together([...new Set(present)], at)) {
        r.summits++
        contact(c)
      }
    }
    if (e.kind === 'visit') {
      const from = acting(e.visitor, at)
      const to = acting(e.host, at)
      if ((from.includes(a) && to.includes(b)) || (from.includes(b) && to.includes(a))) {
        r.visits++
        contact(c)
      }
    }
    if (e.kind === 'statement') {
      const from = sides([e.for ?? e.speaker], at)
      const about = sides(e.about, at)
      if ((from.includes(a) && about.includes(b)) || (from.includes(b) && about.includes(a))) r.quotes.push(e.id)
    }
    if (e.kind === 'position') {
      for (const side of sides([e.actor], at)) {
        if (side !== a && side !== b) continue
        if (!positions.has(e.proposal)) positions.set(e.proposal, new Map())
        positions.get(e.proposal)!.set(side, e.stance)
      }
    }
    if (e.kind === 'membership') {
      const pair = (e.member === a && e.organisation === b) || (e.member === b && e.organisation === a)
      if (pair) {
        applyMembership(claims, e)
      }
    }
    for (const act of actsOf(e)) {
      const from = sides(act.from, at)
      const to = act.mutual ? from : sides(act.to, at)
      if (!((from.includes(a) && to.includes(b)) || (from.includes(b) && to.includes(a)))) continue
      const w = weightOf(e, act.subtype)
      if (w.quad === null) continue
      const decayed = w.goldstein * 2 ** (-Math.max(0, bound - Math.floor(c.start / DAY) * DAY) / halfLife)
      r.index += decayed
      r.quads[w.quad]!++
      const acting = act.mutual ? [a, b] : from.includes(a) && to.includes(b) ? [a] : [b]
      for (const side of acting) r.byDirection[side]! += decayed
    }
  }
  for (const [proposal, stances] of positions)
    if (stances.has(a) && stances.has(b)) r.stances.push(`${proposal}:${stances.get(a)}:${stances.get(b)}`)
  r.stances.sort()
  r.ties = tiesOf(claims)
  return r
}

type Claims = Map<string, Map<string, { status: string; since: string; certainty: string }>>

/** A membership event on the claims of its member and organisation: a start claims its status, an end ends every claim of it. */
function applyMembership(claims: Claims, e: RefEvent): void {
  const key = `${e.member}|${e.organisation}`
  if (!claims.has(key)) claims.set(key, new Map())
  const group = claims.get(key)!
  if (e.change === 'start')
    group.set(e.id, { status: e.status, since: asWritten(e.occurred), certainty: e.certainty ?? 'reported' })
  else for (const [id, claim] of group) if (claim.status === e.status) group.delete(id)
}

/** Ties from claims (docs/projections.md, `Tie`): the statuses of the strongest certainty, disputed when several. */
function tiesOf(claims: Claims): string[] {
  const rank = (certainty: string) => CERTAINTIES.length - CERTAINTIES.indexOf(certainty as never)
  const out: string[] = []
  for (const [key, group] of claims) {
    if (group.size === 0) continue
    const best = Math.max(...[...group.values()].map((claim) => rank(claim.certainty)))
    const statuses = new Map<string, string>()
    for (const claim of group.values()) {
      if (rank(claim.certainty) !== best) continue
      const since = statuses.get(claim.status)
      if (since === undefined || claim.since < since) statuses.set(claim.status, claim.since)
    }
    // The earliest claim of a status gives its `since`, whatever the certainty of that claim.
    for (const status of statuses.keys()) {
      const since = [...group.values()]
        .filter((claim) => claim.status === status)
        .map((claim) => claim.since)
        .sort()[0]!
      out.push(`${key}|${status}|${since}|${statuses.size > 1}`)
    }
  }
  return out.sort()
}

/** What `membership(org)` means at a date: every actor's statuses, in the same comparable form. */
export function refMembership(events: readonly RefEvent[], organisation: string, q: Question): string[] {
  const claims: Claims = new Map()
  for (const c of counted(known(events, q), q)) {
    const e = c.event
    if (e.kind !== 'membership' || e.organisation !== organisation) continue
    applyMembership(claims, e)
  }
  return tiesOf(claims)
}

/** What `officeHolders(actor)` means at a date: `office|person|since`, sorted. */
export function refOfficeHolders(events: readonly RefEvent[], actor: string, q: Question): string[] {
  const held = new Map<string, string>()
  for (const c of counted(known(events, q), q)) {
    const e = c.event
    if (e.kind !== 'office' || e.of !== actor) continue
    const key = `${e.office}|${e.person}`
    if (e.change === 'start') {
      // A second start of an office the person holds restates it: the term runs from the first.
      if (!held.has(key)) held.set(key, asWritten(e.occurred))
    } else held.delete(key)
  }
  return [...held].map(([key, since]) => `${key}|${since}`).sort()
}

/**
 * Whether a question may name an id (docs/projections.md, "Unknown actors and events"): an
 * actor, when an `actor` event recorded before `knownOn` declares it, whatever the date asked
 * and even if retracted; an event, when it is recorded before `knownOn` and of the kind wanted.
 */
export function refHolds(events: readonly RefEvent[], id: string, kind: 'actor' | 'proposal', q: Question): boolean {
  const bound = q.knownOn === undefined ? Infinity : queryBound(q.knownOn)
  return events.some(
    (event) =>
      Date.parse(event.recorded) < bound &&
      (kind === 'actor' ? event.kind === 'actor' && event.actors[0] === id : event.kind === kind && event.id === id),
  )
}

/** What `proposal(id)` means at a date. */
export function refProposal(
  events: readonly RefEvent[],
  id: string,
  q: Question,
): { status: string; proposer: string | null; supporters: string[]; opponents: string[]; neutral: string[] } {
  const all = known(events, q)
  const acting = officesOf(all)
  let status = 'unknown'
  let proposer: string | null = null
  const stances = new Map<string, string>()
  for (const c of counted(all, q)) {
    const e = c.event
    if (e.kind === 'proposal' && e.id === id) {
      status = e.status ?? 'proposed'
      proposer = acting(e.proposer, c.start)[0] ?? e.proposer
    }
    if (e.kind === 'position' && e.proposal === id)
      for (const side of acting(e.actor, c.start)) stances.set(side, e.stance)
  }
  const having = (stance: string) =>
    [...stances]
      .filter(([, s]) => s === stance)
      .map(([actor]) => actor)
      .sort()
  return { status, proposer, supporters: having('support'), opponents: having('oppose'), neutral: having('neutral') }
}
