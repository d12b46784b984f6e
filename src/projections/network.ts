/** Every pair of actors at a date: its tone and its ties, for "who warmed, who cooled". */
import { _freezeDeep } from '../log/freeze.js'
import type { ActorId } from '../model/actor-id.js'
import {
  type CopyOnWrite,
  defineProjection,
  type Projection,
  type ProjectionDefinition,
} from '../projection/define-projection.js'
import { _dayStartOf, _directionsOf } from '../projection/run.js'
import { _actsOf, _resolve } from './acts.js'
import { _applyMembership, type _Claim, _ties, type Tie } from './claims.js'
import { _draftMaps, _flat, _writableOver } from './layered-map.js'
import type { RelationshipOptions } from './relationship.js'
import { _decay, _halfLifeMs, _round, _valueAt, type ToneSummary } from './tone.js'

/**
 * One pair of the network.
 *
 * @example
 * ```ts
 * import type { Dyad } from 'entente-timeline'
 *
 * const label = (d: Dyad) => `${d.pair[0]}–${d.pair[1]}: ${d.tone.index}`
 * ```
 */
export interface Dyad {
  /** The pair, in id order. */
  readonly pair: readonly [ActorId, ActorId]
  /** The tone between the two, with `byDirection` keyed by both. */
  readonly tone: ToneSummary
  /** The statuses one holds in the other (a member of an organisation, a partner, ...). */
  readonly ties: readonly Tie[]
}

/**
 * What {@link network} returns.
 *
 * @example
 * ```ts
 * import type { NetworkResult } from 'entente-timeline'
 *
 * const coolest = (n: NetworkResult) => [...n.dyads].sort((p, q) => p.tone.index - q.tone.index)[0]
 * ```
 */
export interface NetworkResult {
  /** The day asked about, `YYYY-MM-DD`. */
  readonly at: string
  /** Every pair with tone or ties, in pair order. */
  readonly dyads: readonly Dyad[]
}

/**
 * One pair's state, flat: the fold touches one draft object per act instead of five nested
 * ones (each a proxy to make, copy and freeze), which was most of the cost of a replay.
 */
interface DyadState {
  /** The decayed index and the time it is decayed to. */
  v: number
  t: number
  /** The decayed sums of the acts of the pair's first and second actor (in id order). */
  fv: number
  ft: number
  sv: number
  st: number
  /** Tallies by quad class. */
  vc: number
  mc: number
  vk: number
  mk: number
  claims?: Record<string, Record<string, _Claim>>
}

interface NetworkState {
  /** By pair key (`a|b`, in id order). A map: a run writes the pairs it changes as a layer over it, not a copy of tens of thousands. */
  dyads: Map<string, DyadState>
}

/** The pairs a run of the copy-on-write fold has written (copied) so far. */
const WRITTEN = Symbol('written')

/** A working state of the copy-on-write fold: the pairs, shallowly copied, and which of them were written. */
interface Work extends NetworkState {
  readonly [WRITTEN]: Set<string>
}

/**
 * network() folds by hand, copying on write: a run writes the pairs it changes into a layer
 * over the map of pairs it began from (see `_writableOver`), copies each pair it writes once,
 * and freezes what it wrote at its end. The reducers below serve this and immer drafts (explain
 * and diff) alike, through `dyad`.
 */
const copyOnWrite: CopyOnWrite<NetworkState> = {
  begin: (state, kept) =>
    ({ dyads: _writableOver((state as NetworkState).dyads, kept), [WRITTEN]: new Set<string>() }) satisfies Work,
  end(work) {
    const { dyads, [WRITTEN]: written } = work as Work
    for (const key of written) _freezeDeep(dyads.get(key))
    return Object.freeze({ dyads: Object.freeze(dyads) }) as NetworkState
  },
}

/** The state of one pair, writable: in a draft as immer gives it, in a working state copied on first write. */
function dyad(state: NetworkState, p: string, q: string, known?: string): DyadState {
  const key = known ?? (p < q ? `${p}|${q}` : `${q}|${p}`)
  const written = (state as Partial<Work>)[WRITTEN]
  if (written === undefined) {
    const drafted = state.dyads.get(key)
    if (drafted !== undefined) return drafted
    const made: DyadState = { v: 0, t: 0, fv: 0, ft: 0, sv: 0, st: 0, vc: 0, mc: 0, vk: 0, mk: 0 }
    state.dyads.set(key, made)
    return state.dyads.get(key)!
  }
  if (written.has(key)) return state.dyads.get(key)!
  written.add(key)
  const frozen = state.dyads.get(key)
  // The claims stay the frozen state's until a membership event writes them (see `ownClaims`):
  // a pair whose tone alone changed keeps its claims, and so the ties made of them.
  const copy: DyadState =
    frozen === undefined ? { v: 0, t: 0, fv: 0, ft: 0, sv: 0, st: 0, vc: 0, mc: 0, vk: 0, mk: 0 } : { ...frozen }
  state.dyads.set(key, copy)
  return copy
}

/**
 * A pair's claims, writable: made when it has none, and copied two levels deep (membership
 * events change them in place) when they are still the frozen ones the pair's state was copied
 * from. An immer draft's are immer's.
 */
