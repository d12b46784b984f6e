/**
 * The relationship of two actors at a date: ties, agreements in force, contacts, tone, stances
 * on shared proposals and quotes, every fact with the events it came from.
 */
import { InvalidArgumentError } from '../errors.js'
import { _freezeDeep } from '../log/freeze.js'
import { type ActorId, isPersonId } from '../model/actor-id.js'
import type { DiplomaticEvent } from '../model/event.js'
import type { AgreementActEvent } from '../model/kinds/agreement-act.js'
import { codedSidesOf, contactOf } from '../model/kinds/coded.js'
import { _parseDateString } from '../model/partial-date.js'
import type { Stance } from '../model/vocabulary.js'
import type { KindWeights } from '../model/weights.js'
import {
  type CopyOnWrite,
  defineProjection,
  type EventContext,
  type Projection,
} from '../projection/define-projection.js'
import { _dayStartOf, _directionsOf } from '../projection/run.js'
import { _actsOf, _resolve } from './acts.js'
import { _applyMembership, type _Claims, _ties, type Tie } from './claims.js'
import { _draftMaps, _flat, _writableOver } from './layered-map.js'
import { _add, _halfLifeMs, _initialTone, _sideSum, _summary, type _ToneState, type ToneSummary } from './tone.js'

/**
 * Options of {@link relationship}: how tone is weighed.
 *
 * @example
 * ```ts
 * import { relationship, type RelationshipOptions } from 'entente-timeline'
 *
 * const options: RelationshipOptions = { halfLifeDays: 180 }
 * relationship('JPN', 'NATO', options)
 * ```
 */
export interface RelationshipOptions {
  /** The half-life of tone, in days: an act weighs half as much this many days later. @defaultValue 365 */
  readonly halfLifeDays?: number
  /**
   * Weights of the kinds to weigh otherwise, laid kind by kind over the timeline's vocabulary's
   * (see `WEIGHTS`). @defaultValue the vocabulary's weights
   */
  readonly weights?: Readonly<Record<string, KindWeights>>
}

/**
 * An agreement in force between the two actors.
 *
 * @example
 * ```ts
 * import type { AgreementInForce } from 'entente-timeline'
 *
 * const until = (agreement: AgreementInForce) => agreement.inForce.until ?? 'open-ended'
 * ```
 */
export interface AgreementInForce {
  /** The agreement event's id. */
  readonly id: string
  /** Its title. */
  readonly title: string
  /** Its areas of cooperation, as the event lists them. */
  readonly areas: readonly string[]
  /** When it is in force, as the event writes it. */
  readonly inForce: {
    /** The first date it is in force. */
    readonly from: string
    /** The last date it is in force, included at its own precision (`2026`: through 31 December 2026); absent while open-ended. */
    readonly until?: string
  }
  /** `in-force`, or `suspended` after a suspension that no resumption has lifted. */
  readonly status: 'in-force' | 'suspended'
  /** Parties that withdrew while it stays in force between the pair, sorted. */
  readonly withdrawn: readonly ActorId[]
  /** The agreement event and the `agreement-act` events that shaped its state. */
  readonly evidence: readonly string[]
}

/**
 * An agreement between the two actors that is no longer in force between them at the date:
 * terminated, expired (by an act or by its `until`), or left by one of the pair.
 *
 * @example
 * ```ts
 * import type { EndedAgreement } from 'entente-timeline'
 *
 * const line = (agreement: EndedAgreement) => `${agreement.title}: ${agreement.how} on ${agreement.ended}`
 * ```
 */
export interface EndedAgreement {
  /** The agreement event's id. */
  readonly id: string
  /** Its title. */
  readonly title: string
  /** When it ended between the pair: the act's date, or its `until`, as precisely as they are written. */
  readonly ended: string
  /** How it ended. */
  readonly how: 'termination' | 'expiry' | 'withdrawal'
  /** The parties that had withdrawn by then, sorted. */
  readonly withdrawn: readonly ActorId[]
  /** The agreement that replaced it, when a termination names one. */
  readonly supersededBy?: string
  /** The agreement event and the `agreement-act` events that ended it. */
  readonly evidence: readonly string[]
}

/**
 * A quote between the two actors.
 *
 * @example
 * ```ts
 * import type { Quote } from 'entente-timeline'
 *
 * const line = (quote: Quote) => `${quote.speaker} (${quote.date}): "${quote.quote}"`
 * ```
 */
export interface Quote {
  /** Who said it: the person (or actor) who spoke, not whom they spoke for. */
  readonly speaker: ActorId
  /** The words, as the statement event quotes them. */
  readonly quote: string
  /** The statement's date, as precisely as the event gives it (`2023-07-12`, `2023-07`). */
  readonly date: string
  /** The statement event's id. */
  readonly event: string
}

/**
 * A meeting, visit or summit between people of the two sides that counts for neither because
 * some of the people held no office at its date: a missing `office` event shows here instead
 * of as a silent zero.
 *
 * @example
 * ```ts
 * import type { Unattributed } from 'entente-timeline'
 *
 * const line = (u: Unattributed) => `${u.date} ${u.event}: ${u.reason}`
 * ```
 */
