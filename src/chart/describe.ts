/**
 * Events told for people: actors by name, dates as precise as their evidence, a line of what
 * happened, and the sources that say so. Charts and reports label with these, never with ids.
 */
import { _viewOf, type Timeline } from '../log/timeline.js'
import type { Citation, Source } from '../model/citation.js'
import type { EventBase } from '../model/envelope.js'
import type { PartialDate } from '../model/partial-date.js'

/**
 * Names of the actors a timeline declares, by id; an undeclared id stands for itself. A long
 * name gives way to its first short alias (North Atlantic Treaty Organization: NATO), so labels
 * stay readable.
 */
export function _namesOf<E extends EventBase>(timeline: Timeline<E>): (id: string) => string {
  const names = new Map<string, string>()
  for (const event of timeline.events) {
    if (event.kind !== 'actor') continue
    const known = timeline.effective(event.id) as (EventBase & { name?: string; aliases?: string[] }) | null | undefined
    if (known?.name === undefined) continue
    const short = known.name.length > SHORT ? known.aliases?.find((alias) => alias.length <= SHORT) : undefined
    names.set(event.actors[0]!, short ?? known.name)
  }
  return (id) => names.get(id) ?? id
}

/** How long a name may be before a shorter alias stands for it. */
const SHORT = 20

/** A date as the evidence gives it: `2023-07`, `2023-07-11 to 2023-07-12`, `about 2023-07-12`. */
export function _whenOf(date: PartialDate): string {
  if (typeof date === 'string') return date.length > 10 ? date.slice(0, 10) : date
  if ('date' in date) return `about ${_whenOf(date.date)}`
  const span = `${_whenOf(date.from)} to ${_whenOf(date.to)}`
  return date.approximate === true ? `about ${span}` : span
}

/** The citations of an event, inline or by id, as the timeline knows them. */
export function _citationsOf<E extends EventBase>(timeline: Timeline<E>, event: EventBase): Citation[] {
  const { log } = _viewOf(timeline)
  return (event.sources as readonly Source[]).flatMap((source) => {
    if (typeof source !== 'string') return [source]
    const citation = log.citation(source)
    return citation === undefined ? [] : [citation]
  })
}

/** A citation in one line: publisher, title, author and date. */
export function _citationLine(citation: Citation): string {
  const title = citation.title === undefined ? '' : `, "${citation.title}"`
  const author = citation.author === undefined ? '' : ` (${citation.author})`
  return `${citation.publisher}${title}${author}, ${citation.published}`
}

/** What an event says happened, in one line, with actors by name. */
export function _describe(event: EventBase, name: (id: string) => string): string {
  const e = event as EventBase & Record<string, unknown>
  const str = (field: string): string => String(e[field])
  const names = (ids: unknown): string => (Array.isArray(ids) ? ids.map((id) => name(String(id))).join(', ') : '')
  switch (event.kind) {
    case 'summit':
      return `Summit: ${str('name')}`
    case 'meeting':
      return `Meeting: ${names((e['participants'] as { actor: string }[]).map((p) => p.actor))}`
    case 'visit':
      return `Visit: ${name(str('visitor'))} to ${name(str('host'))}`
    case 'statement':
      return `Statement by ${name(str('speaker'))}: "${clip(str('quote'))}"`
    case 'communique':
      return `Communiqué of ${name(str('issuer'))}: ${str('title')}`
    case 'agreement':
      return `Agreement: ${str('title')}`
    case 'proposal':
      return `Proposal by ${name(str('proposer'))}: ${clip(str('subject'))}`
    case 'position':
      return `${name(str('actor'))} takes the stance "${str('stance')}" on a proposal`
    case 'military-activity':
      return `Military activity by ${name(str('actor'))}: ${str('activity')}`
    case 'reaction':
      return `${name(str('actor'))} reacts (${str('stance')})`
    case 'aid':
      return `Aid from ${name(str('donor'))} to ${name(str('recipient'))} (${str('aidKind')})`
    case 'membership':
      return `${name(str('member'))} ${e['change'] === 'end' ? 'leaves' : 'becomes'} ${str('status')} of ${name(str('organisation'))}`
    case 'office':
      return `${name(str('person'))} ${e['change'] === 'end' ? 'leaves' : 'takes'} office: ${str('office')} of ${name(str('of'))}`
    case 'actor':
      return `Declared: ${str('name')}`
    default:
      return `${event.kind}: ${names(event.actors)}`
  }
}

/** A long text cut to a readable length. */
function clip(text: string, length = 90): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`
}
