/** Every pair of actors at a date: its tone and its ties, for "who warmed, who cooled". */
import type { ActorId } from '../model/actor-id.js'
import { defineProjection, type Projection } from '../projection/define-projection.js'
import { _directionsOf } from '../projection/run.js'
import { _actsOf, _resolve } from './acts.js'
import { _applyMembership, type _Claim, _ties, type Tie } from './claims.js'
import type { ToneOptions } from './relationship.js'
import { _add, _halfLifeMs, _initialTone, _sideSum, _summary, type _ToneState, type ToneSummary } from './tone.js'

/**
 * One pair of the network.
 *
 * @example
 * ```ts
 * import type { Dyad } from 'entente'
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
 * import type { NetworkResult } from 'entente'
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

interface DyadState {
  tone: _ToneState
  claims?: Record<string, Record<string, _Claim>>
}


/**
 * Every pair of actors that acted on each other or hold a status one in the other, with its
 * tone and ties at the date. People count for the actors they held office in.
 *
 * @param options - tone half-life and weights
 * @returns a projection, for `timeline.project`
 * @example
 * ```ts
 * import { Timeline, network } from 'entente'
 * import { readFileSync } from 'node:fs'
 *
 * const timeline = Timeline.fromNdjson(readFileSync('fixtures/vilnius-2023.ndjson', 'utf8'))
 * const { dyads } = timeline.project(network(), { at: '2023-07-13' })
 * console.log(dyads.length)
 * ```
 */
export function network(options: ToneOptions = {}): Projection<NetworkResult> {
  const halfLife = _halfLifeMs(options.halfLifeDays)
  const dyad = (dyads: Record<string, DyadState>, p: string, q: string): DyadState => {
    const key = p < q ? `${p}|${q}` : `${q}|${p}`
    return (dyads[key] ??= { tone: _initialTone() })
  }
  return defineProjection<{ dyads: Record<string, DyadState> }, NetworkResult>({
    name: 'network()',
    ...(options.weights === undefined ? { key: `network:${halfLife}` } : { weights: options.weights }),
    initial: { dyads: {} },
    on: {
      membership(draft, event, ctx) {
        if (event.member === event.organisation) return
        const state = dyad(draft.dyads, event.member, event.organisation)
        const claims = (state.claims ??= {})
        _applyMembership(claims, event, ctx.certainty, ctx.date)
      },
    },
    every(draft, event, ctx) {
      const acts = _actsOf(event, _directionsOf(ctx))
      if (acts.length === 0) return
      const t = Date.parse(`${ctx.date}T00:00:00Z`)
      for (const act of acts) {
        const weight = ctx.weight(act.subtype)
        if (weight.quadClass === null) continue
        const from = _resolve(act.from, ctx.actingFor)
        const to = act.mutual ? from : _resolve(act.to, ctx.actingFor)
        // Each act counts once for a pair, as in relationship(): when people acting for both
        // sides make it run both ways, the side first in id order is credited, as there.
        const counted = new Set<string>()
        for (let i = 0; i < from.length; i++) {
          for (let j = act.mutual ? i + 1 : 0; j < to.length; j++) {
            const [lo, hi] = from[i]! < to[j]! ? [from[i]!, to[j]!] : [to[j]!, from[i]!]
            if (lo === hi || counted.has(`${lo}|${hi}`)) continue
            counted.add(`${lo}|${hi}`)
            const tone = dyad(draft.dyads, lo, hi).tone
            _add(tone.all, weight.goldstein, t, halfLife)
            tone.quads[weight.quadClass]++
            const acting = act.mutual ? [lo, hi] : from.includes(lo) && to.includes(hi) ? [lo] : [hi]
            for (const side of acting) _add(_sideSum(tone.by, side), weight.goldstein, t, halfLife)
          }
        }
      }
    },
    result(state, ctx) {
      const at = Date.parse(ctx.instant) + 1
      const dyads = Object.keys(state.dyads)
        .sort()
        .map((key) => {
          const [p, q] = key.split('|') as [string, string]
          const entry = state.dyads[key]!
          const ties = entry.claims === undefined ? [] : Object.entries(entry.claims).flatMap(([claimKey, group]) => _ties(claimKey, group))
          return { pair: [p, q] as const, tone: _summary(entry.tone, [p, q], at, halfLife), ties }
        })
      return { at: ctx.at, dyads }
    },
  })
}