export interface Unattributed {
  /** The event's id. */
  readonly event: string
  /** Its kind: `meeting`, `visit` or `summit`. */
  readonly kind: string
  /** Its date, as precisely as the event gives it. */
  readonly date: string
  /** The people in it who held no office at that date, so acted for no state or organisation, sorted. */
  readonly people: readonly ActorId[]
  /** Why it counts for no side, in words. */
  readonly reason: string
}

/**
 * What {@link relationship} returns.
 *
 * @example
 * ```ts
 * import type { RelationshipResult } from 'entente-timeline'
 *
 * const warm = (r: RelationshipResult) => r.tone.index > 0
 * ```
 */
export interface RelationshipResult {
  /** The pair, as asked. */
  readonly pair: readonly [ActorId, ActorId]
  /** The day asked about. */
  readonly at: string
  /** Statuses one holds in the other (membership, partnership, observer status). */
  readonly ties: readonly Tie[]
  /** Agreements between them in force at the date. */
  readonly agreements: readonly AgreementInForce[]
  /** Agreements between them that were in force and no longer are at the date, by when they ended. */
  readonly ended: readonly EndedAgreement[]
  /** The areas of the agreements in force (not suspended), sorted. */
  readonly areas: readonly string[]
  /** Meetings, visits and summits attended together, and the last contact. */
  readonly contacts: {
    /** How many meetings both sides took part in (people count for the actors they held office in). */
    readonly meetings: number
    /** How many visits one side paid the other. */
    readonly visits: number
    /** How many summits both attended, as host, convening organisation or attendee. */
    readonly summits: number
    /** The latest meeting, visit or summit; absent before the first. */
    readonly last?: {
      /** Its date, as precisely as the event gives it (contacts are compared by their first day). */
      readonly date: string
      /** Its event's id. */
      readonly event: string
    }
  }
  /** The tone between them. */
  readonly tone: ToneSummary
  /**
   * Proposals both took a position on, with each side's stance. A busy pair's run to thousands,
   * so they are listed when first read, and then kept, as the evidence is.
   */
  readonly stances: readonly {
    /** The proposal event's id. */
    readonly proposal: string
    /** Each side's latest stance on it, keyed by the actor ids as asked. */
    readonly stances: Readonly<Record<ActorId, Stance>>
  }[]
  /** What one said about the other, oldest first. */
  readonly quotes: readonly Quote[]
  /**
   * Meetings, visits and summits naming people of the two sides (people who held office in
   * either at some time) that count for neither, because some of the people held no office at
   * the event's date, in valid-time order. Not in `evidence`: no fact above comes from them.
   */
  readonly unattributed: readonly Unattributed[]
  /**
   * Every event behind any of the above, sorted. A busy pair's runs to thousands of ids, so it
   * is listed when first read, and then kept: an answer whose evidence is never read does not
   * pay for it, and `JSON.stringify`, a spread or a comparison reads it as any other field.
   */
  readonly evidence: readonly string[]
}

/** An agreement as the pair's state keeps it: what its event says, its dates read once. */
interface AgreementRecord {
  id: string
  title: string
  areas: string[]
  parties: string[]
  from: string
  fromMs: number
  until?: string
  untilMs: number
}

interface State {
  claims: _Claims
  /**
   * The pair's agreements by id, in the order first folded. A map, as the positions are: a run
   * writes the agreements it changes as a layer, where it copied thousands of keys.
   */
  agreements: Map<string, AgreementRecord>
  /** Acts on agreements, by agreement id, in the order folded; read against the agreements in the result. A map, as the agreements are. */
  agreementActs: Map<string, _AgreementAct[]>
  meetings: number
  visits: number
  summits: number
  last?: { date: string; event: string }
  /** The first day of the last contact, to compare contacts of different precisions by. */
  lastDay?: string
  tone: _ToneState
  /**
   * The stances on each proposal, by side, in the order the proposals were first taken a stance
   * on. A map: a run copies it on its first write, and a busy pair's runs to thousands of
   * proposals, which a map copies as a table where an object was copied key by key.
   */
  positions: Map<string, Record<string, Stance>>
  /** What one said about the other, in the order folded (see `_Quotes`). */
  quotes: _Quotes
  /** Contacts that counted for nothing while people in them held no office: `result` keeps those of the pair. */
  unattributed: (Unattributed & { actors: string[] })[]
  /**
   * The ids of the events behind any fact, by the year of the place they were folded at (a
   * year's ids shared by the states folded from one another, see `_Year`).
   */
  evidence: Record<string, _Year>
}

/** The containers a run of the copy-on-write fold has copied or made (and so may write), kept on its working state. */
const OWNED = Symbol('owned')

/** A working state of the copy-on-write fold: the state, shallowly copied, and the containers this run owns. */
interface Work extends State {
  readonly [OWNED]: Set<object>
  /** Whether the run's state may be kept: only then may a map's layers be compacted (see `_writableOver`). */
  readonly [KEPT]: boolean
  /** The arrays this run copied, each with the frozen array it was copied from. */
  readonly [COPIED]: Map<unknown[], readonly unknown[]>
}

/** Where a working state keeps the arrays its run copied (see `freezeCopy`). */
const COPIED = Symbol('copied')

/** Where a working state says whether the run's state may be kept. */
const KEPT = Symbol('kept')

