/**
 * Claims of status (member, partner, observer, ...) of one actor in an organisation. Sources
 * may disagree; every claim stays, and the result names the one of stronger certainty, or
 * marks the tie as disputed with the evidence for each side.
 */
import type { MembershipEvent } from '../model/kinds/membership.js'
import { type Certainty, certaintyRank, type MembershipStatus } from '../model/vocabulary.js'

/** One source's claim that an actor holds a status. */
export interface _Claim {
  readonly status: MembershipStatus
  readonly since: string
  readonly certainty: Certainty
  readonly evidence: string[]
}

/** Claims by `member|organisation`, each by the id of the event that made it. */
export type _Claims = Record<string, Record<string, _Claim>>

/**
 * Another status some source claims for the same actor, weaker than the one reported.
 *
 * @example
 * ```ts
 * import type { AlternativeClaim } from 'entente-timeline'
 *
 * const claim: AlternativeClaim = { status: 'observer', certainty: 'reported', evidence: ['jf-observer'] }
 * ```
 */
export interface AlternativeClaim {
  /** The status that weaker sources claim. */
  readonly status: MembershipStatus
  /** The certainty of the strongest source for it. */
  readonly certainty: Certainty
  /** The ids of the events that claim it, sorted. */
  readonly evidence: readonly string[]
}

/**
 * A status an actor holds in an organisation at a date, with the events that say so.
 *
 * @example
 * ```ts
 * import type { Tie } from 'entente-timeline'
 *
 * const line = (tie: Tie) => `${tie.member} is a ${tie.status} of ${tie.organisation} since ${tie.since}`
 * ```
 */
export interface Tie {
  /** The actor holding the status. */
  readonly member: string
  /** The organisation it holds it in. */
  readonly organisation: string
  /** The status. */
  readonly status: MembershipStatus
  /**
   * When the status began, by the earliest source that claims it, as precisely as that source
   * dates it: `2013-04-15`, or `2012-09` when known only to the month.
   */
  readonly since: string
  /** The certainty of the strongest source for it. */
  readonly certainty: Certainty
  /** True when sources of equal certainty claim different statuses: each is listed, marked disputed. */
  readonly disputed: boolean
  /** Weaker claims of other statuses, never hidden. */
  readonly alternatives: readonly AlternativeClaim[]
  /** The ids of the events that claim this status. */
  readonly evidence: readonly string[]
}

/** Applies a membership event to the claims. */
export function _applyMembership(claims: _Claims, event: MembershipEvent, certainty: Certainty, since: string): void {
  const key = `${event.member}|${event.organisation}`
  if (event.change === 'start') {
    const group = (claims[key] ??= {})
    group[event.id] = { status: event.status, since, certainty, evidence: [event.id] }
    return
  }
  const group = claims[key]
  if (group === undefined) return
  for (const [id, claim] of Object.entries(group)) if (claim.status === event.status) delete group[id]
  if (Object.keys(group).length === 0) delete claims[key]
}

/** The ties of one member–organisation pair, from its claims. */
export function _ties(key: string, group: Readonly<Record<string, _Claim>>): Tie[] {
  const [member, organisation] = key.split('|') as [string, string]
  const byStatus = new Map<MembershipStatus, { since: string; certainty: Certainty; evidence: string[] }>()
  for (const claim of Object.values(group)) {
    const known = byStatus.get(claim.status)
    if (known === undefined)
      byStatus.set(claim.status, { since: claim.since, certainty: claim.certainty, evidence: [...claim.evidence] })
    else {
      if (claim.since < known.since) known.since = claim.since
      if (certaintyRank(claim.certainty) > certaintyRank(known.certainty)) known.certainty = claim.certainty
      known.evidence.push(...claim.evidence)
    }
  }
  const ranked = [...byStatus.entries()].sort(
    (a, b) => certaintyRank(b[1].certainty) - certaintyRank(a[1].certainty) || a[0].localeCompare(b[0]),
  )
  const best = certaintyRank(ranked[0]![1].certainty)
  const top = ranked.filter(([, claim]) => certaintyRank(claim.certainty) === best)
  const weaker = ranked.filter(([, claim]) => certaintyRank(claim.certainty) < best)
  const alternatives = weaker.map(([status, claim]) => ({
    status,
    certainty: claim.certainty,
    evidence: claim.evidence.sort(),
  }))
  return top.map(([status, claim]) => ({
    member,
    organisation,
    status,
    since: claim.since,
    certainty: claim.certainty,
    disputed: top.length > 1,
    alternatives: top.length > 1 ? [...alternatives] : alternatives,
    evidence: claim.evidence.sort(),
  }))
}
