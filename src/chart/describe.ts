/**
 * Events told for people: actors by name, dates as precise as their evidence, a line of what
 * happened, and the sources that say so. Charts and reports label with these, never with ids.
 */
import { _viewOf, type Timeline } from '../log/timeline.js'
import type { Citation, Source } from '../model/citation.js'
import type { EventBase } from '../model/envelope.js'
import type { EventKind } from '../model/event.js'
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

/**
 * How each built-in kind is named for people, in the order a chart lists them: the kinds of
 * contact first, then words, texts and instruments, pressure and conflict, and the log's own.
 * Typed by the kinds, so that a new built-in kind cannot go without a name.
 */
const KIND_LABELS: Readonly<Record<EventKind, string>> = {
  summit: 'Summit',
  meeting: 'Meeting',
  visit: 'Visit',
  statement: 'Statement',
  communique: 'Communiqué',
  agreement: 'Agreement',
  'agreement-act': 'Agreement act',
  membership: 'Membership, status',
  proposal: 'Proposal',
  position: 'Position',
  reaction: 'Reaction',
  aid: 'Aid',
  recognition: 'Recognition',
  ambassador: 'Ambassador recalled, returned',
  embassy: 'Embassy closed, reopened',
  expulsion: 'Expulsion of diplomats',
  sanctions: 'Sanctions',
  threat: 'Threat',
  'military-activity': 'Military activity',
  coded: 'Coded event (dataset)',
  office: 'Office',
  actor: 'Actor declared',
  correction: 'Correction',
  retraction: 'Retraction',
}

/** The names of the built-in kinds, in the order a chart lists them. */
export const _KIND_ORDER: readonly string[] = Object.freeze(Object.values(KIND_LABELS))

/**
 * A kind as people read it: a built-in kind by its name (`agreement-act`: Agreement act), a
 * kind of one's own from its id, in words (`trade-deal`: Trade deal).
 */
export function _kindLabel(kind: string): string {
  if (Object.hasOwn(KIND_LABELS, kind)) return KIND_LABELS[kind as EventKind]
  const words = kind
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_\-.:/]+/)
    .filter((word) => word.length > 0)
    .join(' ')
  if (words.length === 0) return kind
  return words[0]!.toUpperCase() + words.slice(1).toLowerCase()
}

/**
 * What an event says happened, in one line, with actors by name; an act on an agreement names
 * the agreement by its title when `title` knows it.
 */
export function _describe(
  event: EventBase,
  name: (id: string) => string,
  title: (id: string) => string | undefined = () => undefined,
): string {
  const e = event as EventBase & Record<string, unknown>
  const str = (field: string): string => String(e[field])
  const by = (party: unknown): string => (party === undefined ? '' : ` by ${name(String(party))}`)
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
    case 'agreement-act': {
      const agreement = title(str('agreement'))
      const what = agreement === undefined ? 'an agreement' : `"${clip(agreement, 80)}"`
      return `${ACT_WORDS[str('act')] ?? str('act')} of ${what}${by(e['party'])}`
    }
    case 'sanctions':
      return (
        `${name(str('imposer'))} ${e['action'] === 'lift' ? 'lifts' : 'imposes'} sanctions on ${name(str('target'))}` +
        measures(e['measures'])
      )
    case 'expulsion': {
      const count = typeof e['count'] === 'number' ? `${e['count']} ` : ''
      return `${name(str('expeller'))} expels ${count}diplomats of ${name(str('sender'))}`
    }
    case 'ambassador':
      return e['action'] === 'return'
        ? `${name(str('sender'))} returns its ambassador to ${name(str('host'))}`
        : `${name(str('sender'))} recalls its ambassador from ${name(str('host'))}`
    case 'embassy': {
      const mission = typeof e['mission'] === 'string' ? clip(str('mission'), 60) : 'embassy'
      const action = e['action'] === 'reopen' ? 'reopens' : 'closes'
      return `${name(str('owner'))} ${action} its ${mission} in ${name(str('host'))}`
    }
    case 'recognition': {
      const action = e['action'] === 'withdraw' ? 'withdraws recognition of' : 'recognises'
      return `${name(str('recognizer'))} ${action} ${name(str('recognized'))}`
    }
    case 'threat': {
      const how = THREAT_WORDS[str('threat')] ?? ''
      const quote = typeof e['quote'] === 'string' ? `: "${clip(str('quote'))}"` : ''
      return `${name(str('actor'))} threatens ${names(e['targets'])}${how}${quote}`
    }
    case 'coded': {
      const sides = (field: string): string =>
        names([...new Set((e[field] as { actor: string }[] | undefined)?.map((party) => party.actor) ?? [])])
      const target = sides('target')
      const towards = target === '' ? '' : ` towards ${target}`
      return `${str('label')} (${str('dataset')} ${str('code')}): ${sides('source')}${towards}`
    }
    case 'correction':
      return `Correction of ${str('target')}, about ${names(event.actors)}`
    case 'retraction': {
      const reason = typeof e['reason'] === 'string' ? `: ${clip(str('reason'), 60)}` : ''
      return `Retraction of ${str('target')}, about ${names(event.actors)}${reason}`
    }
    default:
      return `${_kindLabel(event.kind)}: ${names(event.actors)}`
  }
}

/** What an agreement act is, in words. */
const ACT_WORDS: Readonly<Record<string, string>> = {
  signature: 'Signature',
  'entry-into-force': 'Entry into force',
  suspension: 'Suspension',
  resumption: 'Resumption',
  withdrawal: 'Withdrawal',
  termination: 'Termination',
  expiry: 'Expiry',
}

/** How a threat threatens, in words (nothing when the sources do not say). */
const THREAT_WORDS: Readonly<Record<string, string>> = {
  unspecified: '',
  'non-force': ' (without force)',
  sanctions: ' with sanctions',
  'break-relations': ' with a break of relations',
  'military-force': ' with military force',
  ultimatum: ' with an ultimatum',
}

/** The measures of a sanctions event, when it lists some. */
function measures(list: unknown): string {
  return Array.isArray(list) && list.length > 0 ? ` (${clip(list.join(', '), 80)})` : ''
}

/** The titles of the agreements a timeline holds, by id, as it knows them. */
export function _titlesOf<E extends EventBase>(timeline: Timeline<E>): (id: string) => string | undefined {
  return (id) => {
    const event = timeline.effective(id) as (EventBase & { title?: unknown }) | null | undefined
    return event?.kind === 'agreement' && typeof event.title === 'string' ? event.title : undefined
  }
}

/** A long text cut to a readable length. */
function clip(text: string, length = 90): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`
}