/**
 * relationship() folds by hand, copying on write, as network() does: a run copies the state's
 * top level once and each container (the map of evidence, a year of it, the positions on one
 * proposal) on its first write, and freezes what it wrote at its end. Through immer's proxies a
 * warm question spent about a third of its time in them. The reducers serve this and immer
 * drafts (explain and diff) alike, through `writable`, `own`, `ownTone` and `ownClaims`.
 */
const copyOnWrite: CopyOnWrite<State> = {
  begin: (state, kept) =>
    ({ ...(state as State), [OWNED]: new Set<object>(), [KEPT]: kept, [COPIED]: new Map() }) satisfies Work,
  end(work) {
    const { [OWNED]: _owned, [KEPT]: _kept, [COPIED]: copied, ...state } = work as Work
    for (const [copy, source] of copied) freezeCopy(copy, source)
    return _freezeDeep(state) as State
  },
}

/**
 * Freezes an array a run copied from a frozen one. The state's arrays only grow (a run appends
 * quotes, contacts that counted for nothing, an agreement's acts; no reducer writes an item in
 * place), so the items the copy shares with that one are frozen already: only the ones appended
 * are walked. The freeze of the whole state would look at every item of each (a busy pair's
 * quotes run to thousands), at every checkpoint a fold keeps.
 */
function freezeCopy(copy: unknown[], source: readonly unknown[]): void {
  for (let i = source.length; i < copy.length; i++) _freezeDeep(copy[i])
  Object.freeze(copy)
}

/**
 * `parent[key]`, which is there, writable: in an immer draft, as immer gives it; in a run of the
 * copy-on-write fold, copied on its first write. `parent` must be writable itself.
 */
function present<T extends object>(draft: State, parent: object, key: string): T {
  const owned = (draft as Partial<Work>)[OWNED]
  const value = (parent instanceof Map ? parent.get(key) : (parent as Record<string, T>)[key]) as T
  if (owned === undefined || owned.has(value)) return value
  const copy = (
    Array.isArray(value)
      ? copied(draft, value)
      : value instanceof Map
        ? _writableOver(value, (draft as Partial<Work>)[KEPT] !== false)
        : { ...value }
  ) as T
  if (parent instanceof Map) parent.set(key, copy)
  else (parent as Record<string, T>)[key] = copy
  owned.add(copy)
  return copy
}

/** A copy of a frozen array for a run to append to, remembered with it so that the run's end freezes only what was appended. */
function copied(draft: State, value: readonly unknown[]): unknown[] {
  const copy = [...value]
  ;(draft as Work)[COPIED].set(copy, value)
  return copy
}

/** `parent[key]` (or, for a map, its entry) writable as `present` gives it, or made by `make` when absent. */
function writable<T extends object>(draft: State, parent: object, key: string, make: () => T): T {
  if (parent instanceof Map ? parent.has(key) : Object.hasOwn(parent, key)) return present(draft, parent, key)
  const made = make()
  if (parent instanceof Map) parent.set(key, made)
  else (parent as Record<string, T>)[key] = made
  ;(draft as Partial<Work>)[OWNED]?.add(made)
  return made
}

/** A container at the top of the state (the initial state has each), writable. */
function own<
  K extends 'claims' | 'agreements' | 'agreementActs' | 'positions' | 'quotes' | 'unattributed' | 'evidence',
>(draft: State, key: K): State[K] {
  return present(draft, draft, key)
}

/** The tone, writable to the depth reducers write it: its sum, its tallies and each side's sum. */
function ownTone(draft: State): _ToneState {
  const owned = (draft as Partial<Work>)[OWNED]
  if (owned === undefined || owned.has(draft.tone)) return draft.tone
  const { all, by, quads } = draft.tone
  const copy: _ToneState = { all: { ...all }, by: {}, quads: { ...quads } }
  for (const [side, sum] of Object.entries(by)) copy.by[side] = { ...sum }
  owned.add(copy)
  draft.tone = copy
  return copy
}

/** The claims, writable two levels deep, as `_applyMembership` changes them (a pair has at most two groups). */
function ownClaims(draft: State): _Claims {
  const claims = own(draft, 'claims')
  if ((draft as Partial<Work>)[OWNED] !== undefined) for (const key of Object.keys(claims)) present(draft, claims, key)
  return claims
}

/** How many quotes a full chunk of `_Quotes` holds. */
const QUOTES_CHUNK = 256

/**
 * A pair's quotes in the order folded: full chunks of `QUOTES_CHUNK`, frozen and shared by the
 * states folded from one another, then the last few. A run that adds a quote copies the last few
 * (and, when they fill a chunk, the list of chunks), not every quote: a busy pair's run to tens
 * of thousands, and each checkpoint and each warm question's tail that added one copied them all.
 */
interface _Quotes {
  chunks: readonly (readonly Quote[])[]
  last: Quote[]
}

/** Adds a quote to the state's quotes, copying what it writes. */
function addQuote(draft: State, quote: Quote): void {
  const quotes = own(draft, 'quotes')
  const last = present<Quote[]>(draft, quotes, 'last')
  last.push(quote)
  if (last.length < QUOTES_CHUNK) return
  quotes.chunks = [...quotes.chunks, last]
  const next: Quote[] = []
  ;(draft as Partial<Work>)[OWNED]?.add(next)
  quotes.last = next
}

