/**
 * Who acts on whom in an event: the directions that tone is measured along. Each kind names
 * its acting side and the side acted upon; mutual acts (a meeting, a summit, an agreement, a
 * membership) act both ways.
 */
import type { Direction } from '../model/define-kind.js'
import type { EventBase } from '../model/envelope.js'
import type { DiplomaticEvent } from '../model/event.js'
import { codedSidesOf } from '../model/kinds/coded.js'

/** One act of an event: from whom, to whom, whether mutual, and the weight sub-type. */
export interface _Act {
  readonly from: readonly string[]
  readonly to: readonly string[]
  readonly mutual: boolean
  readonly subtype?: string
}

/**
 * The actors an event names besides one. A loop, not `filter`: an event's actors are a frozen
 * array, which V8's optimising compiler does not inline `filter` for, and the call through the
 * builtin (a closure, the species of the array looked up) was a tenth of a warm question.
 */
function others(event: EventBase, actor: string): string[] {
  const actors = event.actors
  const out: string[] = []
  for (let i = 0; i < actors.length; i++) if (actors[i] !== actor) out.push(actors[i]!)
  return out
}

/** No acts: an event that acts on no pair. */
const NO_ACTS: readonly _Act[] = Object.freeze([])

/**
 * One actor acting on the others an event names, or no act when it names none: an act on nobody
 * makes no pair, and half the positions a pair's question folds are of one actor alone.
 */
function onOthers(event: EventBase, actor: string): readonly _Act[] {
  const to = others(event, actor)
  return to.length === 0 ? NO_ACTS : [{ from: [actor], to, mutual: false }]
}

/** The acts of an event; kinds of one's own use their direction, or the first actor acting on the rest. */
export function _actsOf(
  event: EventBase,
  directions: Readonly<Record<string, (event: never) => Direction>>,
): readonly _Act[] {
  const e = event as DiplomaticEvent
  switch (e.kind) {
    case 'actor':
    case 'office':
    case 'correction':
    case 'retraction':
      return NO_ACTS
    case 'membership':
      return [{ from: [e.member, e.organisation], to: [e.member, e.organisation], mutual: true }]
    case 'summit': {
      const present = [
        ...new Set([
          e.host,
          ...(e.organisation === undefined ? [] : [e.organisation]),
          ...e.attendees.map((a) => a.actor),
        ]),
      ]
      return [{ from: present, to: present, mutual: true }]
    }
    case 'meeting': {
      const present = e.participants.map((p) => p.for ?? p.actor)
      return [{ from: present, to: present, mutual: true }]
    }
    case 'agreement':
      return [{ from: e.parties, to: e.parties, mutual: true }]
    case 'visit':
      return [{ from: [e.visitor], to: [e.host], mutual: false }]
    case 'statement':
      return [{ from: [e.for ?? e.speaker], to: e.about, mutual: false }]
    case 'communique':
      return e.characterizations.map((c) => ({ from: [e.issuer], to: [c.actor], mutual: false, subtype: c.tone }))
    case 'proposal':
      return onOthers(e, e.proposer)
    case 'position':
      return onOthers(e, e.actor)
    case 'military-activity':
      return [{ from: [e.actor], to: e.near, mutual: false }]
    case 'reaction':
      return e.towards === undefined ? onOthers(e, e.actor) : [{ from: [e.actor], to: e.towards, mutual: false }]
    case 'aid':
      return [{ from: [e.donor], to: [e.recipient], mutual: false }]
    case 'coded': {
      // A row's source acts on its target; a row with one side acts on nobody, so it has no pair.
      const sides = codedSidesOf(e)
      return sides === undefined ? [] : [sides]
    }
    case 'agreement-act':
      return e.act === 'withdrawal' ? onOthers(e, e.party!) : [{ from: e.actors, to: e.actors, mutual: true }]
    case 'sanctions':
      return [{ from: [e.imposer], to: [e.target], mutual: false }]
    case 'expulsion':
      return [{ from: [e.expeller], to: [e.sender], mutual: false }]
    case 'ambassador':
      return [{ from: [e.sender], to: [e.host], mutual: false }]
    case 'embassy':
      return [{ from: [e.owner], to: [e.host], mutual: false }]
    case 'recognition':
      return [{ from: [e.recognizer], to: [e.recognized], mutual: false }]
    case 'threat':
      return [{ from: [e.actor], to: e.targets, mutual: false }]
    default: {
      const direction = (Object.hasOwn(directions, event.kind) ? directions[event.kind] : undefined) as
        | ((event: EventBase) => Direction)
        | undefined
      if (direction !== undefined) {
        const { from, to } = direction(event)
        return [{ from, to, mutual: from.length === to.length && from.every((a) => to.includes(a)) }]
      }
      const [first, ...rest] = event.actors
      return first === undefined ? [] : [{ from: [first], to: rest, mutual: false }]
    }
  }
}

/** Resolves each actor of a side to the actors they acted for (people to their offices), deduplicated. */
export function _resolve(actors: readonly string[], actingFor: (actor: string) => readonly string[]): string[] {
  const out: string[] = []
  for (const actor of actors) for (const resolved of actingFor(actor)) if (!out.includes(resolved)) out.push(resolved)
  return out
}
