/** A proposal at a date: its status, who supports and who opposes it. */
import type { ActorId } from '../model/actor-id.js'
import type { PROPOSAL_STATUSES } from '../model/kinds/proposal.js'
import type { Stance } from '../model/vocabulary.js'
import { defineProjection, type Projection } from '../projection/define-projection.js'

/**
 * What {@link proposal} returns. Before the proposal is made, `status` is `'unknown'` and
 * `subject` and `proposer` are null.
 *
 * @example
 * ```ts
 * import type { ProposalResult } from 'entente-timeline'
 *
 * const contested = (p: ProposalResult) => p.supporters.length > 0 && p.opponents.length > 0
 * ```
 */
export interface ProposalResult {
  /** The proposal event's id, as asked. */
  readonly id: string
  /** What is proposed; null before the proposal is made. */
  readonly subject: string | null
  /** Who proposed it (a person as the actor they acted for); null before the proposal is made. */
  readonly proposer: ActorId | null
  /** Its status at the date, with the corrections known applied; `'unknown'` before it is made. */
  readonly status: (typeof PROPOSAL_STATUSES)[number] | 'unknown'
  /** The actors that support it (people as the actor they acted for), sorted. */
  readonly supporters: readonly ActorId[]
  /** The actors that oppose it, sorted. */
  readonly opponents: readonly ActorId[]
  /** The actors that took a neutral position, sorted. */
  readonly neutral: readonly ActorId[]
  /** The proposal and every position on it that counts, sorted. */
  readonly evidence: readonly string[]
}

interface State {
  subject: string | null
  proposer: ActorId | null
  status: ProposalResult['status']
  stances: Record<ActorId, Stance>
  evidence: Record<string, true>
}

/**
 * A proposal at a date: its subject, proposer, status, supporters and opponents. People are
 * reported as the actor they acted for (a president as his state); an actor's latest position
 * counts.
 *
 * @param id - the proposal event's id
 * @returns a projection, for `timeline.project`
 * @throws {@link UnknownReferenceError} when asked of a timeline that holds no proposal `id` (as known on `knownOn`)
 * @example
 * ```ts
 * import { Timeline, proposal } from 'entente-timeline'
 * import { readFileSync } from 'node:fs'
 *
 * const timeline = Timeline.fromNdjson(readFileSync('fixtures/vilnius-2023.ndjson', 'utf8'))
 * const office = timeline.project(proposal('proposal-nato-liaison-office-tokyo'), { at: '2023-07-13' })
 * console.log(office.supporters, office.opponents)
 * ```
 */
export function proposal(id: string): Projection<ProposalResult> {
  return defineProjection<State, ProposalResult>({
    name: `proposal(${id})`,
    key: `proposal:${id}`,
    scope: { events: [id] },
    references: { events: [{ argument: 'id', id, kind: 'proposal' }] },
    initial: { subject: null, proposer: null, status: 'unknown', stances: {}, evidence: {} },
    on: {
      proposal(draft, event, ctx) {
        if (event.id !== id) return
        draft.subject = event.subject
        draft.proposer = ctx.actingFor(event.proposer)[0] ?? event.proposer
        draft.status = event.status
        draft.evidence[event.id] = true
      },
      position(draft, event, ctx) {
        if (event.proposal !== id) return
        for (const actor of ctx.actingFor(event.actor)) draft.stances[actor] = event.stance
        draft.evidence[event.id] = true
      },
    },
    result(state) {
      const having = (stance: Stance): ActorId[] =>
        Object.entries(state.stances)
          .filter(([, s]) => s === stance)
          .map(([actor]) => actor)
          .sort()
      return {
        id,
        subject: state.subject,
        proposer: state.proposer,
        status: state.status,
        supporters: having('support'),
        opponents: having('oppose'),
        neutral: having('neutral'),
        evidence: Object.keys(state.evidence).sort(),
      }
    },
  })
}