/** Every quote of a state, oldest first, frozen. */
function quotesOf(quotes: _Quotes): readonly Quote[] {
  return Object.freeze(quotes.chunks.length === 0 ? [...quotes.last] : [...quotes.chunks.flat(), ...quotes.last])
}

/** Where a year of evidence keeps its ids: a symbol, so that freezing the year does not freeze the array it shares. */
const IDS = Symbol('ids')

/**
 * A year of evidence: the first `n` ids of an array, in the order folded. The states folded from
 * one another share the array: a run appends to it while it is the array's last writer (its
 * length is the state's `n`), and a run from an older state copies the first `n` ids. A state
 * never reads past its own `n`, so what a later fold appended does not show in it; a fold no
 * longer copies a year's ids at each checkpoint, and a warm question no longer copies them for
 * its tail.
 */
interface _Year {
  readonly [IDS]: string[]
  n: number
}

/** Files an event's id under its year, once however many facts it gives (an event's touches are consecutive). */
function file(draft: State, key: string, id: string): void {
  const evidence = own(draft, 'evidence')
  let year = Object.hasOwn(evidence, key) ? evidence[key]! : undefined
  if (filedLast(year, id)) return
  const owned = (draft as Partial<Work>)[OWNED]
  if (owned === undefined) {
    // An immer draft (explain, diff): a new year, copied, as immer would copy a map.
    evidence[key] = { [IDS]: year === undefined ? [id] : [...idsOf(year), id], n: (year?.n ?? 0) + 1 }
    return
  }
  if (year === undefined) year = { [IDS]: [], n: 0 }
  else if (!owned.has(year)) {
    const ids = year[IDS]
    year = { [IDS]: ids.length === year.n && !Object.isFrozen(ids) ? ids : ids.slice(0, year.n), n: year.n }
  }
  if (!owned.has(year)) {
    owned.add(year)
    evidence[key] = year
  }
  year[IDS].push(id)
  year.n++
}

/** The ids a year holds for its state: the first `n` of the array it shares. */
function idsOf(year: _Year): string[] {
  return year[IDS].slice(0, year.n)
}

/** Whether the event with this id was filed last under its year: `touch` filed it while folding it. */
function filedLast(year: _Year | undefined, id: string): boolean {
  return year !== undefined && year.n > 0 && year[IDS][year.n - 1] === id
}

/** The sorted ids of a year of evidence, kept while the frozen year lives. */
const sortedYears = new WeakMap<_Year, readonly string[]>()

function sortedIds(year: _Year): readonly string[] {
  let ids = sortedYears.get(year)
  if (ids === undefined) sortedYears.set(year, (ids = idsOf(year).sort()))
  return ids
}

/** The ids of a year of evidence as a set, kept while the frozen year lives (for a series' filter). */
const yearSets = new WeakMap<_Year, ReadonlySet<string>>()

function idSet(year: _Year): ReadonlySet<string> {
  let ids = yearSets.get(year)
  if (ids === undefined) yearSets.set(year, (ids = new Set(idsOf(year))))
  return ids
}

/**
 * An object with one more enumerable field, made by `make` when first read and kept: what reads
 * every field (JSON.stringify, a spread, equality) reads it as any other.
 */
function withListedOnRead<T extends object, K extends string, V>(
  object: T,
  key: K,
  make: () => V,
): T & { readonly [P in K]: V } {
  let made: { readonly value: V } | undefined
  return Object.defineProperty(object, key, {
    enumerable: true,
    get: () => (made ??= { value: make() }).value,
  }) as T & { readonly [P in K]: V }
}

/** Every event behind an answer, sorted, each once: each year's ids are sorted once, and the sort merges the runs. */
function evidenceOf(years: readonly _Year[], agreements: ReadonlySet<string>): readonly string[] {
  const all = [...years.flatMap(sortedIds), ...agreements].sort()
  return Object.freeze(all.filter((id, i) => i === 0 || id !== all[i - 1]))
}

/** A stand-in for a field listed on read, until its getter is put in its place. */
const NOT_YET: readonly never[] = Object.freeze([])

/** The proposals both sides took a stance on, each side's stance keyed by the ids as asked, frozen. */
function stancesOf(positions: ReadonlyMap<string, Readonly<Record<string, Stance>>>, a: string, b: string) {
  const stances: { proposal: string; stances: Record<string, Stance> }[] = []
  for (const [proposal, sides] of positions)
    if (Object.hasOwn(sides, a) && Object.hasOwn(sides, b))
      stances.push({ proposal, stances: { [a]: sides[a]!, [b]: sides[b]! } })
  inKeyOrder(stances, (stance) => stance.proposal)
  return _freezeDeep(stances) as RelationshipResult['stances']
}

/**
 * Puts items in the order an object's keys would list their ids: ids that are array indexes
 * ("7", "2023") first, by number, then the others as they came. The stances and agreements were
 * listed by the keys of an object, and keep that order now that they come from a map.
 */
function inKeyOrder<T>(items: T[], idOf: (item: T) => string): void {
  if (!items.some((item) => isArrayIndex(idOf(item)))) return
  const indexes = items.filter((item) => isArrayIndex(idOf(item)))
  indexes.sort((p, q) => Number(idOf(p)) - Number(idOf(q)))
  const others = items.filter((item) => !isArrayIndex(idOf(item)))
  const ordered = [...indexes, ...others]
  for (let i = 0; i < ordered.length; i++) items[i] = ordered[i]!
}