function ownClaims(state: DyadState): Record<string, Record<string, _Claim>> {
  const claims = state.claims
  if (claims === undefined) return (state.claims = {})
  if (!Object.isFrozen(claims)) return claims
  const copy = Object.fromEntries(Object.entries(claims).map(([member, group]) => [member, { ...group }]))
  state.claims = copy
  return copy
}

/** Whether two states of the same pair say the same: what its summary is made of. */
function sameDyad(p: DyadState, q: DyadState): boolean {
  return (
    p.v === q.v &&
    p.t === q.t &&
    p.fv === q.fv &&
    p.ft === q.ft &&
    p.sv === q.sv &&
    p.st === q.st &&
    p.vc === q.vc &&
    p.mc === q.mc &&
    p.vk === q.vk &&
    p.mk === q.mk &&
    p.claims === q.claims
  )
}

const NO_TIES: readonly Tie[] = Object.freeze([])

const QUAD_FIELDS = {
  'verbal-cooperation': 'vc',
  'material-cooperation': 'mc',
  'verbal-conflict': 'vk',
  'material-conflict': 'mk',
} as const

/**
 * Options of {@link network}: how tone is weighed, as for {@link relationship}.
 *
 * @example
 * ```ts
 * import { network, type NetworkOptions } from 'entente-timeline'
 *
 * const options: NetworkOptions = { halfLifeDays: 90 }
 * network(options)
 * ```
 */
export type NetworkOptions = RelationshipOptions

/**
 * Each pair's summary, by the frozen state it was summarised from, at the date and half-life it
 * was asked for. Kept with the state, not with one `network()`: a question is mostly asked through
 * a new `network()` each time, which shares the fold's checkpoints with the last one, and after a
 * late event only the pairs its refold wrote are new states (tens of thousands of pairs cost more
 * to summarise than the few events folded again). Weak: a state forgotten takes its summary along.
 */
const summaries = new WeakMap<DyadState, { readonly at: number; readonly halfLife: number; readonly dyad: Dyad }>()

/** The ties of each claims object, which do not change with the date. */
const tiesOf = new WeakMap<object, readonly Tie[]>()

/**
 * The last list of pairs sorted: the order the state listed them in, the pairs in id order, and
 * where each of those stands in the state's list.
 */
let lastSorted:
  | { readonly listed: readonly string[]; readonly sorted: readonly string[]; readonly from: readonly number[] }
  | undefined

/**
 * The pairs of a state in id order, each with its place in the state's own list. A state folded
 * from another lists the pairs it shares with it in the same order, and new ones after: when the
 * pairs are the ones last sorted, in the same order, the sorted list is reused (a comparison of
 * references, where a sort compares strings).
 */
function sortedKeys(listed: readonly string[]): {
  readonly sorted: readonly string[]
  readonly from: readonly number[]
} {
  const last = lastSorted
  if (last !== undefined && last.listed.length === listed.length) {
    let same = true
    for (let i = 0; i < listed.length && same; i++) same = listed[i] === last.listed[i]
    if (same) return last
  }
  const from = listed.map((_, i) => i).sort((p, q) => (listed[p]! < listed[q]! ? -1 : 1))
  const sorted = from.map((i) => listed[i]!)
  lastSorted = { listed, sorted, from }
  return lastSorted
}

/**
 * The last answer's pairs, in id order: each pair's key, state and summary, at the date and
 * half-life they were made for. The next answer at the same date (after a late event, mostly)
 * takes the summary of every pair whose state is the same object at the same place, or the same
 * pair's state with the same values, by reading arrays; the rest it looks up in `summaries`.
 */
let lastListed:
  | {
      readonly keys: readonly string[]
      readonly states: readonly DyadState[]
      readonly dyads: readonly Dyad[]
      readonly at: number
      readonly halfLife: number
    }
  | undefined

/**
 * Every pair of actors that acted on each other or hold a status one in the other, with its
 * tone and ties at the date. People count for the actors they held office in.
 *
 * @param options - tone half-life and weights
 * @returns a projection, for `timeline.project`
 * @throws {@link InvalidArgumentError} when `halfLifeDays` is not a positive number, or a weight is not a finite
 *   number from -10 to +10 or names an unknown quad class
 * @example
 * ```ts
 * import { Timeline, network } from 'entente-timeline'
 * import { readFileSync } from 'node:fs'
 *
 * const timeline = Timeline.fromNdjson(readFileSync('fixtures/vilnius-2023.ndjson', 'utf8'))
 * const { dyads } = timeline.project(network(), { at: '2023-07-13' })
 * console.log(dyads.length)
 * ```
 */
