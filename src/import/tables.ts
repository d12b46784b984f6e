/**
 * The code tables, read once from their data files (src/import/codes) into maps: CAMEO event
 * codes with labels and Goldstein values, quad classes by dataset convention, PLOVER
 * categories, and the states and organisations actors map to.
 */
import type { QuadClass } from '../model/weights.js'
import { CAMEO_COUNTRY_CODES, CAMEO_ORGANISATIONS, DATASET_NAMES } from './codes/actors.js'
import { CAMEO_EVENT_CODES } from './codes/cameo-events.js'
import { ISO_3166_1 } from './codes/iso-3166.js'
import { PLOVER_CATEGORIES } from './codes/plover.js'

/** One CAMEO event code. */
export interface _CameoCode {
  readonly label: string
  readonly goldstein: number
}

/** A state or organisation an actor maps to. */
export interface _KnownActor {
  readonly id: string
  readonly actorKind: 'state' | 'organisation'
  readonly name: string
}

const tsv = (text: string): string[][] => text.split('\n').map((line) => line.split('\t'))

let cameo: Map<string, _CameoCode> | undefined
let states: Map<string, _KnownActor> | undefined
let cameoCountries: Map<string, _KnownActor> | undefined
let organisations: Map<string, _KnownActor> | undefined
let cameoGroups: Map<string, _KnownActor> | undefined
let names: Map<string, _KnownActor> | undefined

/** The CAMEO event code, or undefined when the codebook has no such code. */
export function _cameoCode(code: string): _CameoCode | undefined {
  cameo ??= new Map(tsv(CAMEO_EVENT_CODES).map(([c, g, label]) => [c!, { label: label!, goldstein: Number(g) }]))
  return cameo.get(code)
}

/**
 * The quad class of a CAMEO root code under a dataset's convention. GDELT (its codebook's
 * QuadClass and lookup CAMEO.eventcodes.txt): 01–05 verbal cooperation, 06–09 material
 * cooperation, 10–14 verbal conflict, 15–20 material conflict. ICEWS (and the Phoenix and
 * entente weights): 01–05, 06–08, 09–13, 14–20; they differ on 09 (investigate) and 14 (protest).
 */
export function _cameoQuad(root: number, convention: 'gdelt' | 'icews'): QuadClass {
  if (root <= 5) return 'verbal-cooperation'
  if (convention === 'gdelt')
    return root <= 9 ? 'material-cooperation' : root <= 14 ? 'verbal-conflict' : 'material-conflict'
  return root <= 8 ? 'material-cooperation' : root <= 13 ? 'verbal-conflict' : 'material-conflict'
}

/** The quad class and label of a PLOVER category, or undefined when PLOVER has no such category. */
export function _ploverCategory(
  category: string,
): { readonly quadClass: QuadClass; readonly label: string } | undefined {
  for (const [name, quadClass, label] of tsv(PLOVER_CATEGORIES))
    if (name === category) return { quadClass: quadClass as QuadClass, label: label! }
  return undefined
}

function allStates(): Map<string, _KnownActor> {
  states ??= new Map(
    tsv(ISO_3166_1).map(([code, name]) => [code!, { id: code!, actorKind: 'state' as const, name: name! }]),
  )
  return states
}

/** The state of a CAMEO country code: an ISO 3166-1 alpha-3 code, or one CAMEO writes otherwise. */
export function _stateOfCameoCountry(code: string): _KnownActor | undefined {
  cameoCountries ??= new Map(
    tsv(CAMEO_COUNTRY_CODES).map(([cameo, id, name]) => [
      cameo!,
      { id: id!, actorKind: 'state' as const, name: name! },
    ]),
  )
  return cameoCountries.get(code) ?? allStates().get(code)
}

function allOrganisations(): Map<string, _KnownActor> {
  if (organisations !== undefined) return organisations
  organisations = new Map()
  cameoGroups = new Map()
  for (const [id, name, codes] of tsv(CAMEO_ORGANISATIONS)) {
    const organisation = { id: id!, actorKind: 'organisation' as const, name: name! }
    organisations.set(id!, organisation)
    for (const code of (codes ?? '').split(',')) if (code !== '') cameoGroups.set(code, organisation)
  }
  return organisations
}

/**
 * The organisation a CAMEO actor code or known-group code stands for: the code itself, or its
 * most specific three-letter segment (`IGOUNOWFP` is the World Food Programme, not the UN).
 */
export function _organisationOfCameo(code: string): _KnownActor | undefined {
  allOrganisations()
  const whole = cameoGroups!.get(code)
  if (whole !== undefined) return whole
  if (!code.startsWith('IGO')) return undefined
  for (let end = code.length; end >= 6; end -= 3) {
    const found = cameoGroups!.get(code.slice(end - 3, end))
    if (found !== undefined) return found
  }
  return undefined
}

/** Folds a name for matching: lower case, straight apostrophes, no accents, single spaces. */
function fold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/** The state or organisation a name stands for (ISO 3166 names, dataset names), or undefined. */
export function _actorOfName(name: string): _KnownActor | undefined {
  if (names === undefined) {
    names = new Map()
    for (const [code, ...isoNames] of tsv(ISO_3166_1)) {
      const state = allStates().get(code!)!
      for (const n of isoNames) names.set(fold(n), state)
    }
    _stateOfCameoCountry('USA')
    const byId = new Map<string, _KnownActor>([
      ...allStates(),
      ...[...cameoCountries!.values()].map((s) => [s.id, s] as const),
      ...allOrganisations(),
    ])
    for (const [n, id] of tsv(DATASET_NAMES)) {
      const known = byId.get(id!) ?? { id: id!, actorKind: 'state' as const, name: n! }
      names.set(fold(n!), known)
    }
  }
  return names.get(fold(name))
}