/** Whether an object would list a key among its array indexes: a canonical integer below 2^32 - 1. */
function isArrayIndex(key: string): boolean {
  return /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 4_294_967_295
}

/** The numbers of a relationship at a date, without its evidence list: what a series keeps of each date. */
export interface _RelationshipPoints extends Pick<RelationshipResult, 'ties' | 'agreements' | 'tone' | 'contacts'> {
  /** Whether an event is behind any fact of the relationship at the date. */
  readonly isEvidence: (id: string) => boolean
}

interface _AgreementAct {
  id: string
  act: AgreementActEvent['act']
  date: string
  ms: number
  party?: string
  supersededBy?: string
}

/** An agreement's state between the pair at a date: in force (or suspended), ended, or neither yet. */
interface AgreementState {
  readonly inForce?: AgreementInForce
  readonly ended?: EndedAgreement
}

/**
 * What an agreement's acts make of it, whatever the date: when it entered into force, whether it
 * is suspended, who withdrew, how it ended; and its states at a date, made when first needed
 * and frozen (the date only decides whether it has begun and whether it has expired).
 */
interface AgreementFacts {
  readonly fromMs: number
  readonly suspended: boolean
  readonly withdrawn: readonly string[]
  readonly evidence: readonly string[]
  readonly end:
    | { readonly date: string; readonly how: EndedAgreement['how']; readonly supersededBy?: string }
    | undefined
  /** The state at a date, by whether it has begun (1) and whether it has expired (2). */
  readonly states: (AgreementState | undefined)[]
}

/**
 * The facts of each agreement by its frozen record and its frozen acts, kept while both live: a
 * busy pair's answer lists thousands of agreements, and their states were made anew at each. A
 * record is made by one pair's fold, so the pair the facts were read for is always its own.
 */
const agreementFacts = new WeakMap<object, WeakMap<readonly _AgreementAct[], AgreementFacts>>()

const NO_ACTS: readonly _AgreementAct[] = Object.freeze([])

/** An agreement's state between the pair at the result's instant, from its event and its acts. */
function agreementState(
  agreement: AgreementRecord,
  acts: readonly _AgreementAct[],
  pair: readonly [string, string],
  at: number,
): AgreementState {
  let byActs = agreementFacts.get(agreement)
  if (byActs === undefined) agreementFacts.set(agreement, (byActs = new WeakMap()))
  let facts = byActs.get(acts)
  if (facts === undefined) byActs.set(acts, (facts = factsOf(agreement, acts, pair)))
  const begun = facts.fromMs < at
  const expired = facts.end === undefined && agreement.untilMs < at
  return (facts.states[(begun ? 1 : 0) + (expired ? 2 : 0)] ??= _freezeDeep(stateOf(agreement, facts, begun, expired)))
}

function factsOf(
  agreement: AgreementRecord,
  acts: readonly _AgreementAct[],
  pair: readonly [string, string],
): AgreementFacts {
  let fromMs = agreement.fromMs
  let suspended = false
  const withdrawn: string[] = []
  const evidence = [agreement.id]
  let end: AgreementFacts['end']
  for (const act of [...acts].sort((p, q) => p.ms - q.ms)) {
    if (end !== undefined) break
    evidence.push(act.id)
    if (act.act === 'entry-into-force') fromMs = act.ms
    else if (act.act === 'suspension') suspended = true
    else if (act.act === 'resumption') suspended = false
    else if (act.act === 'withdrawal' && act.party !== undefined) {
      withdrawn.push(act.party)
      const remaining = agreement.parties.filter((party) => !withdrawn.includes(party))
      if (pair.includes(act.party) || remaining.length < 2) end = { date: act.date, how: 'withdrawal' }
    } else if (act.act === 'termination' || act.act === 'expiry')
      end = {
        date: act.date,
        how: act.act,
        ...(act.supersededBy === undefined ? {} : { supersededBy: act.supersededBy }),
      }
  }
  return { fromMs, suspended, withdrawn: withdrawn.sort(), evidence: evidence.sort(), end, states: [] }
}

function stateOf(agreement: AgreementRecord, facts: AgreementFacts, begun: boolean, expired: boolean): AgreementState {
  const end = expired ? { date: agreement.until!, how: 'expiry' as const, supersededBy: undefined } : facts.end
  const base = { id: agreement.id, title: agreement.title, withdrawn: facts.withdrawn, evidence: facts.evidence }
  if (end !== undefined)
    return begun
      ? {
          ended: {
            ...base,
            ended: end.date,
            how: end.how,
            ...(end.supersededBy === undefined ? {} : { supersededBy: end.supersededBy }),
          },
        }
      : {}
  if (!begun) return {}
  return {
    inForce: {
      id: agreement.id,
      title: agreement.title,
      areas: agreement.areas,
      inForce: { from: agreement.from, ...(agreement.until === undefined ? {} : { until: agreement.until }) },
      status: facts.suspended ? 'suspended' : 'in-force',
      withdrawn: facts.withdrawn,
      evidence: facts.evidence,
    },
  }
}