export function network(options: NetworkOptions = {}): Projection<NetworkResult> {
  // The state holds a map (the pairs), which immer drafts with its plugin for maps.
  _draftMaps()
  const halfLife = _halfLifeMs(options.halfLifeDays)
  // The pairs an act has counted, cleared for each act: one set for every event, not one each.
  const counted = new Set<string>()
  // What does not change with the date is made once: each pair's ids.
  const pairs = new Map<string, readonly [ActorId, ActorId]>()
  /** A pair's summary at a date: kept with its state in `summaries`, or made and kept there. */
  const summaryOf = (key: string, entry: DyadState, at: number): Dyad => {
    const known = summaries.get(entry)
    if (known !== undefined && known.at === at && known.halfLife === halfLife) return known.dyad
    let pair = pairs.get(key)
    if (pair === undefined) {
      const bar = key.indexOf('|')
      pairs.set(key, (pair = Object.freeze([key.slice(0, bar), key.slice(bar + 1)] as const)))
    }
    const [p, q] = pair
    const claims = entry.claims
    let ties = claims === undefined ? NO_TIES : tiesOf.get(claims)
    if (ties === undefined) {
      ties = _freezeDeep(Object.entries(claims!).flatMap(([claimKey, group]) => _ties(claimKey, group)))
      tiesOf.set(claims!, ties)
    }
    // The tone summary built flat, as _summary builds it from nested sums: one pair in tens of
    // thousands, at every date of a series.
    const summary: Dyad = Object.freeze({
      pair,
      tone: Object.freeze({
        index: _round(_valueAt(entry, at, halfLife)),
        byDirection: Object.freeze({
          [p]: _round(_valueAt({ v: entry.fv, t: entry.ft }, at, halfLife)),
          [q]: _round(_valueAt({ v: entry.sv, t: entry.st }, at, halfLife)),
        }),
        verbalCooperation: entry.vc,
        materialCooperation: entry.mc,
        verbalConflict: entry.vk,
        materialConflict: entry.mk,
      }),
      ties,
    })
    summaries.set(entry, { at, halfLife, dyad: summary })
    return summary
  }
  const definition: ProjectionDefinition<NetworkState, NetworkResult> = {
    name: 'network()',
    ...(options.weights === undefined ? { key: `network:${halfLife}` } : { weights: options.weights }),
    initial: { dyads: new Map() },
    copyOnWrite,
    on: {
      membership(draft, event, ctx) {
        if (event.member === event.organisation) return
        const state = dyad(draft, event.member, event.organisation)
        _applyMembership(ownClaims(state), event, ctx.certainty, ctx.when)
      },
    },
    every(draft, event, ctx) {
      const acts = _actsOf(event, _directionsOf(ctx))
      if (acts.length === 0) return
      const t = _dayStartOf(ctx)
      for (const act of acts) {
        const weight = ctx.weight(act.subtype)
        if (weight.quadClass === null) continue
        const from = _resolve(act.from, ctx.actingFor)
        const to = act.mutual ? from : _resolve(act.to, ctx.actingFor)
        // Each act counts once for a pair, as in relationship(): when people acting for both
        // sides make it run both ways, the side first in id order is credited, as there.
        counted.clear()
        for (let i = 0; i < from.length; i++) {
          for (let j = act.mutual ? i + 1 : 0; j < to.length; j++) {
            const lo = from[i]! < to[j]! ? from[i]! : to[j]!
            const hi = from[i]! < to[j]! ? to[j]! : from[i]!
            if (lo === hi) continue
            const key = `${lo}|${hi}`
            if (counted.has(key)) continue
            counted.add(key)
            const state = dyad(draft, lo, hi, key)
            const g = weight.goldstein
            state.v = _decay(state.v, state.t, t, halfLife) + g
            if (t > state.t) state.t = t
            state[QUAD_FIELDS[weight.quadClass]]++
            const first = act.mutual || (from.includes(lo) && to.includes(hi))
            if (first) {
              state.fv = _decay(state.fv, state.ft, t, halfLife) + g
              if (t > state.ft) state.ft = t
            }
            if (act.mutual || !first) {
              state.sv = _decay(state.sv, state.st, t, halfLife) + g
              if (t > state.st) state.st = t
            }
          }
        }
      }
    },
    result(state, ctx) {
      const at = Date.parse(ctx.instant) + 1
      // Read from one plain map: a layered one looks each pair up through its layers.
      const all = _flat(state.dyads)
      const { sorted, from } = sortedKeys([...all.keys()])
      const values = [...all.values()]
      const last =
        lastListed !== undefined && lastListed.at === at && lastListed.halfLife === halfLife ? lastListed : undefined
      const states: DyadState[] = []
      const dyads: Dyad[] = []
      for (let i = 0; i < sorted.length; i++) {
        const entry = values[from[i]!]!
        states.push(entry)
        // The same state, or a state refolded to the same values (a late event's refold writes
        // every pair it passes anew): the last answer's summary of the pair.
        const before = last === undefined ? undefined : last.states[i]
        const same =
          before !== undefined && (before === entry || (last!.keys[i] === sorted[i] && sameDyad(before, entry)))
        dyads.push(same ? last!.dyads[i]! : summaryOf(sorted[i]!, entry, at))
      }
      lastListed = { keys: sorted, states, dyads, at, halfLife }
      // Frozen here, so that the engine has nothing to hand to immer for it: each pair is already.
      return Object.freeze({ at: ctx.at, dyads: Object.freeze(dyads) })
    },
  }
  return defineProjection(definition)
}