/** The agreements of a relationship's answer: in force, ended, and the areas of those in force. */
interface AgreementLists {
  readonly agreements: RelationshipResult['agreements']
  readonly ended: RelationshipResult['ended']
  readonly areas: RelationshipResult['areas']
}

/** The pair's agreements at the instant before `at`, each list in the answer's order, frozen. */
function agreementLists(state: State, pair: readonly [string, string], at: number): AgreementLists {
  const agreements: AgreementInForce[] = []
  const ended: EndedAgreement[] = []
  for (const agreement of _flat(state.agreements).values()) {
    const found = agreementState(agreement, state.agreementActs.get(agreement.id) ?? NO_ACTS, pair, at)
    if (found.inForce !== undefined) agreements.push(found.inForce)
    if (found.ended !== undefined) ended.push(found.ended)
  }
  inKeyOrder(agreements, (agreement) => agreement.id)
  ended.sort((p, q) => (p.ended < q.ended ? -1 : p.ended > q.ended ? 1 : p.id < q.id ? -1 : 1))
  const areas = [
    ...new Set(agreements.filter((a) => a.status === 'in-force').flatMap((agreement) => agreement.areas)),
  ].sort()
  return _freezeDeep({ agreements, ended, areas }) as AgreementLists
}

/** Whether the resolved sides of an act connect `a` and `b` (either way). */
function connects(from: readonly string[], to: readonly string[], a: string, b: string): boolean {
  return (from.includes(a) && to.includes(b)) || (from.includes(b) && to.includes(a))
}

/**
 * Whether two different participants stand for `a` and `b`: a person who holds offices in both
 * is no contact between them by themself.
 */
function apart(sides: readonly (readonly string[])[], a: string, b: string): boolean {
  return sides.some((side, i) => side.includes(a) && sides.some((other, j) => j !== i && other.includes(b)))
}

/**
 * The people a contact (meeting, visit, summit) sets against each other, as written: a
 * meeting's participants without a `for`, a visit's visitor and host, a summit's host and
 * attendees.
 */
function contactPeople(event: DiplomaticEvent): readonly string[] {
  switch (event.kind) {
    case 'meeting':
      return event.participants.filter((p) => p.for === undefined).map((p) => p.actor)
    case 'visit':
      return [event.visitor, event.host]
    case 'summit':
      return [event.host, ...event.attendees.map((p) => p.actor)]
    default:
      return []
  }
}

/**
 * Lists a contact of the pair's stream (a meeting, visit or summit naming people of both sides,
 * each side with the people who held office in it at any time) that counted for nothing while
 * people in it held no office at its date: a missing office event, shown instead of a silent
 * zero.
 */
function unattributed(draft: State, event: DiplomaticEvent, ctx: EventContext): void {
  // Counted already: `touch` filed it under the year of this place.
  const key = ctx.date.slice(0, -6)
  if (filedLast(Object.hasOwn(draft.evidence, key) ? draft.evidence[key] : undefined, event.id)) return
  const people = [...new Set(contactPeople(event))].filter((actor) => {
    if (!isPersonId(actor)) return false
    const sides = ctx.actingFor(actor)
    return sides.length === 1 && sides[0] === actor
  })
  if (people.length === 0) return
  const who = people.length === 1 ? `${people[0]} held` : `${people.slice(0, -1).join(', ')} and ${people.at(-1)} held`
  own(draft, 'unattributed').push({
    event: event.id,
    kind: event.kind,
    date: ctx.when,
    people: [...people].sort(),
    reason: `${who} no office on ${ctx.when}: it counts for no state or organisation`,
    actors: [...event.actors],
  })
}

/**
 * Whether an unattributed contact is one of the pair's: it names each side (the side itself,
 * or someone who held an office of it at any time), and someone in it who held no office at its
 * date held one of either side at some other time. Decided from the offices the timeline knows,
 * whatever the date asked, so that it does not depend on which events were folded.
 */
function ofThePair(
  u: { readonly people: readonly string[]; readonly actors: readonly string[] },
  x: string,
  y: string,
  officesHeld: (actor: string) => readonly string[],
): boolean {
  const names = (side: string) => u.actors.some((actor) => actor === side || officesHeld(actor).includes(side))
  const belongs = u.people.some((person) => {
    const held = officesHeld(person)
    return held.includes(x) || held.includes(y)
  })
  return belongs && names(x) && names(y)
}

/**
 * The relationship of two actors (the pair is unordered: facts are the same both ways, and
 * `pair` keeps the order asked). People count for the states and organisations they held
 * office in at the date of each event.
 *
 * @param a - one actor
 * @param b - the other
 * @param options - tone half-life and weights
 * @returns a projection, for `timeline.project`
 * @throws {@link InvalidArgumentError} when `a` and `b` are the same actor, `halfLifeDays` is not a positive
 *   number, or a weight is not a finite number from -10 to +10 or names an unknown quad class; and when asked,
 *   {@link UnknownReferenceError} when the timeline (as known on `knownOn`) does not declare `a` or `b`
 * @example
 * ```ts
 * import { Timeline, relationship } from 'entente-timeline'
 * import { readFileSync } from 'node:fs'
 *
 * const timeline = Timeline.fromNdjson(readFileSync('fixtures/vilnius-2023.ndjson', 'utf8'))
 * const r = timeline.project(relationship('JPN', 'NATO'), { at: '2023-07-12' })
 * console.log(r.ties[0]?.status, r.contacts.meetings, r.tone.index)
 * ```
 */
export function relationship(
  a: ActorId,
  b: ActorId,
  options: RelationshipOptions = {},
): Projection<RelationshipResult> {
  return relationshipOf(a, b, options, false)
}

/**
 * A relationship's projection whose result keeps only the numbers a series samples and a test
 * of evidence: the same fold as {@link relationship}, without sorting every id behind it at
 * each date.
 */
export function _relationshipPoints(
  a: ActorId,
  b: ActorId,
  options: RelationshipOptions = {},
): Projection<_RelationshipPoints> {
  return relationshipOf(a, b, options, true)
}

function relationshipOf(
  a: ActorId,
  b: ActorId,
  options: RelationshipOptions,
  points: false,
): Projection<RelationshipResult>
function relationshipOf(
  a: ActorId,
  b: ActorId,
  options: RelationshipOptions,
  points: true,
): Projection<_RelationshipPoints>
function relationshipOf(
  a: ActorId,
  b: ActorId,
  options: RelationshipOptions,
  points: boolean,
): Projection<RelationshipResult | _RelationshipPoints> {
  // The state holds a map (the positions), which immer drafts with its plugin for maps.
  _draftMaps()
  if (a === b)
    throw new InvalidArgumentError('b', `must be another actor than a ("${a}"): a relationship is between two`)
  const halfLife = _halfLifeMs(options.halfLifeDays)
  const [x, y] = a < b ? [a, b] : [b, a]
  const keyed = options.weights === undefined ? `${halfLife}` : undefined
  const touch = (draft: State, ctx: EventContext, id: string): void => {
    file(draft, ctx.date.slice(0, -6), id)
  }
  const contact = (draft: State, ctx: EventContext, id: string): void => {
    // Compared by day; shown as precisely as the event says.
    if (draft.last === undefined || ctx.date >= draft.lastDay!) {
      draft.last = { date: ctx.when, event: id }
      draft.lastDay = ctx.date
    }
  }
  return defineProjection<State, RelationshipResult | _RelationshipPoints>({
    name: `relationship(${a}, ${b})`,
    ...(keyed === undefined ? {} : { key: `relationship:${x}:${y}:${keyed}` }),
    scope: { pair: [x, y], positions: true },
    references: {
      actors: [
        { argument: 'a', id: a },
        { argument: 'b', id: b },
      ],
    },
    ...(options.weights === undefined ? {} : { weights: options.weights }),
    copyOnWrite,
    initial: {
      claims: {},
      agreements: new Map(),
      agreementActs: new Map(),
      meetings: 0,
      visits: 0,
      summits: 0,
      tone: _initialTone(),
      positions: new Map(),
      quotes: { chunks: [], last: [] },
      unattributed: [],
      evidence: {},
    },
    on: {
      membership(draft, event, ctx) {
        if (!connects([event.member], [event.organisation], x, y)) return
        _applyMembership(ownClaims(draft), event, ctx.certainty, ctx.when)
        touch(draft, ctx, event.id)
      },
      agreement(draft, event, ctx) {
        if (!(event.parties.includes(x) && event.parties.includes(y))) return
        const from = _parseDateString(event.inForce.from) as { start: number }
        const until =
          event.inForce.until === undefined ? undefined : (_parseDateString(event.inForce.until) as { end: number })
        own(draft, 'agreements').set(event.id, {
          id: event.id,
          title: event.title,
          areas: [...event.areas],
          parties: [...event.parties],
          from: event.inForce.from,
          fromMs: from.start,
          ...(event.inForce.until === undefined ? {} : { until: event.inForce.until }),
          untilMs: until === undefined ? Infinity : until.end,
        })
        touch(draft, ctx, event.id)
      },
      'agreement-act'(draft, event, ctx) {
        // The agreement may come later in valid time (an act dated before it): kept by its id.
        writable(draft, own(draft, 'agreementActs'), event.agreement, (): _AgreementAct[] => []).push({
          id: event.id,
          act: event.act,
          date: ctx.when,
          ms: _dayStartOf(ctx),
          ...(event.party === undefined ? {} : { party: event.party }),
          ...(event.supersededBy === undefined ? {} : { supersededBy: event.supersededBy }),
        })
      },
      meeting(draft, event, ctx) {
        if (
          !apart(
            event.participants.map((p) => ctx.actingFor(p.for ?? p.actor)),
            x,
            y,
          )
        )
          return
        draft.meetings++
        contact(draft, ctx, event.id)
        touch(draft, ctx, event.id)
      },
      visit(draft, event, ctx) {
        if (!connects(ctx.actingFor(event.visitor), ctx.actingFor(event.host), x, y)) return
        draft.visits++
        contact(draft, ctx, event.id)
        touch(draft, ctx, event.id)
      },
      summit(draft, event, ctx) {
        const present = new Set([
          event.host,
          ...(event.organisation === undefined ? [] : [event.organisation]),
          ...event.attendees.map((p) => p.actor),
        ])
        if (!apart([...present].map(ctx.actingFor), x, y)) return
        draft.summits++
        contact(draft, ctx, event.id)
        touch(draft, ctx, event.id)
      },
      coded(draft, event, ctx) {
        // A coded consultation or visit is a contact, as a meeting or visit event is.
        const contact_ = contactOf(event)
        const sides = contact_ === undefined ? undefined : codedSidesOf(event)
        if (sides === undefined) return
        const from = _resolve(sides.from, ctx.actingFor)
        const to = sides.mutual ? from : _resolve(sides.to, ctx.actingFor)
        if (!(sides.mutual ? from.includes(x) && from.includes(y) : connects(from, to, x, y))) return
        if (contact_ === 'meeting') draft.meetings++
        else draft.visits++
        contact(draft, ctx, event.id)
        touch(draft, ctx, event.id)
      },
      position(draft, event, ctx) {
        for (const side of _resolve([event.actor], ctx.actingFor)) {
          if (side !== x && side !== y) continue
          writable(draft, own(draft, 'positions'), event.proposal, (): Record<string, Stance> => ({}))[side] =
            event.stance
          touch(draft, ctx, event.id)
        }
      },
      statement(draft, event, ctx) {
        const from = _resolve([event.for ?? event.speaker], ctx.actingFor)
        if (!connects(from, _resolve(event.about, ctx.actingFor), x, y)) return
        addQuote(draft, { speaker: event.speaker, quote: event.quote, date: ctx.when, event: event.id })
        touch(draft, ctx, event.id)
      },
    },
    every(draft, event, ctx) {
      const acts = _actsOf(event, _directionsOf(ctx))
      const t = _dayStartOf(ctx)
      for (const act of acts) {
        const from = _resolve(act.from, ctx.actingFor)
        const to = act.mutual ? from : _resolve(act.to, ctx.actingFor)
        if (!connects(from, to, x, y)) continue
        const weight = ctx.weight(act.subtype)
        if (weight.quadClass === null) continue
        // Each act counts once for the pair, as it does for the pair's dyad in network().
        const tone = ownTone(draft)
        _add(tone.all, weight.goldstein, t, halfLife)
        tone.quads[weight.quadClass]++
        for (const side of act.mutual ? [x, y] : from.includes(x) && to.includes(y) ? [x] : [y]) {
          _add(_sideSum(tone.by, side), weight.goldstein, t, halfLife)
        }
        touch(draft, ctx, event.id)
      }
      if (event.kind === 'meeting' || event.kind === 'visit' || event.kind === 'summit') unattributed(draft, event, ctx)
    },
    result(state, ctx) {
      const at = Date.parse(ctx.instant) + 1
      const ties = Object.entries(state.claims).flatMap(([key, group]) => _ties(key, group))
      // The agreements, listed when first read: a busy pair's run to thousands.
      let listed: AgreementLists | undefined
      const lists = (): AgreementLists => (listed ??= agreementLists(state, [x, y], at))
      // The events behind the agreements, gathered when the evidence is first asked about.
      let agreementEvidence: ReadonlySet<string> | undefined
      const behindAgreements = (): ReadonlySet<string> =>
        (agreementEvidence ??= new Set(
          [...lists().agreements, ...lists().ended].flatMap((agreement) => agreement.evidence),
        ))
      const years = Object.values(state.evidence)
      const contacts = {
        meetings: state.meetings,
        visits: state.visits,
        summits: state.summits,
        ...(state.last === undefined ? {} : { last: state.last }),
      }
      const tone = _summary(state.tone, [a, b], at, halfLife)
      // Frozen here, so that the engine has nothing to hand to immer for it.
      if (points)
        return _freezeDeep({
          ties,
          agreements: lists().agreements,
          contacts,
          tone,
          isEvidence: (id: string) => behindAgreements().has(id) || years.some((year) => idSet(year).has(id)),
        })
      const result = {
        pair: [a, b] as const,
        at: ctx.at,
        ties,
        // Listed on read, below, as the stances are.
        agreements: NOT_YET as RelationshipResult['agreements'],
        ended: NOT_YET as RelationshipResult['ended'],
        areas: NOT_YET as RelationshipResult['areas'],
        contacts,
        tone,
        // Listed on read, below: its place among the keys is kept.
        stances: NOT_YET as RelationshipResult['stances'],
        quotes: NOT_YET as RelationshipResult['quotes'],
        unattributed: state.unattributed
          .filter((u) => ofThePair(u, x, y, ctx.officesHeld))
          .map(({ actors: _actors, ...u }) => u),
      }
      for (const value of Object.values(result)) _freezeDeep(value)
      // The agreements, the stances, the quotes and the evidence of a busy pair run to thousands
      // of items, which cost more to list than the rest of the answer: each is listed when first
      // read (JSON.stringify, a spread and equality read it as any other field), once, and kept
      // with the answer.
      withListedOnRead(result, 'agreements', () => lists().agreements)
      withListedOnRead(result, 'ended', () => lists().ended)
      withListedOnRead(result, 'areas', () => lists().areas)
      withListedOnRead(result, 'stances', () => stancesOf(state.positions, a, b))
      withListedOnRead(result, 'quotes', () => quotesOf(state.quotes))
      return Object.freeze(withListedOnRead(result, 'evidence', () => evidenceOf(years, behindAgreements())))
    },
  })
}
